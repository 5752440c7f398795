/**
 * The title a report gives itself, for an upload sent without one: the reader's title (HTML heading, DOCX title,
 * PDF metadata) unless it is a file name a word processor left there; else the text's own title line. An official
 * Vietnamese document opens with its header (national motto, issuing body, number, place and date) before its kind
 * and subject ("BÁO CÁO" / "Tổng kết công tác năm 2018"), so those lines are passed over; a kind standing alone on
 * its line takes the line after it as its subject. Null when the opening is prose, not a title.
 */

/** A document's header lines: the motto, the issuing body, its number, its place and date, a rule under them. */
const headerLine =
  /^(cộng hòa|cộng hoà|độc lập|ubnd|ủy ban|uỷ ban|hđnd|hội đồng nhân dân|sở |bộ |cục |tổng cục |văn phòng |ban |trung tâm |đảng bộ|số[:\s]|v\/v|[\p{L} ]{2,30},\s*ngày\s+\d)|^[-_=*–—\s]+$/iu;
/** A document's kind alone on its line (its subject follows). */
const kindAlone = /^(báo cáo|kế hoạch|thông báo|tờ trình|chương trình|đề án|quyết định|report|plan)$/iu;
/** What a word processor writes as a title when none was given. */
const fileNameTitle = /^(microsoft (word|excel|powerpoint)\b|untitled|document\d*$|.*\.(docx?|pdf|xlsx?|txt|html?)$)/i;

const MAX_TITLE = 300;
/** Lines looked at before the body starts. */
const OPENING_LINES = 12;

export function documentTitle(readerTitle: string | null | undefined, text: string): string | null {
  const given = readerTitle?.trim();
  if (given && !fileNameTitle.test(given)) return given.slice(0, MAX_TITLE);
  return titleLine(text);
}

export function titleLine(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (headerLine.test(line)) continue;
    // The body has started: a sentence, not a title.
    if (line.length > MAX_TITLE || /[.;]$/.test(line)) return null;
    const next = lines[i + 1];
    if (kindAlone.test(line) && next && !/[.;]$/.test(next)) return `${line} ${next}`.slice(0, MAX_TITLE);
    return line;
  }
  return null;
}
