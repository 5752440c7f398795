import { useSyncExternalStore } from 'react';

/**
 * Okabe–Ito hues, darkened for light backgrounds and lightened for dark ones so each line keeps
 * at least 3:1 contrast against the page; lines also differ by marker shape, not by colour alone.
 */
const light = ['#0068a6', '#c2410c', '#007a5a', '#a3487f', '#7a5c00', '#4b5563'];
const dark = ['#56b4e9', '#f5a05a', '#34c79b', '#e08fc0', '#f0d35c', '#c3cad5'];

export interface ChartTheme {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  background: string;
  conflict: string;
  target: string;
}

const themes: Record<'light' | 'dark', ChartTheme> = {
  light: { series: light, text: '#1f2933', muted: '#52606d', grid: '#d9e0e8', background: '#ffffff', conflict: '#c2410c', target: '#52606d' },
  dark: { series: dark, text: '#e6ebf1', muted: '#a9b4c2', grid: '#334155', background: '#111827', conflict: '#f5a05a', target: '#a9b4c2' },
};

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const m = window.matchMedia?.(query);
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

function isDark(): boolean {
  return window.matchMedia?.(query).matches ?? false;
}

export function useChartTheme(): ChartTheme {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return themes[dark ? 'dark' : 'light'];
}


/** Each compared series also has its own dash pattern, so lines stay apart without colour. */
export const dashPatterns = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 2'];
