import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config';
import { connect } from '../db/connect';
import { seedAll } from '../seed';
import { prepareDatabase } from '../services/prepare-database';
import { hashToken } from '../services/tokens';
import { fixtureDataDir } from '../testing/fixtures';
import { corpusDir, corpusFile } from '../testing/editors';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'chiso-cli-'));
const databaseUrl = `sqlite:${join(dir, 'cli.sqlite')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: 'token' | 'ingest' | 'coverage', args: string[]) {
  const r = spawnSync(process.execPath, [tsx, resolve(repoRoot, `apps/api/src/cli/${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function query<T>(f: (db: ReturnType<typeof connect>['db']) => Promise<T>): Promise<T> {
  const db = connect(databaseUrl);
  try {
    return await f(db.db);
  } finally {
    await db.close();
  }
}

describe('npm run token', () => {
  it('create prints the token alone on its last line and stores only its hash; list never shows it; revoke stops it', async () => {
    const created = run('token', ['create', 'alice', '--role', 'admin']);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trimEnd().split('\n').at(-1)!;
    expect(token).toMatch(/^chiso_[A-Za-z0-9_-]{43}$/);
    const row = await query((db) => db.selectFrom('api_tokens').selectAll().where('name', '=', 'alice').executeTakeFirstOrThrow());
    expect(row).toMatchObject({ role: 'admin', hash: hashToken(token), revoked_at: null });
    expect(JSON.stringify(row)).not.toContain(token);

    const list = run('token', ['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/alice\s+admin/);
    expect(list.stdout).not.toContain(token);

    expect(run('token', ['create', 'alice']).code).toBe(1);
    expect(run('token', ['revoke', 'alice']).code).toBe(0);
    const revoked = await query((db) => db.selectFrom('api_tokens').select('revoked_at').where('name', '=', 'alice').executeTakeFirstOrThrow());
    expect(revoked.revoked_at).not.toBeNull();
    expect(run('token', ['revoke', 'nobody']).code).toBe(1);
  });

  it('a usage error exits 2 with the usage', () => {
    const bad = run('token', ['create', 'bob', '--role', 'root']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/editor or admin[\s\S]*Usage/);
    expect(run('token', ['frobnicate']).code).toBe(2);
  });
});

describe('npm run ingest', () => {
  it('ingests the good files of a batch, reports the bad one, and exits non-zero', async () => {
    const docx = corpusFile('binh-nguyen-2020-report.docx');
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, docx.subarray(0, docx.length >> 1));
    const r = run('ingest', [join(corpusDir, 'danang-2019-review.txt'), broken, join(corpusDir, 'danang-2022-review.html'), '--region', 'da-nang']);
    expect(r.code, r.stderr).toBe(1);
    // Not a terminal: one plain progress line per file on stderr.
    expect(r.stderr).toMatch(/\[1\/3\] danang-2019-review\.txt: \d+ accepted, \d+ pending, new/);
    expect(r.stderr).toMatch(/\[2\/3\] broken\.docx: FAILED: corrupt/);
    expect(r.stderr).toMatch(/\[3\/3\] danang-2022-review\.html/);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('file'))).toMatch(/file\s+format\s+accepted\s+pending\s+ms\s+status/);
    expect(lines.find((l) => l.startsWith('danang-2019-review.txt'))).toMatch(/text\s+\d+\s+\d+\s+\d+\s+new/);
    expect(lines.find((l) => l.startsWith('danang-2022-review.html'))).toMatch(/html\s+\d+\s+\d+\s+\d+\s+new/);
    expect(lines.find((l) => l.startsWith('broken.docx'))).toMatch(/FAILED: corrupt: .*(damaged|truncated)/);
    expect(r.stdout).toMatch(/3 files: 2 new, 0 already stored, 1 failed/);

    const sources = await query((db) => db.selectFrom('sources').select(['format', 'region']).orderBy('id').execute());
    expect(sources).toEqual([
      { format: 'text', region: 'da-nang' },
      { format: 'html', region: 'da-nang' },
    ]);

    const again = run('ingest', [join(corpusDir, 'danang-2019-review.txt'), '--region', 'da-nang']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 file: 0 new, 1 already stored, 0 failed/);
  });

  it('usage errors exit 2: no files, no region, an unknown region', () => {
    expect(run('ingest', ['--region', 'da-nang']).code).toBe(2);
    expect(run('ingest', [join(corpusDir, 'danang-2019-review.txt')]).code).toBe(2);
    const unknown = run('ingest', [join(corpusDir, 'danang-2019-review.txt'), '--region', 'atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/atlantis.*da-nang/);
  });
});

describe('npm run coverage', () => {
  it('counts the regions with a figure per indicator and year, as a table or CSV', async () => {
    // Accepted figures of two regions (an ingested report's figures wait for review and count for none).
    const db = connect(databaseUrl);
    try {
      await prepareDatabase(db);
      await seedAll(db.db, fixtureDataDir());
    } finally {
      await db.close();
    }
    const r = run('coverage', []);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^indicator\s+(\d{4}\s+)+most$/);
    expect(lines.find((l) => l.startsWith('ict_revenue'))).toMatch(/\s2$/);
    const csv = run('coverage', ['--csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('indicator,year,regions');
    expect(csv.stdout).toContain('ict_revenue,2022,2\r\n');
    expect(csv.stdout).toContain('ict_revenue,2021,1\r\n');
  });
});
