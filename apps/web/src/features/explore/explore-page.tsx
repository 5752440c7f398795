import type { SeriesResponse } from '@chiso/shared';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorState, Loading, QueryView } from '../../components/status';
import { compareCsv, compareTable, type CompareTable } from '../../lib/compare';
import { indicatorName, regionName } from '../../lib/display';
import { chartSvg, download, svgToPng } from '../../lib/export';
import { useI18n } from '../../lib/i18n';
import { dashPatterns, useChartTheme } from '../../lib/palette';
import { indicatorsQuery, seriesQuery } from '../../lib/queries';
import { defaultRegion } from '../../lib/region';
import { compareSummary } from '../../lib/summary';
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

const CompareChart = lazy(loadCompareChart);
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

function Legend({ table, bars }: { table: CompareTable; bars: boolean }) {
  const { lang } = useI18n();
  const theme = useChartTheme();
  return (
    <ul className="legend" role="list">
      {table.columns.map((c, i) => {
        const color = theme.series[i % theme.series.length]!;
        return (
          <li key={c.key}>
            <svg width="28" height="12" aria-hidden="true">
              {bars ? (
                <rect x="8" y="0" width="12" height="12" fill={color} />
              ) : (
                <line x1="0" x2="28" y1="6" y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={dashPatterns[i % dashPatterns.length]} />
              )}
            </svg>
            <Link href={`/indicators/${c.key}`}>{indicatorName(c.indicator, lang)}</Link>
          </li>
        );
      })}
    </ul>
  );
}

function Compare({ state, series }: { state: ExploreState; series: SeriesResponse[] }) {
  const { lang, t } = useI18n();
  const theme = useChartTheme();
  const chartBox = useRef<HTMLDivElement>(null);
  const chartReady = useAfterPaint();
  const table = compareTable(series, state.mode, state.from, state.to);
  const names = series.map((s) => indicatorName(s.indicator, lang));
  const summary = compareSummary(table, lang);
  const fileBase = `chiso-${series.map((s) => s.indicator.key).join('-')}-${state.mode}`;
  const region = series[0] ? regionName(series[0].region, lang) : '';
  const years = table.rows.map((r) => r.year);
  const subtitle = `${region} · ${t(`mode.${state.mode}`)}${years.length ? ` · ${years[0]}–${years[years.length - 1]}` : ''}`;

  const exportSvg = (): ReturnType<typeof chartSvg> | null => {
    const svg = chartBox.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return null;
    return chartSvg(svg, {
      title: names.join(' · '),
      subtitle,
      legend: table.columns.map((c, i) => ({
        label: indicatorName(c.indicator, lang),
        color: theme.series[i % theme.series.length]!,
        dash: dashPatterns[i % dashPatterns.length]!,
        bar: state.chart === 'bar',
      })),
      footer: `${t('exp.exportSource')} · ${window.location.href}`,
      background: theme.background,
      text: theme.text,
      muted: theme.muted,
    });
  };
  const onCsv = () => download(`${fileBase}.csv`, new Blob([compareCsv(series, table, state.mode)], { type: 'text/csv;charset=utf-8' }));
  const onSvg = () => {
    const out = exportSvg();
    if (out) download(`${fileBase}.svg`, new Blob([out.markup], { type: 'image/svg+xml;charset=utf-8' }));
  };
  const onPng = async () => {
    const out = exportSvg();
    if (out) download(`${fileBase}.png`, await svgToPng(out.markup, out.width, out.height));
  };

  let body: ReactNode;
  if (table.rows.length === 0) body = <p className="status status-empty">{t('exp.noYears')}</p>;
  else if (state.view === 'table') body = <CompareTableView table={table} caption={names.join(', ')} />;
  else
    body = (
      <>
        <Legend table={table} bars={state.chart === 'bar'} />
        <div ref={chartBox} role="img" aria-label={summary}>
          {chartReady ? (
            <Suspense fallback={<Loading label={t('state.chartLoading')} height={chartHeight} />}>
              <CompareChart table={table} chart={state.chart} height={chartHeight} />
            </Suspense>
          ) : (
            <Loading label={t('state.chartLoading')} height={chartHeight} />
          )}
        </div>
      </>
    );

  return (
    <figure className="figure compare-figure">
      <figcaption className="figure-title">
        <span>{subtitle}</span>
      </figcaption>
      {body}
      <p className="summary" aria-live="polite">
        {summary}
      </p>
      <div className="toolbar downloads" role="group" aria-label={t('exp.download')}>
        <span className="field-label">{t('exp.download')}</span>
        <button type="button" className="button" onClick={onCsv} data-download="csv">
          CSV
        </button>
        <button type="button" className="button" onClick={() => void onPng()} disabled={state.view !== 'chart'} data-download="png">
          PNG
        </button>
        <button type="button" className="button" onClick={onSvg} disabled={state.view !== 'chart'} data-download="svg">
          SVG
        </button>
        <EmbedButton series={series} from={state.from} to={state.to} mode={state.mode} />
      </div>
    </figure>
  );
}

export default function ExplorePage() {
  const { lang, t } = useI18n();
  const [state, setState] = useUrlState(parseExplore, serialiseExplore);
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
        <div className="controls">
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
        </div>
        <div className="explore-main">
          {keys.length === 0 ? (
            <p className="status status-empty">{t('exp.empty')}</p>
          ) : failed ? (
            <ErrorState error={failed.error} onRetry={() => results.forEach((r) => r.isError && void r.refetch())} />
          ) : !loaded ? (
            <Loading height={chartHeight + 120} />
          ) : (
            <Compare state={state} series={loaded} />
          )}
        </div>
      </div>
    </div>
  );
}
