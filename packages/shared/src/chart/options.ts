/** The choices a chart's address can make, apart from the code that draws them (the app's router reads these). */
export const chartModes = ['value', 'index', 'growth'] as const;
export type ChartMode = (typeof chartModes)[number];

/** How series in different units share a chart: stacked panels on one year axis, or two labelled value axes. */
export const axisLayouts = ['multiples', 'dual'] as const;
export type AxisLayout = (typeof axisLayouts)[number];
