import {
  AcceptBody,
  BulkAcceptBody,
  BulkAcceptResponse,
  CitedUploadReport,
  FactPatch,
  FactWithSource,
  Me,
  RejectBody,
  RevisionsResponse,
  TokenCreate,
  TokenCreated,
  TokenInfo,
  TokensResponse,
  UploadFields,
  UploadResponse,
} from '@chiso/shared';
import { z } from 'zod';
import type { Endpoint } from './openapi';

// Multipart bodies, described for the document only: the handlers read them with UploadFields and a File check.
const DocumentUpload = UploadFields.extend({ file: z.file().describe('the report: .txt, .html, .docx or .pdf') });
const CsvUpload = z.object({
  file: z.file().describe('UTF-8 CSV with the columns of data/facts/danang-facts.csv: region, indicator, year, value, unit, qualifier, approx, change_pct, change_vs_year, plan_pct, source_url, source_published, note'),
});

/**
 * The editors' endpoints (issue 4). Every write needs `Authorization: Bearer TOKEN` of an editor or admin and is
 * rate-limited per token (429 with Retry-After); wrong tokens are counted per client address, and past the
 * limit that address gets 429 for the rest of the window.
 */
export const editorEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/api/v1/auth/me',
    summary: 'Who the token belongs to: checks a token for the sign-in screen (a wrong token counts as a failed sign-in)',
    tag: 'editors',
    auth: 'editor',
    response: { type: 'application/json', schema: Me },
    errors: [429],
  },
  {
    method: 'post',
    path: '/api/v1/sources',
    summary:
      'Upload a report (multipart: file, region, optional title, publisher, url, published). 201 with the new source and its facts counted by status; 200 with the existing source when the same bytes were uploaded before. Facts the extractor is sure of are accepted, the rest are pending review. One transaction: a failure leaves nothing.',
    tag: 'editors',
    auth: 'editor',
    body: { type: 'multipart/form-data', schema: DocumentUpload, description: 'size limit MAX_UPLOAD_MB (default 20 MB) → 413' },
    response: { type: 'application/json', schema: UploadResponse, status: 201 },
    errors: [400, 413, 415, 422, 429],
  },
  {
    method: 'post',
    path: '/api/v1/sources/{id}/accept',
    summary:
      'Bulk accept: every pending fact of the source whose confidence is at least min_confidence (query ?min_confidence=0.8 or JSON body), one revision each',
    tag: 'editors',
    auth: 'editor',
    pathParams: { id: 'source id' },
    body: { type: 'application/json', schema: BulkAcceptBody, description: 'optional when min_confidence is in the query' },
    response: { type: 'application/json', schema: BulkAcceptResponse },
    errors: [400, 404, 429],
  },
  {
    method: 'post',
    path: '/api/v1/facts/{id}/accept',
    summary: 'Accept a fact (optional reason); accepting an accepted fact changes nothing. Series and dashboard follow at once.',
    tag: 'editors',
    auth: 'editor',
    pathParams: { id: 'fact id' },
    body: { type: 'application/json', schema: AcceptBody, description: 'optional' },
    response: { type: 'application/json', schema: FactWithSource },
    errors: [400, 404, 409, 429],
  },
  {
    method: 'post',
    path: '/api/v1/facts/{id}/reject',
    summary: 'Reject a fact, with a reason (required). 409 for a figure of data/facts/*.csv, which is changed in its file.',
    tag: 'editors',
    auth: 'editor',
    pathParams: { id: 'fact id' },
    body: { type: 'application/json', schema: RejectBody },
    response: { type: 'application/json', schema: FactWithSource },
    errors: [400, 404, 409, 429],
  },
  {
    method: 'patch',
    path: '/api/v1/facts/{id}',
    summary:
      'Edit a fact: indicator, year, value (or value_min and value_max), qualifier, approx, change_pct, change_vs_year, plan_pct, note; optional reason; accept: true also accepts it. A changed figure becomes method "manual".',
    tag: 'editors',
    auth: 'editor',
    pathParams: { id: 'fact id' },
    body: { type: 'application/json', schema: FactPatch },
    response: { type: 'application/json', schema: FactWithSource },
    errors: [400, 404, 409, 429],
  },
  {
    method: 'get',
    path: '/api/v1/facts/{id}/revisions',
    summary: 'The history of a fact, oldest first: action, who (token name), when, reason, the fact before and after (public)',
    tag: 'read',
    pathParams: { id: 'fact id' },
    response: { type: 'application/json', schema: RevisionsResponse },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/v1/facts/cited',
    summary:
      'Upload a CSV of cited figures: a row-by-row report. Valid rows land as accepted curated facts (the same row again changes nothing, a changed row updates its fact); invalid rows are listed with their line and reasons.',
    tag: 'editors',
    auth: 'editor',
    body: { type: 'multipart/form-data', schema: CsvUpload },
    response: { type: 'application/json', schema: CitedUploadReport },
    errors: [400, 413, 415, 422, 429],
  },
  {
    method: 'get',
    path: '/api/v1/tokens',
    summary: 'Tokens: names, roles, created, last used, revoked (never the tokens themselves). Admin only.',
    tag: 'admin',
    auth: 'admin',
    response: { type: 'application/json', schema: TokensResponse },
    errors: [429],
  },
  {
    method: 'post',
    path: '/api/v1/tokens',
    summary: 'Create a token (role editor or admin); the response is the only place the token is ever shown. Admin only.',
    tag: 'admin',
    auth: 'admin',
    body: { type: 'application/json', schema: TokenCreate },
    response: { type: 'application/json', schema: TokenCreated, status: 201 },
    errors: [400, 409, 429],
  },
  {
    method: 'delete',
    path: '/api/v1/tokens/{name}',
    summary: 'Revoke a token: it stops working at once and is kept, so revisions still name who made them. Admin only.',
    tag: 'admin',
    auth: 'admin',
    pathParams: { name: 'token name' },
    response: { type: 'application/json', schema: TokenInfo },
    errors: [400, 404, 429],
  },
];
