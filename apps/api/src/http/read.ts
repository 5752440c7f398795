import type { Context } from 'hono';
import type { AppDeps } from '../context';
import { versionProbe } from '../db/version';
import { sendCached } from './cache';
import { HttpProblem } from './problem';

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
  compute: () => Promise<{ body: string; type: string }>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = c.req.url;
  const version = versionReadFor(c) ?? (await versionProbe(deps.db)());
  const key = `${version}|${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
  const entry = await deps.cache.getOrCompute(key, compute);
  entry.headers ??= headers;
  return sendCached(c, entry, headers);
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
