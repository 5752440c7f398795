import {
  DashboardQuery,
  DashboardResponse,
  Fact,
  FactsQuery,
  FactsResponse,
  FactWithSource,
  Health,
  Indicator,
  IndicatorsResponse,
  Problem,
  SeriesResponse,
  SourceDetail,
  SourcesResponse,
} from '@chiso/shared';
import { z } from 'zod';
import { SeriesAsOfQuery } from '@chiso/shared/embed';
import { editorEndpoints } from './openapi-editor';
import { embedEndpoints } from './openapi-embed';

export interface Endpoint {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  pathParams?: Record<string, string>;
  query?: z.ZodType;
  body?: { type: string; schema?: z.ZodType; description?: string };
  response?: { type: string; schema?: z.ZodType; status?: number };
  auth?: 'editor' | 'admin';
  errors?: number[];
}

/** Every documented endpoint; the OpenAPI document and the docs page are both made from this list. */
export const endpoints: Endpoint[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness and database check', tag: 'meta', response: { type: 'application/json', schema: Health } },
  {
    method: 'get',
    path: '/api/v1/indicators',
    summary: 'The indicator catalogue with per-region coverage (first and last year, latest value)',
    tag: 'read',
    response: { type: 'application/json', schema: IndicatorsResponse },
  },
  {
    method: 'get',
    path: '/api/v1/indicators/{key}',
    summary: 'One indicator of the catalogue',
    tag: 'read',
    pathParams: { key: 'indicator key, e.g. ict_revenue' },
    response: { type: 'application/json', schema: Indicator },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/indicators/{key}/series',
    summary: 'Headline value per year (with conflicts and the number of facts behind it) and targets',
    tag: 'read',
    pathParams: { key: 'indicator key, e.g. ict_revenue' },
    query: SeriesAsOfQuery,
    response: { type: 'application/json', schema: SeriesResponse },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/indicators/{key}/series.csv',
    summary: 'The series as CSV (UTF-8 with BOM)',
    tag: 'read',
    pathParams: { key: 'indicator key' },
    query: SeriesAsOfQuery,
    response: { type: 'text/csv' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/dashboard',
    summary: 'A region’s year: each indicator against the previous year and the plan',
    tag: 'read',
    query: DashboardQuery,
    response: { type: 'application/json', schema: DashboardResponse },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/facts',
    summary: 'Facts with their source and quote, filtered',
    tag: 'read',
    query: FactsQuery,
    response: { type: 'application/json', schema: FactsResponse },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/v1/facts.csv',
    summary: 'Accepted facts with source URLs as CSV (UTF-8 with BOM)',
    tag: 'read',
    query: FactsQuery,
    response: { type: 'text/csv' },
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/v1/facts/{id}',
    summary: 'One fact with its source and quote',
    tag: 'read',
    pathParams: { id: 'fact id' },
    response: { type: 'application/json', schema: FactWithSource },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/sources',
    summary: 'Sources (reports, articles) with their facts counted by status',
    tag: 'read',
    response: { type: 'application/json', schema: SourcesResponse },
  },
  {
    method: 'get',
    path: '/api/v1/sources/{id}',
    summary: 'One source with its stored text and facts (offsets into the text)',
    tag: 'read',
    pathParams: { id: 'source id' },
    response: { type: 'application/json', schema: SourceDetail },
    errors: [400, 404],
  },
  ...editorEndpoints,
  ...embedEndpoints,
];

type JsonSchema = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function queryParams(s: z.ZodType): JsonSchema[] {
  const js = schemaOf(s, 'input');
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
}

export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const e of endpoints) {
    const parameters = [
      ...Object.entries(e.pathParams ?? {}).map(([name, description]) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } })),
      ...(e.query ? queryParams(e.query) : []),
    ];
    const responses: Record<string, JsonSchema> = {
      [String(e.response?.status ?? 200)]: {
        description: 'OK',
        content: { [e.response?.type ?? 'application/json']: e.response?.schema ? { schema: schemaOf(e.response.schema, 'output') } : {} },
      },
    };
    for (const status of [...(e.errors ?? []), ...(e.auth ? [401, 403] : [])]) {
      responses[String(status)] = { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
    }
    (paths[e.path] ??= {})[e.method] = {
      summary: e.summary,
      tags: [e.tag],
      ...(parameters.length ? { parameters } : {}),
      ...(e.body ? { requestBody: { required: true, description: e.body.description, content: { [e.body.type]: e.body.schema ? { schema: schemaOf(e.body.schema, 'input') } : {} } } } : {}),
      ...(e.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chỉ số API',
      version,
      description: 'ICT-sector statistics with their provenance. Reads are public; writes need an editor token.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, 'output'), Fact: schemaOf(Fact, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** A plain, dependency-free page that lists the endpoints with their parameters and an example link. */
export function docsPage(version: string): string {
  const rows = endpoints
    .map((e) => {
      const params = [
        ...Object.keys(e.pathParams ?? {}).map((p) => `<code>{${escape(p)}}</code>`),
        ...(e.query ? queryParams(e.query).map((p) => `<code>${escape(String(p.name))}</code>`) : []),
      ].join(' ');
      const example = e.method === 'get' ? e.path.replace('{key}', 'ict_revenue').replace('{id}', '1') : null;
      const example2 = example?.includes('/dashboard') ? `${example}?region=da-nang&year=2022` : example;
      return `<tr><td><b>${e.method.toUpperCase()}</b></td><td>${example2 ? `<a href="${escape(example2)}">${escape(e.path)}</a>` : escape(e.path)}</td><td>${escape(e.summary)}${e.auth ? ` <em>(${e.auth} token)</em>` : ''}</td><td>${params}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chỉ số API ${escape(version)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td{border-top:1px solid #ccd;padding:.4rem;vertical-align:top}code{background:#eef;padding:0 .2rem}a{color:#0645ad}</style></head>
<body><h1>Chỉ số API <small>${escape(version)}</small></h1>
<p>JSON under <code>/api/v1</code>; errors are <code>application/problem+json</code>. Reads are public and carry an <code>ETag</code>; writes need <code>Authorization: Bearer TOKEN</code>. The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Parameters</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
