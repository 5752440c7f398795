import { linear } from './scale';
import { markerFillAttrs, marks, markerSvg, seriesPaths } from './marks';

export interface SparkPoint {
  year: number;
  value: number;
  estimate?: boolean | undefined;
}

/**
 * A small trend line in the chart's visual language, drawn in `currentColor` so it takes the text colour where it
 * sits: solid between consecutive years, dotted over missing ones, a marker on every figure (hollow for an
 * estimate), and no line at all for one or two figures. Decorative: the card says the numbers.
 */
export function renderSparkline(points: readonly SparkPoint[], width = 120, height = 32, background = 'transparent'): string {
  const pad = 3.5;
  if (points.length === 0) return '';
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const x = linear(Math.min(...years), Math.max(...years), pad, width - pad);
  const y = linear(Math.min(...values), Math.max(...values), height - pad, pad);
  const parts: string[] = [];
  if (points.length > 2) {
    const { solid, bridge } = seriesPaths(points, x, y);
    if (bridge) parts.push(`<path fill="none" stroke-width="1.2" stroke-dasharray="${marks.bridge.dash}" d="${bridge}"/>`);
    if (solid) parts.push(`<path fill="none" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" d="${solid}"/>`);
  }
  for (const p of points) parts.push(markerSvg(0, x(p.year), y(p.value), points.length > 2 ? 1.7 : 2.6, markerFillAttrs(p.estimate ? 'hollow' : 'filled', background)));
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false" stroke="currentColor" fill="currentColor">${parts.join('')}</svg>`;
}
