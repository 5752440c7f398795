import type { Db } from './connect';
import { dataVersion } from '../services/revisions';

export type VersionProbe = () => Promise<string>;

const probes = new WeakMap<Db, VersionProbe>();

/**
 * The data version that read caches key on, read cheaply. On SQLite, `PRAGMA data_version` changes when another
 * connection (another process) commits and `total_changes()` when this connection writes, so the `meta` row is
 * re-read only after a write; both are synchronous calls on the open handle. On PostgreSQL every call reads
 * the row: one indexed round trip, and exact across any number of processes.
 */
export function versionProbe(db: Db): VersionProbe {
  let probe = probes.get(db);
  if (!probe) {
    probe = db.sqlite ? sqliteProbe(db) : () => dataVersion(db.db);
    probes.set(db, probe);
  }
  return probe;
}

function sqliteProbe(db: Db): VersionProbe {
  const sqlite = db.sqlite!;
  const others = sqlite.prepare('pragma data_version').pluck();
  const mine = sqlite.prepare('select total_changes()').pluck();
  let stamp = '';
  let version: string | undefined;
  return async () => {
    const now = `${String(others.get())}:${String(mine.get())}`;
    // The stamp is taken before the row is read, so a write in between only costs one more read later.
    if (now !== stamp || version === undefined) {
      version = await dataVersion(db.db);
      stamp = now;
    }
    return version;
  };
}
