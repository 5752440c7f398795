import { describeChart } from './describe';
import { layoutChart, type ChartLayout, type LegendItem } from './layout';
import type { ChartSpec } from './spec';
import { darkSchemeCss, palettes, type Palette } from './theme';
import { escapeXml as esc } from './text';

export const fontFamily = "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif";

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A series' marker: a different shape per series so lines are told apart without colour. */
function marker(series: number, x: number, y: number, size: number, attrs: string): string {
  const cx = r1(x);
  const cy = r1(y);
  switch (series % 4) {
    case 1: {
      const s = r1(size * 1.7);
      return `<rect x="${r1(x - s / 2)}" y="${r1(y - s / 2)}" width="${s}" height="${s}"${attrs}/>`;
    }
    case 2: {
      const s = size * 1.25;
      return `<polygon points="${cx},${r1(y - s)} ${r1(x + s)},${r1(y + s * 0.8)} ${r1(x - s)},${r1(y + s * 0.8)}"${attrs}/>`;
    }
    case 3: {
      const s = size * 1.3;
      return `<polygon points="${cx},${r1(y - s)} ${r1(x + s)},${cy} ${cx},${r1(y + s)} ${r1(x - s)},${cy}"${attrs}/>`;
    }
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${r1(size)}"${attrs}/>`;
  }
}

function text(x: number, y: number, s: string, cls: 'tx' | 'mu', p: Palette, extra = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}" class="${cls}" fill="${cls === 'tx' ? p.text : p.muted}"${extra}>${esc(s)}</text>`;
}

function legendItem(it: LegendItem, p: Palette): string {
  const y = it.y - 4;
  const x = it.x;
  let swatch: string;
  if (it.kind === 'series') {
    const c = p.series[it.index % p.series.length]!;
    swatch = `<g class="s${it.index}" stroke="${c}" fill="${c}"><line x1="${x}" y1="${y}" x2="${x + 16}" y2="${y}" stroke-width="2.5"/>${marker(it.index, x + 8, y, 3, ' class="f"')}</g>`;
  } else if (it.kind === 'target') {
    swatch = `<line class="mu" x1="${x}" y1="${y}" x2="${x + 16}" y2="${y}" stroke="${p.muted}" stroke-width="2" stroke-dasharray="4 3"/>`;
  } else if (it.kind === 'other') {
    swatch = `<circle class="bg" cx="${x + 8}" cy="${y}" r="4" fill="${p.background}" stroke="${p.muted}" stroke-width="1.5" stroke-dasharray="2 1.5"/>`;
  } else {
    swatch = `<circle class="bg" cx="${x + 8}" cy="${y}" r="3.5" fill="${p.background}" stroke="${p.muted}" stroke-width="1.8"/>`;
  }
  return `${swatch}${text(x + 20, it.y, it.label, 'tx', p, ' font-size="12"')}`;
}

function seriesMarks(spec: ChartSpec, L: ChartLayout, i: number, p: Palette): string {
  const s = spec.series[i]!;
  const c = p.series[i % p.series.length]!;
  if (s.points.length === 0 && s.targets.length === 0) return '';
  // Growth is only defined against the year before, so a gap in years is a gap in the line.
  const d = s.points
    .map((q, k) => {
      const gap = k === 0 || (spec.mode === 'growth' && q.year - s.points[k - 1]!.year > 1);
      return `${gap ? 'M' : 'L'}${r1(L.x(q.year))} ${r1(L.y(q.value))}`;
    })
    .join('');
  const parts: string[] = [];
  if (d) parts.push(`<path class="ln" fill="none" stroke-width="2.5" stroke-linejoin="round" d="${d}"/>`);
  const last = s.points[s.points.length - 1];
  const ahead = s.targets.filter((t) => !last || t.year > last.year).sort((a, b) => a.year - b.year);
  if (last && ahead.length) {
    const line = [last, ...ahead].map((q) => `${r1(L.x(q.year))},${r1(L.y(q.value))}`).join(' ');
    parts.push(`<polyline fill="none" stroke-width="2" stroke-dasharray="5 4" points="${line}"/>`);
  }
  for (const t of s.targets) {
    const tx = L.x(t.year);
    const ty = r1(L.y(t.value));
    parts.push(`<line x1="${r1(tx - 8)}" y1="${ty}" x2="${r1(tx + 8)}" y2="${ty}" stroke-width="3" stroke-dasharray="3 2"/>`);
  }
  for (const o of s.others) {
    parts.push(`<circle cx="${r1(L.x(o.year))}" cy="${r1(L.y(o.value))}" r="6.5" fill="none" stroke-width="1.5" stroke-dasharray="2.5 2"/>`);
  }
  for (const q of s.points) {
    const attrs = q.estimate ? ` class="h" fill="${p.background}" stroke-width="1.8"` : ' class="f"';
    parts.push(marker(i, L.x(q.year), L.y(q.value), 3.5, attrs));
  }
  return `<g class="s${i}" stroke="${c}" fill="${c}" data-key="${esc(s.key)}">${parts.join('')}</g>`;
}

/**
 * The chart as a standalone SVG document: the one drawing used by the API (SVG and PNG) and by the embed page.
 * Pure string building, no DOM, so it runs the same in Node and the browser.
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

  const { left, right, top, bottom } = L.plot;
  out.push(`<g class="gr" stroke="${p.grid}" stroke-width="1">`);
  for (const t of L.yTicks) out.push(`<line x1="${r1(left)}" y1="${r1(t.y)}" x2="${r1(right)}" y2="${r1(t.y)}"/>`);
  out.push('</g>');
  const baseY = L.zeroY ?? (spec.inverted ? top : bottom);
  out.push(`<line class="ax" x1="${r1(left)}" y1="${r1(baseY)}" x2="${r1(right)}" y2="${r1(baseY)}" stroke="${p.axis}" stroke-width="1"/>`);
  out.push(`<g class="mu" fill="${p.muted}" font-size="11.5" text-anchor="end">`);
  for (const t of L.yTicks) out.push(`<text x="${r1(left - 8)}" y="${r1(t.y + 4)}">${esc(t.label)}</text>`);
  out.push('</g>');
  out.push(`<g class="mu" fill="${p.muted}" font-size="11.5" text-anchor="middle">`);
  for (const t of L.xTicks) out.push(`<text x="${r1(t.x)}" y="${r1(bottom + 18)}">${t.year}</text>`);
  out.push('</g>');

  if (L.empty) {
    const msg = spec.lang === 'vi' ? 'Chưa có số liệu cho lựa chọn này' : 'No figures for this selection';
    out.push(text((left + right) / 2, (top + bottom) / 2, msg, 'mu', p, ' text-anchor="middle" font-size="14"'));
  }
  spec.series.forEach((_, i) => out.push(seriesMarks(spec, L, i, p)));

  out.push(`<a href="${esc(spec.source.href)}" target="_blank">${text(L.pad, L.footer.y, L.footer.source, 'mu', p, ` font-size="${L.footer.size}"`)}</a>`);
  out.push(
    `<a href="${esc(spec.link.href)}" target="_blank">${text(L.width - L.pad, L.footer.y, L.footer.link, 'tx', p, ` font-size="${L.footer.size}" text-anchor="end" text-decoration="underline"`)}</a>`,
  );
  out.push('</svg>');
  return out.join('');
}
