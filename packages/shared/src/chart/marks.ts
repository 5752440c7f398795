/**
 * The visual language of every chart, defined once: series colours come from the palette by position, and each
 * series also has its own marker shape so none depends on colour. Every surface (the server's SVG and PNG, the
 * embed, the app's charts and sparklines, the app's legends) draws its marks with these functions.
 */

const r1 = (n: number) => Math.round(n * 10) / 10;

export const markerShapes = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof markerShapes)[number];

export function markerShape(index: number): MarkerShape {
  return markerShapes[index % markerShapes.length]!;
}

/** How a point is drawn: a result filled, an estimate hollow (filled with the background). */
export type MarkerFill = 'filled' | 'hollow';

/** Sizes and dash patterns of the marks, in CSS pixels. */
export const marks = {
  line: 2.5,
  marker: 3.6,
  /** Thin dotted bridge over years without figures: the reader sees the gap and still follows the series. */
  bridge: { width: 1.5, dash: '1.5 4' },
  /** Another source's differing figure: a dashed ring at its value. */
  conflict: { r: 6.5, width: 1.5, dash: '2.5 2' },
  /** A plan target: a dashed bar across the year, and a dashed line to it from the last result. */
  target: { half: 9, width: 3, dash: '3 2', lineWidth: 2, lineDash: '5 4' },
  hollowWidth: 1.8,
} as const;

/** A marker as an SVG element: the shape of series `index`, centred on (x, y). */
export function markerSvg(index: number, x: number, y: number, size: number, attrs: string): string {
  const cx = r1(x);
  const cy = r1(y);
  switch (markerShape(index)) {
    case 'square': {
      const s = r1(size * 1.7);
      return `<rect x="${r1(x - s / 2)}" y="${r1(y - s / 2)}" width="${s}" height="${s}"${attrs}/>`;
    }
    case 'triangle': {
      const s = size * 1.25;
      return `<polygon points="${cx},${r1(y - s)} ${r1(x + s)},${r1(y + s * 0.8)} ${r1(x - s)},${r1(y + s * 0.8)}"${attrs}/>`;
    }
    case 'diamond': {
      const s = size * 1.3;
      return `<polygon points="${cx},${r1(y - s)} ${r1(x + s)},${cy} ${cx},${r1(y + s)} ${r1(x - s)},${cy}"${attrs}/>`;
    }
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${r1(size)}"${attrs}/>`;
  }
}

/** The attributes of a marker's fill: the series colour (inherited), or the background for an estimate. */
export function markerFillAttrs(fill: MarkerFill, background: string): string {
  return fill === 'hollow' ? ` class="h" fill="${background}" stroke-width="${marks.hollowWidth}"` : ' class="f"';
}

/** The lines of a series: solid between consecutive years, a thin dotted bridge over years without figures. */
export function seriesPaths(points: readonly { year: number; value: number }[], x: (year: number) => number, y: (v: number) => number): { solid: string; bridge: string } {
  let solid = '';
  let bridge = '';
  let drawnTo = -1;
  points.forEach((q, k) => {
    if (k === 0) return;
    const prev = points[k - 1]!;
    const from = `${r1(x(prev.year))} ${r1(y(prev.value))}`;
    const at = `${r1(x(q.year))} ${r1(y(q.value))}`;
    if (q.year - prev.year > 1) bridge += `M${from}L${at}`;
    else {
      solid += `${drawnTo === k - 1 ? '' : `M${from}`}L${at}`;
      drawnTo = k;
    }
  });
  return { solid, bridge };
}
