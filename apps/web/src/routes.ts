import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface AppRoute {
  path: string;
  /** `app` pages sit in the header/footer layout; `bare` is for pages meant to be framed (embeds, issue 6). */
  layout: 'app' | 'bare';
  load: () => Promise<{ default: ComponentType }>;
}

export const routeTable: AppRoute[] = [
  { path: '/', layout: 'app', load: () => import('./features/dashboard/dashboard-page') },
  { path: '/explore', layout: 'app', load: () => import('./features/explore/explore-page') },
  { path: '/indicators/:key', layout: 'app', load: () => import('./features/indicator/indicator-page') },
  { path: '/sources', layout: 'app', load: () => import('./features/sources/sources-page') },
  { path: '/sources/:id', layout: 'app', load: () => import('./features/sources/source-page') },
];

export interface LoadedRoute extends AppRoute {
  Component: LazyExoticComponent<ComponentType>;
}

export const routes: LoadedRoute[] = routeTable.map((r) => ({ ...r, Component: lazy(r.load) }));

/** Starts loading the page's code at boot, in parallel with React, instead of after the first render. */
export function preloadRoute(pathname: string): void {
  const match = routeTable.find((r) => {
    const pattern = new RegExp(`^${r.path.replace(/:[a-z]+/g, '[^/]+')}/?$`);
    return pattern.test(pathname);
  });
  void match?.load();
}
