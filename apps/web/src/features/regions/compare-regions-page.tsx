import { formatFigure, maxSeriesRegions, type RegionInfo, type RegionsSeriesResponse } from '@chiso/shared';
import { combinedNote } from '@chiso/shared/map';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartView } from '../../chart/chart-view';
import { RegionSelect } from '../../components/region-select';
import { IndicatorSelect } from '../../components/indicator-select';
import { QueryView } from '../../components/status';
import { ViewToggle } from '../../components/view-toggle';
import { indicatorName, regionName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { indicatorsQuery, regionsQuery, regionsSeriesQuery } from '../../lib/queries';
import { defaultRegion } from '../../lib/region';
import { parseProvinces, serialiseProvinces } from '../../lib/url-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { comparedSeries, compareRows } from './compare-regions';
import { namesOf } from './regions-data';

function CompareTable({ data, regions }: { data: RegionsSeriesResponse; regions: readonly RegionInfo[] }) {
  const { lang, t } = useI18n();
  const byKey = new Map(regions.map((r) => [r.key, r]));
  const names = namesOf(regions);
  const ind = data.indicator;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={indicatorName(ind, lang)}>
      <table className="data-table compare-regions-table">
        <caption>{indicatorName(ind, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cmp.year')}</th>
            {data.series.map((s) => (
              <th key={s.region} scope="col" className="num">
                {byKey.get(s.region) ? regionName(byKey.get(s.region)!, lang) : s.region}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {compareRows(data).map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {data.series.map((s) => {
                const c = row.cells.get(s.region);
                return (
                  <td key={s.region} className="num">
                    {c?.own && <span>{formatFigure(c.own.value, ind.unit, lang, c.own.denominator)}</span>}
                    {c?.combined && (
                      <span className={`combined${c.combined.partial ? ' partial' : ''}`} title={combinedNote(c.combined, names, lang)} data-combined={c.combined.method}>
                        {c.own && <br />}
                        <em>{formatFigure(c.combined.value, ind.unit, lang, c.combined.denominator)}*</em>
                        <span className="small muted"> {combinedNote(c.combined, names, lang)}</span>
                      </span>
                    )}
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

/** One indicator across several regions: a chart (each region a line, combined figures as their own series) or a table. */
export default function CompareRegionsPage() {
  const { lang, t } = useI18n();
  const [state, setState] = useUrlState(parseProvinces, serialiseProvinces);
  const indicators = useQuery(indicatorsQuery());
  const regions = useQuery(regionsQuery());
  const list = indicators.data?.indicators ?? [];
  const indicator = list.find((i) => i.key === state.indicator) ?? list[0];
  const chosen = state.regions.length ? state.regions : [defaultRegion];
  // The country comes along as a reference wherever it has figures for the indicator.
  const country = regions.data?.regions.find((r) => r.level === 'country')?.key;
  const reference = country && !chosen.includes(country) && indicator?.coverage.some((c) => c.region === country) ? [country] : [];
  const asked = [...chosen, ...reference].slice(0, maxSeriesRegions);
  const series = useQuery({ ...regionsSeriesQuery(indicator?.key ?? '', asked), enabled: indicator !== undefined && regions.data !== undefined });
  const byKey = useMemo(() => new Map((regions.data?.regions ?? []).map((r) => [r.key, r])), [regions.data]);
  useDocumentTitle(indicator ? t('cmp.docTitle', { indicator: indicatorName(indicator, lang) }) : t('cmp.heading'));

  const chartInput = useMemo(() => {
    if (!series.data) return null;
    const drawn = comparedSeries(series.data, byKey, series.data.indicator);
    const label = (d: (typeof drawn)[number]) => (d.combined ? t('cmp.combined', { region: regionName(d.region, lang) }) : regionName(d.region, lang));
    return { series: drawn.map((d) => d.series), labels: drawn.map(label), lang };
  }, [series.data, byKey, lang, t]);

  return (
    <section className="compare-regions-page">
      <h1>{t('cmp.heading')}</h1>
      <div className="toolbar">
        <IndicatorSelect indicators={list} value={indicator?.key} onChange={(key) => setState({ indicator: key })} />
        {chosen.length < maxSeriesRegions && (
          <RegionSelect label={t('cmp.add')} placeholder="—" value="" onChange={(r) => r && !chosen.includes(r) && setState({ regions: [...chosen, r] })} />
        )}
        <ViewToggle value={state.view} onChange={(view) => setState({ view }, { replace: true })} />
      </div>
      <ul className="chips compared-regions" role="list">
        {chosen.map((k) => {
          const name = byKey.get(k) ? regionName(byKey.get(k)!, lang) : k;
          return (
            <li key={k} className="chip chip-static">
              {name}
              <button type="button" className="chip-remove" aria-label={t('cmp.remove', { region: name })} onClick={() => setState({ regions: chosen.filter((x) => x !== k) })}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {indicator && (
          <QueryView query={series} loadingHeight={400}>
            {(data) => (
              <figure className="figure">
                {state.view === 'chart' && chartInput ? (
                  <div className="series-chart">
                    <ChartView input={chartInput} />
                  </div>
                ) : (
                  <CompareTable data={data} regions={regions.data?.regions ?? []} />
                )}
                {data.series.some((s) => s.combined.length > 0) && <figcaption className="small muted">{t('cmp.combinedNote')}</figcaption>}
              </figure>
            )}
          </QueryView>
      )}
    </section>
  );
}
