import { formatChange, formatFigure, formatNumber, formatValue, type Lang } from '../format';
import type { ChartPoint, Measure } from './spec';

/** A value as read in a sentence or a tooltip: with its unit, an index number, or a signed change. */
export function formatMeasured(value: number, measure: Measure, lang: Lang): string {
  if (measure.kind === 'unit') return formatValue(value, measure.unit, lang);
  if (measure.kind === 'growth') return formatChange(value, lang);
  return formatNumber(Math.round(value * 10) / 10, lang);
}

/** A drawn point as a tooltip or a sentence reads it: a rank with its denominator (`hạng 3/63`), else as measured. */
export function formatPoint(p: Pick<ChartPoint, 'value' | 'denominator'>, measure: Measure, lang: Lang): string {
  return measure.kind === 'unit' ? formatFigure(p.value, measure.unit, lang, p.denominator) : formatMeasured(p.value, measure, lang);
}

/** An axis tick: the number alone, the unit stands in the subtitle. */
export function formatTick(value: number, measure: Measure, lang: Lang): string {
  const n = formatNumber(value, lang, measure.kind === 'unit' ? measure.unit : undefined);
  return measure.kind === 'growth' || (measure.kind === 'unit' && measure.unit === 'percent') ? `${n}%` : n;
}
