import { z } from 'zod';
import { IndicatorKey } from './catalogue';
import { Approx, Fact, Qualifier } from './fact';
import { PartialDate } from './cited';
import { defaultRegionKey } from './settings';
import { Source } from './source';

// ---- editors and tokens -----------------------------------------------------------------------------------

export const TokenRole = z.enum(['editor', 'admin']);
export type TokenRole = z.infer<typeof TokenRole>;

/** A token's name is how revisions name the person who made a change: a short handle, not a secret. */
export const TokenName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, 'a token name is 1–64 letters, digits, dots, dashes, underscores or @');

/** `GET /api/v1/auth/me`: who the token belongs to, for the sign-in screen. */
export const Me = z.object({ name: z.string(), role: TokenRole });
export type Me = z.infer<typeof Me>;

export const TokenInfo = z.object({
  name: z.string(),
  role: TokenRole,
  created_at: z.string(),
  revoked_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

export const TokensResponse = z.object({ tokens: z.array(TokenInfo) });
export type TokensResponse = z.infer<typeof TokensResponse>;

export const TokenCreate = z.object({ name: TokenName, role: TokenRole.default('editor') });
export type TokenCreate = z.infer<typeof TokenCreate>;

/** The only response that ever carries a raw token: it is shown once and stored hashed. */
export const TokenCreated = TokenInfo.extend({ token: z.string() });
export type TokenCreated = z.infer<typeof TokenCreated>;

// ---- upload -----------------------------------------------------------------------------------------------

export const FactCounts = z.object({
  pending: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
});
export type FactCounts = z.infer<typeof FactCounts>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : null));

/** The text fields of `POST /api/v1/sources` (multipart, next to `file`). */
export const UploadFields = z.object({
  region: z.string({ error: `region is required (e.g. ${defaultRegionKey})` }).trim().min(1, `region is required (e.g. ${defaultRegionKey})`),
  title: optionalText(500),
  publisher: optionalText(200),
  url: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'url must be an http(s) URL' })])
    .optional()
    .transform((s) => (s ? s : null)),
  published: z
    .union([z.literal(''), PartialDate])
    .optional()
    .transform((s) => (s ? s : null)),
});
export type UploadFields = z.infer<typeof UploadFields>;

/** 201 for a new document, 200 (`created: false`) when the same bytes were uploaded before. */
export const UploadResponse = z.object({
  source: Source,
  created: z.boolean(),
  facts: FactCounts,
});
export type UploadResponse = z.infer<typeof UploadResponse>;

// ---- review -----------------------------------------------------------------------------------------------

const Reason = z.string().trim().min(1, 'a reason is required').max(1000);

export const AcceptBody = z.object({ reason: Reason.optional() }).default({});
export type AcceptBody = z.infer<typeof AcceptBody>;

export const RejectBody = z.object({ reason: Reason });
export type RejectBody = z.infer<typeof RejectBody>;

/** `POST /api/v1/sources/{id}/retire` (administrators): why the source leaves the public data. */
export const RetireBody = z.object({ reason: Reason });
export type RetireBody = z.infer<typeof RetireBody>;

const nullableNumber = z.number().finite().nullable();

/**
 * `PATCH /api/v1/facts/{id}`: the fields to change, at least one. A value replaces a range and a range replaces
 * a value. `accept: true` also accepts the fact, in the same revision.
 */
export const FactPatch = z
  .object({
    indicator: IndicatorKey.optional(),
    year: z.number().int().min(1900).max(2100).optional(),
    value: z.number().finite().optional(),
    value_min: z.number().finite().optional(),
    value_max: z.number().finite().optional(),
    qualifier: Qualifier.optional(),
    approx: Approx.optional(),
    change_pct: nullableNumber.optional(),
    change_vs_year: z.number().int().min(1900).max(2100).nullable().optional(),
    plan_pct: nullableNumber.optional(),
    note: z.string().trim().max(1000).nullable().optional(),
    reason: Reason.optional(),
    accept: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const range = p.value_min !== undefined || p.value_max !== undefined;
    if (p.value !== undefined && range) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'give either value or value_min and value_max, not both' });
    }
    if (range && (p.value_min === undefined || p.value_max === undefined)) {
      ctx.addIssue({ code: 'custom', path: [p.value_min === undefined ? 'value_min' : 'value_max'], message: 'a range needs both value_min and value_max' });
    }
    if (p.value_min !== undefined && p.value_max !== undefined && p.value_min > p.value_max) {
      ctx.addIssue({ code: 'custom', path: ['value_min'], message: 'value_min must not be above value_max' });
    }
    const fields = Object.keys(p).filter((k) => k !== 'reason' && k !== 'accept');
    if (fields.length === 0 && !p.accept) {
      ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change: give at least one field' });
    }
  });
export type FactPatch = z.infer<typeof FactPatch>;

/** Bulk accept of a source's pending facts: `min_confidence` in the query or the JSON body. */
export const BulkAcceptBody = z.object({
  min_confidence: z.coerce.number().min(0).max(1),
  reason: Reason.optional(),
});
export type BulkAcceptBody = z.infer<typeof BulkAcceptBody>;

export const BulkAcceptResponse = z.object({
  source_id: z.number().int(),
  min_confidence: z.number(),
  accepted: z.array(z.number().int()),
  facts: FactCounts,
});
export type BulkAcceptResponse = z.infer<typeof BulkAcceptResponse>;

export const RevisionAction = z.enum(['create', 'update', 'accept', 'reject', 'edit', 'retire']);
export type RevisionAction = z.infer<typeof RevisionAction>;

export const Revision = z.object({
  id: z.number().int(),
  fact_id: z.number().int(),
  action: RevisionAction,
  /** The token name of the editor (or `seed`, `cli:USER`). */
  actor: z.string(),
  reason: z.string().nullable(),
  before: Fact.nullable(),
  after: Fact,
  at: z.string(),
});
export type Revision = z.infer<typeof Revision>;

export const RevisionsResponse = z.object({ fact_id: z.number().int(), revisions: z.array(Revision) });
export type RevisionsResponse = z.infer<typeof RevisionsResponse>;

/**
 * `PATCH /api/v1/sources/{id}`: a source's own fields as readers see them. `title: null` clears a title rather than
 * keep a wrong one (the source is then shown by outlet and date). At least one field.
 */
export const SourcePatch = z
  .object({
    title: z.string().trim().min(1, 'a title is not empty: send null to clear it').max(500).nullable().optional(),
    publisher: z.string().trim().min(1).max(200).nullable().optional(),
    url: z.url({ protocol: /^https?$/, message: 'url must be an http(s) URL' }).max(2000).nullable().optional(),
    reason: Reason.optional(),
  })
  .strict()
  .refine((p) => p.title !== undefined || p.publisher !== undefined || p.url !== undefined, {
    message: 'nothing to change: give title, publisher or url',
    path: [],
  });
export type SourcePatch = z.infer<typeof SourcePatch>;

export const SourceRevision = z.object({
  id: z.number().int(),
  source_id: z.number().int(),
  action: z.literal('edit'),
  actor: z.string(),
  reason: z.string().nullable(),
  before: Source,
  after: Source,
  at: z.string(),
});
export type SourceRevision = z.infer<typeof SourceRevision>;

export const SourceRevisionsResponse = z.object({ source_id: z.number().int(), revisions: z.array(SourceRevision) });
export type SourceRevisionsResponse = z.infer<typeof SourceRevisionsResponse>;

// ---- cited figures ----------------------------------------------------------------------------------------

/** Rows one cited CSV may have; past it the upload is refused (422) before anything is read. */
export const maxCitedRows = 200_000;

/**
 * Accepted figures one region, indicator and year may have from cited jobs: a year is resolved as a whole on every
 * change to it, so this bounds what one change costs (no real year has a thousand published figures).
 */
export const maxFiguresPerYear = 1_000;

/** Problems a report lists line by line; the rest are counted. */
export const maxListedProblems = 1_000;

/** What an import of cited figures did: what landed and, line by line, what did not (the first 1,000 of them). */
export const CitedUploadReport = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.array(z.object({ line: z.number().int(), errors: z.array(z.string()) })),
  /** Invalid rows in all, listed or not. */
  invalid_total: z.number().int(),
});
export type CitedUploadReport = z.infer<typeof CitedUploadReport>;

export const JobStatus = z.enum(['queued', 'running', 'done', 'failed', 'interrupted']);
export type JobStatus = z.infer<typeof JobStatus>;

/**
 * A long write run off the request path: the import of a cited CSV (`POST /api/v1/facts/cited` answers 202 with it)
 * or the retirement of a source. `GET /api/v1/jobs/{id}` follows it: done of total (rows of the file, facts of the
 * source), then its report (an import's) or why it stopped (failed; interrupted when the server stopped meanwhile).
 */
export const Job = z.object({
  id: z.number().int(),
  kind: z.enum(['cited', 'retire']),
  status: JobStatus,
  /** The uploaded file's name, or the retired source's title. */
  title: z.string(),
  total: z.number().int().nullable(),
  done: z.number().int(),
  report: CitedUploadReport.nullable(),
  error: z.string().nullable(),
  /** The uploaded file as a source (a dataset: the figures it brought point to it beside their articles), or the retired source. */
  source_id: z.number().int().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  finished_at: z.string().nullable(),
});
export type Job = z.infer<typeof Job>;
