import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '../services/revisions';
import { connect } from './connect';
import { migrateToLatest } from './migrate';
import { versionProbe } from './version';

const dir = mkdtempSync(join(tmpdir(), 'chiso-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data version probe', () => {
  it('sees a write of its own connection and of another connection to the same SQLite file', async () => {
    const url = `sqlite:${join(dir, 'v.sqlite')}`;
    const a = connect(url);
    await migrateToLatest(a);
    const b = connect(url);
    const probeA = versionProbe(a);
    const probeB = versionProbe(b);
    const v0 = await probeB();
    expect(await probeB()).toBe(v0);

    await bumpDataVersion(a.db);
    const v1 = await probeB();
    expect(v1).not.toBe(v0);
    expect(await probeA()).toBe(v1);

    await bumpDataVersion(b.db);
    const v2 = await probeB();
    expect(v2).not.toBe(v1);
    expect(await probeA()).toBe(v2);
    await a.close();
    await b.close();
  });
});
