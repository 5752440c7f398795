import { sql, type Kysely } from 'kysely';

/**
 * A ranking reads one indicator's headline in every region for two years; it parsed each year's whole SeriesPoint
 * JSON (every value stated, its sources) for five fields, and a region with a richer history cost more. `figure`
 * holds those fields alone (value, denominator, conflict, estimate, machine_read), written with the point
 * (decision 0063); filled here from the stored points. The index covers the ranking's read, so it never reaches the
 * rows, whose JSON (a dashboard entry with its sparkline) spans pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('series_points').addColumn('figure', 'text').execute();
  const { rows } = await sql<{ region: string; indicator: string; year: number; point: string }>`
    select region, indicator, year, point from series_points where point is not null`.execute(db);
  for (const r of rows) {
    const p = JSON.parse(r.point) as { value: number; denominator?: number; conflict: boolean; qualifier: string; machine_read?: boolean };
    const figure = JSON.stringify({ value: p.value, denominator: p.denominator ?? null, conflict: p.conflict, estimate: p.qualifier === 'estimate', machine_read: p.machine_read ?? false });
    await sql`update series_points set figure = ${figure} where region = ${r.region} and indicator = ${r.indicator} and year = ${r.year}`.execute(db);
  }
  // Its first columns serve what series_points_indicator (migration 050) served.
  await db.schema.createIndex('series_points_figure').on('series_points').columns(['indicator', 'year', 'region', 'figure']).execute();
  await db.schema.dropIndex('series_points_indicator').execute();
}
