import type { Raster } from './raster';
import type { RuleRun, Rules } from './rules';
import type { OcrWord } from './words';

/** A column of a ruled table: the pixels between two of its vertical rules. */
export interface ColumnStrip {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where a strip was put on the columns image: its words are moved back by `dy`. */
interface Placed {
  from: number;
  to: number;
  dy: number;
}

/** Runs of one rule lie in neighbouring columns of pixels (a rule is 2–4 px thick, anti-aliased). */
const SAME_RULE_PX = 4;
/** Rules of one table share most of their height (a merged header cell shortens some). */
const SAME_TABLE_OVERLAP = 0.5;
/** A rule shorter than this share of its table's height divides only a few cells: it is not a column's edge. */
const FULL_HEIGHT = 0.6;
/** White between stacked strips, in inches: Tesseract then reads each strip as its own block. */
const GAP_INCHES = 0.3;

/** Vertical rules: the runs of one rule merged (neighbouring columns of pixels, overlapping rows). */
function mergedRules(runs: readonly RuleRun[]): RuleRun[] {
  const rules: RuleRun[] = [];
  for (const [x, from, to] of [...runs].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const same = rules.find(([rx, rf, rt]) => x - rx <= SAME_RULE_PX && from < rt && rf < to);
    if (same) {
      same[0] = x;
      same[1] = Math.min(same[1], from);
      same[2] = Math.max(same[2], to);
    } else rules.push([x, from, to]);
  }
  return rules;
}

/**
 * The columns of the page's ruled tables, from its vertical rules: rules sharing most of their height are one
 * table, and the space between two neighbouring full-height rules is a column. A table needs at least two columns.
 */
export function tableColumns(rules: Rules, dpi: number): ColumnStrip[] {
  const vertical = mergedRules(rules.vertical);
  const tables: RuleRun[][] = [];
  for (const rule of vertical) {
    const table = tables.find((t) =>
      t.some(([, from, to]) => Math.min(to, rule[2]) - Math.max(from, rule[1]) >= SAME_TABLE_OVERLAP * Math.min(to - from, rule[2] - rule[1])),
    );
    if (table) table.push(rule);
    else tables.push([rule]);
  }
  const margin = Math.round(dpi / 100);
  const strips: ColumnStrip[] = [];
  for (const table of tables) {
    const top = Math.min(...table.map(([, from]) => from));
    const bottom = Math.max(...table.map(([, , to]) => to));
    const edges = table.filter(([, from, to]) => to - from >= FULL_HEIGHT * (bottom - top)).map(([x]) => x).sort((a, b) => a - b);
    if (edges.length < 3) continue;
    for (let i = 0; i + 1 < edges.length; i++) {
      const left = (edges[i] as number) + margin;
      const right = (edges[i + 1] as number) - margin;
      if (right - left > dpi / 10) strips.push({ left, right, top, bottom });
    }
  }
  return strips;
}

/**
 * The page with its ruled tables taken out, and their columns stacked one under another with white between, as a
 * second image. Tesseract's line finder, given a whole ruled table, joins a cell of two lines with the cells beside it
 * into one line and misreads them (`Tỷ đồng` beside `Doanh thu công nghiệp công nghệ / thông tin` read as `rạn`);
 * given a column alone as a block of lines (`--psm 6`: its page analysis took a column of figures for an empty page)
 * it reads it line by line. `words` puts the words read on both images back where they are on the page.
 */
export function stackColumns(
  page: Raster,
  strips: readonly ColumnStrip[],
  dpi: number,
): { page: Raster; columns: Raster | null; words: (onPage: OcrWord[], onColumns: OcrWord[]) => OcrWord[] } {
  if (strips.length === 0) return { page, columns: null, words: (onPage) => onPage };
  const gap = Math.round(GAP_INCHES * dpi);
  const { width } = page;
  const height = strips.reduce((sum, s) => sum + gap + (s.bottom - s.top), 0) + gap;
  const rest = Uint8Array.from(page.data);
  const data = new Uint8Array(width * height).fill(255);
  const placed: Placed[] = [];
  let y = gap;
  for (const s of strips) {
    for (let row = s.top; row < s.bottom; row++) {
      const from = row * width;
      data.set(page.data.subarray(from + s.left, from + s.right), (y + row - s.top) * width + s.left);
      rest.fill(255, from + s.left, from + s.right);
    }
    placed.push({ from: y, to: y + (s.bottom - s.top), dy: s.top - y });
    y += s.bottom - s.top + gap;
  }
  return {
    page: { ...page, data: rest },
    columns: { width, height, channels: 1, data },
    words: (onPage, onColumns) => [
      ...onPage,
      ...onColumns.flatMap((word) => {
        const strip = placed.find((p) => word.top >= p.from && word.top < p.to);
        // the columns image's lines are its own: keep them apart from the page's
        return strip ? [{ ...word, top: word.top + strip.dy, line: `columns.${word.line}` }] : [];
      }),
    ],
  };
}
