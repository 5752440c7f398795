import type { Db } from './connect';
import { dataVersion } from '../services/revisions';

export type VersionProbe = () => Promise<string>;

interface Probes {
  probe: VersionProbe;
  /** The version without waiting, when nothing was written since it was last read (SQLite only); else undefined. */
  peek: () => string | undefined;
}

const probes = new WeakMap<Db, Probes>();

/**
 * The data version that read caches key on, read cheaply. On SQLite, `PRAGMA data_version` changes when another
 * connection (another process) commits and `total_changes()` when this connection writes, so the `meta` row is
 * re-read only after a write; both are synchronous calls on the open handle. On PostgreSQL every call reads
 * the row: one indexed round trip, and exact across any number of processes.
 */
export function versionProbe(db: Db): VersionProbe {
  return probesOf(db).probe;
}

export function versionPeek(db: Db): () => string | undefined {
  return probesOf(db).peek;
}

function probesOf(db: Db): Probes {
  let p = probes.get(db);
  if (!p) {
    p = db.sqlite ? sqliteProbes(db) : { probe: () => dataVersion(db.db), peek: () => undefined };
    probes.set(db, p);
  }
  return p;
}

function sqliteProbes(db: Db): Probes {
  const sqlite = db.sqlite!;
  const others = sqlite.prepare('pragma data_version').pluck();
  const mine = sqlite.prepare('select total_changes()').pluck();
  let stamp = '';
  let version: string | undefined;
  const current = () => `${String(others.get())}:${String(mine.get())}`;
  return {
    probe: async () => {
      const now = current();
      // The stamp is taken before the row is read, so a write in between only costs one more read later.
      if (now !== stamp || version === undefined) {
        version = await dataVersion(db.db);
        stamp = now;
      }
      return version;
    },
    peek: () => (current() === stamp ? version : undefined),
  };
}
