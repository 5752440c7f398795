import type { Raster } from './raster';

/** Ink darker than this is a stroke. */
const DARK = 160;
/** A rule broken by noise or a scan's unevenness for at most this many pixels is still one rule. */
const GAP = 3;
/** Letter strokes are shorter than this (a capital with stacked Vietnamese marks at 18 pt is about 0.2 inch). */
const VERTICAL_RULE_INCHES = 0.25;
const HORIZONTAL_RULE_INCHES = 1;
/**
 * Pixels erased on each side of a rule's dark run: its anti-aliased edge, lighter than DARK. A 150 dpi scan enlarged
 * to 300 has edges two pixels wide; left behind, they read as `-` after a cell's figure and break the table's row.
 */
const EDGE = 2;

/** A run of a rule: along column `at` from row `from` to `to` (vertical), or along row `at` (horizontal). */
export type RuleRun = [at: number, from: number, to: number];

/** The ruling lines of a page: runs of dark pixels longer than any letter stroke, down a column or along a row. */
export interface Rules {
  vertical: RuleRun[];
  horizontal: RuleRun[];
}

/** Finds the ruling lines of tables (and underlines) on a levelled gray page. */
export function findRules(gray: Raster, dpi: number): Rules {
  const { width, height, data } = gray;
  const vertical: RuleRun[] = [];
  const horizontal: RuleRun[] = [];
  const down = Math.round(VERTICAL_RULE_INCHES * dpi);
  const along = Math.round(HORIZONTAL_RULE_INCHES * dpi);
  for (let x = 0; x < width; x++) {
    for (const [from, to] of darkRuns(height, (y) => (data[y * width + x] as number) < DARK)) if (to - from >= down) vertical.push([x, from, to]);
  }
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (const [from, to] of darkRuns(width, (x) => (data[row + x] as number) < DARK)) if (to - from >= along) horizontal.push([y, from, to]);
  }
  return { vertical, horizontal };
}

/**
 * Erases the rules: left on the page, Tesseract reads a cell border as `|`, `l` or `1` next to a figure (`7.150`
 * became `7.1501`). Their anti-aliased edges (lighter than DARK) go with them: left behind, they still read as `|`.
 */
export function eraseRules(gray: Raster, rules: Rules): Raster {
  const { width, height } = gray;
  const data = Uint8Array.from(gray.data);
  for (const [x, from, to] of rules.vertical) {
    for (let y = from; y < to; y++) data.fill(255, y * width + Math.max(0, x - EDGE), y * width + Math.min(width, x + EDGE + 1));
  }
  for (const [y, from, to] of rules.horizontal) {
    for (let dy = -EDGE; dy <= EDGE; dy++) if (y + dy >= 0 && y + dy < height) data.fill(255, (y + dy) * width + from, (y + dy) * width + to);
  }
  return { width, height, channels: 1, data };
}

/** Runs of dark positions along a line of `length`, gaps of up to GAP pixels bridged: [from, to). */
function darkRuns(length: number, dark: (i: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let lastDark = -1;
  for (let i = 0; i < length; i++) {
    if (!dark(i)) continue;
    if (start >= 0 && i - lastDark > GAP + 1) {
      runs.push([start, lastDark + 1]);
      start = -1;
    }
    if (start < 0) start = i;
    lastDark = i;
  }
  if (start >= 0) runs.push([start, lastDark + 1]);
  return runs;
}
