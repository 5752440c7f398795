import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connect';
import { freshDb, tempDataDir } from '../testing/harness';
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

  it('migrates an empty database and loads catalogue, cited figures and reports', async () => {
    db = await freshDb();
    const summary = await seedAll(db.db, tempDataDir());
    const c = await counts(db);
    const csvRows = readFileSync(join(tempDataDir(), 'facts/danang-facts.csv'), 'utf8').trim().split('\n').length - 1;
    expect(c.indicators).toBe(34);
    expect(c.regions).toBeGreaterThanOrEqual(1);
    expect(summary.cited['danang-facts.csv']!.inserted).toBe(csvRows);
    expect(summary.cited['danang-facts.csv']!.invalid).toEqual([]);
    expect(summary.reports).toHaveLength(1);
    expect(summary.reports[0]!.created).toBe(true);
    expect(summary.reports[0]!.accepted + summary.reports[0]!.pending).toBeGreaterThan(10);
    const report = await db.db.selectFrom('sources').selectAll().where('kind', '=', 'report').executeTakeFirstOrThrow();
    expect(report.report_year).toBe(2018);
    expect(report.published_on).toBe('2019-01-31');
    const curated = await db.db.selectFrom('facts').selectAll().where('method', '=', 'curated').execute();
    expect(curated.every((f) => f.status === 'accepted')).toBe(true);
    const src = await db.db.selectFrom('sources').selectAll().where('url', 'like', '%vneconomy.vn/kinh-te-so-dong-gop-17%').executeTakeFirstOrThrow();
    expect(src.publisher).toBe('VnEconomy');
    expect(src.title).toBe('Kinh tế số đóng góp 17% vào tăng trưởng GRDP của Đà Nẵng');
    expect(src.published_on).toBe('2023-01');
    // An article whose title was not found keeps none rather than one guessed from its address.
    const plo = await db.db.selectFrom('sources').selectAll().where('url', 'like', '%plo.vn/nganh-tt-tt%').executeTakeFirstOrThrow();
    expect(plo).toMatchObject({ title: null, publisher: 'Pháp Luật TP.HCM', published_on: '2024-01-16' });
    // 58 of the Đà Nẵng figures' articles, 55 more cited by the provinces' DTI and ICT Index figures.
    expect(summary.sources).toMatchObject({ rows: 113, problems: [] });
    const noted = await db.db.selectFrom('facts').selectAll().where('source_id', '=', plo.id).where('indicator', '=', 'ict_revenue').where('year', '=', 2023).executeTakeFirstOrThrow();
    expect(noted.public_note_en).toContain('VietTimes (Dec 2023) gives 17,598');
    expect(noted.note).toContain('review held 16 Jan 2024');
  });

  it('checks the sources file as it loads it and says what is wrong', async () => {
    db = await freshDb();
    const dir = tempDataDir();
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
    const dir = tempDataDir();
    await seedAll(db.db, dir);
    const file = join(dir, 'reports/danang-2018-ict-review.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
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
    const dir = tempDataDir();
    await seedAll(db.db, dir);
    const first = await counts(db);
    const again = await seedAll(db.db, dir);
    expect(await counts(db)).toEqual(first);
    expect(again.cited['danang-facts.csv']).toMatchObject({ inserted: 0, updated: 0, retired: 0 });
    expect(again.reports[0]!.created).toBe(false);
  });

  it('updates a changed row in place and writes a revision with before and after', async () => {
    db = await freshDb();
    const dir = tempDataDir();
    await seedAll(db.db, dir);
    const file = join(dir, 'facts/danang-facts.csv');
    const csv = readFileSync(file, 'utf8');
    const line = csv.split('\n').find((l) => l.startsWith('da-nang,ict_revenue,2024,39888'))!;
    writeFileSync(file, csv.replace(line, line.replace(',39888,', ',39900,')));
    const before = await counts(db);
    const summary = await seedAll(db.db, dir);
    expect(summary.cited['danang-facts.csv']).toMatchObject({ inserted: 0, updated: 1 });
    const after = await counts(db);
    expect(after.facts).toBe(before.facts);
    expect(after.revisions).toBe(before.revisions + 1);
    const rev = await db.db.selectFrom('fact_revisions').selectAll().where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(rev.before!).value).toBe(39888);
    expect(JSON.parse(rev.after).value).toBe(39900);
    expect(rev.actor).toBe('seed');
  });

  it('retires a row removed from the file, but a broken row loses nothing', async () => {
    db = await freshDb();
    const dir = tempDataDir();
    await seedAll(db.db, dir);
    const file = join(dir, 'facts/danang-facts.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const target = lines.findIndex((l) => l.startsWith('da-nang,ict_revenue,2009,5700'));
    const broken = [...lines];
    broken[target] = 'da-nang,ict_revenue,20x9,abc';
    writeFileSync(file, broken.join('\n'));
    const withBroken = await seedAll(db.db, dir);
    expect(withBroken.cited['danang-facts.csv']!.invalid.map((p) => p.line)).toEqual([target + 1]);
    expect(withBroken.cited['danang-facts.csv']!.retired).toBe(0);
    writeFileSync(file, lines.filter((_, i) => i !== target).join('\n'));
    const removed = await seedAll(db.db, dir);
    expect(removed.cited['danang-facts.csv']!.retired).toBe(1);
    const f = await db.db.selectFrom('facts').selectAll().where('indicator', '=', 'ict_revenue').where('year', '=', 2009).executeTakeFirstOrThrow();
    expect(f.status).toBe('rejected');
  });
});
