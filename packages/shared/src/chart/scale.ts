/** A "nice" step near `span / count`: 1, 2 or 5 times a power of ten (never 45 or 85). */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return nice * power;
}

export interface Ticks {
  min: number;
  max: number;
  values: number[];
}

/** Ticks covering [lo, hi] at a nice step, about `count` of them; the domain is widened to whole steps. */
export function niceTicks(lo: number, hi: number, count = 5): Ticks {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo = lo > 0 ? 0 : lo - pad;
    hi = hi + pad;
  }
  const step = niceStep(hi - lo, count);
  // Spans floating point can't step through (a lone 5e-324): an axis from 0 to 1 around them.
  if (!(step > 1e-200) || !Number.isFinite(lo / step)) return niceTicks(Math.min(0, Math.floor(lo)), Math.max(0, Math.floor(lo)) + 1, count);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  // toFixed takes 0–100 digits: a step of 1e-100 or less is drawn at 100 (the values read as 0 anyway).
  const digits = Math.min(100, Math.max(0, -Math.floor(Math.log10(step)) + 1));
  for (let i = 0, v = min; v <= max + step / 2 && i <= 1000; i++, v = min + i * step) values.push(Number(v.toFixed(digits)));
  return { min, max, values };
}

/** Year ticks for an axis of `px` pixels: every year when they fit, else every 2, 5, 10… years. */
export function yearTicks(first: number, last: number, px: number, labelPx = 44): number[] {
  if (last < first) return [];
  const fit = Math.max(1, Math.floor(px / labelPx));
  const steps = [1, 2, 5, 10, 20, 50];
  const step = steps.find((s) => Math.floor((last - first) / s) + 1 <= fit) ?? 100;
  const out: number[] = [];
  const start = Math.ceil(first / step) * step;
  for (let y = step === 1 ? first : start; y <= last; y += step) out.push(y);
  if (out.length === 0) out.push(first);
  return out;
}

/** A linear map from a domain to a pixel range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * k);
}
