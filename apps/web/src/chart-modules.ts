/** The Recharts chart of the compare page, loaded on demand in its own chunk. */
export const loadCompareChart = () => import('./features/explore/compare-chart');
