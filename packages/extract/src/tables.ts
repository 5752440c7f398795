import type { Block, Qualifier } from '@chiso/shared';
import type { Doc } from './document';
import { inUnit, type Candidate } from './facts';
import { chooseIndicator, unitFits, type Kind } from './indicators';
import { matchesIn } from './lexicon';
import { parseNumber, parseUnitText, type Decimal } from './numbers';
import type { Row, Unit as LayoutUnit } from './structure';
import type { CompiledIndicator } from './words';

/**
 * A table: a header row whose cells name years (`2019`, `Thực hiện 2020`, `Kế hoạch 2021`, `Ước thực hiện 2021`)
 * and comparisons (`So với KH (%)`, `So với 2020 (%)`, `So sánh (%)`), rows named by an indicator with a unit
 * column or a unit in the label. Or the transpose: years down the first column, indicators across.
 */
type Column =
  | { kind: 'label' }
  | { kind: 'unit' }
  | { kind: 'value'; year: number; qualifier: Qualifier; partYear: boolean }
  | { kind: 'plan' }
  | { kind: 'index'; year?: number }
  | { kind: 'growth'; year?: number }
  | { kind: 'other' };

const S = '[\\s\\u00a0]';
const reYear = /(?<![\d.,])((?:19|20)\d\d)(?![\d.,])/;
const rePlanWord = new RegExp(`\\b(?:ke${S}+hoach|kh|chi${S}+tieu|muc${S}+tieu|plan|target)\\b`);
const reEstimateWord = new RegExp(`\\b(?:uoc|du${S}+kien|estimated?|expected|forecast)\\b`);
const reCompare = new RegExp(`\\b(?:so${S}+voi|so${S}+sanh|compared|vs\\.?|ty${S}+le${S}+%)|\\(%\\)|%${S}*$`);
const reGrowth = new RegExp(`\\b(?:tang${S}+truong|tang${S}*/${S}*giam|growth|change)\\b`);
const rePartYear = new RegExp(`\\b(?:\\d+|sau|chin)${S}+thang|\\bquy\\b|\\bq[1-4]\\b|months|quarter`);
const reLabelHeader = new RegExp(`^(?:chi${S}+tieu|noi${S}+dung|hang${S}+muc|danh${S}+muc|indicator|item)$`);
const reRowNumberHeader = new RegExp(`^(?:stt|tt|so${S}+tt|no\\.?|#)$`);
const reUnitHeader = new RegExp(`^(?:don${S}+vi(?:${S}+tinh)?|dvt|unit|units)$`);

function classify(header: string, index: number): Column {
  const h = header.trim();
  if (reRowNumberHeader.test(h)) return { kind: 'other' };
  if (reUnitHeader.test(h)) return { kind: 'unit' };
  if (reLabelHeader.test(h) || (index === 0 && !reYear.test(h))) return { kind: 'label' };
  const y = reYear.exec(h);
  if (reCompare.test(h) || reGrowth.test(h)) {
    if (rePlanWord.test(h)) return { kind: 'plan' };
    if (reGrowth.test(h)) return { kind: 'growth', year: y ? Number(y[1]) : undefined };
    if (y || /cung${S}+ky|nam${S}+truoc/.test(h)) return { kind: 'index', year: y ? Number(y[1]) : undefined };
    return { kind: 'plan' };
  }
  if (y) {
    const qualifier: Qualifier = rePlanWord.test(h) ? 'target' : reEstimateWord.test(h) ? 'estimate' : 'actual';
    return { kind: 'value', year: Number(y[1]), qualifier, partYear: rePartYear.test(h) };
  }
  return { kind: 'other' };
}

const cellText = (doc: Doc, c: { start: number; end: number }): string => doc.v.fold.slice(c.start, c.end);

function cellNumber(doc: Doc, c: { start: number; end: number }): { value: Decimal; ambiguous: boolean } | undefined {
  const raw = doc.v.work.slice(c.start, c.end).trim().replace(/[\s\u00a0]*%$/, '');
  if (!/^-?\d/.test(raw)) return undefined;
  for (let i = c.start; i < c.end; i++) if (doc.mask[i]) return undefined;
  const p = parseNumber(raw, doc.convention);
  return p ? { value: p.value, ambiguous: p.ambiguous } : undefined;
}

interface RowUnit {
  kind: Kind;
  scale: number;
}

function unitOf(doc: Doc, text: string): RowUnit | undefined {
  const lower = text.toLocaleLowerCase('vi');
  if (/hạng|rank|thứ hạng/.test(lower)) return { kind: 'rank', scale: 0 };
  if (/điểm|score|points/.test(lower) && !/%/.test(lower)) return { kind: 'score', scale: 0 };
  const u = parseUnitText(lower);
  if (u?.percent) return { kind: 'percent', scale: 0 };
  if (u?.currency) return { kind: 'money', scale: u.scale };
  if (u) return { kind: 'count', scale: u.scale };
  return { kind: 'count', scale: 0 };
}

/** The unit written in a label's parentheses: `Doanh thu (tỷ đồng)`, `Tỷ lệ (%)`. */
function unitInLabel(doc: Doc, start: number, end: number): RowUnit | undefined {
  const label = doc.v.text.slice(start, end);
  const m = /\(([^()]*)\)\s*$/.exec(label);
  if (!m) return undefined;
  const u = unitOf(doc, m[1]!);
  return u && (u.kind !== 'count' || u.scale) ? u : undefined;
}

export function readTable(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, caption: { year?: number; target: boolean; partYear: boolean }, out: Candidate[]): void {
  const rows = table.rows;
  if (rows.length < 2) return;
  const header = rows[0]!;
  const columns = header.cells.map((c, i) => classify(cellText(doc, c), i));
  const valueCols = columns.filter((c) => c.kind === 'value').length;
  if (valueCols === 0) {
    readTransposed(doc, table, caption, out);
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
  for (const row of rows.slice(1)) {
    const labelCell = row.cells[columns.findIndex((c) => c.kind === 'label')] ?? row.cells[0];
    if (!labelCell) continue;
    const unitCell = unitCol >= 0 ? row.cells[unitCol] : undefined;
    const unit = (unitCell ? unitOf(doc, doc.v.text.slice(unitCell.start, unitCell.end)) : undefined) ?? unitInLabel(doc, labelCell.start, labelCell.end) ?? { kind: 'count' as Kind, scale: 0 };
    const choice = chooseIndicator(doc.words, doc.matches, { near: [labelCell.start, labelCell.end], far: [labelCell.start, labelCell.end], trail: [labelCell.end, labelCell.end] }, (ind) => unitFits(unit.kind, undefined, ind.unit) && !ind.needsFlowMark);
    if (!choice) continue;
    const ind = choice.indicator;
    let mainCand: Candidate | undefined;
    const cands: Candidate[] = [];
    row.cells.forEach((cell, i) => {
      const col = columns[i];
      if (col?.kind !== 'value' || col.partYear) return;
      const n = cellNumber(doc, cell);
      if (!n) return;
      const c = candidate(doc, ind, n.value, unit, col.year, caption.target && col.qualifier === 'actual' && !hasPlanColumn ? 'target' : col.qualifier, cell, row, table, choice.contested, n.ambiguous);
      if (!c) return;
      cands.push(c);
      if (i === main) mainCand = c;
    });
    if (mainCand) {
      const m = mainCand as Candidate;
      row.cells.forEach((cell, i) => {
        const col = columns[i];
        if (!col || (col.kind !== 'plan' && col.kind !== 'index' && col.kind !== 'growth')) return;
        if (col.kind === 'plan' && !hasPlanColumn && !/ke hoach|kh|plan|target/.test(cellText(doc, header.cells[i] ?? cell))) return;
        const n = cellNumber(doc, cell);
        if (!n) return;
        const v = Number(`${n.value.digits}e${n.value.exp}`) * (n.value.negative ? -1 : 1);
        if (col.kind === 'plan') m.plan_pct = v;
        else {
          m.change_pct = Math.round((col.kind === 'index' ? v - 100 : v) * 1e6) / 1e6;
          // `So với 2020 (%)` names the base year; `Tăng trưởng 2022 (%)` the year that grew
          m.change_vs_year = col.kind === 'index' ? (col.year ?? m.year - 1) : m.year - 1;
        }
      });
    }
    out.push(...cands);
  }
}

function candidate(doc: Doc, ind: CompiledIndicator, value: Decimal, unit: RowUnit, year: number, qualifier: Qualifier, cell: { start: number; end: number; column: number }, row: Row, table: { block: number }, contested: boolean, ambiguous: boolean): Candidate | undefined {
  const v = inUnit(value, unit.scale, ind.unit);
  if (!(v > 0)) return undefined;
  if (ind.unit === 'percent' && v > 100) return undefined;
  if (ind.unit === 'rank' && (!Number.isInteger(v) || v > 100)) return undefined;
  if (ind.unit === 'score' && v > 1) return undefined;
  const block: Block = { kind: 'table_row', index: table.block, row: row.index, column: cell.column, start: row.start, end: row.end };
  return {
    indicator: ind.key,
    unit: ind.unit,
    year,
    value: v,
    value_min: undefined,
    value_max: undefined,
    qualifier: year > doc.reportYear && qualifier === 'actual' ? 'target' : qualifier,
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
    evidence: { cue: 'table', contested, year: 'table', ambiguous, foreignStyle: false, bare: false, derived: false, assumedCurrency: false, corroborated: false },
    fromTable: true,
  };
}

/** Years down the first column, indicators across the header (`Năm | Doanh thu (tỷ đồng) | Số trạm BTS`). */
function readTransposed(doc: Doc, table: Extract<LayoutUnit, { kind: 'table' }>, caption: { year?: number; target: boolean; partYear: boolean }, out: Candidate[]): void {
  const [header, ...body] = table.rows;
  if (!header) return;
  const yearRows = body.filter((r) => r.cells[0] && reYear.test(cellText(doc, r.cells[0])) && !rePartYear.test(cellText(doc, r.cells[0])));
  if (yearRows.length < 1) return;
  header.cells.forEach((h, i) => {
    if (i === 0) return;
    const unit = unitInLabel(doc, h.start, h.end) ?? { kind: 'count' as Kind, scale: 0 };
    const choice = chooseIndicator(doc.words, doc.matches, { near: [h.start, h.end], far: [h.start, h.end], trail: [h.end, h.end] }, (ind) => unitFits(unit.kind, undefined, ind.unit) && !ind.needsFlowMark);
    if (!choice) return;
    for (const r of yearRows) {
      const yc = cellText(doc, r.cells[0]!);
      const year = Number(reYear.exec(yc)![1]);
      const cell = r.cells[i];
      if (!cell) continue;
      const n = cellNumber(doc, cell);
      if (!n) continue;
      const qualifier: Qualifier = rePlanWord.test(yc) ? 'target' : reEstimateWord.test(yc) ? 'estimate' : caption.target ? 'target' : 'actual';
      const c = candidate(doc, choice.indicator, n.value, unit, year, qualifier, cell, r, table, choice.contested, n.ambiguous);
      if (c) out.push(c);
    }
  });
}

export { matchesIn };
