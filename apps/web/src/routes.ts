import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { dashboardQuery, factsQuery, indicatorsQuery, regionsQuery, seriesQuery, sourceQuery, sourcesQuery } from './lib/queries';
import { defaultRegion } from './lib/region';
import { parseDashboard, parseExplore, parseIndicator } from './lib/url-state';

type Params = Record<string, string>;

export interface AppRoute {
  path: string;
  /** `app` pages sit in the header/footer layout; `bare` is for pages meant to be framed (embeds, issue 6). */
  layout: 'app' | 'bare';
  load: () => Promise<{ default: ComponentType }>;
  /** Starts the page's requests (data, chart code) at boot, in parallel with loading the page itself. */
  prefetch?: (qc: QueryClient, params: Params, search: string) => void;
}


export const routeTable: AppRoute[] = [
  {
    path: '/',
    layout: 'app',
    load: () => import('./features/dashboard/dashboard-page'),
    prefetch: (qc, _, search) => {
      const s = parseDashboard(search);
      // the API chooses the default year itself (year_choice): one request
      void qc.prefetchQuery(dashboardQuery(s.region, s.year));
    },
  },
  {
    path: '/explore',
    layout: 'app',
    load: () => import('./features/explore/explore-page'),
    prefetch: (qc, _, search) => {
      const s = parseExplore(search);
      void qc.prefetchQuery(indicatorsQuery(s.region));
      for (const key of s.indicators) void qc.prefetchQuery(seriesQuery(key, { region: s.region }));
    },
  },
  {
    path: '/indicators/:key',
    layout: 'app',
    load: () => import('./features/indicator/indicator-page'),
    prefetch: (qc, { key }, search) => {
      if (!key) return;
      const s = parseIndicator(search);
      void qc.prefetchQuery(seriesQuery(key, { region: s.region }));
      void qc.prefetchQuery(factsQuery({ indicator: key, region: s.region ?? defaultRegion, status: 'accepted', limit: 2000 }));
    },
  },
  {
    path: '/ranking',
    layout: 'app',
    load: () => import('./features/regions/ranking-page'),
    prefetch: (qc) => {
      void qc.prefetchQuery(indicatorsQuery());
      void qc.prefetchQuery(regionsQuery());
    },
  },
  {
    path: '/provinces',
    layout: 'app',
    load: () => import('./features/regions/compare-regions-page'),
    prefetch: (qc) => {
      void qc.prefetchQuery(indicatorsQuery());
      void qc.prefetchQuery(regionsQuery());
    },
  },
  {
    path: '/sources',
    layout: 'app',
    load: () => import('./features/sources/sources-page'),
    prefetch: (qc) => void qc.prefetchInfiniteQuery(sourcesQuery()),
  },
  {
    path: '/sources/:id',
    layout: 'app',
    load: () => import('./features/sources/source-page'),
    prefetch: (qc, { id }) => {
      if (id && /^\d+$/.test(id)) void qc.prefetchQuery(sourceQuery(Number(id)));
      void qc.prefetchQuery(indicatorsQuery());
    },
  },
  { path: '/signin', layout: 'app', load: () => import('./features/editor/signin-page') },
  { path: '/upload', layout: 'app', load: () => import('./features/editor/upload-page') },
  { path: '/review', layout: 'app', load: () => import('./features/editor/review-page') },
  { path: '/facts/:id/history', layout: 'app', load: () => import('./features/editor/history-page') },
];

export interface LoadedRoute extends AppRoute {
  Component: LazyExoticComponent<ComponentType>;
}

export const routes: LoadedRoute[] = routeTable.map((r) => ({ ...r, Component: lazy(r.load) }));

export function matchPath(path: string, pathname: string): Params | null {
  const names: string[] = [];
  const pattern = path.replace(/:([a-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const m = new RegExp(`^${pattern}/?$`).exec(pathname);
  if (!m) return null;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
}

/** At boot: load the matched page's code and start its requests, instead of waiting for the first render. */
export function preloadRoute(qc: QueryClient, pathname: string, search: string): void {
  for (const r of routeTable) {
    const params = matchPath(r.path, pathname);
    if (!params) continue;
    void r.load();
    r.prefetch?.(qc, params, search);
    return;
  }
}
