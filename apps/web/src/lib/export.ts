/** Saving what a chart shows: its SVG with styles inlined, or a PNG drawn from it. */

const inlined = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor'] as const;

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface LegendEntry {
  label: string;
  color: string;
  dash: string;
  bar: boolean;
}

export interface ExportFrame {
  title: string;
  legend: LegendEntry[];
  subtitle: string;
  footer: string;
  background: string;
  text: string;
  muted: string;
}

/** A standalone SVG: the chart with a title above and the source line below, computed styles copied in. */
export function chartSvg(svg: SVGSVGElement, frame: ExportFrame): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const out = target[i];
    if (!out) return;
    const style = getComputedStyle(el);
    for (const prop of inlined) {
      // Markers would inherit their line's dash pattern once it is written out on every element.
      if (prop === 'stroke-dasharray' && !el.hasAttribute('stroke-dasharray')) continue;
      const v = style.getPropertyValue(prop);
      if (v) out.setAttribute(prop, v);
    }
  });
  const legendY = 62;
  const top = frame.legend.length ? 84 : 56;
  const bottom = 36;
  const w = Math.round(width);
  const h = Math.round(height) + top + bottom;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(top));
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(Math.round(height)));
  clone.removeAttribute('style');
  const font = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${font}">` +
    `<rect width="100%" height="100%" fill="${frame.background}"/>` +
    `<text x="12" y="24" font-size="16" font-weight="600" fill="${frame.text}">${esc(frame.title)}</text>` +
    `<text x="12" y="44" font-size="12" fill="${frame.muted}">${esc(frame.subtitle)}</text>` +
    legend(frame, legendY, w, esc) +
    new XMLSerializer().serializeToString(clone) +
    `<text x="12" y="${h - 14}" font-size="11" fill="${frame.muted}">${esc(frame.footer)}</text>` +
    `</svg>`;
  return { markup, width: w, height: h };
}

export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The legend as a row of swatches and names, wrapped at the chart's width. */
function legend(frame: ExportFrame, y: number, width: number, esc: (s: string) => string): string {
  let x = 12;
  let row = y;
  const parts: string[] = [];
  for (const e of frame.legend) {
    const w = 34 + e.label.length * 6.6;
    if (x + w > width - 12 && x > 12) {
      x = 12;
      row += 18;
    }
    parts.push(
      e.bar
        ? `<rect x="${x}" y="${row - 9}" width="12" height="12" fill="${e.color}"/>`
        : `<line x1="${x}" x2="${x + 24}" y1="${row - 3}" y2="${row - 3}" stroke="${e.color}" stroke-width="2.5"${e.dash ? ` stroke-dasharray="${e.dash}"` : ''}/>`,
      `<text x="${x + 30}" y="${row + 1}" font-size="12" fill="${frame.text}">${esc(e.label)}</text>`,
    );
    x += w;
  }
  return parts.join('');
}
