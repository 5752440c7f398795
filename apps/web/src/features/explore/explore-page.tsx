import type { SeriesResponse } from '@chiso/shared';
import { axisLayouts, chartImagePath, chartSpec, describeChart, keyLabel, legendSwatch, measureLabel, seriesKeyLabel, type ChartSpec, type EmbedParams } from '@chiso/shared/chart';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorState, Loading, QueryView } from '../../components/status';
import { ChartView } from '../../chart/chart-view';
import { CopyLink } from '../../components/copy-link';
import { compareTable } from './compare';
import { csvUrls } from '../../lib/api';
import { indicatorName, regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { useChartTheme } from '../../lib/palette';
import { indicatorsQuery, seriesQuery } from '../../lib/queries';
import { defaultRegion } from '../../lib/region';
import {
  chartTypes,
  modes,
  parseExplore,
  serialiseExplore,
  views,
  type ExploreState,
} from '../../lib/url-state';
import { loadCompareChart } from '../../chart-modules';
import { useAfterPaint } from '../../lib/use-after-paint';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { RegionSelect } from '../../components/region-select';
import { CompareTableView } from './compare-table-view';
import { IndicatorPicker } from './indicator-picker';
import { EmbedButton } from '../embed/EmbedButton';

const CompareBars = lazy(loadCompareChart);
const chartHeight = 360;
const defaultCompare = ['ict_revenue', 'software_export'];

function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (o: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div>
        {options.map((o) => (
          <label key={o}>
            <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
            <span>{label(o)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function YearSelect({ label, value, years, onChange }: { label: string; value: number | undefined; years: number[]; onChange: (y: number | undefined) => void }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}>
        <option value="">{t('exp.allYears')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The keys of a chart drawn outside the shared renderer (bars): the same swatches as the drawn legend. */
function KeyLegend({ spec }: { spec: ChartSpec }) {
  const theme = useChartTheme();
  return (
    <ul className="legend" role="list">
      {spec.series.map((s) => (
        <li key={s.key}>
          <svg width="22" height="12" aria-hidden="true" dangerouslySetInnerHTML={{ __html: legendSwatch('series', s.index, 2, 6, theme) }} />
          <Link href={`/indicators/${s.key}`}>{seriesKeyLabel(spec, s)}</Link>
        </li>
      ))}
      {(['estimate', 'machine-read'] as const)
        .filter((k) => spec.keys.includes(k))
        .map((k) => (
          <li key={k}>
            <svg width="22" height="18" viewBox="0 -3 22 18" aria-hidden="true" dangerouslySetInnerHTML={{ __html: legendSwatch(k, 0, 2, 6, theme) }} />
            {keyLabel(spec, k)}
          </li>
        ))}
    </ul>
  );
}

function Compare({ state, series, setState }: { state: ExploreState; series: SeriesResponse[]; setState: (s: Partial<ExploreState>) => void }) {
  const { lang, t } = useI18n();
  const chartReady = useAfterPaint();
  const spec = useMemo(
    () => chartSpec({ series, mode: state.mode, axes: state.axes, lang, from: state.from, to: state.to, origin: window.location.origin, frame: false }),
    [series, state.mode, state.axes, lang, state.from, state.to],
  );
  const chartInput = useMemo(() => ({ series, mode: state.mode, axes: state.axes, lang, from: state.from, to: state.to }), [series, state.mode, state.axes, lang, state.from, state.to]);
  const table = compareTable(spec, series);
  const names = series.map((s) => indicatorName(s.indicator, lang));
  const summary = describeChart(spec);
  const fileBase = `chiso-${series.map((s) => s.indicator.key).join('-')}-${state.mode}`;
  const region = series[0] ? regionName(series[0].region, lang) : '';
  const years = table.rows.map((r) => r.year);
  // An index names its one base year ("Chỉ số, năm 2018 = 100"), as its axis does.
  const measure = spec.panels[0]?.left;
  const modeLabel = state.mode === 'index' && measure?.kind === 'index' ? measureLabel(measure, lang) : t(`mode.${state.mode}`);
  const subtitle = `${region} · ${modeLabel}${years.length ? ` · ${years[0]}–${years[years.length - 1]}` : ''}`;
  const units = new Set(series.map((s) => s.indicator.unit));
  const params: EmbedParams = { indicators: series.map((s) => s.indicator.key), region: state.region, from: state.from, to: state.to, mode: state.mode, axes: state.axes, lang };
  const data = { indicators: params.indicators, region: state.region, from: state.from, to: state.to, mode: state.mode, lang };

  let body: ReactNode;
  if (table.rows.length === 0) body = <p className="status status-empty">{t('exp.noYears')}</p>;
  else if (state.view === 'table') body = <CompareTableView table={table} caption={names.join(', ')} />;
  else if (state.chart === 'bar')
    body = (
      <>
        <KeyLegend spec={spec} />
        <div role="img" aria-label={summary}>
          {chartReady ? (
            <Suspense fallback={<Loading label={t('state.chartLoading')} height={chartHeight} />}>
              <CompareBars spec={spec} height={chartHeight} />
            </Suspense>
          ) : (
            <Loading label={t('state.chartLoading')} height={chartHeight} />
          )}
        </div>
      </>
    );
  else body = <ChartView input={chartInput} minHeight={chartHeight} />;

  return (
    <figure className="figure compare-figure">
      <figcaption className="figure-title">
        <span data-chart-subtitle="">{subtitle}</span>
      </figcaption>
      {spec.notes.length > 0 && state.view !== 'chart' && (
        <p className="callout callout-info" data-notes="">
          {spec.notes.join(' ')}
        </p>
      )}
      {body}
      <p className="summary" aria-live="polite">
        {summary}
      </p>
      {state.mode === 'value' && units.size === 2 && (
        <Choice legend={t('exp.axes')} name="axes" options={axisLayouts} value={state.axes} label={(a) => t(`axes.${a}`)} onChange={(axes) => setState({ axes })} />
      )}
      <div className="toolbar downloads" role="group" aria-label={t('exp.download')}>
        <span className="field-label">{t('exp.download')}</span>
        <a className="button" href={csvUrls.compare('csv', data)} download={`${fileBase}.csv`} data-download="csv">
          CSV
        </a>
        <a className="button" href={csvUrls.compare('xlsx', data)} download={`${fileBase}.xlsx`} data-download="xlsx">
          XLSX
        </a>
        <a className="button" href={chartImagePath(params, 'png', { width: 1200, height: 630 })} download={`${fileBase}.png`} data-download="png">
          PNG
        </a>
        <a className="button" href={chartImagePath(params, 'svg', { width: 1200, height: 630 })} download={`${fileBase}.svg`} data-download="svg">
          SVG
        </a>
        <CopyLink />
        <EmbedButton series={series} from={state.from} to={state.to} mode={state.mode} />
      </div>
    </figure>
  );
}

/** Controls fold away on a phone, below the chart; on a wide screen they stay open beside it. */
function useWide(): boolean {
  const query = '(min-width: 900px)';
  const [wide, setWide] = useState(() => window.matchMedia?.(query).matches ?? true);
  useEffect(() => {
    const m = window.matchMedia?.(query);
    const on = () => setWide(m?.matches ?? true);
    m?.addEventListener('change', on);
    return () => m?.removeEventListener('change', on);
  }, []);
  return wide;
}

export default function ExplorePage() {
  const { lang, t } = useI18n();
  const [state, setState] = useUrlState(parseExplore, serialiseExplore);
  const wide = useWide();
  const keys = state.indicators.length ? state.indicators : defaultCompare;
  const region = state.region ?? defaultRegion;
  const catalogue = useQuery(indicatorsQuery());
  const results = useQueries({ queries: keys.map((k) => seriesQuery(k, { region: state.region })) });
  const failed = results.find((r) => r.isError);
  const loaded = results.every((r) => r.isSuccess) ? results.map((r) => r.data).filter((d): d is SeriesResponse => d !== undefined) : null;
  const allYears = [...new Set((loaded ?? []).flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const names = catalogue.data?.indicators.filter((i) => keys.includes(i.key)).map((i) => indicatorName(i, lang));
  useDocumentTitle(names ? t('exp.docTitle', { names: names.join(', ') }) : t('exp.title'));

  return (
    <div className="page explore">
      <div className="page-head">
        <div>
          <h1>{t('exp.title')}</h1>
          <p className="lead">{t('exp.intro')}</p>
        </div>
      </div>
      <div className="explore-layout">
        <details className="controls" open={wide || undefined} key={wide ? 'wide' : 'narrow'}>
          <summary className="controls-summary">{t('exp.controls')}</summary>
          <QueryView query={catalogue}>
            {(c) => (
              <>
                <ul className="chips" role="list" aria-label={t('exp.indicators')}>
                  {keys.map((k) => {
                    const ind = c.indicators.find((i) => i.key === k);
                    const name = ind ? indicatorName(ind, lang) : k;
                    return (
                      <li key={k} className="chip chip-static">
                        <span>{name}</span>
                        {keys.length > 1 && (
                        <button type="button" className="chip-remove" aria-label={t('exp.remove', { name })} onClick={() => setState({ indicators: keys.filter((x) => x !== k) })}>
                          <span aria-hidden="true">×</span>
                        </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <IndicatorPicker indicators={c.indicators} selected={keys} region={region} onChange={(indicators) => setState({ indicators })} />
              </>
            )}
          </QueryView>
          <div>
            <Choice legend={t('exp.mode')} name="mode" options={modes} value={state.mode} label={(m) => t(`modeShort.${m}`)} onChange={(mode) => setState({ mode })} />
            <p className="small muted hint">{t(`modeHint.${state.mode}`)}</p>
          </div>
          <Choice legend={t('exp.view')} name="view" options={views} value={state.view} label={(v) => t(`view.${v}`)} onChange={(view) => setState({ view })} />
          {state.view === 'chart' && (
            <Choice legend={t('exp.chartType')} name="chart" options={chartTypes} value={state.chart} label={(c) => t(`chart.${c}`)} onChange={(chart) => setState({ chart })} />
          )}
          <div className="field-row">
            <RegionSelect value={region} onChange={(r) => setState({ region: r })} />
            <YearSelect label={t('exp.from')} value={state.from} years={allYears} onChange={(from) => setState({ from })} />
            <YearSelect label={t('exp.to')} value={state.to} years={allYears} onChange={(to) => setState({ to })} />
          </div>
        </details>
        <div className="explore-main">
          {keys.length === 0 ? (
            <p className="status status-empty">{t('exp.empty')}</p>
          ) : failed ? (
            <ErrorState error={failed.error} onRetry={() => results.forEach((r) => r.isError && void r.refetch())} />
          ) : !loaded ? (
            <Loading height={chartHeight + 120} />
          ) : (
            <Compare state={state} series={loaded} setState={setState} />
          )}
        </div>
      </div>
    </div>
  );
}
