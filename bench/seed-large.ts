import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createApp } from '../apps/api/src/app';
import { connect, type Db } from '../apps/api/src/db/connect';
import { silentLogger } from '../apps/api/src/http/log';
import { seedAll } from '../apps/api/src/seed';
import { refreshReadModel } from '../apps/api/src/services/read-model';
import { prepareDatabase } from '../apps/api/src/services/prepare-database';
import { shippedDataDir as dataDir } from '../apps/api/src/testing/harness';
import { loadSynthetic } from './lib/bulk';
import { uncachedLatency, type Latency } from './lib/latency';
import { provinceKey, synthetic } from './lib/synthetic';

/** Bumped when the generator changes, so a kept large database is rebuilt. */
const generator = 'v1';

/** The same data as the app (data/) plus 62 synthetic provinces: a separate database, kept between runs. */
async function largeDb(url: string): Promise<Db> {
  const db = connect(url);
  await prepareDatabase(db);
  const seed = await seedAll(db.db, dataDir);
  const mark = await db.db.selectFrom('meta').select('value').where('key', '=', 'bench_large').executeTakeFirst();
  if (mark?.value === generator) {
    process.stdout.write(`reusing ${db.describe} (generator ${generator})\n`);
    return db;
  }
  // A half-built or older dataset: remove the synthetic rows and build again.
  await db.db.deleteFrom('facts').where('region', 'like', 'tinh-%').execute();
  await db.db.deleteFrom('sources').where('region', 'like', 'tinh-%').execute();
  const t0 = performance.now();
  const indicators = seed.catalogue.indicators.map((i) => i.key);
  const counts = await loadSynthetic(db, indicators, (p) => {
    if (p % 10 === 0) process.stdout.write(`  ${p}/${synthetic.provinces} provinces\n`);
  });
  const t1 = performance.now();
  // The bulk loader writes past the app's writers: the read model is computed here, as a writer's commit would.
  const model = await db.db.transaction().execute(refreshReadModel);
  process.stdout.write(`  read model: ${model.series.toLocaleString('en')} series resolved, ${model.facts.toLocaleString('en')} facts written as JSON in ${((performance.now() - t1) / 1000).toFixed(1)} s\n`);
  await sql`analyze`.execute(db.db);
  await db.db.deleteFrom('meta').where('key', '=', 'bench_large').execute();
  await db.db.insertInto('meta').values({ key: 'bench_large', value: generator }).execute();
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(
    `built ${db.describe}: ${counts.facts.toLocaleString('en')} synthetic facts, ${counts.sources.toLocaleString('en')} sources in ${s.toFixed(1)} s (${Math.round(counts.facts / s).toLocaleString('en')} facts/s)\n`,
  );
  return db;
}

async function smallDb(url: string): Promise<Db> {
  const db = connect(url);
  await prepareDatabase(db);
  await seedAll(db.db, dataDir);
  await sql`analyze`.execute(db.db);
  return db;
}

/** Ten provinces of today's map, five of them formed by a merger (their combined series read their parts too). */
const tenRegions = ['da-nang', 'ha-noi', 'hue', 'ho-chi-minh', 'hai-phong', 'lao-cai', 'dong-nai', 'khanh-hoa', 'thanh-hoa', 'ha-tinh'];

const compared = [
  { name: 'indicators', path: '/api/v1/indicators' },
  { name: 'overview', path: '/api/v1/dashboard?region=da-nang&year=2022' },
  { name: 'series', path: '/api/v1/indicators/ict_revenue/series?region=da-nang' },
  { name: 'series-10-regions', path: `/api/v1/indicators/dti_rank/series?regions=${tenRegions.join(',')}` },
  { name: 'ranking', path: '/api/v1/indicators/dti_rank/ranking?year=2022' },
  { name: 'map', path: '/api/v1/maps/dti_rank.svg?year=2024&map=2025-07-01' },
  { name: 'facts', path: '/api/v1/facts?indicator=ict_revenue&region=da-nang&limit=50' },
];
const largeOnly = [
  { name: `series ${provinceKey(7)} (30 y × 4)`, path: `/api/v1/indicators/ict_revenue/series?region=${provinceKey(7)}` },
  { name: `dashboard ${provinceKey(7)}`, path: `/api/v1/dashboard?region=${provinceKey(7)}&year=2020` },
  { name: 'facts, no filter', path: '/api/v1/facts?limit=50' },
];

export async function benchSeedLarge(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-small-'));
  const large = await largeDb(process.env.BENCH_LARGE_DATABASE_URL ?? `sqlite:${join(tmpdir(), 'chiso-bench-large.sqlite')}`);
  const small = await smallDb(process.env.BENCH_SMALL_DATABASE_URL ?? `sqlite:${join(dir, 'small.sqlite')}`);
  try {
    const total = async (db: Db) => Number((await db.db.selectFrom('facts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const [nSmall, nLarge] = [await total(small), await total(large)];
    process.stdout.write(`small: ${nSmall.toLocaleString('en')} facts; large: ${nLarge.toLocaleString('en')} facts (${synthetic.provinces + 1} provinces)\n`);
    // No read cache: every request computes its answer.
    const appSmall = (await createApp({ db: small, log: silentLogger, readCacheBytes: 0 })).app;
    const appLarge = (await createApp({ db: large, log: silentLogger, readCacheBytes: 0 })).app;
    const ms = (l: Latency) => `${l.p50.toFixed(2)} / ${l.p90.toFixed(2)}`.padStart(16);
    process.stdout.write(`\nuncached in-process latency, ms p50 / p90\n${'endpoint'.padEnd(28)}${'small'.padStart(16)}${'large'.padStart(16)}  ratio (p50)\n`);
    const ratios: Record<string, number> = {};
    for (const e of compared) {
      const a = await uncachedLatency(appSmall, e.path);
      const b = await uncachedLatency(appLarge, e.path);
      ratios[e.name] = b.p50 / a.p50;
      process.stdout.write(`${e.name.padEnd(28)}${ms(a)}${ms(b)}  ${ratios[e.name]!.toFixed(2)}\n`);
    }
    for (const e of largeOnly) {
      process.stdout.write(`${e.name.padEnd(28)}${''.padStart(16)}${ms(await uncachedLatency(appLarge, e.path))}\n`);
    }
    const listed = compared.filter((e) => e.name !== 'facts').map((e) => `${e.name} ${ratios[e.name]!.toFixed(1)}×`);
    process.stdout.write(`seed-large: ${nLarge.toLocaleString('en')} facts; ${listed.join(', ')} (of small-data latency; goal ≤ 2)\n`);
  } finally {
    await small.close();
    await large.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
