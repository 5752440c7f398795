/**
 * Numbers that are never statistics: dates, document and decree numbers, phone numbers and hotline names,
 * addresses, page counters, ordinals, levels, labels (`4.0`, `Top 10`), durations, denominators.
 * Each pattern runs once over the folded text (lower case, no accents); the numbers inside a match are masked.
 */
export interface TrapPattern {
  name: string;
  re: RegExp;
  /** Mask only this capture group (1-based); the whole match otherwise. */
  group?: number;
  /** The view the pattern runs on: folded (default) or lower case with accents, where folding would collide. */
  view?: 'lower';
  /** The match must start a word (checked in code: a lookbehind on every position of a long text is slow). */
  wordStart?: boolean;
}

const D = '\\d+';
const S = '[\\s\\u00a0]';

export const trapPatterns: TrapPattern[] = [
  { name: 'date', re: new RegExp(`\\b\\d{1,2}${S}?[/.-]${S}?\\d{1,2}${S}?[/.-]${S}?\\d{2,4}\\b`, 'g') },
  { name: 'date', re: /\b\d{1,2}\/\d{4}\b/g },
  { name: 'date', re: new RegExp(`\\b(?:ngay|chieu ngay|sang ngay|tu ngay|den ngay|tinh den|den het|den)${S}+\\d{1,2}${S}?/${S}?\\d{1,2}\\b`, 'g') },
  { name: 'date', re: new RegExp(`\\bngay${S}+${D}(?:${S}+thang${S}+${D})?(?:${S}+nam${S}+${D})?`, 'g') },
  { name: 'date', re: new RegExp(`\\bthang${S}+${D}(?:${S}*/${S}*${D})?`, 'g') },
  { name: 'date', re: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\b/g },
  { name: 'date', re: /\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/g },
  {
    name: 'document',
    re: new RegExp(
      `\\b(?:nghi quyet|quyet dinh|nghi dinh|thong tu|cong van|chi thi|giay phep|ke hoach so|van ban so|thong bao so|bao cao so|to trinh|decision|decree|resolution|circular|no\\.)${S}*(?:so${S}*)?:?${S}*${D}`,
      'g',
    ),
  },
  { name: 'document', re: new RegExp(`(?<!tổng${S})(?<!con${S})số${S}*:?${S}*\\d+(?![.,]\\d)`, 'g'), view: 'lower', wordStart: true },
  { name: 'document', re: /\b\d+(?:\/\d+)*(?:\/|-)[a-zđ]{1,6}(?:[-/][a-zđ&]+)*\b/g },
  { name: 'phone', re: new RegExp(`\\b(?:dien thoai|dt|tel|fax|phone|hotline|di dong)${S}*:?${S}*[(+\\d][\\d\\s\\u00a0().+\\-/]{5,}`, 'g') },
  { name: 'phone', re: new RegExp(`\\(${S}?\\+?\\d{2,4}${S}?\\)${S}?[\\d\\s\\u00a0.]{5,}`, 'g') },
  { name: 'phone', re: /(?<![\d.,])\b0\d{2,3}[.\s\u00a0]\d{3,4}[.\s\u00a0]\d{3,4}\b/g },
  { name: 'phone', re: /\b1[89]00[\s.\u00a0]?\d{3,4}\b/g },
  {
    name: 'hotline',
    re: new RegExp(
      `\\b(?:duong day nong|tong dai|hotline|dau so|bo phan tu van|so dien thoai)(?:${S}+(?:thong nhat|dich vu cong|cham soc khach hang|ho tro|mien phi|tu van|cua thanh pho|cua tinh))?${S}*:?${S}*(\\d{3,5})(?!\\d|[.,]\\d)`,
      'g',
    ),
    group: 1,
  },
  { name: 'hotline', re: new RegExp(`(?<![\\d.,])(\\d{3,5})${S}+(?:hotline|duong day nong|tong dai)\\b`, 'g'), group: 1 },
  { name: 'address', re: new RegExp(`(?:tầng|lầu|phòng|km|kiốt|ki-ốt|lô|floor)${S}+\\d+(?![\\d.,])`, 'g'), view: 'lower', wordStart: true },
  { name: 'address', re: new RegExp(`\\b(?:tru so|dia chi|address)${S}*:?(?:[^\\n;.]|\\.(?=\\S)){0,60}`, 'g') },
  { name: 'page', re: new RegExp(`\\b(?:trang|page|tr\\.)${S}*\\d+(?:${S}*(?:/|of|tren)${S}*\\d+)?`, 'g') },
  { name: 'ordinal', re: new RegExp(`(?:lần|năm|kỳ|khóa|khoá|đợt)${S}+thứ${S}+\\d+`, 'g'), view: 'lower', wordStart: true },
  {
    name: 'ordinal',
    re: new RegExp(`(?<!xếp${S})(?<!xếp hạng${S})(?<!đứng${S})(?<!vị trí${S})(?<!vị trí thứ${S})thứ${S}+\\d+(?!${S}*/)(?!${S}+(?:cả nước|toàn quốc|trong))`, 'g'),
    view: 'lower',
    wordStart: true,
  },
  { name: 'label', re: /\b\d\.0\b(?![.,]\d)/g },
  { name: 'label', re: new RegExp(`\\btop${S}*\\d+`, 'g') },
  { name: 'label', re: new RegExp(`\\b(?:muc do|muc|cap do|level|levels)${S}+[1-4](?!\\d|[.,]\\d)(?:${S}*(?:,|va|-|and|&)${S}*[1-4](?!\\d|[.,]\\d))*`, 'g') },
  {
    name: 'label',
    re: new RegExp(`(?:giai đoạn|phase|số hiệu|mã số|mã|mục|điều|khoản|chương|phụ lục|bảng|hình|biểu đồ|table|figure|khu|tổ|đội)${S}+\\d+`, 'g'),
    view: 'lower',
    wordStart: true,
  },
  { name: 'duration', re: new RegExp(`\\b\\d+${S}+(?:nam|thang|ngay|tuan|gio|phut|quy|years?|months?|days?|weeks?|hours?)\\b(?!${S}+(?:19|20)\\d\\d\\b)`, 'g') },
  { name: 'denominator', re: new RegExp(`(?:tren|/|per)${S}*(?:1[.,]000|100|10[.,]000|100[.,]000)${S}+(?:dan|nguoi|people|inhabitants|residents|ho)\\b`, 'g') },
  { name: 'multiple', re: new RegExp(`\\bgap${S}+(?:khoang${S}+|hon${S}+|gan${S}+)?\\d+(?:[.,]\\d+)?${S}+lan\\b`, 'g') },
  { name: 'enumeration', re: /^[ \t\u00a0]*\d+(?:\.\d+)*[.)](?=[\s\u00a0])/gm },
  { name: 'year-range', re: new RegExp(`\\b(?:19|20)\\d\\d${S}*-${S}*(?:19|20)?\\d\\d\\b`, 'g') },
];

const letter = /\p{L}/u;
/** A letter of any script; ASCII answered without a regex. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return letter.test(String.fromCharCode(c));
}

/** Marks every character inside a trap; `mask[i]` holds the index of the pattern + 1. */
export function trapMask(fold: string, lower: string): Uint8Array {
  const mask = new Uint8Array(fold.length);
  trapPatterns.forEach((p, index) => {
    const text = p.view === 'lower' ? lower : fold;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      if (p.wordStart && m.index > 0 && isLetter(text.charCodeAt(m.index - 1))) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      let s = m.index;
      let e = m.index + m[0].length;
      if (p.group !== undefined) {
        const g = m[p.group];
        if (g === undefined) continue;
        s = m.index + m[0].lastIndexOf(g);
        e = s + g.length;
      }
      for (let i = s; i < e; i++) if (!mask[i]) mask[i] = index + 1;
    }
  });
  return mask;
}

export function trapName(code: number): string | undefined {
  return code ? trapPatterns[code - 1]?.name : undefined;
}
