/**
 * Runs the start-up steps again while SQLite answers "database is locked": two processes started on one file at the
 * same moment, one waiting longer than busy_timeout for the other's seed (transactions take the write lock at their
 * start: connect.ts). Each step is a transaction and the seed is idempotent, so running it again finishes what the
 * other began.
 */
export async function whileBusy<T>(start: () => Promise<T>, attempts = 8, pauseMs = 100): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await start();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (i >= attempts || typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) throw e;
      await new Promise((r) => setTimeout(r, pauseMs * (i + Math.random() * 2)));
    }
  }
}
