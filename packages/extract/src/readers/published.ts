export interface Published {
  /** YYYY-MM-DD */
  date?: string;
  /** YYYY-MM */
  month?: string;
}

const CUE = String.raw`(?:ngày đăng(?: tin| bài)?|đăng ngày|thời gian đăng|ngày cập nhật|cập nhật(?: lúc| ngày)?|ngày phát hành|phát hành(?: ngày)?|ngày xuất bản|xuất bản ngày|published(?: on)?|posted(?: on)?)`;
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
/** `Ngày đăng tin: 31/01/2019`, `phát hành ngày 10/01/2023`, `Cập nhật: 08:30 15/08/2023`. */
const CUED_DATE = new RegExp(`${CUE}\\s*:?\\s*(?:lúc\\s*)?(?:\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*,?\\s*)?(?:ngày\\s*)?${DAY_MONTH_YEAR}`, 'iu');
/** `Ngày đăng tin: tháng 01/2023` */
const CUED_MONTH = new RegExp(`${CUE}\\s*:?\\s*tháng\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})`, 'iu');
/** The date line of an administrative document: `Bình Nguyên, ngày 11 tháng 01 năm 2021`. */
const ADMIN_DATE = /\p{Lu}[\p{L}.]*(?:[ \t][\p{L}.]+){0,4},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
/** A dateline: `(Đà Nẵng, tháng 1/2020)`. */
const DATELINE_MONTH = /\(\s*[^()\n,]{2,40},\s*tháng\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*\)/iu;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** `Published: January 5, 2023`, `Posted on 5 Jan 2023`, `Updated 05 January 2023, 10:30`, `Update: February, 21/2022 - 08:15`. */
const ENGLISH_DATE = new RegExp(
  // (not an aside about something else: `Vietnam ICT Index 2018 (published on 24 January 2019)`)
  String.raw`(?<!\(\s*)(?:published|posted|updated?|date)(?: on)?\s*:?\s*(?:\w+day,?\s*)?(?:${MONTH}\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+${MONTH},?\s+(\d{4})|${MONTH},?\s+(\d{1,2})\s*\/\s*(\d{4}))`,
  'i',
);

/** A byline or a dateline with no cue word: `By Minh Khue – December 29, 2021 – 10:42`, `By Minh Anh | December 14, 2023`, `Wednesday, December 29, 2021`. */
const BYLINE_DATE = new RegExp(
  String.raw`(?:\bby\s+\p{Lu}[\p{L}.' ]{1,40}?\s*[–—|·•,-]\s*|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*)(?:${MONTH}\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+${MONTH},?\s+(\d{4}))`,
  'iu',
);
/** Only the beginning of a document carries its own date line; further down, dates are about events. */
const HEAD_LENGTH = 2000;

/** Finds when a document was published from the cues a Vietnamese report or news page gives. */
export function findPublished(text: string): Published {
  const head = text.slice(0, HEAD_LENGTH);
  for (const [pattern, source] of [
    [CUED_DATE, text],
    [ADMIN_DATE, head],
  ] as const) {
    const m = pattern.exec(source);
    const date = m ? toDate(m[3], m[2], m[1]) : undefined;
    if (date) return { date, month: date.slice(0, 7) };
  }
  const english = ENGLISH_DATE.exec(text) ?? BYLINE_DATE.exec(head);
  if (english) {
    const [, month1, day1, year1, day2, month2, year2, month3, day3, year3] = english;
    const month = MONTHS.findIndex((m) => m.startsWith((month1 ?? month2 ?? month3 ?? '').toLowerCase().slice(0, 3))) + 1;
    const date = toDate(year1 ?? year2 ?? year3, String(month), day1 ?? day2 ?? day3);
    if (date) return { date, month: date.slice(0, 7) };
  }
  for (const [pattern, source] of [
    [CUED_MONTH, text],
    [DATELINE_MONTH, head],
  ] as const) {
    const m = pattern.exec(source);
    const month = m ? toMonth(m[2], m[1]) : undefined;
    if (month) return { month };
  }
  return {};
}

/** Reads an ISO-8601 date or date-time (HTML metadata) into a publication date. */
export function fromIsoDate(value: string | null | undefined): Published {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  const date = m ? toDate(m[1], m[2], m[3]) : undefined;
  return date ? { date, month: date.slice(0, 7) } : {};
}

function toMonth(year: string | undefined, month: string | undefined): string | undefined {
  const y = Number(year);
  const m = Number(month);
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}`;
}

function toDate(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  const ym = toMonth(year, month);
  const d = Number(day);
  if (ym === undefined || !(d >= 1 && d <= 31)) return undefined;
  const iso = `${ym}-${String(d).padStart(2, '0')}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return parsed.toISOString().slice(0, 10) === iso ? iso : undefined;
}
