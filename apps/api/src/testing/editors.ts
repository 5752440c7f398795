import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../config';
import type { AppDeps } from '../context';
import type { Db } from '../db/connect';
import type { NewFact } from '../db/schema';
import type { ApiRouter } from '../http/route';
import { commitChange } from '../services/commit';
import { createToken } from '../services/tokens';
import { nowIso } from '../util/time';
import { seededApp, type SeededAppOptions } from './harness';

export const corpusDir = resolve(repoRoot, 'packages/extract/corpus/reports');
export const corpusFile = (name: string): Uint8Array => readFileSync(resolve(corpusDir, name));

export interface RequestOptions {
  token?: string;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

export interface EditorApp {
  db: Db;
  app: ApiRouter;
  deps: AppDeps;
  /** Tokens made for the test: an editor's and an admin's. */
  editor: string;
  admin: string;
  req(method: string, path: string, opts?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

/** The seeded app with an editor and an admin token, for the write API's tests. */
export async function editorApp(options: SeededAppOptions = {}): Promise<EditorApp> {
  const { db, app, deps } = await seededApp(options);
  const editor = (await createToken(db.db, 'test-editor', 'editor')).token;
  const admin = (await createToken(db.db, 'test-admin', 'admin')).token;
  return {
    db,
    app,
    deps,
    editor,
    admin,
    req: async (method, path, opts = {}) => {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
      let body: RequestInit['body'];
      if (opts.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(opts.json);
      } else if (opts.form) {
        body = opts.form;
      }
      return app.request(path, { method, headers, body });
    },
    close: async () => {
      await deps.jobs.idle();
      await db.close();
    },
  };
}

/** A multipart form with `file` and text fields. */
export function uploadForm(bytes: Uint8Array, filename: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([bytes], filename));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

/** A report source for facts a test stores itself. */
export async function testSource(db: Db, year = 2099): Promise<number> {
  const row = await db.db
    .insertInto('sources')
    .values({
      kind: 'report',
      title: 'test report',
      publisher: null,
      url: null,
      published_on: `${year}-12-31`,
      region: 'da-nang',
      report_year: year,
      format: 'text',
      sha256: null,
      text: 'Doanh thu đạt 1 tỷ đồng.',
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Stores a fact (pending by default), on its own source unless one is given, committed like any write but without a
 * revision of its creation, so that a test sees only the revisions of what it does to the fact.
 */
export async function insertFact(db: Db, fact: Partial<NewFact> & Pick<NewFact, 'indicator' | 'year'>): Promise<number> {
  const now = nowIso();
  const sourceId = fact.source_id ?? (await testSource(db, fact.year));
  const { result } = await commitChange(db.db, async ({ trx }) => {
    const row = await trx
      .insertInto('facts')
      .values({
        region: 'da-nang',
        value: 1,
        value_min: null,
        value_max: null,
        qualifier: 'actual',
        approx: 'exact',
        change_pct: null,
        change_vs_year: null,
        plan_pct: null,
        span_start: 14,
        span_end: 15,
        quote: 'Doanh thu đạt 1 tỷ đồng.',
        quote_start: 0,
        method: 'extracted',
        rule: null,
        confidence: 0.5,
        status: 'pending',
        note: null,
        seed_key: null,
        created_at: now,
        updated_at: now,
        ...fact,
        source_id: sourceId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return result;
}
