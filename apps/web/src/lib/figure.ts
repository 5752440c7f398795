/** Finding the figure inside a quote, so it can be highlighted. */

const numberToken = /\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g;
const unitAfter =
  /^\s*(?:%|(?:nghìn\s+|ngàn\s+)?(?:tỷ|triệu)\s+(?:đồng|USD)|(?:nghìn\s+|ngàn\s+)?tỷ|triệu|USD|(?:billion|million)\s+(?:VND|USD|dong)|trạm(?:\s+BTS)?|doanh nghiệp|dịch vụ|người|lao động)/iu;

/** The readings of a written number: Vietnamese (1.234,5) and English (1,234.5) conventions. */
export function readNumber(token: string): number[] {
  const out = new Set<number>();
  const vi = Number(token.replace(/\./g, '').replace(',', '.'));
  const en = Number(token.replace(/,/g, ''));
  if (Number.isFinite(vi)) out.add(vi);
  if (Number.isFinite(en)) out.add(en);
  return [...out];
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
}

/**
 * The [start, end) of the figure in `quote`: the written number equal to `value`, or to a thousandth of it
 * (36,6 nghìn tỷ for 36.600 tỷ), extended over the unit that follows. Null when the quote does not contain it.
 */
export function locateFigure(quote: string, values: readonly number[]): [number, number] | null {
  for (const m of quote.matchAll(numberToken)) {
    const readings = readNumber(m[0]);
    const hit = values.some((v) => readings.some((r) => close(r, v) || close(r * 1000, v)));
    if (!hit) continue;
    return [m.index, extendOverUnit(quote, m.index + m[0].length)];
  }
  return null;
}

/** The end of the unit written right after a figure (`25.200| tỷ đồng|`), or `end` when none follows. */
export function extendOverUnit(text: string, end: number): number {
  const unit = unitAfter.exec(text.slice(end));
  return unit ? end + unit[0].length : end;
}
