import { categories, formatDate, type DashboardItem, type DashboardResponse } from '@chiso/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { RegionSelect } from '../../components/region-select';
import { Empty, QueryView } from '../../components/status';
import { regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { dashboardQuery } from '../../lib/queries';
import { parseDashboard, serialiseDashboard, type DashboardState } from '../../lib/url-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { KpiCard } from './kpi-card';

function YearPicker({ data, onChange }: { data: DashboardResponse; onChange: (year: number) => void }) {
  const { t } = useI18n();
  const years = [...data.years].sort((a, b) => a - b);
  const i = years.indexOf(data.year);
  const prev = i > 0 ? years[i - 1] : undefined;
  const next = i >= 0 && i < years.length - 1 ? years[i + 1] : undefined;
  return (
    <div className="year-picker">
      <button type="button" className="button icon" disabled={prev === undefined} onClick={() => prev !== undefined && onChange(prev)} aria-label={t('dash.prevYear')}>
        <span aria-hidden="true">‹</span>
      </button>
      <label className="field">
        <span className="field-label">{t('dash.year')}</span>
        <select value={data.year} onChange={(e) => onChange(Number(e.target.value))}>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button icon" disabled={next === undefined} onClick={() => next !== undefined && onChange(next)} aria-label={t('dash.nextYear')}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}

/** A year with only a handful of figures (the current year, early on) gets a pointer to the year before. */
function sparseHint(data: DashboardResponse): number | undefined {
  if (data.items.length >= 5) return undefined;
  return [...data.years].filter((y) => y < data.year).sort((a, b) => b - a)[0];
}

function group(items: readonly DashboardItem[]) {
  return categories
    .map((category) => ({ category, items: items.filter((i) => i.indicator.category === category) }))
    .filter((g) => g.items.length > 0);
}

function Overview({ data, state, setState }: { data: DashboardResponse; state: DashboardState; setState: (s: Partial<DashboardState>) => void }) {
  const { lang, t } = useI18n();
  const region = regionName(data.region, lang);
  useDocumentTitle(t('dash.docTitle', { year: data.year, region }));
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">{region}</p>
          <h1>{t('dash.title', { year: data.year })}</h1>
          <p className="visually-hidden" aria-live="polite">
            {t('dash.loaded', { year: data.year })}
          </p>
          <p className="lead">{t('dash.intro', { count: data.items.length, year: data.year })}</p>
        </div>
        <div className="toolbar no-print">
          <RegionSelect value={data.region.key} onChange={(r) => setState({ region: r, year: undefined })} />
          {data.years.length > 0 && <YearPicker data={data} onChange={(year) => setState({ year })} />}
          <button type="button" className="button" onClick={() => window.print()}>
            {t('dash.print')}
          </button>
        </div>
      </div>
      {sparseHint(data) !== undefined && data.items.length > 0 && (
        <p className="callout callout-info no-print">
          {t('dash.sparse', { year: data.year, count: data.items.length })}{' '}
          <Link href={`/?${state.region ? `region=${state.region}&` : ''}year=${sparseHint(data)}`}>{t('dash.sparseLink', { year: sparseHint(data)! })}</Link>
        </p>
      )}
      {data.items.length === 0 ? (
        <Empty>{t('dash.empty', { year: data.year })}</Empty>
      ) : (
        group(data.items).map((g) => (
          <section key={g.category} className="kpi-group" aria-labelledby={`cat-${g.category}`}>
            <h2 id={`cat-${g.category}`}>{t(`cat.${g.category}`)}</h2>
            <ul className="kpi-grid" role="list">
              {g.items.map((item) => (
                <li key={item.indicator.key}>
                  <KpiCard item={item} year={data.year} region={state.region} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <p className="print-only small">
        {t('dash.printed', { date: formatDate(new Date().toISOString().slice(0, 10), lang), url: window.location.href })}
      </p>
    </>
  );
}

export default function DashboardPage() {
  const [state, setState] = useUrlState(parseDashboard, serialiseDashboard);
  const query = useQuery({ ...dashboardQuery(state.region, state.year), placeholderData: keepPreviousData });
  return (
    <div className={`page dashboard${query.isPlaceholderData ? ' is-stale' : ''}`}>
      <QueryView query={query} loadingHeight={600}>
        {(data) => <Overview data={data} state={state} setState={setState} />}
      </QueryView>
    </div>
  );
}
