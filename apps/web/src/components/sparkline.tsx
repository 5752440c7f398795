interface Point {
  year: number;
  value: number;
}

/** A small trend line drawn by hand, so the dashboard needs no chart library. Decorative: the card says the numbers. */
export function Sparkline({ points, width = 120, height = 32 }: { points: readonly Point[]; width?: number; height?: number }) {
  if (points.length < 2) return null;
  const pad = 3;
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const y0 = Math.min(...values);
  const y1 = Math.max(...values);
  const x = (year: number) => pad + ((year - x0) / (x1 - x0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - y0) / (y1 - y0 || 1)) * (height - 2 * pad);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
  const last = points[points.length - 1]!;
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(last.year)} cy={y(last.value)} r="2.6" fill="currentColor" />
    </svg>
  );
}
