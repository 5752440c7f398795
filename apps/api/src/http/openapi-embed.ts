import { ChartQuery, CompareChartQuery, OEmbedQuery, OEmbedResponse } from '@chiso/shared/embed';
import type { Endpoint } from './openapi';

/** Charts for other sites: server-drawn images and oEmbed. The embed pages themselves are HTML, not API. */
export const embedEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/api/v1/charts/{key}.svg',
    summary: 'The chart of an indicator as SVG, with a <title> and a <desc> that reads the data in the chosen language',
    tag: 'embed',
    pathParams: { key: 'indicator key, e.g. ict_revenue' },
    query: ChartQuery,
    response: { type: 'image/svg+xml' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/charts/{key}.png',
    summary: 'The same chart as PNG (drawn by resvg, no browser); `scale` for high-density screens',
    tag: 'embed',
    pathParams: { key: 'indicator key, e.g. ict_revenue' },
    query: ChartQuery,
    response: { type: 'image/png' },
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/v1/charts/explore.svg',
    summary: 'Several indicators compared (value, index or growth), as on /explore; also explore.png',
    tag: 'embed',
    query: CompareChartQuery,
    response: { type: 'image/svg+xml' },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/v1/oembed',
    summary: 'oEmbed for a pasted chart address (/indicators/{key}, /explore?…, /embed/…): a rich iframe embed',
    tag: 'embed',
    query: OEmbedQuery,
    response: { type: 'application/json', schema: OEmbedResponse },
    errors: [400, 404, 501],
  },
];
