import type { FactWithSource, SeriesResponse } from '@chiso/shared';
import { displayValue, indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { reportedPoints } from './reported';

export function SeriesTable({
  series,
  facts,
  selectedYear,
  onSelectYear,
}: {
  series: SeriesResponse;
  facts: readonly FactWithSource[];
  selectedYear: number | undefined;
  onSelectYear: (year: number) => void;
}) {
  const { lang, t } = useI18n();
  const unit = series.indicator.unit;
  const reported = reportedPoints(series, facts);
  const years = [...new Set([...series.points.map((p) => p.year), ...series.targets.map((x) => x.year)])].sort((a, b) => b - a);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('table.caption', { name: indicatorName(series.indicator, lang) })}>
      <table className="data-table">
        <caption className="visually-hidden">{t('table.caption', { name: indicatorName(series.indicator, lang) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            <th scope="col" className="num">{t('table.value')}</th>
            <th scope="col">{t('table.values')}</th>
            <th scope="col" className="num">{t('table.target')}</th>
            <th scope="col" className="num">{t('table.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const p = series.points.find((x) => x.year === year);
            const target = series.targets.find((x) => x.year === year);
            const others = reported.filter((r) => r.year === year && r.conflict);
            return (
              <tr key={year} aria-current={year === selectedYear ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelectYear(year)} aria-pressed={year === selectedYear}>
                    {year}
                  </button>
                </th>
                <td className="num">{p ? displayValue(p.value, unit, lang, p.approx) : '–'}</td>
                <td>{others.map((o) => displayValue(o.value, unit, lang)).join('; ')}</td>
                <td className="num">{target?.value != null ? displayValue(target.value, unit, lang, target.approx) : ''}</td>
                <td className="num">{facts.filter((f) => f.year === year).length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
