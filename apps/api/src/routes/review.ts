import { Hono, type Context } from 'hono';
import { AcceptBody, BulkAcceptBody, FactPatch, RejectBody, type BulkAcceptResponse, type RevisionsResponse, RowId } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import type { Auth, AuthEnv } from '../http/auth';
import { fromZod, HttpProblem } from '../http/problem';
import { cachedRead, json } from '../http/read';
import { jsonBody, param } from '../http/validate';
import { getFact } from '../services/facts';
import { acceptFact, bulkAccept, editFact, factRevisions, rejectFact, ReviewError, type ReviewResult } from '../services/review';


function asProblem(e: unknown): never {
  if (e instanceof ReviewError) throw new HttpProblem(e.kind === 'not_found' ? 404 : e.kind === 'conflict' ? 409 : 400, e.message);
  throw e;
}

/** A JSON body that may be left out altogether (an empty body stands for no body). */
async function optionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await c.req.text();
  let raw: unknown;
  try {
    raw = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZod(parsed.error, 'request body');
  return parsed.data;
}

/** Review of facts: accept, reject, edit, bulk accept (editor token), and the public history of a fact. */
export function reviewRoute(deps: AppDeps, auth: Auth): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const db = deps.db.db;
  const editor = auth.require('editor');

  const answer = async (c: Context<AuthEnv>, r: Promise<ReviewResult>) => {
    const { fact } = await r.catch(asProblem);
    return c.json((await getFact(db, fact.id))!, 200, { 'Cache-Control': 'no-store' });
  };

  app.post('/facts/:id/accept', editor, async (c) => {
    const id = param(c, 'id', RowId);
    const body = await optionalJson(c, AcceptBody);
    return answer(c, acceptFact(db, id, c.var.editor.name, body.reason));
  });

  app.post('/facts/:id/reject', editor, async (c) => {
    const id = param(c, 'id', RowId);
    const body = await jsonBody(c, RejectBody);
    return answer(c, rejectFact(db, id, c.var.editor.name, body.reason));
  });

  app.patch('/facts/:id', editor, async (c) => {
    const id = param(c, 'id', RowId);
    const patch = await jsonBody(c, FactPatch);
    return answer(c, editFact(db, deps.catalogue(), id, patch, c.var.editor.name));
  });

  app.post('/sources/:id/accept', editor, async (c) => {
    const id = param(c, 'id', RowId);
    const fromQuery = c.req.query('min_confidence');
    const raw = fromQuery !== undefined ? { min_confidence: fromQuery, reason: c.req.query('reason') } : await optionalJson(c, z.unknown());
    if (raw === undefined) {
      throw new HttpProblem(400, 'Say which facts to accept: min_confidence (0 to 1) in the query (?min_confidence=0.8) or in a JSON body.');
    }
    const body = BulkAcceptBody.safeParse(raw);
    if (!body.success) throw fromZod(body.error, fromQuery !== undefined ? 'query parameter' : 'request body');
    const r = await bulkAccept(db, id, body.data.min_confidence, c.var.editor.name, body.data.reason).catch(asProblem);
    const out: BulkAcceptResponse = { source_id: id, min_confidence: body.data.min_confidence, ...r };
    return c.json(out, 200, { 'Cache-Control': 'no-store' });
  });

  app.get('/facts/:id/revisions', (c) => {
    const id = param(c, 'id', RowId);
    return cachedRead(c, deps, async () => {
      const revisions = await factRevisions(db, id);
      if (!revisions) throw new HttpProblem(404, `There is no fact ${id}.`);
      const body: RevisionsResponse = { fact_id: id, revisions };
      return json(body);
    });
  });

  return app;
}
