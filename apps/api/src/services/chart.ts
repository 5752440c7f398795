import { chartSpec, type AxisLayout, type ChartSpec } from '@chiso/shared/chart';
import type { SeriesResponse } from '@chiso/shared';
import type { ChartQuery, CompareChartQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { loadSeries } from './series';

/** A chart's query; `axes` is optional for callers that draw the default (oEmbed's thumbnail). */
export type ChartParams = (Omit<ChartQuery, 'axes'> | Omit<CompareChartQuery, 'axes'>) & { axes?: AxisLayout | undefined };

export interface LoadedChart {
  keys: string[];
  series: SeriesResponse[];
  spec: ChartSpec;
}

/** The data and drawing of a chart of one or more indicators, with the request's parameters. */
export async function loadChart(
  deps: AppDeps,
  keys: readonly string[],
  q: ChartParams,
  origin: string,
  opts: { id?: string; forRaster?: boolean } = {},
): Promise<LoadedChart> {
  const series = await Promise.all(keys.map((k) => loadSeries(deps, k, q)));
  const spec = chartSpec({
    series,
    mode: q.mode,
    axes: q.axes,
    lang: q.lang,
    // A PNG has no reader preference to follow: `auto` is drawn light.
    theme: opts.forRaster && q.theme === 'auto' ? 'light' : q.theme,
    width: q.width,
    height: q.height,
    from: q.from,
    to: q.to,
    asof: q.asof?.date,
    origin,
    id: opts.id ?? 'chiso-chart',
  });
  return { keys: [...keys], series, spec };
}

/** The app's public origin as the request saw it. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
