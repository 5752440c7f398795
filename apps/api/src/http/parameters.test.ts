import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { expectProblem } from '../testing/problem';
import { silentLogger } from './log';
import { usePipeline } from './pipeline';
import { apiRouter } from './route';

/** A router with one route that declares a path parameter and a query, answering what it was given. */
function app() {
  const a = apiRouter();
  usePipeline(a, silentLogger);
  const route = createRoute({
    method: 'get',
    path: '/things/{id}',
    request: {
      params: z.object({ id: z.coerce.number().int().positive() }),
      query: z.object({ tag: z.union([z.string(), z.array(z.string())]).optional(), n: z.coerce.number().int().optional() }).strict(),
    },
    responses: { 200: { description: 'OK' } },
  });
  a.openapi(route, (c) => c.json({ param: c.req.valid('param'), query: c.req.valid('query') }));
  return a;
}

describe('path and query parameters, validated once from the declaration', () => {
  it('hands the handler the parsed values: a name given once is a string, repeated a list', async () => {
    const a = app();
    expect(await (await a.request('/things/7?tag=x&n=3')).json()).toEqual({ param: { id: 7 }, query: { tag: 'x', n: 3 } });
    expect(await (await a.request('/things/7?tag=x&tag=y+z')).json()).toEqual({ param: { id: 7 }, query: { tag: ['x', 'y z'] } });
  });

  it('refuses a bad query before a bad path parameter, naming it, as problem+json', async () => {
    const a = app();
    const both = await expectProblem(await a.request('/things/-1?n=x'), 400);
    expect(both.detail).toMatch(/^Invalid query parameter: n: /);
    const path = await expectProblem(await a.request('/things/-1'), 400);
    expect(path.detail).toMatch(/^Invalid path parameter: id: /);
    const unknown = await expectProblem(await a.request('/things/1?color=red'), 400);
    expect(unknown.errors).toEqual([{ path: 'color', message: 'not a query parameter of this endpoint (see /api/v1/docs)' }]);
  });

  it('documents the parameters as the library does', () => {
    const doc = app().getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    const op = doc.paths!['/things/{id}']!.get!;
    expect((op.parameters as { in: string; name: string }[]).map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:id', 'query:n', 'query:tag']);
  });

  it('takes no hook of a route’s own for its parameters: there is one way to refuse them', () => {
    const a = apiRouter();
    const route = createRoute({ method: 'get', path: '/x/{id}', request: { params: z.object({ id: z.string() }) }, responses: { 200: { description: 'OK' } } });
    expect(() => a.openapi(route, (c) => c.text('x'), () => undefined)).toThrow(/takes no hook/);
  });
});
