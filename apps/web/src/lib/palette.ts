import { palettes, type Palette } from '@chiso/shared/chart/theme';
import { useSyncExternalStore } from 'react';

/** The charts' palette (shared with the server's images and the embeds), following the reader's colour scheme. */
export interface ChartTheme extends Palette {
  dark: boolean;
}

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const m = window.matchMedia?.(query);
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

function isDark(): boolean {
  return window.matchMedia?.(query).matches ?? false;
}

const themes = { light: { ...palettes.light, dark: false }, dark: { ...palettes.dark, dark: true } };

export function useChartTheme(): ChartTheme {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return themes[dark ? 'dark' : 'light'];
}
