import { axisLayouts, chartModes, languages, themes } from '@chiso/shared/chart';
import type { EmbedData } from '@chiso/shared/embed';
import type { SeriesResponse } from '@chiso/shared';

/** The data the server wrote into the page; without it (the dev server) the page asks the API itself. */
export async function embedData(doc: Document, loc: Location): Promise<EmbedData> {
  const inline = doc.getElementById('chiso-data')?.textContent;
  if (inline) return JSON.parse(inline) as EmbedData;
  return fetchData(loc);
}

function pick<T extends string>(v: string | null, options: readonly T[], fallback: T): T {
  return options.find((o) => o === v) ?? fallback;
}

async function fetchData(loc: Location): Promise<EmbedData> {
  const p = new URLSearchParams(loc.search);
  const name = /^\/embed\/([a-z][a-z0-9_]+)/.exec(loc.pathname)?.[1];
  const indicators = !name || name === 'explore' ? (p.get('indicators') ?? '').split(',').filter(Boolean) : [name];
  const q = new URLSearchParams();
  for (const k of ['region', 'from', 'to', 'asof']) {
    const v = p.get(k);
    if (v) q.set(k, v);
  }
  const series = await Promise.all(
    indicators.map(async (key) => {
      const res = await fetch(`/api/v1/indicators/${key}/series?${q}`);
      if (!res.ok) throw new Error(`${key}: HTTP ${res.status}`);
      return (await res.json()) as SeriesResponse;
    }),
  );
  const year = (k: string) => (p.get(k) ? Number(p.get(k)) : undefined);
  return {
    series,
    indicators,
    mode: pick(p.get('mode'), chartModes, 'value'),
    axes: pick(p.get('axes'), axisLayouts, 'multiples'),
    lang: pick(p.get('lang'), languages, 'vi'),
    theme: pick(p.get('theme'), themes, 'light'),
    from: year('from'),
    to: year('to'),
    asof: p.get('asof') ?? undefined,
    origin: loc.origin,
  };
}
