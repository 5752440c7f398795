import { columnValue, type CompareTable } from './compare';
import { indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';

export function CompareTableView({ table, caption }: { table: CompareTable; caption: string }) {
  const { lang, t } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {indicatorName(c.indicator, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...table.rows].reverse().map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              {table.columns.map((c) => {
                const v = r.values[c.key];
                return (
                  <td key={c.key} className="num">
                    {v === null || v === undefined ? '–' : columnValue(c, v, lang)}
                    {r.since[c.key] !== undefined && <span className="small muted"> ({t('exp.since', { year: r.since[c.key]! })})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
