import { csvRecords, FactsQuery, FactsResponse, FactWithSource, RevisionsResponse, RowId, toCsv } from '@chiso/shared';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { CSV_TYPE, json, JSON_TYPE } from '../http/body';
import { HttpProblem } from '../http/problem';
import { read, type ApiRouter } from '../http/route';
import { factsCsvParts, getFact } from '../services/facts';
import { factsPageBody } from '../services/facts-json';
import { factRevisions } from '../services/review';

const csvColumns = [
  'id',
  'indicator',
  'region',
  'year',
  'value',
  'value_min',
  'value_max',
  'unit',
  'qualifier',
  'approx',
  'change_pct',
  'change_vs_year',
  'plan_pct',
  'method',
  'source_id',
  'source_kind',
  'source_publisher',
  'source_title',
  'source_url',
  'source_published',
  'quote',
];

const IdParam = z.object({ id: RowId });

/** The download's query: the list's, with room for every fact in one file. */
const FactsCsvQuery = FactsQuery.extend({ limit: FactsQuery.shape.limit.unwrap().max(1_000_000).default(1_000_000) });

/** Facts: the filtered list, one fact, its history, and the CSV download. */
export function factsRoute(app: ApiRouter, deps: AppDeps): void {
  const db = deps.db.db;

  read(
    app,
    deps.reads,
    {
      path: '/facts.csv',
      summary: 'Accepted facts with source URLs as CSV (UTF-8 with BOM); another status only when asked for',
      tag: 'read',
      query: FactsCsvQuery,
      response: { type: 'text/csv' },
    },
    async ({ query: q }) => {
      const units = deps.catalogue().indicatorByKey;
      let body = toCsv(csvColumns, []);
      for await (const part of factsCsvParts(db, { ...q, status: q.status ?? 'accepted' })) {
        body += csvRecords(csvColumns, part.map((f) => ({ ...f, unit: units.get(f.indicator)?.unit })));
      }
      return { body, type: CSV_TYPE, headers: { 'Content-Disposition': 'attachment; filename="chiso-facts.csv"' } };
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/facts',
      summary: 'Facts with their source and quote, filtered',
      tag: 'read',
      query: FactsQuery,
      response: { type: 'application/json', schema: FactsResponse },
    },
    async ({ query }) => ({ body: await factsPageBody(deps.db, query), type: JSON_TYPE }),
  );

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}',
      summary: 'One fact with its source and quote',
      tag: 'read',
      params: IdParam,
      response: { type: 'application/json', schema: FactWithSource },
      errors: [404],
    },
    async ({ param }) => {
      const fact = await getFact(db, param.id);
      if (!fact) throw new HttpProblem(404, `There is no fact ${param.id}.`);
      return json(fact);
    },
  );

  read(
    app,
    deps.reads,
    {
      path: '/facts/{id}/revisions',
      summary: 'The history of a fact, oldest first: action, who (token name), when, reason, the fact before and after',
      tag: 'read',
      params: IdParam,
      response: { type: 'application/json', schema: RevisionsResponse },
      errors: [404],
    },
    async ({ param }) => {
      const revisions = await factRevisions(db, param.id);
      if (!revisions) throw new HttpProblem(404, `There is no fact ${param.id}.`);
      const body: RevisionsResponse = { fact_id: param.id, revisions };
      return json(body);
    },
  );
}
