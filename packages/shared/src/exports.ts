import type { FactWithSource, SeriesResponse, StatedValue } from './api';
import type { RankingResponse } from './regions/api';
import type { Indicator } from './catalogue';
import { csvRecords, toCsv } from './csv';
import { outletOf } from './cited';
import { unitLabels } from './format';
import { machineReadLabel } from './machine-read';
import type { Source } from './source';

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

const machineReadColumn = col('machine_read', machineReadLabel.vi, machineReadLabel.en);
const sourceCitationColumns = [
  col('source_title', 'tiêu đề nguồn', 'source title'),
  col('source_outlet', 'nơi công bố', 'outlet'),
  col('source_url', 'địa chỉ nguồn', 'source URL'),
];
const publicNoteColumns = [col('public_note_vi', 'ghi chú', 'note (Vietnamese)'), col('public_note_en', 'ghi chú (tiếng Anh)', 'note')];

/** A source as the tables cite it: title (never guessed), outlet, address. */
function citation(source: Source | undefined) {
  return { source_title: source?.title ?? null, source_outlet: source ? outletOf(source) : null, source_url: source?.url ?? null };
}

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
  machineReadColumn,
  col('source_id', 'mã nguồn', 'source id'),
  col('source_kind', 'loại nguồn', 'source kind'),
  ...sourceCitationColumns,
  col('source_published', 'ngày đăng', 'published'),
  ...publicNoteColumns,
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
        machine_read: f.machine_read,
        source_id: f.source.id,
        source_kind: f.source.kind,
        ...citation(f.source),
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
  machineReadColumn,
  ...sourceCitationColumns,
  ...publicNoteColumns,
];

/** What series.csv adds in the compare page's index and growth modes: the number the chart shows, and what it is. */
export const shownColumns: readonly ExportColumn[] = [
  col('shown', 'giá trị trên biểu đồ', 'value as charted'),
  col('shown_as', 'giá trị trên biểu đồ là', 'charted value is'),
];

const otherValues = (values: readonly StatedValue[]) =>
  values
    .slice(1)
    .map((v) => `${v.value} (${v.relation})`)
    .join('; ') || null;

/**
 * Headline series (one row per indicator, region and year), for `series.csv` and the XLSX "Chuỗi số liệu" sheet.
 * `headlines` gives each point's headline fact (`fact_id`), whose source and public note the row cites; `shown`, in
 * the compare page's index and growth modes, the number the chart draws per indicator and year, and what it is.
 */
export function seriesTable(
  series: readonly SeriesResponse[],
  headlines: ReadonlyMap<number, FactWithSource> = new Map(),
  shown?: { values: ReadonlyMap<string, ReadonlyMap<number, number>>; as: string },
): ExportTable {
  return {
    name: 'Chuỗi số liệu',
    columns: shown ? [...seriesColumns, ...shownColumns] : seriesColumns,
    rows: series.flatMap((s) =>
      s.points.map((p) => {
        const h = headlines.get(p.fact_id);
        const charted = shown?.values.get(s.indicator.key)?.get(p.year);
        return {
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
        machine_read: p.machine_read,
        ...citation(h?.source),
        public_note_vi: h?.public_note_vi ?? null,
        public_note_en: h?.public_note_en ?? null,
        ...(shown ? { shown: charted === undefined ? null : roundComputed(charted, 2), shown_as: charted === undefined ? null : shown.as } : {}),
        };
      }),
    ),
  };
}

export const rankingColumns: readonly ExportColumn[] = [
  ...indicatorColumns,
  col('year', 'năm', 'year'),
  col('map', 'bản đồ hành chính ngày', 'map of'),
  col('region', 'địa phương', 'region'),
  col('region_name_vi', 'tên địa phương', 'region name (Vietnamese)'),
  col('region_name_en', 'tên địa phương (tiếng Anh)', 'region name'),
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
  machineReadColumn,
];

/**
 * A ranking (`ranking.csv` and `.xlsx`, the ranking page's downloads): each ranked unit, then the units without a
 * figure, each with its names from the region catalogue (`names`, by key).
 */
export function rankingTable(r: RankingResponse, names: ReadonlyMap<string, { name_vi: string; name_en: string }>): ExportTable {
  const common = { indicator: r.indicator.key, ...indicatorFields(r.indicator), year: r.year, map: r.map };
  const region = (key: string) => ({ region: key, region_name_vi: names.get(key)?.name_vi ?? null, region_name_en: names.get(key)?.name_en ?? null });
  const empty = { value: null, rank: null, denominator: null, method: null, from: null, missing: null, partial: null, previous_rank: null, rank_change: null, value_change: null, machine_read: null };
  return {
    name: 'Xếp hạng',
    columns: rankingColumns,
    rows: [
      ...r.items.map((i) => ({
        ...common,
        ...region(i.region),
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
        machine_read: i.machine_read,
      })),
      ...r.missing.map((key) => ({ ...common, ...empty, ...region(key) })),
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

/** The sources a download cites, counted as its facts go by (a download streams its facts a chunk at a time). */
export class SourceTally {
  private readonly bySource = new Map<number, { source: Source; n: number }>();

  add(facts: readonly FactWithSource[]): void {
    for (const f of facts) {
      const e = this.bySource.get(f.source.id);
      if (e) e.n++;
      else this.bySource.set(f.source.id, { source: f.source, n: 1 });
    }
  }

  /** The "Nguồn" sheet: every source the other sheets cite, once. */
  table(): ExportTable {
    return {
      name: 'Nguồn',
      columns: sourceColumns,
      rows: [...this.bySource.values()].map(({ source, n }) => ({
        source_id: source.id,
        kind: source.kind,
        title: source.title,
        outlet: outletOf(source),
        url: source.url,
        published: source.published_on,
        figures: n,
      })),
    };
  }
}

/** The "Nguồn" sheet of a set of facts. */
export function sourcesTable(facts: readonly FactWithSource[]): ExportTable {
  const tally = new SourceTally();
  tally.add(facts);
  return tally.table();
}

const keysOf = (columns: readonly ExportColumn[]) => columns.map((c) => c.key);

/** One table as CSV (the shared writer: BOM, CRLF, formula-looking text neutralised). */
export function tableCsv(table: ExportTable): string {
  return toCsv(keysOf(table.columns), table.rows);
}

/** A table's CSV header (with the BOM), for a download written a chunk at a time. */
export function csvHead(columns: readonly ExportColumn[]): string {
  return toCsv(keysOf(columns), []);
}

/** Rows of a table as CSV lines, after csvHead. */
export function tableCsvRows(columns: readonly ExportColumn[], rows: ExportTable['rows']): string {
  return csvRecords(keysOf(columns), rows);
}
