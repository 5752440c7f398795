/** Light and dark palettes of the chart; `auto` follows the reader's colour scheme where CSS media queries work. */
export const themes = ['light', 'dark', 'auto'] as const;
export type ThemeChoice = (typeof themes)[number];
export type ThemeName = Exclude<ThemeChoice, 'auto'>;

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** One colour per series, in order; Okabe–Ito hues adjusted for ≥ 3:1 against the background. */
  series: readonly string[];
}

/**
 * Text colours keep ≥ 4.5:1 (WCAG AA) against the background: #1f2933 on white 14.6:1, #52606d 6.4:1;
 * #e6ebf1 on #111827 15.2:1, #a9b4c2 8.6:1. Series also differ by marker shape, not by colour alone.
 */
export const palettes: Record<ThemeName, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    grid: '#e4e9ef',
    axis: '#9aa5b1',
    series: ['#0068a6', '#c2410c', '#007a5a', '#a3487f', '#7a5c00', '#4b5563'],
  },
  dark: {
    background: '#111827',
    text: '#e6ebf1',
    muted: '#a9b4c2',
    grid: '#263244',
    axis: '#5b6b80',
    series: ['#56b4e9', '#f5a05a', '#34c79b', '#e08fc0', '#f0d35c', '#c3cad5'],
  },
};

/** The class roles an element can take; each maps to a palette colour and is also written inline. */
export type Role = 'bg' | 'tx' | 'mu' | 'gr' | 'ax';

export function roleColour(p: Palette, role: Role): string {
  switch (role) {
    case 'bg':
      return p.background;
    case 'tx':
      return p.text;
    case 'mu':
      return p.muted;
    case 'gr':
      return p.grid;
    case 'ax':
      return p.axis;
  }
}

/**
 * For `auto`: colours are written inline for light, and these rules repaint in dark where the reader prefers it
 * (CSS beats presentation attributes). Scoped by the chart's id so two charts on a page don't mix.
 */
export function darkSchemeCss(scope: string): string {
  const p = palettes.dark;
  const rules = [
    `${scope} .bg{fill:${p.background}}`,
    `${scope} .tx{fill:${p.text}}`,
    `${scope} .mu{fill:${p.muted}}`,
    `${scope} .gr{stroke:${p.grid}}`,
    `${scope} .ax{stroke:${p.axis}}`,
    ...p.series.map((c, i) => `${scope} .s${i}{stroke:${c}}${scope} .s${i} .f{fill:${c}}${scope} .s${i} .h{fill:${p.background}}`),
  ];
  return `@media (prefers-color-scheme: dark){${rules.join('')}}`;
}
