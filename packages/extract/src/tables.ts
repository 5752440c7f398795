import type { Block, Qualifier, Unit } from '@chiso/shared';
import type { Doc } from './document';
import { countUnits, inUnit, type Candidate } from './facts';
import { matchesIn } from './lexicon';
import { within } from './years';
import { parseNumber, parseUnitText, type Decimal } from './numbers';
import { alt, anyOf, S, startsWithOne } from './patterns';
import { ev, type Evidence } from './reading/evidence';
import { chooseIndicator, facetsFit, facetsOfSpan, leadingNoun, unitFits, type Kind } from './reading/subject';
import { isSectionNumber } from './readers/table-header';
import type { Cell, Row, Span, Unit as LayoutUnit } from './structure';
import { fold } from './text';
import { formerMarks, groupSumWords, monthWords, partOpeners, periodCounts, quarterWords, rankUnits, resultHeading, scoreUnits, subsetWords, tableWords as tw, yearWords } from './vocabulary/index';
import type { CompiledIndicator } from './words';

/**
 * Tables, read by the role of each column: the header rows (one or several, merged cells repeated by the readers)
 * name a column's year (`Thực hiện năm 2022`, or relative: `Thực hiện năm trước | Kế hoạch năm | Ước thực hiện
 * năm`) and kind (result, plan, estimate; a comparison with the same period or the plan; an average over a period, a
 * rank move: not values). Three layouts:
 * - indicators down the rows, years across (the row label and unit column name the indicator);
 * - years down the first column, indicators across (the transpose);
 * - regions down the rows, indicators across (a ranking table: `Địa phương | Điểm DTI 2022 | Xếp hạng DTI 2022`):
 *   only the report's own region's row gives facts.
 */
type Column =
  | { kind: 'label' }
  | { kind: 'region' }
  | { kind: 'unit' }
  | { kind: 'value'; year: number; relative: boolean; qualifier: Qualifier; partYear: boolean; bracketPlan?: boolean }
  | { kind: 'plan' }
  | { kind: 'index'; year?: number; of?: number }
  | { kind: 'growth'; year?: number }
  | { kind: 'other' };

/** A row under its whole: `Trong đó: - Doanh thu bưu chính`, or a bullet row right after one. */
const reSubRowOpener = startsWithOne(partOpeners);
const reBulletLabel = /^[\s\u00a0]*[-+•]/;
const reYear = /(?<![\d.,])((?:19|20)\d\d)(?![\d.,])/;
/** A year marked as an estimate, a forecast or a projection (`2024e`, `2025f`, `2026p`): no result, and no plan. */
const reMarkedYear = /(?<![\d.,])(?:19|20)\d\d[efp](?![a-z])/;
const reYears = new RegExp(reYear.source, 'g');
const word = (list: readonly string[]): RegExp => new RegExp(`(?<![a-z0-9])(?:${alt(list)})(?![a-z0-9])`);
/** A header of one of these words, perhaps in two languages (`Đơn vị tính Unit`, `Chỉ tiêu / Indicator`). */
const exactly = (list: readonly string[]): RegExp => new RegExp(`^(?:${alt(list)})(?:${S}*[/–-]?${S}*(?:${alt(list)}))?$`);
const rePlan = word(tw.plan);
const reEstimate = word(tw.estimate);
const rePreliminary = new RegExp(`(?<![a-z0-9])(?:${alt(tw.preliminary)})(?![a-z0-9])`, 'g');
const reCompareWords = new RegExp(`(?<![a-z0-9])(?:${alt(tw.compare)})(?![a-z0-9])|(?<![a-z0-9])(?:${alt(tw.compareSo)})${S}+(?:\\d|(?:${alt(tw.compareSoObjects)})(?![a-z0-9]))`);
const rePercentAfter = new RegExp(`\\(%\\)|%${S}*$`);
/** A share named with its noun (`Tỷ lệ hồ sơ trực tuyến TH năm 2023 (%)`): its `(%)` is its unit, not a comparison's. */
const reNamedShare = new RegExp(`^${S}*(?:${alt(tw.shareHeads)})${S}+[a-z]`);
/** A column of a comparison: its words (`So cùng kỳ`, `So KH`), or a percentage that names no share of its own. */
const isCompare = (h: string): boolean => reCompareWords.test(h) || (rePercentAfter.test(h) && !reNamedShare.test(h));
const reSameTime = word(tw.sameTime);
const reSamePeriodHeader = word(tw.samePeriod);
const reGrowth = new RegExp(`(?<![a-z0-9])(?:${alt(tw.growth)})`);
const reAverage = new RegExp(`(?<![a-z0-9])(?:${alt(tw.average)})`);
const reRankMove = word(tw.rankMove);
// (or one month: `Ước tính tháng 12/2021`)
const rePartYear = new RegExp(`(?<![a-z0-9])(?:(?:\\d+|${alt(periodCounts)})${S}+(?:${alt(monthWords)})|(?:${alt(monthWords.filter((w) => !w.endsWith('s')))})${S}+\\d{1,2}(?![\\d.,])|${alt(quarterWords)}|q[1-4]|\\d{1,2}${S}?[mt](?=${S}?-))(?![a-z0-9])`);
const reLabelHeader = exactly(tw.label);
const reRegionHeader = exactly(tw.region);
const reRowNumberHeader = exactly(tw.rowNumber);
const reUnitHeader = exactly(tw.unit);
const rePageHeader = exactly(tw.page);
const rePrevious = word(tw.previousYear);
const rePreviousPeriod = word(tw.previousPeriod);
const reReportPeriod = word(tw.reportPeriod);
const reNext = word(tw.nextYear);
const reThis = word(tw.thisYear);
const reRankUnit = word(rankUnits);
const reSigned = /^[\s\u00a0]*[+\-\u2212]/;
const reResultCaption = new RegExp(`(?<![a-z0-9])(?:${alt([...resultHeading, ...tw.baseline])})(?![a-z0-9])`);
const reIndexCaption = new RegExp(`(?<![a-z0-9])(?:${alt(tw.indexCaption)})`);
// (or two of them: `Tổng cộng toàn tỉnh`)
const reTotalRow = new RegExp(`^(?:${alt(tw.totalRow)})(?:${S}+(?:${alt(tw.totalRow)}))?$`);
const reBracketPlanHeader = new RegExp(`\\(${S}*(?:${alt(tw.plan)})${S}*\\)`);
/** `342 (330)`, `19 (–)`: a value and, in brackets, its plan (a dash: none). */
const reValueAndPlan = /^([\s\u00a0]*)([-+]?\d[\d.,]*)[\s\u00a0]*\([\s\u00a0]*(\d[\d.,]*|[-–—])[\s\u00a0]*\)[\s\u00a0]*$/;
const reScoreUnit = word(scoreUnits);
const reSubsetHeader = anyOf(subsetWords);

/** A span of years over a column of one of them (`chỉ tiêu kế hoạch giai đoạn 2026 - 2030` over `2027`): the span says no more than the year. */
const reSpanOverYear = new RegExp(`(?:(?:${alt(tw.average)})${S}+)?(?:19|20)\\d\\d${S}*[-–]${S}*(?:19|20)\\d\\d(?=${S}+(?:19|20)\\d\\d$)`);

function classify(header: string, index: number, reportYear: number | undefined): Column {
  const h = header.trim().replace(/\s+/g, ' ').replace(reSpanOverYear, '');
  if (reRowNumberHeader.test(h) || rePageHeader.test(h)) return { kind: 'other' };
  if (reUnitHeader.test(h)) return { kind: 'unit' };
  if (reRegionHeader.test(h)) return { kind: 'region' };
  // (`Lĩnh vực / Chỉ tiêu`: a group and the label in one header)
  if (h.split(/\s*\/\s*/).some((part) => reLabelHeader.test(part)) || (index === 0 && !reYear.test(h))) return { kind: 'label' };
  if (reAverage.test(h) || reRankMove.test(h)) return { kind: 'other' };
  // a column of part of the province (`IT Park | 2020` beside `Vang Linh Province | 2019 | 2020`) is none of its values
  if (reSubsetHeader.test(h)) return { kind: 'other' };
  const preliminary = h.replace(rePreliminary, ' ');
  if (preliminary !== h) {
    const y = reYear.exec(h);
    if (y && !isCompare(preliminary) && !reGrowth.test(preliminary)) return { kind: 'value', year: Number(y[1]), relative: false, qualifier: 'estimate', partYear: rePartYear.test(h) };
  }
  const y = reYear.exec(h);
  if (isCompare(h) || reGrowth.test(h)) {
    if (rePlan.test(h)) return { kind: 'plan' };
    if (reGrowth.test(h)) return { kind: 'growth', year: y ? Number(y[1]) : undefined };
    // `Chỉ số phát triển năm 2024 so với năm 2023 (%)`, `2024/2023 (%)`: of two years, the base is the second
    const base = [...h.matchAll(reYears)][1];
    if (y || reSameTime.test(h)) return { kind: 'index', year: base ? Number(base[1]) : y ? Number(y[1]) : undefined, ...(base && y ? { of: Number(y[1]) } : {}) };
    // (`Kỳ báo cáo so với kỳ trước (%)`: the report's year against the year before)
    if (rePreviousPeriod.test(h) && reportYear !== undefined) return { kind: 'index', year: reportYear - 1 };
    return { kind: 'plan' };
  }
  // `Thực hiện (Kế hoạch) | Năm 2020` over `342 (330)`: the result, and the plan in brackets after it
  if (y && reBracketPlanHeader.test(h)) return { kind: 'value', year: Number(y[1]), relative: false, qualifier: reEstimate.test(h) ? 'estimate' : 'actual', partYear: rePartYear.test(h), bracketPlan: true };
  const qualifier: Qualifier = rePlan.test(h) ? 'target' : reEstimate.test(h) || reMarkedYear.test(h) ? 'estimate' : 'actual';
  if (y) return { kind: 'value', year: Number(y[1]), relative: false, qualifier, partYear: rePartYear.test(h) };
  // `Kỳ trước | Kỳ báo cáo`: the periods of a reporting form, the year before the report's and the report's
  if (reportYear !== undefined && (rePreviousPeriod.test(h) || reReportPeriod.test(h))) return { kind: 'value', year: reportYear - (rePreviousPeriod.test(h) ? 1 : 0), relative: true, qualifier, partYear: rePartYear.test(h) };
  // `Thực hiện năm trước | Kế hoạch năm | Ước thực hiện năm`: years relative to the report's
  if (reportYear !== undefined && (rePrevious.test(h) || reNext.test(h) || (reThis.test(h) && (qualifier !== 'actual' || word(tw.actual).test(h))))) {
    const year = reportYear + (rePrevious.test(h) ? -1 : reNext.test(h) ? 1 : 0);
    return { kind: 'value', year, relative: true, qualifier, partYear: rePartYear.test(h) };
  }
  return { kind: 'other' };
}

const cellText = (doc: Doc, c: { start: number; end: number }): string => doc.v.fold.slice(c.start, c.end);

/** A footnote mark written right after a cell's number (`1.938(1)`, `258(*)`, `7.215¹`). */
const reFootnoteMark = /(?<=\d)(?:\((?:\d{1,2}|\*{1,3}|[a-z])\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$/;

/** A bound written before a cell's number (`≥ 65`, `> 80`, `≤ 0,5`). */
const reCellBound = /^([≥>≤<])[\s\u00a0]*/;

function cellNumber(doc: Doc, c: { start: number; end: number }): { value: Decimal; ambiguous: boolean; approx?: 'over' | 'under' } | undefined {
  const cell = doc.v.work.slice(c.start, c.end);
  const text = cell.trim();
  const mark = reFootnoteMark.exec(text);
  const from = c.start + cell.length - cell.trimStart().length;
  const end = from + (mark ? mark.index : text.length);
  const written = doc.v.work.slice(from, end).replace(/[\s\u00a0]*%$/, '');
  const bound = reCellBound.exec(written);
  const raw = bound ? written.slice(bound[0].length) : written;
  if (!/^[-+]?\d/.test(raw)) return undefined;
  for (let i = c.start; i < end; i++) if (doc.mask[i]) return undefined;
  const p = parseNumber(raw.replace(/^\+/, ''), doc.convention);
  if (!p) return undefined;
  return bound ? { value: p.value, ambiguous: p.ambiguous, approx: bound[1] === '≥' || bound[1] === '>' ? 'over' : 'under' } : { value: p.value, ambiguous: p.ambiguous };
}

interface RowUnit {
  kind: Kind;
  scale: number;
}

/**
 * A value cell that writes its unit after the number (`78,2%`, `1.604 dịch vụ`, `2,35 triệu văn bản`): the number
 * and the unit. Not a cell of several figures (`0,5412 điểm, xếp thứ 19/63`).
 */
function cellWithUnit(doc: Doc, c: { start: number; end: number }): { value: Decimal; ambiguous: boolean; unit: RowUnit } | undefined {
  const m = /^([-+]?\d[\d.,]*)[\s\u00a0]*(\S.*)$/.exec(doc.v.work.slice(c.start, c.end).trim());
  if (!m || /[,;:/\d]/.test(m[2]!)) return undefined;
  for (let i = c.start; i < c.end; i++) if (doc.mask[i]) return undefined;
  const p = parseNumber(m[1]!.replace(/^\+/, ''), doc.convention);
  const unit = unitOf(m[2]!);
  // a unit the catalogue can hold: a percentage, money, or a count named by a known unit word
  if (!p || (unit.kind === 'count' && !unit.scale && !parseUnitText(m[2]!.toLowerCase()))) return undefined;
  return { value: p.value, ambiguous: p.ambiguous, unit };
}

/**
 * A unit cell's unit; a score word that is the noun the row's label opens with counts those things (`Điểm` beside
 * `Điểm phát WiFi công cộng`, `Điểm phục vụ bưu chính`).
 */
function unitOfCell(doc: Doc, unitCell: Span, labelCell: Span): RowUnit {
  const unit = unitOf(doc.v.text.slice(unitCell.start, unitCell.end));
  if (unit.kind !== 'score') return unit;
  const word = doc.v.fold.slice(unitCell.start, unitCell.end).trim();
  // (not beside the name of an index: `Điểm DTI`, `Điểm số Chỉ số chuyển đổi số`)
  const namesScore = matchesIn(doc.matches, labelCell.start, labelCell.end).some((m) => doc.words.usedBy.get(m.id)?.some((ind) => ind.unit === 'score'));
  return word && !namesScore && doc.v.fold.slice(labelCell.start, labelCell.end).trimStart().startsWith(`${word} `) ? { kind: 'count', scale: 0 } : unit;
}

function unitOf(text: string): RowUnit {
  // Vietnamese has no casing rules of its own (only Turkish, Azeri and Lithuanian do): toLowerCase lowers it the same
  // way as toLocaleLowerCase('vi'), at a seventh of the cost on every table row
  const lower = text.toLowerCase();
  const folded = fold(lower);
  if (reRankUnit.test(folded)) return { kind: 'rank', scale: 0 };
  if (reScoreUnit.test(folded) && !/%/.test(lower)) return { kind: 'score', scale: 0 };
  const u = parseUnitText(lower);
  if (u?.percent) return { kind: 'percent', scale: 0 };
  if (u?.currency) return { kind: 'money', scale: u.scale };
  if (u) return { kind: 'count', scale: u.scale };
  return { kind: 'count', scale: 0 };
}

/**
 * The units a unit cell that is only a counted noun allows (`Vị trí`, `Trạm`, `Doanh nghiệp`): a row of BTS sites is
 * no row of stations (a density still counts its noun: `enterprises` under `… per 1,000 people`). A rate
 * (`DN/1.000 dân`) or a scale (`Nghìn thuê bao`) is not such a cell.
 */
function countedNoun(doc: Doc, cell: Cell): Set<Unit> | undefined {
  const text = doc.v.fold.slice(cell.start, cell.end);
  const start = cell.start + text.length - text.trimStart().length;
  const end = cell.start + text.trimEnd().length;
  // (the noun may be followed by its English, `Vị trí Site`, but by no rate or scale)
  const noun = matchesIn(doc.matches, start, end).find((m) => m.start === start && doc.words.nounUnits.has(m.id));
  if (!noun || (noun.end < end && !reWordsOnly.test(doc.v.fold.slice(noun.end, end)))) return undefined;
  return leadingNoun(doc.words, doc.matches, [start, end], doc.v.fold).units;
}
const reWordsOnly = /^[\s\u00a0]+[a-z][a-z.\s\u00a0]*$/;

const reFormerHeader = anyOf(formerMarks);
const reCombinedHeader = anyOf([...groupSumWords, 'gộp']);
/** A header of another region, or of a former one, not of the former ones summed (`gộp 2 tỉnh cũ`, `combined`). */
function ofOtherRegion(doc: Doc, label: string, cells: Cell[]): boolean {
  if (reCombinedHeader.test(label)) return false;
  return reFormerHeader.test(label) || cells.some((c) => within(doc.otherRegions, c.start, c.end).length > 0) || ofCountry(doc, cells);
}

/** A column of the country (`Điểm TB cả nước`, `National average`) in a province's table. */
function ofCountry(doc: Doc, cells: Cell[]): boolean {
  return !doc.ownIsCountry && cells.some((c) => matchesIn(doc.matches, c.start, c.end).some((m) => doc.words.national.has(m.id)));
}

/** The unit a line over the table or its label column's header gives every row (`Unit: VND billion`, `Đơn vị tính: tỷ đồng`). */
function unitOfTable(doc: Doc, cells: Span[]): RowUnit | undefined {
  for (const c of cells) {
    // (or a bracket that opens with one: `Table 2. Revenue and budget contribution, 2021-2024 (VND billion, current prices)`)
    const parts = unitLineParts(doc, c) ?? reUnitBracket.exec(doc.v.lower.slice(c.start, c.end))?.[1]!.split(/[,;]/);
    const u = parts ? unitOf(parts[0]!) : undefined;
    if (u && (u.kind !== 'count' || u.scale)) return u;
  }
  return undefined;
}
/** The number a row opens with, in its own cell or before its label (`1.3`, `2`). */
function rowNumberOf(doc: Doc, row: Row, labelCell: Cell): string | undefined {
  return reRowNumber.exec(doc.v.fold.slice(row.cells[0]!.start, labelCell.end))?.[1];
}
const reRowNumber = /^[\s\u00a0]*(\d{1,2}(?:\.\d{1,2})*)[.)]?[\s\u00a0|]/;
/** Whether a row's number is one under the whole's (`1.3` under `1`). */
const numberedUnder = (no: string | undefined, whole: string | undefined): boolean => no !== undefined && whole !== undefined && no.startsWith(`${whole}.`);
const reUnitBracket = /\(([^()]+)\)[^()]*$/u;
// (read in the lower-case view, accents kept: `Đơn vị tính: tỷ đồng`)
const reUnitLine = new RegExp(`(?:^|[\\s(])(?:${alt(tw.unit, 'lower')})${S}*:${S}*([^|:\\n()]+)`, 'u');
/** What a unit line (`Đơn vị tính: …`) in the span says, cut at its semicolons; none without one. */
function unitLineParts(doc: Doc, span: Span): string[] | undefined {
  return reUnitLine.exec(doc.v.lower.slice(span.start, span.end))?.[1]!.split(';');
}

const reMeasureUnit = /^\s*([^–—-]+?)\s+[–—-]\s+(.+?)\s*\.?$/;
/**
 * A unit line that gives each measure its own unit (`Đơn vị tính: doanh nghiệp – doanh nghiệp; lao động – người;
 * doanh thu – tỷ đồng; kim ngạch xuất khẩu – nghìn USD`): the measures (folded) and their units.
 */
function unitsByMeasure(doc: Doc, line: Span | undefined): { measure: string; unit: RowUnit }[] {
  const pairs = (line ? unitLineParts(doc, line) ?? [] : []).map((part) => reMeasureUnit.exec(part)).filter((x) => x !== null);
  return pairs.length >= 2 ? pairs.map((x) => ({ measure: fold(x[1]!).trim(), unit: unitOf(x[2]!) })) : [];
}

/** The unit written in a label's parentheses: `Doanh thu (tỷ đồng)`, `Tỷ lệ (%)`. */
function unitInLabel(doc: Doc, start: number, end: number): RowUnit | undefined {
  const m = /\(([^()]*)\)\s*$/.exec(doc.v.text.slice(start, end));
  if (!m) return undefined;
  const u = unitOf(m[1]!);
  return u.kind !== 'count' || u.scale ? u : undefined;
}

/** Whether a row holds a figure outside its first column (a year alone is no figure: the transpose's first column). */
/** `(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)`: the columns' numbers under a header, no data. */
const reColumnNumber = /^\(\d{1,2}\)(?:[\s\u00a0]*=.*)?$/;
function isColumnNumberRow(doc: Doc, row: Row): boolean {
  const texts = row.cells.map((c) => doc.v.work.slice(c.start, c.end).trim()).filter((t) => t !== '');
  return texts.length > 1 && texts.every((t) => reColumnNumber.test(t));
}

/** A header cell of a year, perhaps with a mark (`2024*`, `2024e`, `2024 (est.)`). */
const reYearCell = /^(?:19|20)\d\d(?:\s*(?:\*{1,3}|\(\*{1,3}\)|\(\d\)|[a-z]{1,2}\.?|\([a-z]{1,4}\.?\)))?$/i;
function isDataRow(doc: Doc, row: Row): boolean {
  if (isColumnNumberRow(doc, row)) return false;
  return row.cells.some((c, i) => i > 0 && (cellNumber(doc, c) !== undefined || reValueAndPlan.test(doc.v.work.slice(c.start, c.end))) && !reYearCell.test(doc.v.work.slice(c.start, c.end).trim()));
}

/** A row with words in its first cell and nothing else. */
function isLabelOnlyRow(doc: Doc, row: Row): boolean {
  const texts = row.cells.map((c) => doc.v.work.slice(c.start, c.end).trim());
  return texts.length > 2 && /\p{L}/u.test(texts[0]!) && texts.slice(1).every((t) => t === '');
}

/** A row whose one text spans the table (`I. Công nghiệp CNTT và kinh tế số`): a section of the body, not a header. */
function isSectionRow(doc: Doc, row: Row): boolean {
  const texts = row.cells.map((c) => doc.v.work.slice(c.start, c.end).trim());
  if (texts.length > 1 && texts[0] !== '' && texts.every((t) => t === texts[0])) return true;
  // a numbered section with its title and nothing else, once or repeated across a merged cell: `I | Hạ tầng số | | | |`,
  // `I | KINH TẾ NGÀNH | KINH TẾ NGÀNH | …`
  return texts.length > 2 && isSectionNumber(texts[0]!) && texts[1] !== '' && texts.slice(2).every((t) => t === '' || t === texts[1]);
}

/**
 * Where each header cell stands when a reader kept merged cells once (written only in their first column, or left
 * out): a group cell of the first row (`Năm`, `Kế hoạch`) spans the cells under it. When the second row is shorter
 * than the table (`2019 | 2020 | 2021` under `Chỉ tiêu | Đơn vị | Năm | Tăng bình quân`, cells spanning both rows
 * written once), its cells go under the first cell of the first row that is no label, unit or row-number column;
 * an empty first-row cell with a second-row cell under it belongs to the group cell on its left.
 */
function placeHeader(doc: Doc, rows: Row[], width: number): (Cell | undefined)[][] {
  const filled = (c: Cell | undefined): c is Cell => c !== undefined && c.end > c.start;
  const trimmed = rows.map((r) => {
    let n = r.cells.length;
    while (n > 0 && !filled(r.cells[n - 1])) n--;
    return r.cells.slice(0, n) as (Cell | undefined)[];
  });
  if (rows.length !== 2) return trimmed;
  let [top, sub] = trimmed as [(Cell | undefined)[], (Cell | undefined)[]];
  if (sub.length < width && filled(sub[0]) && top.length + sub.length - 1 === width) {
    const g = top.findIndex((c, i) => filled(c) && !['label', 'unit', 'region'].includes(classify(cellText(doc, c), i, doc.reportYear).kind) && !reRowNumberHeader.test(cellText(doc, c).trim()));
    if (g >= 0) {
      top = [...top.slice(0, g), ...sub.map(() => top[g]), ...top.slice(g + 1)];
      sub = [...top.slice(0, g).map(() => undefined), ...sub];
    }
  }
  const spread = Array.from({ length: Math.max(top.length, sub.length) }, (_, i) => top[i]);
  top = spread.map((c, i) => (filled(c) || !filled(sub[i]) ? c : spread.slice(0, i).reverse().find(filled)));
  return [top, sub];
}

/** The header rows (leading rows with no figure, at most three) and each column's label, merged cells once. */
function headerOf(doc: Doc, rows: Row[]): { count: number; labels: string[]; cells: Cell[][]; several: boolean } {
  let found = 0;
  // (nor, after the first, a row of a label alone: `Giá trị tăng thêm ngành TT&TT | | |` over `Theo giá hiện hành | Tỷ đồng | …`)
  while (found < Math.min(3, rows.length - 1) && !isDataRow(doc, rows[found]!) && !(found > 0 && (isSectionRow(doc, rows[found]!) || isLabelOnlyRow(doc, rows[found]!)))) found++;
  const count = doc.without.has('tables') ? 1 : Math.max(1, found);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const placed = placeHeader(doc, rows.slice(0, count).filter((r) => !isColumnNumberRow(doc, r)), width);
  const labels: string[] = [];
  const cells: Cell[][] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    const own: Cell[] = [];
    for (const r of placed) {
      const cell = r[c];
      if (!cell) continue;
      const t = cellText(doc, cell).trim();
      if (t && parts[parts.length - 1] !== t) parts.push(t);
      own.push(cell);
    }
    labels.push(parts.join(' '));
    cells.push(own);
  }
  return { count, labels, cells, several: found > 1 };
}

const reTotalStart = startsWithOne(tw.totalRow);
const reYearOnly = new RegExp(`^(?:(?:${alt(yearWords)})${S}+)?(?:19|20)\\d\\d$`);
// (on the lower-case view: folded, `Sở` would be `Số`)
const reUnitRowLabel = new RegExp(`^${S}*(?:${alt(tw.unitRow, 'lower')})(?![\\p{L}\\d])`, 'u');
/**
 * The rows to leave out of groups under one spanning label (consecutive rows whose label cell reads the same, as a
 * reader writes a `rowspan` cell into each row it spans): all but the group's one total row.
 */
function rowsOfSpannedLabels(doc: Doc, body: Row[], labelCol: number, columns: Column[]): Set<Row> {
  const labelOf = (row: Row) => {
    const c = row.cells[labelCol] ?? row.cells[0];
    return c ? cellText(doc, c).trim() : '';
  };
  const totalOf = (row: Row) => row.cells.some((c, i) => i !== labelCol && columns[i]?.kind !== 'value' && reTotalStart.test(cellText(doc, c).trim()));
  const skip = new Set<Row>();
  for (let k = 0; k < body.length; ) {
    let end = k + 1;
    while (end < body.length && labelOf(body[end]!) !== '' && labelOf(body[end]!) === labelOf(body[k]!)) end++;
    if (end - k >= 2) {
      const group = body.slice(k, end);
      const totals = group.filter(totalOf);
      for (const r of group) if (!(totals.length === 1 && totals[0] === r)) skip.add(r);
    }
    k = end;
  }
  return skip;
}

/** Whether a row label names what is new in the period (a flow mark and no running-total word). */
function isFlowLabel(doc: Doc, cell: Cell): boolean {
  const inLabel = within(doc.matches, cell.start, cell.end);
  return inLabel.some((m) => doc.words.flow.has(m.id)) && !inLabel.some((m) => doc.words.stock.has(m.id));
}

export interface Caption {
  year?: number;
  target: boolean;
  partYear: boolean;
}

export function readTable(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, caption: Caption, out: Candidate[], captionLine?: Span): void {
  const rows = table.rows;
  if (rows.length < 2) return;
  // a table of indices against the year before holds no levels
  if (captionLine && reIndexCaption.test(cellText(doc, captionLine))) return;
  // (a caption of results or a baseline under a heading of plans: `Table 2.1 - Key baseline indicators, 2022-2024`)
  if (caption.target && captionLine && reResultCaption.test(doc.v.fold.slice(captionLine.start, captionLine.end))) caption = { ...caption, target: false };
  const header = headerOf(doc, rows);
  const body = rows.slice(header.count);
  // (a column of another region, or of the former provinces a merged one was formed from, is none of its values:
  // `2024 (former provinces) | Vân Khê | Tân Hải | Rồng Châu 2025`)
  const classified = header.labels.map((h, i): Column => {
    const c = classify(h, i, doc.reportYear);
    return c.kind === 'value' && i > 0 && ofOtherRegion(doc, h, header.cells[i] ?? []) ? { kind: 'other' } : c;
  });
  // (the same period of another year beside a part of this one, `Thực hiện 9 tháng năm 2024 | Cùng kỳ năm 2023`, is a
  // part of that year too)
  const partYearTable = classified.some((c) => c.kind === 'value' && c.partYear);
  const columns = classified.map((c, i): Column => (partYearTable && c.kind === 'value' && reSamePeriodHeader.test(header.labels[i] ?? '') ? { ...c, partYear: true } : c));
  if (!doc.without.has('tables') && readRegionRows(doc, table, header, columns, body, out, captionLine)) return;
  if (!columns.some((c) => c.kind === 'value')) {
    readTransposed(doc, table, header, body, caption, out, captionLine);
    return;
  }
  // comparisons refer to the latest actual or estimated column
  let main = -1;
  columns.forEach((c, i) => {
    if (c.kind === 'value' && c.qualifier !== 'target') {
      const m = columns[main];
      if (main < 0 || (m?.kind === 'value' && c.year >= m.year)) main = i;
    }
  });
  const hasPlanColumn = columns.some((c) => c.kind === 'value' && c.qualifier === 'target');
  const unitCol = columns.findIndex((c) => c.kind === 'unit');
  // with a column of groups before the labels (`Nhóm chỉ tiêu | Chỉ tiêu | …`, a rowspan), the last label column names the row
  const labelCol = columns.findLastIndex((c, i) => c.kind === 'label' && !columns.slice(0, i).some((x) => x.kind === 'value'));
  // a row under a whole (`Trong đó: …` and the bullets after it) that names the whole's own indicator or an operator is a
  // part of it: `- Trạm BTS của VNPT` under `Số trạm BTS`; one naming an indicator of its own is that indicator's
  // (`- Doanh thu công nghệ thông tin` under `Tổng doanh thu toàn ngành`)
  let whole: CompiledIndicator | undefined;
  let wholeLabel: Cell | undefined;
  let wholeHasValues = false;
  let wholeNumber: string | undefined;
  let inSubRows = false;
  const spanned = rowsOfSpannedLabels(doc, body, labelCol, columns);
  // what each value column's header names by itself (`Đã xử lý, phản hồi`), read once for all rows
  const headerNamed = columns.map((c, i) => (c.kind === 'value' && header.cells[i]?.length ? columnIndicator(doc, header.cells[i]!) : undefined));
  const tableUnit = unitOfTable(doc, [...(header.cells[labelCol] ?? []), ...(captionLine ? [captionLine] : [])]);
  const measured = unitsByMeasure(doc, captionLine);
  const headerCells = header.cells.flat();
  const measureSpan: [number, number] | undefined = headerCells.length ? [Math.min(...headerCells.map((c) => c.start)), Math.max(...headerCells.map((c) => c.end))] : captionLine ? [captionLine.start, captionLine.end] : undefined;
  let groupLabel: Cell | undefined;
  for (const row of body) {
    const labelCell = row.cells[labelCol] ?? row.cells[0];
    if (!labelCell) continue;
    // (a label alone opens a group of its own: the whole above no longer owns the bullets under it)
    if (!isDataRow(doc, row) && !reSubRowOpener.test(doc.v.fold.slice(labelCell.start, labelCell.end))) [groupLabel, whole, wholeLabel] = [labelCell, undefined, undefined];
    // rows under one label spanning them (`Tổng đài 1022` over `Cuộc gọi`, `Tin nhắn SMS`, `Cộng tổng đài 1022`): only
    // the group's total row is the label's figure; without one, none of them is
    if (spanned.has(row)) continue;
    const labelText = doc.v.fold.slice(labelCell.start, labelCell.end);
    // a row of one agency or district (`Sở Thông tin và Truyền thông`, `Huyện Vân Kiều`) is that unit's, whatever its name says
    if (reUnitRowLabel.test(doc.v.lower.slice(labelCell.start, labelCell.end))) continue;
    // a row of part of the province (`Số DN hoạt động tại Khu CNTT tập trung`), as a column of it, is none of its values
    if (reSubsetHeader.test(labelText)) continue;
    // (a row of the country in a province's table: `Cả nước – Tỷ lệ hồ sơ nộp và xử lý trực tuyến (%)`)
    if (ofCountry(doc, [labelCell])) continue;
    // (a bullet row right under a whole is a part of it too, `- Công nghiệp CNTT` under `Tổng doanh thu toàn ngành`, and
    // a row numbered under it, `1.3 IT industry` under `1 Total sector revenue`)
    const subRow: boolean = reSubRowOpener.test(labelText) || ((inSubRows || whole !== undefined) && (reBulletLabel.test(labelText) || numberedUnder(rowNumberOf(doc, row, labelCell), wholeNumber)));
    inSubRows = subRow;
    const unitCell = unitCol >= 0 ? row.cells[unitCol] : undefined;
    // an average over a period (`Tăng bình quân giai đoạn 2021-2023`, `%/năm`) is no annual value
    if (reAverage.test(cellText(doc, labelCell)) || (unitCell && reAverage.test(cellText(doc, unitCell)))) continue;
    // the unit: its column, the label's brackets, else the first value cell that writes one (`78,2%`, `1.604 dịch vụ`)
    const written = unitCell || unitInLabel(doc, labelCell.start, labelCell.end) ? undefined : row.cells.map((c, i) => (columns[i]?.kind === 'value' ? cellWithUnit(doc, c) : undefined)).find((x) => x);
    const byMeasure = measured.find((x) => labelText.includes(x.measure))?.unit;
    const unit = (unitCell ? unitOfCell(doc, unitCell, labelCell) : undefined) ?? unitInLabel(doc, labelCell.start, labelCell.end) ?? written?.unit ?? byMeasure ?? tableUnit ?? { kind: 'count' as Kind, scale: 0 };
    const counted = unitCell ? countedNoun(doc, unitCell) : undefined;
    // an amount at constant prices (`Giá trị tăng thêm (giá so sánh 2010)`) is none of the catalogue's money
    // indicators, all at current prices, as in a sentence
    if (unit.kind === 'money' && within(doc.years.years, labelCell.start, labelCell.end).some((y) => y.role === 'priceBase')) continue;
    const np = facetsOfSpan(doc, labelCell.start, labelCell.end);
    // a row of what is new in the year (`Trạm BTS xây dựng mới trong năm`) is no stock's value, as in a sentence
    const flow = isFlowLabel(doc, labelCell);
    // (a row under its whole reads the whole's label too: `of which: IT industry` under `Total ICT sector revenue`)
    const farFrom = subRow && wholeLabel ? wholeLabel.start : labelCell.start;
    const fits = (ind: CompiledIndicator): boolean => unitFits(unit.kind, undefined, ind.unit) && !(counted && countUnits.has(ind.unit) && ind.unit !== 'per_1000_people' && !counted.has(ind.unit)) && !(ind.needsFlowMark && !flow) && !(flow && countUnits.has(ind.unit) && !ind.flow) && facetsFit(ind, np);
    const windows = { near: [labelCell.start, labelCell.end] as [number, number], far: [farFrom, labelCell.end] as [number, number], trail: [labelCell.end, labelCell.end] as [number, number] };
    // a row naming only a sector (`Information technology`, `TOTAL ICT SECTOR`) under a caption or header naming the
    // measure (`Revenue … by sub-sector`) is that measure's for the sector
    // (a row naming only how it is measured, `Theo giá hiện hành`, under a row of a label alone, `Giá trị tăng thêm ngành
    // TT&TT`, is that label's)
    const choice =
      chooseIndicator(doc.words, doc.matches, windows, fits) ??
      (np.sectors.size && measureSpan ? chooseIndicator(doc.words, doc.matches, { ...windows, context: measureSpan }, fits) : undefined) ??
      (groupLabel ? chooseIndicator(doc.words, doc.matches, { ...windows, context: [groupLabel.start, groupLabel.end] }, fits) : undefined);
    if (!choice) {
      // `Province total` under rows of operators, with the indicators in the column headers (`BTS stations | 2020 | 2021`)
      if (reTotalRow.test(cellText(doc, labelCell).trim())) out.push(...totalRowByColumn(doc, table, header.cells, columns, row, captionLine));
      continue;
    }
    const ind = choice.indicator;
    // (not under a label alone, whose rows are its values: `4. Giá trị tăng thêm …` over `- Theo giá hiện hành`)
    if (subRow && ((ind.key === whole?.key && wholeHasValues) || matchesIn(doc.matches, labelCell.start, labelCell.end).some((m) => doc.words.operators.has(m.id)))) continue;
    if (!subRow) [whole, wholeLabel, wholeHasValues, wholeNumber] = [ind, labelCell, isDataRow(doc, row), rowNumberOf(doc, row, labelCell)];
    let mainCand: Candidate | undefined;
    const cands: Candidate[] = [];
    row.cells.forEach((cell, i) => {
      const col = columns[i];
      if (col?.kind !== 'value' || col.partYear) return;
      // (a column of percentages, `Tỷ trọng năm 2025 (%)`, holds no value of a row of counts or amounts; nor does a column
      // naming a measure of its own hold the row's: `Kết quả xử lý năm 2022 | Đã xử lý, phản hồi` beside `Số PAKN tiếp nhận`)
      if (unit.kind !== 'percent' && rePercentAfter.test(header.labels[i] ?? '')) return;
      if (measuresOther(headerNamed[i], ind)) return;
      if (col.bracketPlan && reValueAndPlan.test(doc.v.work.slice(cell.start, cell.end))) {
        for (const c of valueAndPlan(doc, ind, unit, col, cell, row, table, choice.contested)) {
          cands.push(c);
          if (i === main && c.qualifier !== 'target') mainCand = c;
        }
        return;
      }
      const withUnit = written ? cellWithUnit(doc, cell) : undefined;
      const n = withUnit && withUnit.unit.kind === unit.kind && withUnit.unit.scale === unit.scale ? withUnit : cellNumber(doc, cell);
      if (!n) return;
      const qualifier = caption.target && col.qualifier === 'actual' && !hasPlanColumn ? 'target' : col.qualifier;
      const evidence = [ev('subject.table-row'), ev(col.relative ? 'year.relative-column' : 'year.table-column'), ...(qualifier !== 'actual' ? [ev('qualifier.table-column')] : []), ...(choice.contested ? [ev('subject.contested')] : []), ...(header.several ? [ev('subject.table-header-rows')] : [])];
      const c = candidate(doc, ind, n.value, unit, col.year, qualifier, cell, row, table, n.ambiguous, evidence);
      if (!c) return;
      if ('approx' in n && n.approx) c.approx = n.approx;
      cands.push(c);
      if (i === main) mainCand = c;
    });
    // a comparison names the year that grew (`Chỉ số 2019/2018 (%)`, `Tăng trưởng 2022 (%)`) or refers to the main column
    const grewIn = (col: Column): number | undefined => (col.kind === 'index' ? col.of : col.kind === 'growth' ? col.year : undefined);
    row.cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col || (col.kind !== 'plan' && col.kind !== 'index' && col.kind !== 'growth')) return;
      if (col.kind === 'plan' && !hasPlanColumn && !rePlan.test(header.labels[i] ?? '')) return;
      // (a comparison right after a column of no year's value is that column's: `TH 6 tháng | % so KH | Ước cả năm`)
      const left = columns.slice(0, i).findLast((c) => c.kind !== 'plan' && c.kind !== 'index' && c.kind !== 'growth');
      if (left?.kind === 'other' || (left?.kind === 'value' && left.partYear)) return;
      const grew = grewIn(col);
      const m = grew !== undefined && grew !== mainCand?.year ? cands.find((c) => c.year === grew && c.qualifier !== 'target') : mainCand;
      if (!m) return;
      const n = cellNumber(doc, cell);
      if (!n) return;
      const v = Number(`${n.value.digits}e${n.value.exp}`) * (n.value.negative ? -1 : 1);
      if (col.kind === 'plan') m.plan_pct = v;
      else {
        // a signed cell under a comparison header (`2022 vs 2021` over `+11.0%`) is the change itself, not an index
        const index = col.kind === 'index' && !reSigned.test(doc.v.work.slice(cell.start, cell.end));
        m.change_pct = Math.round((index ? v - 100 : v) * 1e6) / 1e6;
        // `So với 2020 (%)` names the base year; `Tăng trưởng 2022 (%)` the year that grew
        m.change_vs_year = col.kind === 'index' ? (col.year ?? m.year - 1) : m.year - 1;
      }
    });
    out.push(...cands);
  }
}

/** The result of a `Thực hiện (Kế hoạch)` cell and its bracketed plan, each a candidate of its own span. */
function valueAndPlan(doc: Doc, ind: CompiledIndicator, unit: RowUnit, col: Extract<Column, { kind: 'value' }>, cell: Cell, row: Row, table: { block: number }, contested: boolean): Candidate[] {
  const text = doc.v.work.slice(cell.start, cell.end);
  const m = reValueAndPlan.exec(text);
  if (!m) return [];
  const out: Candidate[] = [];
  const valueAt = cell.start + m[1]!.length;
  const planAt = cell.start + text.indexOf(m[3]!, m[1]!.length + m[2]!.length);
  const read: [string, number, Qualifier][] = [[m[2]!, valueAt, col.qualifier], [m[3]!, planAt, 'target']];
  for (const [raw, at, qualifier] of read) {
    const p = /\d/.test(raw) ? parseNumber(raw.replace(/^\+/, ''), doc.convention) : undefined;
    if (!p) continue;
    const evidence = [ev('subject.table-row'), ev('year.table-column'), ...(qualifier !== 'actual' ? [ev('qualifier.table-column')] : []), ...(contested ? [ev('subject.contested')] : [])];
    const c = candidate(doc, ind, p.value, unit, col.year, qualifier, { ...cell, start: at, end: at + raw.length }, row, table, p.ambiguous, evidence);
    if (c) out.push(c);
  }
  return out;
}

function candidate(doc: Doc, ind: CompiledIndicator, value: Decimal, unit: RowUnit, year: number, qualifier: Qualifier, cell: Cell, row: Row, table: { block: number }, ambiguous: boolean, evidence: Evidence[]): Candidate | undefined {
  const v = inUnit(value, unit.scale, ind.unit);
  if (!(v > 0)) return undefined;
  if (ind.unit === 'percent' && v > 100) return undefined;
  if (ind.unit === 'rank' && (!Number.isInteger(v) || v > 100)) return undefined;
  if (ind.unit === 'score' && v > 1) return undefined;
  const block: Block = { kind: 'table_row', index: table.block, row: row.index, column: cell.column, start: row.start, end: row.end };
  const future = doc.reportYear !== undefined && year > doc.reportYear && qualifier === 'actual';
  return {
    indicator: ind.key,
    unit: ind.unit,
    year,
    value: v,
    value_min: undefined,
    value_max: undefined,
    qualifier: future ? 'target' : qualifier,
    approx: 'exact',
    change_pct: undefined,
    change_vs_year: undefined,
    plan_pct: undefined,
    start: cell.start,
    end: cell.end,
    quoteStart: row.start,
    quoteEnd: row.end,
    block,
    rule: 'table.cell',
    evidence: [...evidence, ...(ambiguous ? [ev('attributes.ambiguous-separator')] : [])],
    fromTable: true,
  };
}

/** The indicator a column header names (its header cells top to bottom), with the unit its words give (`Xếp hạng`, `Điểm`). */
interface NamedColumn {
  ind: CompiledIndicator;
  unit: RowUnit;
  contested: boolean;
  /** The edition a caption names, for a column whose header has no year. */
  year?: number;
}

function columnIndicator(doc: Doc, cells: Cell[]): NamedColumn | undefined {
  const text = cells.map((c) => doc.v.text.slice(c.start, c.end)).join(' ');
  const unit = unitInLabel(doc, cells[cells.length - 1]!.start, cells[cells.length - 1]!.end) ?? unitOf(text);
  // (a sector named in a lower header cell is the column's, whichever cell names the measure: `Doanh thu` over
  // `Trong đó: viễn thông (tỷ đồng)` is telecom revenue, `Doanh thu` over `Công nghiệp CNTT` the IT industry's)
  const below = cells.length > 1 ? facetsOfSpan(doc, cells[cells.length - 1]!.start, cells[cells.length - 1]!.end) : undefined;
  for (const c of [...cells].reverse()) {
    const own = facetsOfSpan(doc, c.start, c.end);
    const np = below && below.sectors.size && !own.sectors.size ? { ...own, sectors: below.sectors } : own;
    const choice = chooseIndicator(doc.words, doc.matches, { near: [c.start, c.end], far: [c.start, c.end], trail: [c.end, c.end] }, (ind) => unitFits(unit.kind, undefined, ind.unit) && !ind.needsFlowMark && facetsFit(ind, np));
    if (choice) return { ind: choice.indicator, unit, contested: choice.contested };
  }
  return undefined;
}

/** Whether a column's header names an indicator other than the row's `ind`, neither a part nor the whole of it (`Đã xử lý, phản hồi` over a row of the hotline). */
function measuresOther(named: NamedColumn | undefined, ind: CompiledIndicator): boolean {
  return named !== undefined && named.ind.key !== ind.key && ind.partOf !== named.ind.key && named.ind.partOf !== ind.key;
}

/** Whether a cell names the report's own region. */
function isOwnRegion(doc: Doc, cell: Cell): boolean {
  const t = cellText(doc, cell).replace(/\s+/g, ' ').trim();
  const unspaced = t.replace(/\s+/g, '');
  return doc.ownRegion.some((o) => t === o || unspaced === o || t.startsWith(`${o} `) || t.endsWith(` ${o}`));
}

/** A ranking table: regions down the label column, an indicator (and its edition year) in each column header. */
/**
 * A column headed by a rank or score word alone (`Rank`, `Điểm`) under a caption that names the index (`DTI 2023: …`):
 * that index's rank or score, for the caption's edition.
 */
function captionIndicator(doc: Doc, cells: Cell[], captionLine: Span | undefined): NamedColumn | undefined {
  if (!captionLine || !cells.length) return undefined;
  const unit = unitOf(cells.map((c) => doc.v.text.slice(c.start, c.end)).join(' '));
  if (unit.kind !== 'rank' && unit.kind !== 'score') return undefined;
  // (not a pillar's column: `Rank | Digital government pillar`)
  if (cells.some((c) => matchesIn(doc.matches, c.start, c.end).some((m) => doc.words.component.has(m.id)))) return undefined;
  const choice = chooseIndicator(doc.words, doc.matches, { near: [captionLine.start, captionLine.end], far: [captionLine.start, captionLine.end], trail: [captionLine.end, captionLine.end] }, (ind) => unitFits(unit.kind, undefined, ind.unit));
  if (!choice) return undefined;
  const y = reYear.exec(cellText(doc, captionLine));
  return { ind: choice.indicator, unit, contested: choice.contested, ...(y ? { year: Number(y[1]) } : {}) };
}

function readRegionRows(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, header: { labels: string[]; cells: Cell[][]; several: boolean }, columns: Column[], body: Row[], out: Candidate[], captionLine: Span | undefined): boolean {
  let regionCol = columns.findIndex((c) => c.kind === 'region');
  if (regionCol < 0) {
    const labelCol = columns.findIndex((c) => c.kind === 'label');
    const regionRows = body.filter((r) => {
      const c = r.cells[labelCol];
      return c && (isOwnRegion(doc, c) || within(doc.otherRegions, c.start, c.end).some((o) => o.end <= c.end + 1));
    });
    if (labelCol < 0 || regionRows.length < 2 || regionRows.length < body.length / 2) return false;
    regionCol = labelCol;
  }
  for (const row of body) {
    const label = row.cells[regionCol];
    if (!label || !isOwnRegion(doc, label)) continue;
    row.cells.forEach((cell, i) => {
      if (i === regionCol) return;
      const col = columns[i];
      if (!col || col.kind === 'plan' || col.kind === 'index' || col.kind === 'growth' || col.kind === 'unit' || reRankMove.test(header.labels[i] ?? '')) return;
      // a column of no year and no indicator may still be a rank or a score of the index the caption names
      const named = (col.kind === 'other' ? undefined : columnIndicator(doc, header.cells[i] ?? [])) ?? captionIndicator(doc, header.cells[i] ?? [], captionLine);

      if (!named) return;
      // (not a rank within a group of provinces: `Xếp hạng trong vùng`, `Rank in the region`)
      if (named.unit.kind === 'rank' && (header.cells[i] ?? []).some((c) => matchesIn(doc.matches, c.start, c.end).some((m) => doc.words.regionGroup.has(m.id)))) return;
      const y = reYear.exec(header.labels[i] ?? '');
      const year = y ? Number(y[1]) : (named.year ?? doc.reportYear);
      if (year === undefined) return;
      const n = cellNumber(doc, cell);
      if (!n) return;
      const evidence = [ev('subject.table-column'), ev(y ? 'year.table-column' : named.year !== undefined ? 'year.edition' : 'year.report'), ...(named.contested ? [ev('subject.contested')] : []), ...(header.several ? [ev('subject.table-header-rows')] : [])];
      const c = candidate(doc, named.ind, n.value, named.unit, year, 'actual', cell, row, table, n.ambiguous, evidence);
      if (c) out.push(c);
    });
  }
  return true;
}

/** Years down the first column, indicators across the header (`Năm | Doanh thu (tỷ đồng) | Số trạm BTS`). */
function readTransposed(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, header: { cells: Cell[][]; several: boolean }, body: Row[], caption: Caption, out: Candidate[], captionLine?: Span): void {
  // (not a row of a comparison: `So sánh 2024/2023 (%)`, `2024 so với 2023`)
  const yearRows = body.filter((r) => r.cells[0] && reYear.test(cellText(doc, r.cells[0])) && !rePartYear.test(cellText(doc, r.cells[0])) && !reAverage.test(cellText(doc, r.cells[0])) && !isCompare(cellText(doc, r.cells[0])));
  if (yearRows.length < 1) {
    readPartRows(doc, table, header, body, caption, out, captionLine);
    return;
  }
  header.cells.forEach((cells, i) => {
    const headerText = cells.map((c) => cellText(doc, c)).join(' ');
    // (nor a column of rank moves: `Thay đổi thứ hạng` over `+4`)
    if (i === 0 || !cells.length || ofOtherRegion(doc, headerText, cells) || reRankMove.test(headerText)) return;
    const column = columnIndicator(doc, cells);
    for (const r of yearRows) {
      // a column headed by a rank or score word alone takes the index its row names (`DTI 2022 (công bố năm 2023) | 0,4630 | 29`)
      // (or the table's caption: `Bảng 3. Điểm số và thứ hạng Chỉ số DTI` over `Năm | Điểm | Xếp hạng [/63]`)
      const named = column ?? captionIndicator(doc, cells, r.cells[0]) ?? captionIndicator(doc, cells, captionLine);
      if (!named) continue;
      const yc = cellText(doc, r.cells[0]!);
      const year = Number(reYear.exec(yc)![1]);
      const cell = r.cells[i];
      if (!cell) continue;
      const n = cellNumber(doc, cell);
      if (!n) continue;
      const qualifier: Qualifier = rePlan.test(yc) ? 'target' : reEstimate.test(yc) || reMarkedYear.test(yc) ? 'estimate' : caption.target ? 'target' : 'actual';
      const evidence = [ev('subject.table-column'), ev('year.table-column'), ...(qualifier !== 'actual' ? [ev('qualifier.table-column')] : []), ...(named.contested ? [ev('subject.contested')] : []), ...(header.several ? [ev('subject.table-header-rows')] : [])];
      const c = candidate(doc, named.ind, n.value, named.unit, year, qualifier, cell, r, table, n.ambiguous, evidence);
      if (c) out.push(c);
    }
  });
}

/**
 * A table of one year with the parts of a whole down the rows and measures across (`Kênh tiếp nhận | Số ý kiến tiếp
 * nhận | Đã xử lý, phản hồi | Tỷ lệ (%)` over `Đường dây nóng 1022 | …`, `Tổng cộng | …`): the total row gives each
 * column's indicator, a row naming a part of it (a channel) that part; other rows give nothing. The year is the
 * caption's or the heading's; a part-year caption gives nothing.
 */
function readPartRows(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, header: { cells: Cell[][]; several: boolean }, body: Row[], caption: Caption, out: Candidate[], captionLine?: Span): void {
  const captionText = captionLine ? cellText(doc, captionLine) : '';
  const y = reYear.exec(captionText);
  const year = y ? Number(y[1]) : caption.year;
  if (year === undefined || caption.partYear || rePartYear.test(captionText)) return;
  let before: NamedColumn | undefined;
  const found: Candidate[] = [];
  let parts = 0;
  header.cells.forEach((cells, i) => {
    if (i === 0 || !cells.length) return;
    const named = columnIndicator(doc, cells) ?? shareOfColumnBefore(doc, cells, before);
    before = named;
    if (!named) return;
    for (const r of body) {
      const label = r.cells[0];
      const cell = r.cells[i];
      if (!label || !cell) continue;
      const total = reTotalRow.test(cellText(doc, label).trim());
      const ind = total ? named.ind : partNamed(doc, label, named.ind);
      const n = ind ? cellNumber(doc, cell) : undefined;
      if (!ind || !n) continue;
      const qualifier: Qualifier = caption.target ? 'target' : 'actual';
      const evidence = [ev('subject.table-column'), ev('year.table-column'), ...(named.contested ? [ev('subject.contested')] : []), ...(header.several ? [ev('subject.table-header-rows')] : [])];
      const c = candidate(doc, ind, n.value, named.unit, year, qualifier, cell, r, table, n.ambiguous, evidence);
      if (!c) continue;
      found.push(c);
      if (!total) parts++;
    }
  });
  // only a table of parts: a total row under rows of districts or operators is read by no column of its own here
  if (parts > 0) out.push(...found);
}

/** A total row's value cells, each of the indicator its column's header names (not a column of what is new in the year). */
function totalRowByColumn(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, headerCells: Cell[][], columns: Column[], row: Row, captionLine: Span | undefined): Candidate[] {
  const out: Candidate[] = [];
  row.cells.forEach((cell, i) => {
    const col = columns[i];
    const cells = headerCells[i];
    if (col?.kind !== 'value' || col.partYear || !cells?.length) return;
    // (a column headed by a total word alone, `Thực hiện năm 2024 | Tổng`, or by a year alone, `Năm 2025`, counts what the
    // caption names: `SỐ LƯỢNG DỊCH VỤ CÔNG TRỰC TUYẾN THEO CƠ QUAN CHỦ TRÌ`, `Số lượng ý kiến … tiếp nhận theo kênh`)
    const captionMeasures = captionLine && (reTotalRow.test(cellText(doc, cells[cells.length - 1]!).trim()) || cells.every((c) => reYearOnly.test(cellText(doc, c).trim())));
    const named = columnIndicator(doc, cells) ?? (captionMeasures ? columnIndicator(doc, [{ ...captionLine, column: -1 }]) : undefined);
    if (!named || (!named.ind.flow && cells.some((c) => isFlowLabel(doc, c)))) return;
    const n = cellNumber(doc, cell);
    const c = n && candidate(doc, named.ind, n.value, named.unit, col.year, col.qualifier, cell, row, table, n.ambiguous, [ev('subject.table-column'), ev('year.table-column'), ...(named.contested ? [ev('subject.contested')] : [])]);
    if (c) out.push(c);
  });
  return out;
}

/** `Tỷ lệ (%)` right after `Đã xử lý, phản hồi`: a share column alone is the share of the column before it. */
function shareOfColumnBefore(doc: Doc, cells: Cell[], before: NamedColumn | undefined): NamedColumn | undefined {
  if (!before) return undefined;
  const unit = unitOf(cells.map((c) => doc.v.text.slice(c.start, c.end)).join(' '));
  const share = unit.kind === 'percent' ? doc.words.indicators.find((ind) => ind.shareOf === before.ind.key) : undefined;
  return share ? { ind: share, unit, contested: false } : undefined;
}

/** The part of `whole` (a channel of the feedback) that a row label names, if any. */
function partNamed(doc: Doc, label: Cell, whole: CompiledIndicator): CompiledIndicator | undefined {
  return chooseIndicator(doc.words, doc.matches, { near: [label.start, label.end], far: [label.start, label.end], trail: [label.end, label.end] }, (ind) => ind.partOf === whole.key)?.indicator;
}

export { matchesIn };
