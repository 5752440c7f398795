import { appPath, chartImagePath, embedPath, escapeXml, heightForWidth, type EmbedParams } from '@chiso/shared/chart';
import { defaultRegion } from '../../lib/region';

export type SnippetKind = 'iframe' | 'script' | 'image';

export interface Snippet {
  params: EmbedParams;
  /** Absolute origin of the app, e.g. `https://chiso.danang.gov.vn`. */
  origin: string;
  title: string;
  /** The chart read as text: the image's alt. */
  description: string;
  width: number;
}

/** Data attributes for embed.js, in the order of the URL parameters; defaults left out. */
function dataAttributes(p: EmbedParams): string {
  const attrs: [string, string | number | undefined][] = [
    ['data-chiso-embed', p.indicators.length === 1 ? p.indicators[0] : 'explore'],
    ['data-indicators', p.indicators.length === 1 ? undefined : p.indicators.join(',')],
    ['data-region', p.region === defaultRegion ? undefined : p.region],
    ['data-from', p.from],
    ['data-to', p.to],
    ['data-mode', p.mode === 'value' ? undefined : p.mode],
    ['data-lang', p.lang === 'vi' ? undefined : p.lang],
    ['data-theme', p.theme === 'light' ? undefined : p.theme],
    ['data-asof', p.asof],
  ];
  return attrs.flatMap(([k, v]) => (v === undefined ? [] : [`${k}="${escapeXml(String(v))}"`])).join(' ');
}

/** The code a reader copies to put the chart on another site. */
export function snippet(kind: SnippetKind, s: Snippet): string {
  const e = escapeXml;
  const height = heightForWidth(s.width);
  const page = `${s.origin}${appPath(s.params)}`;
  if (kind === 'iframe') {
    return `<iframe src="${e(s.origin + embedPath(s.params))}" title="${e(s.title)}" width="${s.width}" height="${height}" loading="lazy" style="border:0;width:100%;max-width:${s.width}px"></iframe>`;
  }
  if (kind === 'script') {
    return `<div ${dataAttributes(s.params)}><a href="${e(page)}">${e(s.title)}</a></div>\n<script src="${e(s.origin)}/embed.js" async></script>`;
  }
  const img = `${s.origin}${chartImagePath({ ...s.params, theme: s.params.theme === 'auto' ? undefined : s.params.theme }, 'png', { width: s.width, height, scale: 2 })}`;
  return `<a href="${e(page)}"><img src="${e(img)}" alt="${e(s.description)}" width="${s.width}" height="${height}" style="max-width:100%;height:auto"></a>`;
}
