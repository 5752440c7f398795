import type { Context, Hono } from 'hono';
import type { AppDeps } from '../context';
import { versionProbe } from '../db/version';
import { sendCached } from './cache';
import { HttpProblem } from './problem';
import type { Computed, ReadHandler } from './read-routes';

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** The data version the Node listener read for a request before handing it to Hono, so it is not read twice. */
export const requestVersions = new WeakMap<object, string>();

function versionReadFor(c: Context): string | undefined {
  const env: unknown = c.env;
  const incoming = typeof env === 'object' && env !== null && 'incoming' in env ? env.incoming : undefined;
  return typeof incoming === 'object' && incoming !== null ? requestVersions.get(incoming) : undefined;
}

/** Serves a read through the cache: computed once per data version and URL, with ETag and 304. */
export async function cachedRead(
  c: Context,
  deps: AppDeps,
  compute: () => Promise<Computed>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = c.req.url;
  const version = versionReadFor(c) ?? (await versionProbe(deps.db)());
  const key = `${version}|${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
  const entry = await deps.cache.getOrCompute(key, compute, headers);
  return sendCached(c, entry, entry.headers);
}

/**
 * A cacheable GET of the public API, under /api/v1: Hono serves it through the cache, and the Node listener can
 * answer its cache misses with the same handler without entering Hono.
 */
export function readRoute(app: Hono, deps: AppDeps, path: string, handler: ReadHandler): void {
  deps.reads.add(path, handler);
  app.get(path, (c) => {
    const read = handler(c);
    return cachedRead(c, deps, read.compute, read.headers);
  });
}

export const json = (value: unknown) => ({ body: JSON.stringify(value), type: JSON_TYPE });

const stringified = new WeakMap<object, string>();

/** JSON of a catalogue object (indicator, region), made once: responses splice it around stored JSON. */
export function jsonOf(value: object): string {
  let s = stringified.get(value);
  if (s === undefined) {
    s = JSON.stringify(value);
    stringified.set(value, s);
  }
  return s;
}

export function requireRegion(deps: AppDeps, key: string) {
  const region = deps.catalogue().regionByKey.get(key);
  if (!region) {
    const known = [...deps.catalogue().regionByKey.keys()].join(', ');
    throw new HttpProblem(404, `There is no region "${key}". Known regions: ${known}.`);
  }
  return region;
}

export function requireIndicator(deps: AppDeps, key: string) {
  const indicator = deps.catalogue().indicatorByKey.get(key);
  if (!indicator) {
    throw new HttpProblem(404, `There is no indicator "${key}". GET /api/v1/indicators lists the catalogue.`);
  }
  return indicator;
}
