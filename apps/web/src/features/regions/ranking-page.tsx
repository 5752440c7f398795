import { formatValue, reorganisedOn, type IndicatorWithCoverage, type RankingResponse, type RegionInfo } from '@chiso/shared';
import { rankingRows, renderTileMapSvg, tileMapSpec } from '@chiso/shared/map';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { IndicatorSelect } from '../../components/indicator-select';
import { QueryView } from '../../components/status';
import { csvUrls } from '../../lib/api';
import { indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { indicatorsQuery, rankingQuery, regionsQuery } from '../../lib/queries';
import { useChartTheme } from '../../lib/palette';
import { parseRanking, serialiseRanking } from '../../lib/url-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useUrlState } from '../../lib/use-url-state';
import { namesOf, yearsOf } from './regions-data';

/** The indicator most provinces have a figure for: what the page opens with. */
function widest(indicators: readonly IndicatorWithCoverage[]): IndicatorWithCoverage | undefined {
  return [...indicators].sort((a, b) => (b.extent?.regions ?? 0) - (a.extent?.regions ?? 0))[0];
}

/** The tile map of a ranking of today's 34 provinces, drawn by the shared renderer (the embed's drawing). */
function TileMap({ ranking, regions }: { ranking: RankingResponse; regions: readonly RegionInfo[] }) {
  const { lang, t } = useI18n();
  const theme = useChartTheme();
  const spec = useMemo(() => tileMapSpec({ ranking, names: namesOf(regions), lang }), [ranking, regions, lang]);
  const svg = useMemo(() => (spec ? renderTileMapSvg(spec, { width: 560, theme: theme.dark ? 'dark' : 'light', id: 'ranking-map' }) : null), [spec, theme]);
  if (!svg) return <p className="small muted">{t('rank.noTileMap', { n: ranking.items.length + ranking.missing.length })}</p>;
  return <div className="tile-map" role="figure" aria-label={t('rank.mapLabel')} dangerouslySetInnerHTML={{ __html: svg }} />;
}

function RankingTable({ ranking, regions }: { ranking: RankingResponse; regions: readonly RegionInfo[] }) {
  const { lang, t } = useI18n();
  const names = namesOf(regions);
  const rows = rankingRows(ranking, names, lang);
  const name = indicatorName(ranking.indicator, lang);
  const missing = ranking.missing.map((k) => (lang === 'vi' ? names.get(k)?.name_vi : names.get(k)?.name_en) ?? k);
  const caption = t('rank.caption', { indicator: name, year: ranking.year, n: rows.length });
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table ranking-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rank.colRank')}</th>
              <th scope="col">{t('rank.colRegion')}</th>
              <th scope="col" className="num">{t('rank.colValue')}</th>
              <th scope="col">{t('rank.colChange')}</th>
              <th scope="col">{t('rank.colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.region} data-region={r.region}>
                <td>{r.rank}</td>
                <th scope="row">{r.name}</th>
                <td className="num">{r.value}</td>
                <td>{[r.rankChange, r.valueChange].filter(Boolean).join(' · ')}</td>
                <td className="small">{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="status status-empty">{t('rank.empty')}</p>}
      {missing.length > 0 && <p className="small ranking-missing">{t('rank.missing', { n: missing.length, list: missing.join(', ') })}</p>}
      {ranking.country && (
        <p className="small muted">{t('rank.country', { value: formatValue(ranking.country.value, ranking.indicator.unit, lang) })}</p>
      )}
    </>
  );
}

/** Every province ranked for an indicator and a year: the tile map, the table with denominators and gaps, a CSV. */
export default function RankingPage() {
  const { lang, t } = useI18n();
  const [state, setState] = useUrlState(parseRanking, serialiseRanking);
  const indicators = useQuery(indicatorsQuery());
  const regions = useQuery(regionsQuery());
  const list = indicators.data?.indicators ?? [];
  const indicator = list.find((i) => i.key === state.indicator) ?? widest(list);
  const years = indicator ? yearsOf(indicator) : [];
  const year = state.year ?? years[0];
  const params = { year: year ?? 0, map: state.map === 'today' ? reorganisedOn : undefined };
  const ranking = useQuery({ ...rankingQuery(indicator?.key ?? '', params), enabled: indicator !== undefined && year !== undefined });
  useDocumentTitle(indicator && year ? t('rank.docTitle', { indicator: indicatorName(indicator, lang), year }) : t('rank.heading'));

  return (
    <section className="ranking-page">
      <h1>{t('rank.heading')}</h1>
      <div className="toolbar">
        <IndicatorSelect indicators={list} value={indicator?.key} onChange={(key) => setState({ indicator: key, year: undefined })} />
        <label className="field">
          <span className="field-label">{t('rank.year')}</span>
          <select value={year ?? ''} onChange={(e) => setState({ year: Number(e.target.value) })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <div className="segmented" role="group" aria-label={t('rank.map')}>
          {(['year', 'today'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={state.map === m} onClick={() => setState({ map: m })}>
              {t(m === 'year' ? 'rank.mapOfYear' : 'rank.mapToday')}
            </button>
          ))}
        </div>
        {indicator && year !== undefined && (
          <>
            <a className="button" href={csvUrls.ranking('csv', indicator.key, params)} download>
              {t('rank.csv')}
            </a>
            <a className="button" href={csvUrls.ranking('xlsx', indicator.key, { ...params, lang })} download>
              {t('rank.xlsx')}
            </a>
          </>
        )}
      </div>
      {indicator && year !== undefined && (
        <QueryView query={ranking} loadingHeight={400}>
          {(r) => (
            <div className="ranking-body">
              <TileMap ranking={r} regions={regions.data?.regions ?? []} />
              <RankingTable ranking={r} regions={regions.data?.regions ?? []} />
            </div>
          )}
        </QueryView>
      )}
    </section>
  );
}
