// How every test and benchmark starts a server: on port 0 (the system picks a free port, so nothing can take it
// in between), then read the address from the line the server prints when it listens.

/** The line a server prints once it listens (`apps/api/src/server.ts`, the bench's bare server): `… is running at URL`. */
export const STARTED = /is running at (http:\/\/[^\s/]+)\//;

/**
 * Resolves to the base URL (http://127.0.0.1:PORT) once `child` has printed its start line on stdout; rejects if it
 * exits first or takes longer than `timeoutMs`. Other listeners of the stream keep getting every chunk.
 */
export function serverStarted(child, timeoutMs = 90_000) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const done = (f) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      f();
    };
    const onData = (chunk) => {
      seen = (seen + chunk.toString()).slice(-4096);
      const m = STARTED.exec(seen);
      if (m) done(() => resolve(m[1]));
    };
    const onExit = (code, signal) => done(() => reject(new Error(`the server exited (${signal ?? code}) before it listened`)));
    const timer = setTimeout(() => done(() => reject(new Error(`the server did not listen within ${timeoutMs} ms`))), timeoutMs);
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}
