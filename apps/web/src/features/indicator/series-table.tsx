import type { FactWithSource, SeriesResponse } from '@chiso/shared';
import { MachineReadBadge } from '../../components/badge';
import { displayValue, indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';

/** The series as a table: every year from the first to the last figure, a missing year shown as missing. */
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
  const known = [...series.points.map((p) => p.year), ...series.targets.map((x) => x.year)];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
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
            const others = p?.values.slice(1) ?? [];
            return (
              <tr key={year} aria-current={year === selectedYear ? 'true' : undefined} className={p || target ? undefined : 'row-missing'}>
                <th scope="row">
                  {p || target ? (
                    <button type="button" className="link-button" onClick={() => onSelectYear(year)} aria-pressed={year === selectedYear}>
                      {year}
                    </button>
                  ) : (
                    year
                  )}
                </th>
                <td className="num">
                  {p ? displayValue(p.value, unit, lang, p.approx, p.denominator) : t('table.noFigure')}
                  {p?.qualifier === 'estimate' && <span className="small muted"> ({t('q.estimate')})</span>}
                  {p?.machine_read && (
                    <>
                      {' '}
                      <MachineReadBadge />
                    </>
                  )}
                </td>
                <td>{others.map((o) => `${displayValue(o.value, unit, lang, o.approx)} (${t(`rel.${o.relation}`)})`).join('; ')}</td>
                <td className="num">{target?.value != null ? displayValue(target.value, unit, lang, target.approx) : ''}</td>
                <td className="num">{p || target ? facts.filter((f) => f.year === year).length : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
