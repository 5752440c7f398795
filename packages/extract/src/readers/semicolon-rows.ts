import { countOutsideQuotes } from './sniff';

/**
 * A spreadsheet exported as text with `;` between cells (`STT;Chỉ tiêu;Đơn vị tính;2022;2023`), inside a text file
 * with lines of its own (a file name, a sheet's name, notes): when at least five lines, half of those with any text,
 * have the same number of separators (three or more, outside quotes), each line with two cells or more becomes a
 * tab-separated row with its empty cells in place, a line of one cell its text alone, and a blank line stands between
 * rows and text, so that the readers of tab-separated tables take the rows. Other texts are returned as they are:
 * prose has semicolons too, but not the same count on line after line.
 */
export function semicolonRowsAsTabs(source: string): string {
  const lines = source.split('\n');
  const counts = lines.map((line) => countOutsideQuotes(line, ';'));
  const withText = lines.filter((l) => l.trim() !== '').length;
  const tally = new Map<number, number>();
  for (const n of counts) if (n >= 3) tally.set(n, (tally.get(n) ?? 0) + 1);
  const most = Math.max(0, ...tally.values());
  if (most < 5 || most * 2 < withText) return source;
  const kinds = lines.map((line, i): { kind: 'row' | 'text' | 'blank'; cells: string[] } => {
    const cells = counts[i]! >= 3 ? cellsOf(line) : [line];
    const filled = cells.filter((c) => c.trim() !== '');
    return { kind: filled.length === 0 ? 'blank' : filled.length >= 2 ? 'row' : 'text', cells: filled.length >= 2 ? cells : filled };
  });
  const out: string[] = [];
  let last: 'row' | 'text' | 'blank' = 'blank';
  kinds.forEach(({ kind, cells }, i) => {
    if (kind === 'blank') {
      if (last !== 'blank') out.push('');
      last = kind;
      return;
    }
    // (a line of one text between rows, `Trong đó:`, stays among them)
    const between = kind === 'text' && last === 'row' && kinds[i + 1]?.kind === 'row';
    // (rows and text apart; lines of text each a paragraph of their own: titles and notes of a sheet)
    if (last !== 'blank' && !between && (kind !== last || kind === 'text')) out.push('');
    out.push(kind === 'row' ? cells.join('\t') : cells[0]!.trim());
    last = between ? 'row' : kind;
  });
  return out.join('\n');
}

/** The cells of a line, quotes removed (`""` inside quotes is one `"`); tabs inside a cell become spaces. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === ';' && !quoted) {
      cells.push(cell.replace(/\t/g, ' '));
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.replace(/\t/g, ' '));
  return cells;
}
