import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Approx, Category, DocumentFormat, FactMethod, FactStatus, Qualifier, RegionLevel, SourceKind, Unit } from '@chiso/shared';

export interface RegionsTable {
  key: string;
  level: Generated<RegionLevel>;
  name_vi: string;
  name_en: string;
  code: string | null;
  code_before_2025_07: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successor: string | null;
  /** `|`-separated, as in the CSV. */
  aliases: Generated<string>;
  source_url: string | null;
}

export interface IndicatorsTable {
  key: string;
  category: Category;
  name_vi: string;
  name_en: string;
  unit: Unit;
  better: 'higher' | 'lower';
  description_en: string;
  description_vi: string;
  aggregation: 'sum' | 'none';
  /** Order of the catalogue file, kept for display. */
  position: number;
}

export interface SourcesTable {
  id: Generated<number>;
  kind: SourceKind;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published_on: string | null;
  region: string | null;
  report_year: number | null;
  format: DocumentFormat | null;
  sha256: string | null;
  text: string | null;
  /** SHA-256 of `text` (migration 030): the same content in other bytes is the same source. */
  content_sha256: string | null;
  created_at: string;
}

/** A page image of a source read by OCR (migration 031). */
export interface SourcePagesTable {
  source_id: number;
  page: number;
  width: number;
  height: number;
  mime: string;
  image: Uint8Array;
  /** The page's text in the source's text (migration 069); null for pages stored before it. */
  text_start: number | null;
  text_end: number | null;
}

/** Where a fact is in its file beyond the text offsets (migration 031): a workbook cell or an OCR'd page region. */
export interface FactLocationsTable {
  fact_id: number;
  sheet: string | null;
  cell: string | null;
  page: number | null;
  /** OcrEvidence JSON. */
  ocr: string | null;
}

export interface FactsTable {
  id: Generated<number>;
  indicator: string;
  region: string;
  year: number;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  qualifier: Qualifier;
  approx: Approx;
  change_pct: number | null;
  change_vs_year: number | null;
  plan_pct: number | null;
  source_id: number;
  span_start: number | null;
  span_end: number | null;
  quote: string | null;
  quote_start: number | null;
  method: FactMethod;
  rule: string | null;
  confidence: number | null;
  status: FactStatus;
  /** The curators' internal note (editors only). */
  note: string | null;
  /** A note for the public (migration 040). */
  public_note_vi: string | null;
  public_note_en: string | null;
  /**
   * Accepted without a person reading it, and not accepted or edited by a person since (migration 041). Read back as
   * 0/1 on SQLite and a boolean on PostgreSQL; written as 0 or 1, which both take.
   */
  machine_read: ColumnType<boolean | number, number | undefined, number>;
  /** Of a rank: how many units were ranked (2 of 63). */
  denominator: number | null;
  /**
   * The date of the map whose territory the figure is about, when later than its year: the merged unit's figure
   * for a year before the merger (DTI 2024's ranking of the 34 new provinces). Null: the region as it was.
   */
  territory_as_of: string | null;
  /** Identifies a curated row of a seed CSV across restarts, so a changed row updates its fact. */
  seed_key: string | null;
  /** The uploaded file (a dataset source) that created or last changed this cited figure (migration 062). */
  upload_id: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export type RevisionAction = 'create' | 'update' | 'accept' | 'reject' | 'edit' | 'retire';

export interface FactRevisionsTable {
  id: Generated<number>;
  fact_id: number;
  action: RevisionAction;
  actor: string;
  reason: string | null;
  /** JSON of the fact before the change (null on create). */
  before: string | null;
  /** JSON of the fact after the change. */
  after: string;
  at: string;
  /** The fact's region and the indicator the change left it in (migration 061): what `asof` finds revisions by. */
  region: string | null;
  indicator: string | null;
}

/** A change to a source (migration 042): the source's row before and after, as JSON, who and why. */
export interface SourceRevisionsTable {
  id: Generated<number>;
  source_id: number;
  action: 'edit';
  actor: string;
  reason: string | null;
  before: string;
  after: string;
  at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  role: 'editor' | 'admin';
  hash: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** One row: a counter bumped by every write, so caches in every process know when to drop what they hold. */
export interface MetaTable {
  key: string;
  value: string;
}

/** The resolved read model (migration 004): JSON the API sends, per region, indicator and year. */
export interface SeriesPointsTable {
  region: string;
  indicator: string;
  year: number;
  /** SeriesPoint JSON; null when the year has only a target. */
  point: string | null;
  /** The point's figure as rankings and combined series read it (OwnFigure JSON: services/figures.ts); null with `point`. */
  figure: string | null;
  /** TargetPoint JSON. */
  target: string | null;
  /** DashboardItem JSON without its `indicator`, which the reader adds from the catalogue. */
  item: string | null;
}

export interface SeriesCoverageTable {
  region: string;
  indicator: string;
  first_year: number;
  last_year: number;
  latest_value: number | null;
  points: number;
}

/** How far an indicator's figures reach across the provinces (the country left out). */
export interface IndicatorExtentTable {
  indicator: string;
  /** Provinces (current or former) with a headline. */
  regions: number;
  first_year: number;
  last_year: number;
}

/** The years with a headline in a region, as a JSON array. */
export interface RegionYearsTable {
  region: string;
  years: string;
}

/** A fact with its source as the facts list sends it (FactWithSource JSON). */
export interface FactJsonTable {
  fact_id: number;
  json: string;
}

/** Facts whose row or source changed since their JSON was last written. */
export interface FactDirtyTable {
  fact_id: number;
}

/** (region, indicator) pairs whose facts or sources changed since the read model was last computed. */
export interface SeriesDirtyTable {
  region: string;
  indicator: string;
}

/** (region, indicator, year) whose facts or sources changed since the read model was last computed (migration 060). */
export interface SeriesDirtyYearTable {
  region: string;
  indicator: string;
  year: number;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'interrupted';

/** A long write run off the request path (migration 062): its progress, and its report or error at the end. */
export interface JobsTable {
  id: Generated<number>;
  kind: 'cited' | 'retire';
  actor: string;
  /** What it works on: the uploaded file's name, the retired source's title. */
  title: string;
  status: JobStatus;
  /** Rows of the file, facts of the source; null until known. */
  total: number | null;
  done: number;
  /** The job's report as JSON once done (a CitedUploadReport for an import). */
  report: string | null;
  error: string | null;
  /** The uploaded file as a source, or the source being retired. */
  source_id: number | null;
  created_at: string;
  /** Written with every step, so a job whose process died is seen as interrupted. */
  updated_at: string;
  finished_at: string | null;
}

/** A source an administrator retired (migration 063): its facts are rejected, its text is not served. */
export interface RetiredSourcesTable {
  source_id: number;
  retired_at: string;
  actor: string;
  reason: string;
}

/** A fixed window of a rate limit (migration 005): `count` events of `key` until `reset_at` (epoch ms). */
export interface RateWindowsTable {
  scope: string;
  key: string;
  count: number;
  reset_at: number;
}

/** A connection or a transaction: what a service that may run inside a writer's transaction takes. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface Database {
  regions: RegionsTable;
  indicators: IndicatorsTable;
  sources: SourcesTable;
  facts: FactsTable;
  fact_revisions: FactRevisionsTable;
  source_revisions: SourceRevisionsTable;
  api_tokens: ApiTokensTable;
  meta: MetaTable;
  series_points: SeriesPointsTable;
  series_coverage: SeriesCoverageTable;
  indicator_extent: IndicatorExtentTable;
  region_years: RegionYearsTable;
  series_dirty: SeriesDirtyTable;
  series_dirty_year: SeriesDirtyYearTable;
  fact_json: FactJsonTable;
  fact_dirty: FactDirtyTable;
  rate_windows: RateWindowsTable;
  jobs: JobsTable;
  retired_sources: RetiredSourcesTable;
  source_pages: SourcePagesTable;
  fact_locations: FactLocationsTable;
}

export type FactRow = Selectable<FactsTable>;
export type NewFact = Insertable<FactsTable>;
export type FactUpdate = Updateable<FactsTable>;
export type SourceRow = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type RegionRow = Selectable<RegionsTable>;
