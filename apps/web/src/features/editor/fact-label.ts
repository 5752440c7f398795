import type { Fact, IndicatorWithCoverage, Lang } from '@chiso/shared';
import { displayRange, displayValue, indicatorName } from '../../lib/display';

/** `Tổng số trạm BTS 2022: khoảng 1.320 trạm`, from the catalogue when it has loaded. */
export function factValue(fact: Pick<Fact, 'indicator' | 'value' | 'value_min' | 'value_max' | 'approx'>, indicators: readonly IndicatorWithCoverage[], lang: Lang): string {
  const ind = indicators.find((i) => i.key === fact.indicator);
  if (!ind) return fact.value !== null ? String(fact.value) : `${fact.value_min ?? ''}–${fact.value_max ?? ''}`;
  if (fact.value !== null) return displayValue(fact.value, ind.unit, lang, fact.approx);
  if (fact.value_min !== null && fact.value_max !== null) return displayRange(fact.value_min, fact.value_max, ind.unit, lang);
  return '–';
}

export function factLabel(fact: Pick<Fact, 'indicator' | 'year' | 'value' | 'value_min' | 'value_max' | 'approx'>, indicators: readonly IndicatorWithCoverage[], lang: Lang): string {
  const ind = indicators.find((i) => i.key === fact.indicator);
  return `${ind ? indicatorName(ind, lang) : fact.indicator} ${fact.year}: ${factValue(fact, indicators, lang)}`;
}
