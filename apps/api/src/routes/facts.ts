import { Hono } from 'hono';
import { FactsQuery, toCsv, RowId } from '@chiso/shared';
import type { AppDeps } from '../context';
import { HttpProblem } from '../http/problem';
import { CSV_TYPE, json, JSON_TYPE, readRoute } from '../http/read';
import { param, query } from '../http/validate';
import { getFact, listFactsCsvRows } from '../services/facts';
import { factsPageBody } from '../services/facts-json';


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

export function factsRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const db = deps.db.db;

  readRoute(app, deps, '/facts.csv', (c) => {
    // The public download is the accepted data unless another status is asked for explicitly.
    const q = query(c, FactsQuery.extend({ limit: FactsQuery.shape.limit.unwrap().max(1_000_000).default(1_000_000) }));
    return {
      compute: async () => {
        const facts = await listFactsCsvRows(db, { ...q, status: q.status ?? 'accepted' });
        const units = deps.catalogue().indicatorByKey;
        const rows = facts.map((f) => ({ ...f, unit: units.get(f.indicator)?.unit }));
        return { body: toCsv(csvColumns, rows), type: CSV_TYPE };
      },
      headers: { 'Content-Disposition': 'attachment; filename="chiso-facts.csv"' },
    };
  });

  readRoute(app, deps, '/facts', (c) => {
    const q = query(c, FactsQuery);
    return {
      compute: async () => ({ body: await factsPageBody(deps.db, q), type: JSON_TYPE }),
    };
  });

  readRoute(app, deps, '/facts/:id', (c) => {
    const id = param(c, 'id', RowId);
    return {
      compute: async () => {
        const fact = await getFact(db, id);
        if (!fact) throw new HttpProblem(404, `There is no fact ${id}.`);
        return json(fact);
      },
    };
  });

  return app;
}
