import { fontFamily } from '../chart/svg';
import { escapeXml as esc, textWidth, wrapText } from '../chart/text';
import type { ThemeChoice } from '../chart/theme';
import { mapPalette, type MapPalette } from './colour';
import type { TileMapSpec } from './spec';

export interface TileMapLayout {
  width: number;
  height: number;
  tile: number;
  gap: number;
  left: number;
  top: number;
  /** Each legend step's swatch position, flowing onto a new line when the width runs out. */
  legend: { x: number; y: number }[];
  gapsY: number;
}

const pad = 12;
const gap = 3;
const titleSize = 15;

function titleLines(spec: TileMapSpec, width: number): string[] {
  return wrapText(spec.title, width - 2 * pad, titleSize, 2, true);
}

const legendFont = 10;
const legendLine = 18;

/** Where everything goes at a width: equal square tiles filling the width, the legend and the gaps line below. */
export function layoutTileMap(spec: TileMapSpec, width: number): TileMapLayout {
  const tile = Math.floor((width - 2 * pad - (spec.cols - 1) * gap) / spec.cols);
  const top = pad + titleLines(spec, width).length * 19 + 22;
  let y = top + spec.rows * tile + (spec.rows - 1) * gap + 16;
  let x = pad;
  const legend = spec.legend.map((item) => {
    const w = 16 + textWidth(item.label, legendFont) + 12;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += legendLine;
    }
    const at = { x, y };
    x += w;
    return at;
  });
  const gapsY = y + (spec.legend.length ? legendLine : 0);
  const bottom = gapsY + (spec.gaps ? legendLine : 0);
  return { width, height: Math.ceil(bottom + pad), tile, gap, left: pad, top, legend, gapsY };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Units without a figure are told apart by a dashed edge and a dash, not by colour alone. */
const emptyStroke = (p: MapPalette) => ` stroke="${p.muted}" stroke-width="1" stroke-dasharray="3 2"`;

function fills(p: MapPalette, bin: number | null): { fill: string; text: string; cls: string } {
  if (bin === null) return { fill: p.empty, text: p.emptyText, cls: 'nd' };
  const c = p.ramp[bin]!;
  return { fill: c.fill, text: c.text, cls: `b${bin}` };
}

function styles(scope: string, theme: ThemeChoice): string {
  const focus = `${scope} .t:focus{outline:none}${scope} .t:focus rect{stroke:${mapPalette('light').focus};stroke-width:3}`;
  if (theme !== 'auto') return focus;
  const p = mapPalette('dark');
  const rules = [
    `${scope} .bg{fill:${p.background}}`,
    `${scope} .tx{fill:${p.text}}`,
    `${scope} .mu{fill:${p.muted}}`,
    `${scope} .nd rect{fill:${p.empty}}${scope} .nd text{fill:${p.emptyText}}`,
    ...p.ramp.map((c, i) => `${scope} .b${i} rect{fill:${c.fill}}${scope} .b${i} text{fill:${c.text}}`),
  ];
  return `${focus}@media (prefers-color-scheme: dark){${rules.join('')}}`;
}

/**
 * The tile map as one SVG document, for embeds, PNG and the server: a focusable tile per province (Tab moves
 * through them in the order of the country, north to south; each names its province and figure), a legend of the
 * colour steps and the count of provinces without a figure. `auto` paints light and repaints dark by CSS.
 */
export function renderTileMapSvg(spec: TileMapSpec, opts: { width: number; theme: ThemeChoice; id?: string }): string {
  const L = layoutTileMap(spec, opts.width);
  const p = mapPalette(opts.theme === 'dark' ? 'dark' : 'light');
  const id = opts.id ?? 'chiso-map';
  const lines = titleLines(spec, opts.width);
  const title = lines.map((l, i) => `<text x="${pad}" y="${pad + 14 + i * 19}" class="tx" fill="${p.text}" font-size="${titleSize}" font-weight="700">${esc(l)}</text>`).join('');
  const subtitleY = pad + lines.length * 19 + 12;
  const ordered = [...spec.tiles].sort((a, b) => a.row - b.row || a.col - b.col);
  const tiles = ordered
    .map((t) => {
      const x = L.left + t.col * (L.tile + L.gap);
      const y = L.top + t.row * (L.tile + L.gap);
      const c = fills(p, t.bin);
      const cx = x + L.tile / 2;
      return (
        `<g class="t ${c.cls}" tabindex="0" role="img" aria-label="${esc(t.label)}" data-region="${esc(t.key)}">` +
        `<title>${esc(t.label)}</title>` +
        `<rect x="${x}" y="${y}" width="${L.tile}" height="${L.tile}" rx="3" fill="${c.fill}"${t.bin === null ? emptyStroke(p) : ''}/>` +
        `<text x="${cx}" y="${y + L.tile * 0.42}" text-anchor="middle" font-size="${Math.min(12, L.tile / 3.6).toFixed(1)}" font-weight="700" fill="${c.text}">${esc(t.short)}</text>` +
        `<text x="${cx}" y="${y + L.tile * 0.78}" text-anchor="middle" font-size="${Math.min(11, L.tile / 4.6).toFixed(1)}" fill="${c.text}">${esc(t.value)}</text>` +
        `</g>`
      );
    })
    .join('');
  const legend = spec.legend
    .map((item, i) => {
      const c = fills(p, item.bin);
      const { x, y } = L.legend[i]!;
      return `<g class="${c.cls}"><rect x="${r1(x)}" y="${y}" width="12" height="12" rx="2" fill="${c.fill}"/></g><text x="${r1(x + 16)}" y="${y + 10}" class="mu" fill="${p.muted}" font-size="${legendFont}">${esc(item.label)}</text>`;
    })
    .join('');
  const gaps = spec.gaps
    ? `<g class="nd"><rect x="${pad}" y="${L.gapsY}" width="12" height="12" rx="2" fill="${p.empty}"${emptyStroke(p)}/></g><text x="${pad + 16}" y="${L.gapsY + 10}" class="mu" fill="${p.muted}" font-size="11">${esc(spec.gaps)}</text>`
    : '';
  const desc = `${spec.subtitle}. ${spec.gaps ?? ''}`.trim();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${esc(id)}" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" role="group" aria-labelledby="${esc(id)}-t ${esc(id)}-d" font-family="${esc(fontFamily)}" lang="${spec.lang}">` +
    `<title id="${esc(id)}-t">${esc(spec.title)}</title><desc id="${esc(id)}-d">${esc(desc)}</desc>` +
    `<style>${styles(`#${id}`, opts.theme)}</style>` +
    `<rect class="bg" width="${L.width}" height="${L.height}" fill="${p.background}"/>` +
    title +
    `<text x="${pad}" y="${subtitleY}" class="mu" fill="${p.muted}" font-size="12">${esc(spec.subtitle)}</text>` +
    tiles +
    legend +
    gaps +
    `</svg>`
  );
}
