import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseCsv } from '@chiso/shared';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { copyOfDataDir, freshDb, shippedDataDir } from '../testing/harness';
import { seedAll } from '.';

async function counts(db: Db) {
  const n = async (t: 'facts' | 'sources' | 'fact_revisions' | 'indicators' | 'regions') =>
    Number((await db.db.selectFrom(t).select(db.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    indicators: await n('indicators'),
    regions: await n('regions'),
    sources: await n('sources'),
    facts: await n('facts'),
    revisions: await n('fact_revisions'),
  };
}

describe('seed', () => {
  let db: Db | undefined;
  afterEach(async () => db?.close());

  it('the shipped data loads whole: catalogue, cited figures, reports', async () => {
    db = await freshDb();
    const summary = await seedAll(db.db, shippedDataDir);
    const c = await counts(db);
    const catalogueRows = readFileSync(join(shippedDataDir, 'indicators.csv'), 'utf8').trim().split('\n').length - 1;
    expect(c.indicators).toBe(catalogueRows);
    expect(c.regions).toBeGreaterThanOrEqual(1);
    expect(Object.keys(summary.cited).length).toBeGreaterThan(0);
    for (const [file, report] of Object.entries(summary.cited)) {
      const rows = readFileSync(join(shippedDataDir, 'facts', file), 'utf8').trim().split('\n').length - 1;
      expect(report.inserted, file).toBe(rows);
      expect(report.invalid, file).toEqual([]);
    }
    const manifestRows = readFileSync(join(shippedDataDir, 'reports/manifest.csv'), 'utf8').trim().split('\n').length - 1;
    expect(summary.reports).toHaveLength(manifestRows);
    for (const r of summary.reports) {
      expect(r.created).toBe(true);
      expect(r.accepted + r.pending, r.file).toBeGreaterThan(0);
    }
    const curated = await db.db.selectFrom('facts').selectAll().where('method', '=', 'curated').execute();
    expect(curated.every((f) => f.status === 'accepted')).toBe(true);
    // Every cited figure's source is its article, named as data/sources says, and titled only where the title was found.
    expect(summary.sources.problems).toEqual([]);
    const listed = new Map(
      readdirSync(join(shippedDataDir, 'sources')).flatMap((f) => parseCsv(readFileSync(join(shippedDataDir, 'sources', f), 'utf8')).records.map((r) => [r.values.source_url!, r.values] as const)),
    );
    const articles = await db.db.selectFrom('sources').selectAll().where('kind', '=', 'article').execute();
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      const row = listed.get(a.url ?? '');
      expect(row, a.url ?? '').toBeDefined();
      expect(a.publisher).toBe(row!.outlet);
      expect(a.title).toBe(row!.found === 'yes' && row!.title ? row!.title : null);
    }
  });

  it('checks the sources file as it loads it and says what is wrong', async () => {
    db = await freshDb();
    const dir = copyOfDataDir(shippedDataDir);
    const file = join(dir, 'sources/danang-sources.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const dropped = lines[2]!;
    writeFileSync(file, [lines[0], lines[1], lines[1], 'https://nowhere.example/x,T,Outlet,2020,vi,yes', 'not-a-url,,X,2020,vi,yes', ...lines.slice(3)].join('\n'));
    const { sources } = await seedAll(db.db, dir);
    expect(sources.problems).toEqual([
      expect.stringMatching(/line 3: .* is listed twice/),
      expect.stringMatching(/line 4: no figure cites https:\/\/nowhere\.example\/x/),
      expect.stringMatching(/line 5: source_url/),
      `sources/: no row for the cited ${dropped.split(',')[0]}`,
    ]);
  });

  it('a report file that changed replaces its earlier version: one report, one witness', async () => {
    db = await freshDb();
    const dir = copyOfDataDir(shippedDataDir);
    await seedAll(db.db, dir);
    const file = join(dir, 'reports/danang-2018-ict-review.txt');
    // A new version says something more (a changed byte alone is the same content: the same source).
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nBáo cáo đã được hiệu đính lại.\n`);
    const again = await seedAll(db.db, dir);
    expect(again.reports[0]!.created).toBe(true);
    const reports = await db.db.selectFrom('sources').select('id').where('kind', '=', 'report').orderBy('id').execute();
    expect(reports).toHaveLength(2);
    const live = await db.db.selectFrom('facts').select('source_id').distinct().where('status', '!=', 'rejected').where('source_id', 'in', reports.map((r) => r.id)).execute();
    expect(live.map((r) => r.source_id)).toEqual([reports[1]!.id]);
    const retired = await db.db.selectFrom('fact_revisions').selectAll().where('action', '=', 'retire').execute();
    expect(retired.length).toBeGreaterThan(10);
    expect(retired[0]!.reason).toBe('a newer version of the same report replaces this one');
  });

  it('is idempotent: a second start adds nothing', async () => {
    db = await freshDb();
    const dir = copyOfDataDir();
    await seedAll(db.db, dir);
    const first = await counts(db);
    const again = await seedAll(db.db, dir);
    expect(await counts(db)).toEqual(first);
    expect(again.cited['fixture-facts.csv']).toMatchObject({ inserted: 0, updated: 0, retired: 0 });
    expect(again.reports[0]!.created).toBe(false);
  });

  it('updates a changed row in place and writes a revision with before and after', async () => {
    db = await freshDb();
    const dir = copyOfDataDir();
    await seedAll(db.db, dir);
    const file = join(dir, 'facts/fixture-facts.csv');
    const csv = readFileSync(file, 'utf8');
    const line = csv.split('\n').find((l) => l.startsWith('da-nang,ict_revenue,2024,39000'))!;
    writeFileSync(file, csv.replace(line, line.replace(',39000,', ',39900,')));
    const before = await counts(db);
    const summary = await seedAll(db.db, dir);
    expect(summary.cited['fixture-facts.csv']).toMatchObject({ inserted: 0, updated: 1 });
    const after = await counts(db);
    expect(after.facts).toBe(before.facts);
    expect(after.revisions).toBe(before.revisions + 1);
    const rev = await db.db.selectFrom('fact_revisions').selectAll().where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(rev.before!).value).toBe(39000);
    expect(JSON.parse(rev.after).value).toBe(39900);
    expect(rev.actor).toBe('seed');
  });

  it('retires a row removed from the file, but a broken row loses nothing', async () => {
    db = await freshDb();
    const dir = copyOfDataDir();
    await seedAll(db.db, dir);
    const file = join(dir, 'facts/fixture-facts.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const target = lines.findIndex((l) => l.startsWith('da-nang,ict_revenue,2020,30000'));
    const broken = [...lines];
    broken[target] = 'da-nang,ict_revenue,20x9,abc';
    writeFileSync(file, broken.join('\n'));
    const withBroken = await seedAll(db.db, dir);
    expect(withBroken.cited['fixture-facts.csv']!.invalid.map((p) => p.line)).toEqual([target + 1]);
    expect(withBroken.cited['fixture-facts.csv']!.retired).toBe(0);
    writeFileSync(file, lines.filter((_, i) => i !== target).join('\n'));
    const removed = await seedAll(db.db, dir);
    expect(removed.cited['fixture-facts.csv']!.retired).toBe(1);
    const f = await db.db.selectFrom('facts').selectAll().where('indicator', '=', 'ict_revenue').where('year', '=', 2020).executeTakeFirstOrThrow();
    expect(f.status).toBe('rejected');
  });
});
