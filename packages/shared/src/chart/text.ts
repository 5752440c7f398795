/** Escapes text and attribute values for XML (and HTML). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`);
}

/**
 * Rough width of a line of sans-serif text: the same on server and browser, so both lay out alike. Narrow and
 * wide letters are told apart; diacritics don't widen Vietnamese letters.
 */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of s.normalize('NFD')) {
    if (/[\u0300-\u036f]/.test(ch)) continue;
    if (/[iljtf.,:;'|!()\[\] ]/.test(ch)) em += 0.33;
    else if (/[mwMW]/.test(ch)) em += 0.92;
    else if (/[A-Z0-9]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  // Sized on DejaVu Sans, the widest of the fonts the chart asks for, so text fits in all of them.
  return em * size * (bold ? 1.12 : 1);
}

/** Breaks text into at most `maxLines` lines of `width` pixels; the last line ends in "…" when cut. */
export function wrapText(s: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${w}` : w;
    if (!line || textWidth(next, size, bold) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = w;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitWithEllipsis(lines.slice(maxLines - 1).join(' '), width, size, bold);
  return kept;
}

function fitWithEllipsis(s: string, width: number, size: number, bold: boolean): string {
  if (textWidth(s, size, bold) <= width) return s;
  let cut = s;
  while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > width) cut = cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length - 1);
  return `${cut}…`;
}
