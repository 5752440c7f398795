import { describeChart } from './describe';
import { layoutChart, seriesAxis, type AxisGeometry, type ChartLayout, type LegendItem } from './layout';
import { markerFillAttrs, marks, markerSvg, seriesPaths } from './marks';
import { measureOfSeries, type ChartSpec } from './spec';
import { darkSchemeCss, palettes, type Palette } from './theme';
import { escapeXml as esc } from './text';
import { formatTick } from './values';

export const fontFamily = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif";

const r1 = (n: number) => Math.round(n * 10) / 10;

function text(x: number, y: number, s: string, cls: 'tx' | 'mu', p: Palette, extra = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}" class="${cls}" fill="${cls === 'tx' ? p.text : p.muted}"${extra}>${esc(s)}</text>`;
}

/** The swatch of a legend key, `w` pixels wide, centred on `y`: the same marks the plot draws. */
export function legendSwatch(kind: LegendItem['kind'], index: number, x: number, y: number, p: Palette): string {
  switch (kind) {
    case 'series': {
      const c = p.series[index % p.series.length]!;
      return `<g class="s${index}" stroke="${c}" fill="${c}"><line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke-width="${marks.line}"/>${markerSvg(index, x + 9, y, 3.2, ' class="f"')}</g>`;
    }
    case 'estimate':
      return `<g class="mu" stroke="${p.muted}">${markerSvg(0, x + 9, y, 3.6, markerFillAttrs('hollow', p.background))}</g>`;
    case 'conflict':
      return `<circle class="mu" cx="${x + 9}" cy="${y}" r="5" fill="none" stroke="${p.muted}" stroke-width="${marks.conflict.width}" stroke-dasharray="${marks.conflict.dash}"/>`;
    case 'target':
      return `<line class="mu" x1="${x + 1}" y1="${y}" x2="${x + 17}" y2="${y}" stroke="${p.muted}" stroke-width="${marks.target.width}" stroke-dasharray="${marks.target.dash}"/>`;
    default:
      return `<line class="mu" x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${p.muted}" stroke-width="${marks.bridge.width}" stroke-dasharray="${marks.bridge.dash}"/>`;
  }
}

function legendItem(it: LegendItem, p: Palette): string {
  return `${legendSwatch(it.kind, it.index, it.x, it.y - 4, p)}${text(it.x + 22, it.y, it.label, 'tx', p, ' font-size="12"')}`;
}

function seriesMarks(spec: ChartSpec, L: ChartLayout, i: number, p: Palette): string {
  const s = spec.series[i]!;
  const c = p.series[s.index % p.series.length]!;
  if (s.points.length === 0 && s.targets.length === 0) return '';
  const axis = seriesAxis(spec, L, s);
  const X = L.x;
  const Y = axis.y;
  const parts: string[] = [];
  // One or two figures are values, not a trend: no line between them.
  if (s.points.length > 2) {
    const { solid, bridge } = seriesPaths(s.points, X, Y);
    if (bridge) parts.push(`<path class="gap" fill="none" stroke-width="${marks.bridge.width}" stroke-dasharray="${marks.bridge.dash}" d="${bridge}"/>`);
    if (solid) parts.push(`<path class="ln" fill="none" stroke-width="${marks.line}" stroke-linejoin="round" d="${solid}"/>`);
  }
  const last = s.points[s.points.length - 1];
  const ahead = s.targets.filter((t) => !last || t.year > last.year).sort((a, b) => a.year - b.year);
  if (last && ahead.length) {
    const line = [last, ...ahead].map((q) => `${r1(X(q.year))},${r1(Y(q.value))}`).join(' ');
    parts.push(`<polyline class="tg" fill="none" stroke-width="${marks.target.lineWidth}" stroke-dasharray="${marks.target.lineDash}" points="${line}"/>`);
  }
  for (const t of s.targets) {
    const tx = X(t.year);
    const ty = r1(Y(t.value));
    parts.push(`<line class="tg" x1="${r1(tx - marks.target.half)}" y1="${ty}" x2="${r1(tx + marks.target.half)}" y2="${ty}" stroke-width="${marks.target.width}" stroke-dasharray="${marks.target.dash}"/>`);
  }
  for (const o of s.others) {
    parts.push(`<circle class="cf" cx="${r1(X(o.year))}" cy="${r1(Y(o.value))}" r="${marks.conflict.r}" fill="none" stroke-width="${marks.conflict.width}" stroke-dasharray="${marks.conflict.dash}"/>`);
  }
  for (const q of s.points) parts.push(markerSvg(s.index, X(q.year), Y(q.value), marks.marker, markerFillAttrs(q.estimate ? 'hollow' : 'filled', p.background)));
  if (s.points.length <= 2) {
    const measure = measureOfSeries(spec, s);
    for (const q of s.points) {
      parts.push(text(X(q.year), Y(q.value) - 10, formatTick(q.value, measure, spec.lang), 'tx', p, ' font-size="12" text-anchor="middle" stroke="none"'));
    }
  }
  return `<g class="s${s.index}" stroke="${c}" fill="${c}" data-key="${esc(s.key)}">${parts.join('')}</g>`;
}

function axisMarks(axis: AxisGeometry, L: ChartLayout, side: 'left' | 'right', p: Palette): string {
  const out: string[] = [];
  const x = side === 'left' ? L.plot.left - 8 : L.plot.right + 8;
  out.push(`<g class="mu" fill="${p.muted}" font-size="11.5" text-anchor="${side === 'left' ? 'end' : 'start'}">`);
  for (const t of axis.ticks) out.push(`<text x="${r1(x)}" y="${r1(t.y + 4)}">${esc(t.label)}</text>`);
  out.push('</g>');
  return out.join('');
}

/**
 * The chart as a standalone SVG document: the one drawing used by the API (SVG and PNG), the embed page and the
 * app. Pure string building, no DOM, so it runs the same in Node and the browser.
 */
export function renderChartSvg(spec: ChartSpec, layout: ChartLayout = layoutChart(spec)): string {
  const L = layout;
  const p = palettes[spec.theme === 'dark' ? 'dark' : 'light'];
  const id = esc(spec.id);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="${esc(fontFamily)}" font-size="12">`,
  );
  out.push(`<title id="${id}-t">${esc(spec.title)}</title>`);
  out.push(`<desc id="${id}-d">${esc(describeChart(spec))}</desc>`);
  if (spec.theme === 'auto') out.push(`<style>${darkSchemeCss(`#${spec.id}`)}</style>`);
  out.push(`<rect class="bg" width="${L.width}" height="${L.height}" fill="${p.background}"/>`);

  L.title.lines.forEach((line, i) => out.push(text(L.pad, L.title.y + i * L.title.lineHeight, line, 'tx', p, ` font-size="${L.title.size}" font-weight="700"`)));
  L.subtitle.lines.forEach((line, i) => out.push(text(L.pad, L.subtitle.y + i * L.subtitle.lineHeight, line, 'mu', p, ` font-size="${L.subtitle.size}"`)));
  for (const it of L.legend) out.push(legendItem(it, p));
  L.notes.lines.forEach((line, i) => out.push(text(L.pad, L.notes.y + i * L.notes.lineHeight, line, 'tx', p, ` font-size="${L.notes.size}" font-style="italic"`)));

  const { left, right } = L.plot;
  L.panels.forEach((panel, i) => {
    out.push(`<g class="gr" stroke="${p.grid}" stroke-width="1">`);
    for (const t of panel.left.ticks) out.push(`<line x1="${r1(left)}" y1="${r1(t.y)}" x2="${r1(right)}" y2="${r1(t.y)}"/>`);
    out.push('</g>');
    const baseY = panel.left.zeroY ?? (panel.left.inverted ? panel.top : panel.bottom);
    out.push(`<line class="ax" x1="${r1(left)}" y1="${r1(baseY)}" x2="${r1(right)}" y2="${r1(baseY)}" stroke="${p.axis}" stroke-width="1"/>`);
    out.push(axisMarks(panel.left, L, 'left', p));
    if (panel.right) out.push(axisMarks(panel.right, L, 'right', p));
    // Every value axis says what it counts: the unit above it, or the panel's header in small multiples.
    if (panel.header) out.push(text(L.pad, panel.header.y, panel.header.text, 'tx', p, ' font-size="12" font-weight="600"'));
    else {
      out.push(text(L.pad, panel.top - 10, panel.left.caption, 'mu', p, ' font-size="11.5"'));
      if (panel.right) out.push(text(L.width - L.pad, panel.top - 10, panel.right.caption, 'mu', p, ' font-size="11.5" text-anchor="end"'));
    }
    if (i === L.panels.length - 1) {
      out.push(`<g class="mu" fill="${p.muted}" font-size="11.5" text-anchor="middle">`);
      for (const t of L.xTicks) out.push(`<text x="${r1(t.x)}" y="${r1(panel.bottom + 18)}">${t.year}</text>`);
      out.push('</g>');
    }
  });

  if (L.empty) {
    const msg = spec.lang === 'vi' ? 'Chưa có số liệu cho lựa chọn này' : 'No figures for this selection';
    out.push(text((left + right) / 2, (L.plot.top + L.plot.bottom) / 2, msg, 'mu', p, ' text-anchor="middle" font-size="14"'));
  }
  spec.series.forEach((_, i) => out.push(seriesMarks(spec, L, i, p)));

  if (spec.frame) out.push(`<a href="${esc(spec.source.href)}" target="_blank">${text(L.pad, L.footer.y, L.footer.source, 'mu', p, ` font-size="${L.footer.size}"`)}</a>`);
  if (spec.frame)
    out.push(
    `<a href="${esc(spec.link.href)}" target="_blank">${text(L.width - L.pad, L.footer.y, L.footer.link, 'tx', p, ` font-size="${L.footer.size}" text-anchor="end" text-decoration="underline"`)}</a>`,
  );
  out.push('</svg>');
  return out.join('');
}
