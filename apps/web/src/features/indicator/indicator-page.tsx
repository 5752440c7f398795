import { chartImagePath, type EmbedParams } from '@chiso/shared/chart';
import { formatDate, unitLabels, type FactsResponse, type FactWithSource, type SeriesResponse } from '@chiso/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'wouter';
import { ChartView } from '../../chart/chart-view';
import { RegionSelect } from '../../components/region-select';
import { ViewToggle } from '../../components/view-toggle';
import { ErrorState, Loading, QueryView } from '../../components/status';
import { CopyLink } from '../../components/copy-link';
import { ApiError, csvUrls } from '../../lib/api';
import { indicatorName, outlet, regionName, sourceName, textLang } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { factsQuery, seriesQuery } from '../../lib/queries';
import { defaultRegion } from '../../lib/region';
import { seriesSummary } from './summary';
import { parseIndicator, serialiseIndicator, type IndicatorState } from '../../lib/url-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { WhatExists } from '../not-found/what-exists';
import { ProvenancePanel } from './provenance-panel';
import { SeriesTable } from './series-table';
import { EmbedButton } from '../embed/EmbedButton';

function YearChips({ years, selected, onSelect }: { years: number[]; selected: number | undefined; onSelect: (y: number) => void }) {
  const { t } = useI18n();
  return (
    <div className="year-chips" role="group" aria-label={t('ind.chooseYear')}>
      <p className="small muted" aria-hidden="true">{t('ind.chooseYear')}</p>
      <ul role="list">
        {years.map((y) => (
          <li key={y}>
            <button type="button" className="chip" aria-pressed={y === selected} onClick={() => onSelect(y)}>
              {y}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Who produced the figures, most cited first: reports' publishers before the press. */
function producers(facts: readonly FactWithSource[]): string[] {
  const count = new Map<string, number>();
  for (const f of facts) {
    const who = outlet(f.source);
    if (who) count.set(who, (count.get(who) ?? 0) + (f.source.kind === 'report' ? 100 : 1));
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([who]) => who);
}

function SourceList({ facts }: { facts: readonly FactWithSource[] }) {
  const { lang, t, tn } = useI18n();
  const bySource = new Map<number, { source: FactWithSource['source']; years: Set<number>; count: number }>();
  for (const f of facts) {
    const entry = bySource.get(f.source.id) ?? { source: f.source, years: new Set<number>(), count: 0 };
    entry.years.add(f.year);
    entry.count++;
    bySource.set(f.source.id, entry);
  }
  const list = [...bySource.values()].sort((a, b) => (b.source.published_on ?? '').localeCompare(a.source.published_on ?? ''));
  if (list.length === 0) return null;
  return (
    <section className="section" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('ind.sources')} ({list.length})</h2>
      <ul className="source-list" role="list">
        {list.map(({ source, years, count }) => {
          const name = sourceName(source, lang);
          return (
            <li key={source.id}>
              <Link href={`/sources/${source.id}`} className="source-name" lang={name.title ? textLang(name.title) : undefined}>
                {name.text}
              </Link>
              <span className="muted small">
                {' · '}
                {[name.title ? outlet(source) : null, t(`kind.${source.kind}`), name.title && source.published_on ? formatDate(source.published_on, lang) : null, tn('ind.years', years.size, { years: [...years].sort().join(', ') }), tn('ind.figures', count)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Download the chart as the server draws it, copy the page's address, take the data. */
function Downloads({ series, region }: { series: SeriesResponse; region: string | undefined }) {
  const { lang, t } = useI18n();
  const key = series.indicator.key;
  const params: EmbedParams = { indicators: [key], region, lang };
  return (
    <div className="toolbar downloads" role="group" aria-label={t('exp.download')}>
      <span className="field-label">{t('exp.download')}</span>
      <a className="button" href={csvUrls.series(key, { region })} download data-download="csv">
        CSV
      </a>
      <a className="button" href={csvUrls.compare('xlsx', { indicators: [key], region, mode: 'value', lang })} download={`chiso-${key}.xlsx`} data-download="xlsx">
        XLSX
      </a>
      <a className="button" href={chartImagePath(params, 'png', { width: 1200, height: 630 })} download={`chiso-${key}.png`} data-download="png">
        PNG
      </a>
      <a className="button" href={chartImagePath(params, 'svg', { width: 1200, height: 630 })} download={`chiso-${key}.svg`} data-download="svg">
        SVG
      </a>
      <a className="button" href={csvUrls.facts({ indicator: key, region: region ?? defaultRegion })} download data-download="facts">
        {t('ind.factsCsv')}
      </a>
      <CopyLink />
      <EmbedButton series={[series]} />
    </div>
  );
}

function IndicatorView({
  series,
  factsQuery,
  state,
  setState,
}: {
  series: SeriesResponse;
  factsQuery: UseQueryResult<FactsResponse>;
  state: IndicatorState;
  setState: (s: Partial<IndicatorState>, o?: { replace?: boolean }) => void;
}) {
  const { lang, t, tn } = useI18n();
  const ind = series.indicator;
  const name = indicatorName(ind, lang);
  useDocumentTitle(name);
  const years = series.points.map((p) => p.year);
  const first = years[0];
  const last = years[years.length - 1];
  const select = (year: number) => setState({ year }, { replace: state.year !== undefined });
  const allFacts = factsQuery.data?.facts ?? [];
  const point = series.points.find((p) => p.year === state.year);
  const summary = seriesSummary(series, lang);
  const region = state.region === undefined || state.region === defaultRegion ? undefined : state.region;
  const chartInput = useMemo(() => ({ series: [series], lang }), [series, lang]);
  const definition = lang === 'vi' ? ind.description_vi || ind.description_en : ind.description_en;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">
            <Link href={region ? `/?region=${region}` : '/'}>{regionName(series.region, lang)}</Link> · {t(`cat.${ind.category}`)}
          </p>
          <h1>{name}</h1>
          {lang === 'vi' ? <p className="lead-alt" lang="en">{ind.name_en}</p> : <p className="lead-alt" lang="vi">{ind.name_vi}</p>}
        </div>
      </div>
      <dl className="meta">
        <div>
          <dt>{t('ind.definition')}</dt>
          <dd lang={lang === 'vi' && ind.description_vi ? 'vi' : 'en'}>{definition}</dd>
        </div>
        <div>
          <dt>{t('ind.unit')}</dt>
          <dd>{unitLabels[ind.unit][lang]}</dd>
        </div>
        {first !== undefined && last !== undefined && (
          <div>
            <dt>{t('ind.coverage')}</dt>
            <dd>{tn('ind.coverageValue', years.length, { from: first, to: last })}</dd>
          </div>
        )}
      </dl>

      <div className="toolbar">
        <RegionSelect value={series.region.key} onChange={(r) => setState({ region: r, year: undefined })} />
        <ViewToggle value={state.view} onChange={(view) => setState({ view }, { replace: true })} />
        <Link className="button" href={`/explore?indicators=${ind.key}${region ? `&region=${region}` : ''}`}>
          {t('ind.compare')}
        </Link>
        <Link className="button" href={`/provinces?indicator=${ind.key}&regions=${series.region.key}`}>
          {t('nav.provinces')}
        </Link>
        <Link className="button" href={`/ranking?indicator=${ind.key}`}>
          {t('nav.ranking')}
        </Link>
      </div>

      {series.points.length === 0 ? (
        <p className="status status-empty">{t('ind.noData')}</p>
      ) : (
        <div className={`indicator-body${state.year !== undefined ? ' has-panel' : ''}`}>
          <figure className="figure">
            {state.view === 'chart' ? (
              <div className="series-chart">
                <ChartView input={chartInput} onSelect={select} />
              </div>
            ) : (
              <SeriesTable series={series} facts={allFacts} selectedYear={state.year} onSelectYear={select} />
            )}
            <figcaption className="summary">{summary}</figcaption>
            <YearChips years={[...new Set([...years, ...series.targets.map((x) => x.year)])].sort((a, b) => b - a)} selected={state.year} onSelect={select} />
          </figure>
          {state.year !== undefined && factsQuery.isPending && <Loading />}
          {state.year !== undefined && factsQuery.isError && <ErrorState error={factsQuery.error} onRetry={() => void factsQuery.refetch()} />}
          {state.year !== undefined && factsQuery.isSuccess && (
            <ProvenancePanel year={state.year} unit={ind.unit} point={point} facts={allFacts} onClose={() => setState({ year: undefined })} />
          )}
        </div>
      )}
      <Downloads series={series} region={region} />
      <SourceList facts={allFacts} />
      {first !== undefined && last !== undefined && (
        <details className="cite">
          <summary>{t('ind.cite')}</summary>
          <p>
            {t('ind.citeText', {
              name,
              region: regionName(series.region, lang),
              years: first === last ? first : `${first}–${last}`,
              producers: producers(allFacts).join('; '),
              url: window.location.origin + window.location.pathname,
              date: formatDate(new Date().toISOString().slice(0, 10), lang),
            })}
          </p>
        </details>
      )}
    </>
  );
}

export default function IndicatorPage() {
  const params = useParams<{ key: string }>();
  const key = params.key;
  const [state, setState] = useUrlState(parseIndicator, serialiseIndicator);
  const region = state.region ?? defaultRegion;
  const series = useQuery(seriesQuery(key, { region: state.region }));
  const facts = useQuery(factsQuery({ indicator: key, region, status: 'accepted', limit: 2000 }));
  if (series.error instanceof ApiError && series.error.status === 404) {
    return (
      <div className="page indicator">
        <WhatExists missing={{ indicator: key, region: state.region }} />
      </div>
    );
  }
  return (
    <div className="page indicator">
      <QueryView query={series} loadingHeight={600}>
        {(s) => <IndicatorView series={s} factsQuery={facts} state={state} setState={setState} />}
      </QueryView>
    </div>
  );
}
