import type { Context } from 'hono';
import type { z } from 'zod';
import { fromZod, HttpProblem } from './problem';
import type { RequestView } from './read-routes';

/** Parses the query string with a zod schema; a bad parameter is a 400 that names it. */
export function query<S extends z.ZodType>(c: RequestView, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) raw[k] = v;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZod(parsed.error, 'query parameter');
  return parsed.data;
}

export function param<S extends z.ZodType>(c: RequestView, name: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw fromZod(parsed.error, `path parameter ${name}`);
  return parsed.data;
}

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZod(parsed.error, 'request body');
  return parsed.data;
}
