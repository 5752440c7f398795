import { describe, expect, it } from 'vitest';
import {
  parseDashboard,
  parseExplore,
  parseIndicator,
  parseProvinces,
  parseRanking,
  serialiseDashboard,
  serialiseExplore,
  serialiseIndicator,
  serialiseProvinces,
  serialiseRanking,
  withLang,
  type ExploreState,
} from './url-state';

describe('URL state', () => {
  it('round-trips the compare page', () => {
    const state: ExploreState = {
      indicators: ['ict_revenue', 'software_export'],
      region: 'da-nang',
      from: 2015,
      to: 2024,
      mode: 'index',
      axes: 'dual',
      view: 'table',
      chart: 'bar',
    };
    const query = serialiseExplore(state);
    expect(query).toBe('?indicators=ict_revenue,software_export&region=da-nang&from=2015&to=2024&mode=index&axes=dual&view=table&chart=bar');
    expect(parseExplore(query)).toEqual(state);
  });

  it('omits defaults and normalises what it reads', () => {
    const s = parseExplore('?indicators=a1,,ict_revenue,ict_revenue,BAD-KEY&mode=nonsense&from=2024&to=2010&view=chart');
    expect(s).toEqual({ indicators: ['a1', 'ict_revenue'], region: undefined, from: 2010, to: 2024, mode: 'value', axes: 'multiples', view: 'chart', chart: 'line' });
    expect(serialiseExplore(s)).toBe('?indicators=a1,ict_revenue&from=2010&to=2024');
    expect(serialiseExplore(parseExplore(''))).toBe('');
  });

  it('is stable: serialise ∘ parse is idempotent', () => {
    for (const q of ['?mode=growth', '?indicators=x_y&to=2020', '?view=table&chart=bar&region=hue', '?from=1899&to=abc']) {
      const once = serialiseExplore(parseExplore(q));
      expect(serialiseExplore(parseExplore(once))).toBe(once);
    }
  });

  it('round-trips the dashboard and indicator pages', () => {
    const s = { region: 'da-nang', year: 2022, sort: 'change', filter: 'worse', view: 'table' } as const;
    expect(parseDashboard(serialiseDashboard(s))).toEqual(s);
    expect(serialiseDashboard(s)).toBe('?region=da-nang&year=2022&sort=change&filter=worse&view=table');
    expect(serialiseDashboard(parseDashboard('?year=20x2&region=Da Nang'))).toBe('');
    const ind = { region: undefined, year: 2023, view: 'table' as const };
    expect(serialiseIndicator(ind)).toBe('?year=2023&view=table');
    expect(parseIndicator(serialiseIndicator(ind))).toEqual(ind);
  });

  it('keeps the language parameter when a page rewrites its state', () => {
    expect(withLang('?year=2022', '?lang=en&year=2021')).toBe('?year=2022&lang=en');
    expect(withLang('', '?lang=vi')).toBe('?lang=vi');
    expect(withLang('?year=2022', '?lang=fr')).toBe('?year=2022');
  });

  it('ranking and compare-provinces pages: indicator, year, map, regions in order, bad values dropped', () => {
    expect(parseRanking('?indicator=dti_rank&year=2024&map=today')).toEqual({ indicator: 'dti_rank', year: 2024, map: 'today' });
    expect(parseRanking('?indicator=DTI&year=24&map=mars')).toEqual({ indicator: undefined, year: undefined, map: 'year' });
    expect(serialiseRanking({ indicator: 'dti_rank', year: 2024, map: 'year' })).toBe('?indicator=dti_rank&year=2024');
    const s = parseProvinces('?indicator=dti_rank&regions=hue,da-nang,hue,Bad%20Key&view=table');
    expect(s).toEqual({ indicator: 'dti_rank', regions: ['hue', 'da-nang'], view: 'table' });
    expect(serialiseProvinces(s)).toBe('?indicator=dti_rank&regions=hue,da-nang&view=table');
    expect(parseProvinces(`?regions=${Array.from({ length: 20 }, (_, i) => `r-${i}`).join(',')}`).regions).toHaveLength(12);
  });
});
