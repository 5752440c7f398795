/** A cell holding a figure: digits with separators, a percent, or a dash for a missing figure. */
export function isValueCell(cell: string): boolean {
  // (a footnote mark after the figure is no word: `38,0(*)`, `1.082*`, `7.562,8(1)`, `10.275²`)
  // (nor a bound before it or a mark of points after it: `> 60`, `< 0,5`, `+13,6đ`)
  const c = cell
    .trim()
    .replace(/\s*(?:\(\*{1,3}\)|\*{1,3})$|(?<=\d)(?:\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/u, '')
    .replace(/^[<>≤≥]=?\s*(?=\d)|(?<=\d)\s*(?:đ|điểm|pp)$/u, '');
  if (/^(?:[-–—x]|n\/a|\.\.|…)$/i.test(c)) return true;
  return /^[-–+−]?\(?\d[\d.,\s]*\)?\s*%?$/.test(c) && !isYear(c);
}

export function isYear(cell: string): boolean {
  return /^(?:19|20)\d\d$/.test(cell.trim());
}

/**
 * How many leading rows of a table without marked headers are headers: the rows before the first one that
 * has a figure outside its first column (years are labels: `Chỉ tiêu | 2019 | 2020`). None when no row has.
 */
export function guessHeaderRows(rows: ReadonlyArray<readonly string[]>): number {
  const first = rows.findIndex((cells) => cells.slice(1).some(isValueCell));
  if (first <= 0) return 0;
  // (a numbered section row right before the first figures is a section of the body: `I | Hạ tầng số | | |`)
  let end = Math.min(first, 3);
  while (end > 1 && isSectionNumber(rows[end - 1]![0] ?? '')) end--;
  return end;
}

/** A row's or a section's number, which a header never starts with: `I`, `II.`, `1`, `12.`, `a)`, `A`, `1.1`. */
export function isSectionNumber(cell: string): boolean {
  return /^(?:[ivx]{1,4}|\d{1,3}(?:\.\d{1,2})*|[a-zđ])[.)]?$/i.test(cell.trim());
}
