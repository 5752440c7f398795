import type { FactWithSource, SeriesResponse, StatedValue } from './api';
import type { RankingResponse } from './regions/api';
import type { Indicator } from './catalogue';
import { toCsv } from './csv';
import { outletOf } from './cited';
import { unitLabels } from './format';

/**
 * The downloads' tables, defined once for every format: a CSV writes one table, an XLSX a sheet per table plus a
 * "Nguồn" sheet. Column keys are stable English identifiers (what scripts read); names come in Vietnamese and
 * English; computed numbers are rounded as the pages show them, figures kept as their sources published them.
 */
export interface ExportColumn {
  key: string;
  /** What the column holds, for the XLSX header note and the API docs. */
  vi: string;
  en: string;
}

export interface ExportTable {
  /** Sheet name (≤ 31 characters, no `[]:*?/\`). */
  name: string;
  columns: readonly ExportColumn[];
  rows: Record<string, string | number | boolean | null>[];
}

const col = (key: string, vi: string, en: string): ExportColumn => ({ key, vi, en });

/** A computed percentage as the pages show it (one decimal): 19.246031746031747 → 19.2. */
export function roundComputed(v: number | null, digits = 1): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

const indicatorColumns = [
  col('indicator', 'mã chỉ tiêu', 'indicator key'),
  col('name_vi', 'tên chỉ tiêu', 'indicator name (Vietnamese)'),
  col('name_en', 'tên chỉ tiêu (tiếng Anh)', 'indicator name'),
];
const unitColumns = [col('unit', 'mã đơn vị', 'unit key'), col('unit_vi', 'đơn vị', 'unit (Vietnamese)'), col('unit_en', 'đơn vị (tiếng Anh)', 'unit')];

/** The indicator's names and unit, in both languages, as the tables write them. */
function indicatorFields(ind: Indicator | undefined) {
  return {
    name_vi: ind?.name_vi ?? null,
    name_en: ind?.name_en ?? null,
    unit: ind?.unit ?? null,
    unit_vi: ind ? unitLabels[ind.unit].vi : null,
    unit_en: ind ? unitLabels[ind.unit].en : null,
  };
}

export const factColumns: readonly ExportColumn[] = [
  col('id', 'mã số liệu', 'fact id'),
  ...indicatorColumns,
  col('region', 'địa phương', 'region'),
  col('year', 'năm', 'year'),
  col('value', 'giá trị', 'value'),
  col('value_min', 'giá trị thấp nhất (khoảng)', 'range minimum'),
  col('value_max', 'giá trị cao nhất (khoảng)', 'range maximum'),
  ...unitColumns,
  col('qualifier', 'loại số liệu (actual, estimate, target)', 'kind of figure (actual, estimate, target)'),
  col('approx', 'cách nêu (exact, over, under, about)', 'wording (exact, over, under, about)'),
  col('change_pct', 'tăng trưởng nguồn nêu, %', 'growth the source states, %'),
  col('change_vs_year', 'so với năm', 'growth against year'),
  col('plan_pct', 'đạt kế hoạch nguồn nêu, %', 'plan attainment the source states, %'),
  col('method', 'cách ghi nhận', 'how it was recorded'),
  col('source_id', 'mã nguồn', 'source id'),
  col('source_kind', 'loại nguồn', 'source kind'),
  col('source_title', 'tiêu đề nguồn', 'source title'),
  col('source_outlet', 'nơi công bố', 'outlet'),
  col('source_url', 'địa chỉ nguồn', 'source URL'),
  col('source_published', 'ngày đăng', 'published'),
  col('public_note_vi', 'ghi chú', 'note (Vietnamese)'),
  col('public_note_en', 'ghi chú (tiếng Anh)', 'note'),
  col('quote', 'trích dẫn', 'quote'),
];

/** Facts with their sources and indicators, for `facts.csv` and the XLSX "Số liệu" sheet. Internal notes never. */
export function factsTable(facts: readonly FactWithSource[], indicators: ReadonlyMap<string, Indicator>): ExportTable {
  return {
    name: 'Số liệu',
    columns: factColumns,
    rows: facts.map((f) => {
      return {
        id: f.id,
        indicator: f.indicator,
        ...indicatorFields(indicators.get(f.indicator)),
        region: f.region,
        year: f.year,
        value: f.value,
        value_min: f.value_min,
        value_max: f.value_max,
        qualifier: f.qualifier,
        approx: f.approx,
        change_pct: roundComputed(f.change_pct, 2),
        change_vs_year: f.change_vs_year,
        plan_pct: roundComputed(f.plan_pct, 2),
        method: f.method,
        source_id: f.source.id,
        source_kind: f.source.kind,
        source_title: f.source.title,
        source_outlet: outletOf(f.source),
        source_url: f.source.url,
        source_published: f.source.published_on,
        public_note_vi: f.public_note_vi,
        public_note_en: f.public_note_en,
        quote: f.quote,
      };
    }),
  };
}

export const seriesColumns: readonly ExportColumn[] = [
  ...indicatorColumns,
  col('region', 'địa phương', 'region'),
  col('year', 'năm', 'year'),
  col('value', 'số liệu chính', 'headline value'),
  ...unitColumns,
  col('qualifier', 'loại số liệu', 'kind of figure'),
  col('approx', 'cách nêu', 'wording'),
  col('conflict', 'các nguồn chênh lệch', 'sources differ'),
  col('other_values', 'số liệu khác được công bố', 'other published values'),
  col('facts', 'số số liệu', 'figures behind it'),
];

const otherValues = (values: readonly StatedValue[]) =>
  values
    .slice(1)
    .map((v) => `${v.value} (${v.relation})`)
    .join('; ') || null;

/** Headline series (one row per indicator, region and year), for `series.csv` and the XLSX "Chuỗi" sheet. */
export function seriesTable(series: readonly SeriesResponse[]): ExportTable {
  return {
    name: 'Chuỗi số liệu',
    columns: seriesColumns,
    rows: series.flatMap((s) =>
      s.points.map((p) => ({
        indicator: s.indicator.key,
        ...indicatorFields(s.indicator),
        region: s.region.key,
        year: p.year,
        value: p.value,
        qualifier: p.qualifier,
        approx: p.approx,
        conflict: p.conflict,
        other_values: otherValues(p.values),
        facts: p.facts,
      })),
    ),
  };
}

export const rankingColumns: readonly ExportColumn[] = [
  ...indicatorColumns,
  col('year', 'năm', 'year'),
  col('map', 'bản đồ hành chính ngày', 'map of'),
  col('region', 'địa phương', 'region'),
  col('value', 'giá trị', 'value'),
  ...unitColumns,
  col('rank', 'hạng', 'rank'),
  col('denominator', 'trên tổng số', 'out of'),
  col('method', 'cách có số liệu', 'how the figure was obtained'),
  col('from', 'từ các địa phương', 'from the regions'),
  col('missing', 'thiếu số liệu của', 'regions without a figure'),
  col('partial', 'chưa đủ', 'partial'),
  col('previous_rank', 'hạng năm trước', 'rank the year before'),
  col('rank_change', 'thay đổi hạng', 'change in rank'),
  col('value_change', 'thay đổi giá trị', 'change in value'),
];

/** A ranking (`ranking.csv`, the ranking page's download): each ranked unit, then the units without a figure. */
export function rankingTable(r: RankingResponse): ExportTable {
  const common = { indicator: r.indicator.key, ...indicatorFields(r.indicator), year: r.year, map: r.map };
  const empty = { value: null, rank: null, denominator: null, method: null, from: null, missing: null, partial: null, previous_rank: null, rank_change: null, value_change: null };
  return {
    name: 'Xếp hạng',
    columns: rankingColumns,
    rows: [
      ...r.items.map((i) => ({
        ...common,
        region: i.region,
        value: i.value,
        rank: i.rank,
        denominator: i.denominator,
        method: i.method,
        from: i.from.join(' ') || null,
        missing: i.missing.join(' ') || null,
        partial: i.partial,
        previous_rank: i.previous?.rank ?? null,
        rank_change: i.rank_change,
        value_change: roundComputed(i.value_change, 2),
      })),
      ...r.missing.map((region) => ({ ...common, ...empty, region })),
    ],
  };
}

export const sourceColumns: readonly ExportColumn[] = [
  col('source_id', 'mã nguồn', 'source id'),
  col('kind', 'loại nguồn', 'kind'),
  col('title', 'tiêu đề', 'title'),
  col('outlet', 'nơi công bố', 'outlet'),
  col('url', 'địa chỉ', 'URL'),
  col('published', 'ngày đăng', 'published'),
  col('figures', 'số số liệu trong tệp', 'figures in this file'),
];

/** The "Nguồn" sheet: every source the other sheets cite, once. */
export function sourcesTable(facts: readonly FactWithSource[]): ExportTable {
  const bySource = new Map<number, { f: FactWithSource; n: number }>();
  for (const f of facts) {
    const e = bySource.get(f.source.id);
    if (e) e.n++;
    else bySource.set(f.source.id, { f, n: 1 });
  }
  return {
    name: 'Nguồn',
    columns: sourceColumns,
    rows: [...bySource.values()].map(({ f, n }) => ({
      source_id: f.source.id,
      kind: f.source.kind,
      title: f.source.title,
      outlet: outletOf(f.source),
      url: f.source.url,
      published: f.source.published_on,
      figures: n,
    })),
  };
}

/** One table as CSV (the shared writer: BOM, CRLF, formula-looking text neutralised). */
export function tableCsv(table: ExportTable): string {
  return toCsv(
    table.columns.map((c) => c.key),
    table.rows,
  );
}
