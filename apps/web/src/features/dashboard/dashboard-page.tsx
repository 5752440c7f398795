import {
  arrangeOverview,
  categories,
  formatDate,
  overviewFilters,
  overviewSorts,
  overviewSummary,
  type DashboardItem,
  type DashboardResponse,
} from '@chiso/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { RegionSelect } from '../../components/region-select';
import { Empty, ErrorState, Loading } from '../../components/status';
import { ApiError } from '../../lib/api';
import { regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { dashboardQuery } from '../../lib/queries';
import { overviewViews, parseDashboard, serialiseDashboard, type DashboardState } from '../../lib/url-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { WhatExists } from '../not-found/what-exists';
import { KpiCard } from './kpi-card';
import { YearTable } from './year-table';

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

function group(items: readonly DashboardItem[]) {
  return categories.map((category) => ({ category, items: items.filter((i) => i.indicator.category === category) })).filter((g) => g.items.length > 0);
}

function OptionSelect<T extends string>({ label, name, options, value, text, onChange }: { label: string; name: string; options: readonly T[]; value: T; text: (o: T) => string; onChange: (v: T) => void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? options[0]!)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "9 better, 2 worse, 5 not comparable", a filter and a sort beside it. */
function SummaryBar({ data, state, setState }: { data: DashboardResponse; state: DashboardState; setState: (s: Partial<DashboardState>) => void }) {
  const { t, tn } = useI18n();
  const s = overviewSummary(data.items, data.year);
  return (
    <div className="overview-bar no-print">
      <p className="overview-summary" data-summary="">
        {t('dash.summary', { better: s.better, worse: s.worse, same: s.same, na: s.notComparable })}
        {s.machineRead > 0 && (
          <span data-machine-read-count="">
            {'; '}
            {tn('dash.machineRead', s.machineRead)}
          </span>
        )}
      </p>
      <OptionSelect label={t('dash.filter')} name="filter" options={overviewFilters} value={state.filter} text={(f) => t(`dash.filter.${f}`)} onChange={(filter) => setState({ filter })} />
      <OptionSelect label={t('dash.sort')} name="sort" options={overviewSorts} value={state.sort} text={(f) => t(`dash.sort.${f}`)} onChange={(sort) => setState({ sort })} />
      <div className="segmented" role="group" aria-label={t('exp.view')}>
        {overviewViews.map((v) => (
          <button key={v} type="button" aria-pressed={state.view === v} onClick={() => setState({ view: v })}>
            {t(`dash.view.${v}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

function Overview({
  data,
  skipped,
  state,
  setState,
}: {
  data: DashboardResponse;
  skipped: { year: number; count: number }[];
  state: DashboardState;
  setState: (s: Partial<DashboardState>) => void;
}) {
  const { lang, t, tn } = useI18n();
  const region = regionName(data.region, lang);
  useDocumentTitle(t('dash.docTitle', { year: data.year, region }));
  const items = arrangeOverview(data.items, data.year, state.sort, state.filter);
  const regionParam = state.region ? `region=${state.region}&` : '';
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">{region}</p>
          <h1>{t('dash.title', { year: data.year })}</h1>
          <p className="visually-hidden" aria-live="polite">
            {t('dash.loaded', { year: data.year })}
          </p>
          <p className="lead">{tn('dash.intro', data.items.length, { year: data.year })}</p>
        </div>
        <div className="toolbar no-print">
          <RegionSelect value={data.region.key} onChange={(r) => setState({ region: r, year: undefined })} />
          {data.years.length > 0 && <YearPicker data={data} onChange={(year) => setState({ year })} />}
          <button type="button" className="button" onClick={() => (state.view === 'table' ? window.print() : setState({ view: 'table' }))}>
            {t(state.view === 'table' ? 'dash.print' : 'dash.printTable')}
          </button>
        </div>
      </div>
      {skipped.length > 0 && (
        <p className="callout callout-info no-print" data-default-year="">
          {t('dash.defaultYear', { year: data.year })}{' '}
          {skipped.map((s, i) => (
            <span key={s.year}>
              {i > 0 && '; '}
              <Link href={`/?${regionParam}year=${s.year}`}>{tn('dash.skippedYear', s.count, { year: s.year })}</Link>
            </span>
          ))}
          .
        </p>
      )}
      {data.items.length === 0 ? (
        <Empty>{t('dash.empty', { year: data.year })}</Empty>
      ) : (
        <>
          <SummaryBar data={data} state={state} setState={setState} />
          {state.view === 'table' ? (
            <YearTable data={data} items={items} />
          ) : items.length === 0 ? (
            <Empty>{t('dash.noneMatch')}</Empty>
          ) : state.sort === 'catalogue' ? (
            group(items).map((g) => (
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
          ) : (
            <section className="kpi-group" aria-label={t(`dash.sort.${state.sort}`)}>
              <ul className="kpi-grid" role="list">
                {items.map((item) => (
                  <li key={item.indicator.key}>
                    <KpiCard item={item} year={data.year} region={state.region} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <p className="print-only small">{t('dash.printed', { date: formatDate(new Date().toISOString().slice(0, 10), lang), url: window.location.href })}</p>
    </>
  );
}

/**
 * Without a year in the address, the API answers with the newest complete year (the shared `defaultOverviewYear`)
 * and names the newer years it passed over (`year_choice`), which the page says.
 */
function useOverview(state: DashboardState) {
  const query = useQuery({ ...dashboardQuery(state.region, state.year), placeholderData: keepPreviousData });
  const data = query.data;
  const skipped = state.year === undefined && data ? data.year_choice.skipped.map((s) => ({ year: s.year, count: s.indicators })) : [];
  return { query, data, skipped };
}

/** A year without figures: which years have them, as links. */
function NoSuchYear({ year, region }: { year: number; region: string | undefined }) {
  const { t } = useI18n();
  const latest = useQuery(dashboardQuery(region, undefined));
  const regionParam = region ? `region=${region}&` : '';
  return (
    <section aria-labelledby="nf-year">
      <h1 id="nf-year">{t('dash.noYear', { year })}</h1>
      {latest.data && (
        <>
          <p>{t('dash.yearsWithData')}</p>
          <ul className="link-list inline-list" role="list">
            {[...latest.data.years].reverse().map((y) => (
              <li key={y}>
                <Link href={`/?${regionParam}year=${y}`}>{y}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={region ? `/?region=${region}` : '/'}>{t('dash.toDefault')}</Link>
      </p>
    </section>
  );
}

export default function DashboardPage() {
  const [state, setState] = useUrlState(parseDashboard, serialiseDashboard);
  const { query, data, skipped } = useOverview(state);
  const { t } = useI18n();
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <div className="page dashboard">
        {state.year !== undefined ? (
          <NoSuchYear year={state.year} region={state.region} />
        ) : (
          <WhatExists missing={{ region: state.region }} />
        )}
      </div>
    );
  }
  return (
    <div className={`page dashboard${query.isPlaceholderData ? ' is-stale' : ''}`}>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <Loading height={600} page />
      ) : (
        <Overview data={data} skipped={skipped} state={state} setState={setState} />
      )}
    </div>
  );
}
