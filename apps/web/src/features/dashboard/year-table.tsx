import { planAttainment, yearChange, type DashboardItem, type DashboardResponse } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { displayPercent, displayValue, indicatorName, outlet } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { factsQuery } from '../../lib/queries';
import { MachineReadBadge } from '../../components/badge';
import { useChangeText } from './kpi-card';

/**
 * The year on one page: indicator, value, the figure compared with, change, plan and sources, laid out to print
 * on one A4 sheet (the print stylesheet drops everything around it).
 */
export function YearTable({ data, items }: { data: DashboardResponse; items: readonly DashboardItem[] }) {
  const { lang, t } = useI18n();
  const text = useChangeText();
  const facts = useQuery(factsQuery({ region: data.region.key, year: data.year, status: 'accepted', limit: 2000 }));
  const sourcesOf = (key: string) => {
    const names = new Set<string>();
    for (const f of facts.data?.facts ?? []) {
      if (f.indicator !== key || f.qualifier === 'target') continue;
      const who = outlet(f.source);
      if (who) names.add(who);
    }
    return [...names].slice(0, 3).join('; ');
  };
  const caption = t('dash.tableCaption', { year: data.year, region: lang === 'vi' ? data.region.name_vi : data.region.name_en });
  return (
    <div className="table-wrap year-table" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.col.indicator')}</th>
            <th scope="col" className="num">{t('dash.col.value', { year: data.year })}</th>
            <th scope="col" className="num">{t('dash.col.previous')}</th>
            <th scope="col" className="num">{t('dash.col.change')}</th>
            <th scope="col" className="num">{t('dash.col.plan')}</th>
            <th scope="col">{t('dash.col.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const c = yearChange(item, data.year);
            const base = c && c.basis !== 'stated' ? item.spark.find((p) => p.year === c.vsYear) : undefined;
            const change = c ? text(item, c) : null;
            const plan = planAttainment(item);
            return (
              <tr key={item.indicator.key} data-indicator={item.indicator.key}>
                <th scope="row">{indicatorName(item.indicator, lang)}</th>
                <td className="num">
                  {displayValue(item.value, item.indicator.unit, lang, item.approx, item.denominator)}
                  {item.qualifier === 'estimate' && <span className="small muted"> ({t('q.estimate')})</span>}
                  {item.machine_read && (
                    <>
                      {' '}
                      <MachineReadBadge />
                    </>
                  )}
                </td>
                <td className="num">
                  {base ? `${displayValue(base.value, item.indicator.unit, lang, 'exact', base.denominator)} (${base.year}${base.qualifier === 'estimate' ? `, ${t('q.estimate').toLowerCase()}` : ''})` : '–'}
                </td>
                <td className="num">
                  {change ? `${change.main}${change.abs ? ` (${change.abs})` : ''}` : '–'}
                  {c?.basis === 'stated' && <span className="small muted"> {t('dash.statedVs', { year: c.vsYear })}</span>}
                </td>
                <td className="num">{plan !== null ? displayPercent(Math.round(plan * 10) / 10, lang) : ''}</td>
                <td className="small">{facts.isSuccess ? sourcesOf(item.indicator.key) : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
