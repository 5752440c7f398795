import type { Doc } from '../document';
import { matchesIn } from '../lexicon';
import type { Quantity } from '../numbers';
import type { Unit } from '@chiso/shared';
import { alt, anyOf, endsWithOne, S, startsWithOne } from '../patterns';
import type { Span } from '../structure';
import { agencyHeads, baseWords, clauseLinks, comparativeWords, comparisonBefore, componentTopic, eachFirmWords, listJoiners, groupFrameOpeners, groupIncluded, groupSumWords, innerAreas, nationalAfterLinks, nationalBodies, nationalLabels, nationalRelativeOpeners, nationalBodyLinks, notYetKept, notYetWords, offCatalogueRates, overallIndexWords, resultVerbs, shareOpeners, provinceWords, statingVerbs, subProvinceOwners, workforceThresholdVerbs } from '../vocabulary/index';
import type { CompiledIndicator } from '../words';
import { within, type YearMention } from '../years';
import { readApprox } from './attributes';
import { ev, type Evidence } from './evidence';
import { firstStartingIn, hasMatch, inBracket, lastBefore, reOnlyJoiners, type Segment } from './segment';
import { outOfLength } from './roles';
import { chooseIndicator, leadingNoun, reDensityTail, type Kind, type Windows } from './subject';

/**
 * Stage 4, scope: whose figure it is and of what. A figure of another region (a province named before it in its
 * clause chain, a former province, a group of provinces), of the country (`cả nước`, `nationwide`, unless the report's
 * region is the country), of an operator (`riêng Viettel`), of a subset of firms, of a component of an index, a part
 * of a whole of the same indicator (`trong đó 2.900 lao động phần mềm`), or a per-firm threshold (`3 doanh nghiệp nộp
 * ngân sách trên 30 tỷ`) is not the region's value of the indicator; nor is an amount at constant prices (`theo giá so
 * sánh 2010 đạt 4.950 tỷ đồng`): every money indicator of the catalogue is at current prices; nor a rate the
 * catalogue does not hold (`mức độ hài lòng … 96,3%`).
 */
export type OutOfScope = 'otherRegion' | 'regionGroup' | 'national' | 'operator' | 'subset' | 'component' | 'part' | 'threshold' | 'constantPrices' | 'offCatalogue';

export interface ScopeInput {
  doc: Doc;
  seg: Segment;
  q: Quantity;
  kind: Kind;
  indicator: CompiledIndicator;
  w: Windows;
  /** The indicator of the whole a part list refers to (the figure before `trong đó`), if the number is in one. */
  whole: CompiledIndicator | undefined;
  approx: 'exact' | 'over' | 'under' | 'about';
  /** Where the figure's paragraph or list item starts: an item labelled with another region (`- Tỉnh Vĩnh Trà: …`) is that region's. */
  unitStart?: number;
}

export interface Scope {
  out?: OutOfScope;
  evidence: Evidence[];
}

const reComponentTopic = startsWithOne(componentTopic);
const reAgencyName = new RegExp(`(?:^|[^a-z0-9])(${alt(agencyHeads)})${S}+([a-z][a-z&]*)(?:${S}+[a-z&]+){0,5}${S}*$`, 'd');
const reStatingAfter = startsWithOne(statingVerbs);
const reNotYet = new RegExp(`(?<![a-z0-9])(?:${alt(notYetWords)})(?![a-z0-9])(?!${S}+(?:${alt(notYetKept)})(?![a-z0-9]))`);
const reEntityNoun = /^[\s\u00a0]*[a-z]/;
const rePlacesNoun = startsWithOne(baseWords.places);
const reGroupFrame = endsWithOne(groupFrameOpeners);
const reGroupFrameOpen = new RegExp(`^[\\s\\u00a0"“(]*(?:${alt(groupFrameOpeners.filter((w) => w !== 'in'))})${S}+[^,;:]*$`);
const reGroupSum = startsWithOne(groupSumWords);
const reInnerArea = startsWithOne(innerAreas);
const reGroupIncluded = new RegExp(`(?<![a-z0-9])(?:${alt(groupIncluded)})(?![a-z0-9])`);
/** After an area of the province, words that turn to the province's total (`…, nâng tổng số lên khoảng 650 điểm`). */
const reTotalAfterArea = /(?:^|[^a-z])(?:tong so|tong cong|the total|in total)(?![a-z])/;
const reNationalLabel = new RegExp(`(?<![a-z0-9])(?:${alt(nationalLabels)})${S}*:${S}*$`);
/** Words that end a figure's noun: a comparison, a conjunction, a predicate (`Its score of 0.5318 was above the national average`). */
const reNotInNoun = new RegExp(`(?<![a-z0-9])(?:${alt([...comparisonBefore, ...clauseLinks, ...resultVerbs, ...comparativeWords])})(?![a-z0-9])`);
const reCompared = new RegExp(`(?<![a-z0-9])(?:${alt(comparisonBefore)})(?![a-z0-9])`);

/** Whether an ordered list holds a value strictly between a and b (a binary search: the lists run over the whole document). */
function anyBetween(xs: number[], a: number, b: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo]! < b;
}

/** Where the words that scope a figure start: its clause chain (after the last `;`), or before the bracket holding it. */
function chainStartOf(seg: Segment, q: Quantity): number {
  return (lastBefore(seg.semis, q.prefixStart) ?? seg.sent.start - 1) + 1;
}

/** Whether another region is named before the figure in its chain, with no mention of the report's own in between, or right after it. */
function otherRegion(doc: Doc, seg: Segment, q: Quantity, chainStart: number, trail: [number, number]): boolean {
  const others = within(doc.otherRegions, chainStart, q.prefixStart);
  const last = others[others.length - 1];
  if (last && !anyBetween(doc.ownRegionMentions, last.end - 1, q.prefixStart) && !anyBetween(seg.ownReferences, last.end - 1, q.prefixStart)) return true;
  // (not one the figure is compared with: `đạt 0,5437, thấp hơn so với … Đà Nẵng`, nor one in a bracket after it: `0,8%
  // (năm 2024: Bảo Xuyên 1,9%, …)`)
  const after = within(doc.otherRegions, trail[0], trail[1])[0];
  return after !== undefined && !reCompared.test(doc.v.fold.slice(trail[0], after.start)) && !doc.v.fold.slice(trail[0], after.start).includes('(');
}

const reLabelColon = /^[\s\u00a0]*:/;
/**
 * A paragraph or list item that opens with another region's name and a colon (`- Tỉnh Vĩnh Trà: doanh thu … Chỉ số DTI
 * năm 2024 đạt 0,6288 điểm`): every figure in it is that region's, unless the item names the report's own region again.
 */
function labelledOther(doc: Doc, unitStart: number | undefined, q: Quantity): boolean {
  if (unitStart === undefined) return false;
  const first = within(doc.otherRegions, unitStart, Math.min(q.prefixStart, unitStart + 48))[0];
  if (!first || !/^[\s\u00a0\-+•*–]*[^\s\d:;,.]{0,12}[\s\u00a0]*$/.test(doc.v.fold.slice(unitStart, first.start))) return false;
  return reLabelColon.test(doc.v.fold.slice(first.end, first.end + 4)) && !anyBetween(doc.ownRegionMentions, first.end, q.prefixStart);
}

/** A share after a count of places in its clause (`3 huyện miền núi có tỷ lệ hồ sơ trực tuyến dưới 30%`, `3/9 huyện …`): those places' figure, not the region's. */
function placesSubset(doc: Doc, seg: Segment, q: Quantity, chainStart: number): boolean {
  return seg.quantities.some((c) => c.start >= chainStart && c.start < q.start && !c.currency && !c.percent && !c.scale && rePlacesNoun.test(doc.v.fold.slice(c.surfaceEnd, c.surfaceEnd + 20).replace(/^\/\d+/, '')));
}

const reSubProvinceOwner = anyOf(subProvinceOwners);
const reAmongWhole = /(?:^|[^a-z])trong(?:[\s\u00a0]+tong)?[\s\u00a0]+so(?![a-z])[^,;:]*?[^a-z]co(?:[\s\u00a0]+(?:khoang|gan|hon|tren|xap xi))?[\s\u00a0]*$/;

/** A count of one of `units` (`3 doanh nghiệp`, `100 lao động`), its noun read in [its end, `until`). */
function countOf(doc: Doc, c: Quantity, until: number, units: readonly Unit[]): boolean {
  if (c.currency || c.percent || c.scale || !reEntityNoun.test(doc.v.fold.slice(c.surfaceEnd, c.surfaceEnd + 4))) return false;
  const noun = leadingNoun(doc.words, doc.matches, [c.surfaceEnd, until], doc.v.fold);
  return noun.units !== undefined && units.some((u) => noun.units!.has(u));
}
const firms: Unit[] = ['enterprises', 'agencies'];
const firmsCount = (doc: Doc, c: Quantity, until: number) => countOf(doc, c, until, firms);

/**
 * A count of firms and an amount or a workforce each of them passes, in one clause (`3 doanh nghiệp nộp ngân sách trên
 * 30 tỷ đồng`, `12 DN có trên 100 lao động`): neither is the sector's figure. `q` is either side; `approx` is its own
 * approximation.
 */
function threshold(doc: Doc, seg: Segment, q: Quantity, kind: Kind, approx: ScopeInput['approx']): boolean {
  const clauseStart = (lastBefore(seg.bounds, q.prefixStart) ?? seg.sent.start - 1) + 1;
  const passes = kind === 'money' ? approx === 'over' || approx === 'under' : approx === 'over' && workforcePassed(doc, seg, q);
  if (passes && kind === 'money' && reEachFirm.test(doc.v.fold.slice(Math.max(clauseStart, q.prefixStart - 40), q.prefixStart))) return true;
  // `revenue of more than VND200 billion each`, `paid over VND30 billion apiece`: an amount of each firm, said after it
  if (kind === 'money' && reEachAfter.test(doc.v.fold.slice(q.surfaceEnd, q.surfaceEnd + 24))) return true;
  if (passes && seg.quantities.some((c) => c.start >= clauseStart && c.start < q.start && firmsCount(doc, c, q.prefixStart))) return true;
  if (kind === 'money') return false;
  if (kind !== 'count' || !firmsCount(doc, q, Math.min(seg.sent.end, q.surfaceEnd + 40))) return false;
  const clauseEnd = seg.bounds.find((b) => b > q.surfaceEnd) ?? seg.sent.end;
  const fold = doc.v.fold;
  return seg.quantities.some((c) => {
    if (c.start <= q.end || c.end > clauseEnd) return false;
    const passed = readApprox(fold.slice(Math.max(q.surfaceEnd, c.prefixStart - 24), c.prefixStart), fold.slice(c.surfaceEnd, c.surfaceEnd + 24));
    if (c.currency || c.scale) return passed === 'over' || passed === 'under';
    return passed === 'over' && workforcePassed(doc, seg, c);
  });
}

/** A price base year in the figure's clause before it, or right after it with no other figure in the clause (`4.950 tỷ đồng (giá so sánh 2010)`). */
function atConstantPrices(doc: Doc, seg: Segment, q: Quantity): boolean {
  const clauseStart = lastBefore(seg.bounds, q.prefixStart) ?? seg.sent.start;
  const clauseEnd = seg.bounds.find((b) => b > q.surfaceEnd && doc.v.fold[b] !== '(') ?? seg.sent.end;
  const after = (y: YearMention) => y.start >= q.surfaceEnd && y.start < Math.min(clauseEnd, q.surfaceEnd + 32) && !seg.quantities.some((x) => x.start > y.end && x.start < clauseEnd);
  return seg.years.some((y) => y.role === 'priceBase' && ((y.start >= clauseStart && y.start < q.prefixStart) || after(y)));
}

const reEachFirm = new RegExp(`(?<![a-z0-9])(?:${alt(eachFirmWords)})(?![a-z0-9])`);
const reEachAfter = startsWithOne(eachFirmWords);
const reWorkforceVerb = new RegExp(`(?<![a-z0-9])(?:${alt(workforceThresholdVerbs)})${S}+(?:[a-z]+${S}+){0,2}$`);
/** A workforce each firm passes (`có trên 100 lao động`): a count of persons after a verb of having. */
function workforcePassed(doc: Doc, seg: Segment, q: Quantity): boolean {
  return countOf(doc, q, Math.min(seg.sent.end, q.surfaceEnd + 24), ['persons']) && reWorkforceVerb.test(doc.v.fold.slice(Math.max(seg.sent.start, q.start - 30), q.start));
}

const reOffCatalogueRate = new RegExp(`(?<![a-z0-9])(?:${alt(offCatalogueRates)})(?![a-z0-9])`, 'g');
const reShareOpener = new RegExp(`(?<![a-z0-9])(?:${alt(shareOpeners)})(?![a-z0-9])`);
/** A rate the catalogue does not hold named before the percentage in its chain, with no share opened after it. */
function offCatalogueRate(doc: Doc, q: Quantity, chainStart: number): boolean {
  const chain = doc.v.fold.slice(chainStart, q.prefixStart);
  let last = -1;
  for (const m of chain.matchAll(reOffCatalogueRate)) last = m.index + m[0].length;
  return last >= 0 && !reShareOpener.test(chain.slice(last));
}

const reNationalRelative = new RegExp(`,${S}*(?:${alt(nationalRelativeOpeners)})(?![a-z0-9])`, 'g');
/** The country named after the figure in its bracket, with no other figure or `;` between (`(mục tiêu 30% vào năm 2020 trên phạm vi cả nước)`). */
function nationalLaterInBracket(doc: Doc, seg: Segment, q: Quantity, bracket: Span): boolean {
  const m = seg.matches.find((x) => doc.words.national.has(x.id) && x.start >= q.surfaceEnd && x.end <= bracket.end);
  return m !== undefined && !doc.v.fold.slice(q.surfaceEnd, m.start).includes(';') && !seg.quantities.some((x) => x.start > q.end && x.end <= m.start);
}

/** The figure in a clause opened right after the country (`… of the sector nationwide, where revenue rose …`). */
function inNationalRelative(doc: Doc, seg: Segment, chainStart: number, q: Quantity): boolean {
  let at = -1;
  for (const m of doc.v.fold.slice(chainStart, q.prefixStart).matchAll(reNationalRelative)) at = chainStart + m.index;
  return at >= 0 && seg.matches.some((m) => doc.words.national.has(m.id) && m.end <= at && at - m.end <= 2);
}

const reNationalLink = new RegExp(`^${S}*(?:${alt(nationalAfterLinks)})${S}*$`);
const reNationalBody = new RegExp(`^${S}*(?:${alt(nationalBodyLinks)})${S}+(?:${alt(nationalBodies)})(?![a-z0-9])`);
/** The country named right after the figure behind a preposition (`95.1 per cent for the country as a whole`, `47% của cả nước`), or its government (`mục tiêu 50% của Chính phủ`). */
/** The country closing the figure's noun, words alone between (`64.2 per cent of administrative dossiers nationwide were filed`). */
function nationalEndsNoun(doc: Doc, seg: Segment, trail: [number, number]): boolean {
  const m = firstStartingIn(seg, doc.words.national, trail[0], Math.min(trail[1], trail[0] + 48));
  if (!m) return false;
  const between = doc.v.fold.slice(trail[0], m.start);
  return /^[a-z\s\u00a0]*$/.test(between) && !reNotInNoun.test(between);
}

function nationalAfterLink(doc: Doc, seg: Segment, trail: [number, number]): boolean {
  if (reNationalBody.test(doc.v.fold.slice(trail[0], trail[0] + 40))) return true;
  const m = firstStartingIn(seg, doc.words.national, trail[0], Math.min(trail[1], trail[0] + 12));
  return m !== undefined && reNationalLink.test(doc.v.fold.slice(trail[0], m.start));
}


const reOverall = new RegExp(`(?<![a-z0-9])(?:${alt(overallIndexWords)})(?![a-z0-9])`);
/** A pillar named before the figure in its clause chain, unless the words after it turn back to the whole index. */
function componentBefore(doc: Doc, seg: Segment, chainStart: number, q: Quantity): boolean {
  // a sentence opening with the pillars (`Xét theo trụ cột, …; kinh tế số xếp thứ 45`) frames every chain of it
  const opening = seg.matches.some((m) => doc.words.component.has(m.id) && m.start >= seg.sent.start && m.end <= Math.min(q.prefixStart, seg.sent.start + 24));
  const last = seg.matches.filter((m) => doc.words.component.has(m.id) && m.start >= (opening ? seg.sent.start : chainStart) && m.end <= q.prefixStart).pop();
  return last !== undefined && !reOverall.test(doc.v.fold.slice(last.end, q.prefixStart)) && !reOverall.test(doc.v.fold.slice(q.surfaceEnd, q.surfaceEnd + 12));
}

/**
 * A bracket right after an agency's or a district's name, written with a capital (`… cao như Sở Tư pháp (98,2%), Sở Kế
 * hoạch và Đầu tư (96,5%)`): its figure is that unit's, not the province's.
 */
function agencyBefore(doc: Doc, seg: Segment, bracket: Span): boolean {
  const from = Math.max((lastBefore(seg.bounds.filter((b) => b < bracket.start), bracket.start) ?? seg.sent.start - 1) + 1, bracket.start - 60);
  const m = reAgencyName.exec(doc.v.fold.slice(from, bracket.start));
  if (!m?.indices) return false;
  const capital = (at: number): boolean => {
    const c = doc.v.work[from + at] ?? '';
    return c !== c.toLowerCase();
  };
  return capital(m.indices[1]![0]) || capital(m.indices[2]![0]);
}

export function readScope(s: ScopeInput): Scope {
  const { doc, seg, q, kind, indicator, w } = s;
  const words = doc.words;
  const evidence: Evidence[] = [];
  const chainStart = chainStartOf(seg, q);
  if (doc.without.has('scope')) return { evidence: softEvidence(doc, seg, s.whole, evidence) };
  const bracket = inBracket(seg, q.start);
  // a figure in brackets takes the scope of the words just before them (`trung bình cả nước (khoảng 12%)`)
  const lead: Span = bracket ? { start: Math.max(chainStart, bracket.start - 60), end: bracket.start } : { start: w.near[0], end: w.near[1] };
  if (otherRegion(doc, seg, q, chainStart, w.trail) || labelledOther(doc, s.unitStart, q)) return { out: 'otherRegion', evidence };
  if (bracket && agencyBefore(doc, seg, bracket)) return { out: 'subset', evidence };
  // (`vùng cao`, `vùng sâu, vùng xa`: areas of the province, no group of provinces; a figure of them is a subset, unless
  // the province is named again before it: `… ở vùng cao, nâng tổng số trạm toàn tỉnh lên 1.672`)
  const innerArea = (m: { id: number; end: number }) => words.regionGroup.has(m.id) && reInnerArea.test(doc.v.fold.slice(m.end, m.end + 24));
  const area = seg.matches.filter((m) => innerArea(m) && m.start >= chainStart && m.end <= q.prefixStart).pop();
  if (area && !anyBetween(seg.ownReferences, area.end - 1, q.prefixStart) && !anyBetween(doc.ownRegionMentions, area.end - 1, q.prefixStart) && !reTotalAfterArea.test(doc.v.fold.slice(area.end, q.prefixStart))) return { out: 'subset', evidence };
  const groups = seg.matches.filter((m) => words.regionGroup.has(m.id) && !innerArea(m));
  // (not a group the figure includes, in a bracket of its own: `Tính chung cả năm 2025 (bao gồm số liệu của hai tỉnh cũ
  // trong sáu tháng đầu năm), tỷ lệ … đạt 71,3%`)
  const included = (m: { start: number }): boolean => {
    const b = inBracket(seg, m.start);
    return b !== undefined && b !== bracket && reGroupIncluded.test(doc.v.fold.slice(b.start, m.start));
  };
  const group = groups.filter((m) => m.start >= chainStart && m.end <= q.prefixStart && !included(m)).pop();
  if (group && within(doc.otherRegions, chainStart, q.prefixStart).length === 0 && !anyBetween(doc.ownRegionMentions, chainStart - 1, q.prefixStart)) {
    if (!anyBetween(doc.ownRegionMentions, group.end, q.prefixStart) && !reGroupSum.test(doc.v.fold.slice(group.end, group.end + 16))) return { out: 'regionGroup', evidence };
  }
  // (past what the rank is out of: `đứng thứ 9/15 địa phương trong vùng Bắc Trung Bộ`)
  const groupFrom = kind === 'rank' ? w.trail[0] + outOfLength(doc.v.fold.slice(w.trail[0], w.trail[0] + 40)) : w.trail[0];
  if (kind === 'rank' && groups.some((m) => m.start >= w.trail[0] && m.end <= Math.min(w.trail[1], groupFrom + 24))) return { out: 'regionGroup', evidence };
  // `Trong khu vực Duyên hải Nam Trung Bộ, Ngọc Lâm đứng thứ 2`: the group frames the ranking, the region named after it is ranked within it
  // (or a clause that opens with the frame and ends with the group: `Among the 14 provinces of the north central region, …`)
  const framed = (m: { start: number }): boolean => reGroupFrame.test(doc.v.fold.slice(Math.max(seg.sent.start, m.start - 12), m.start)) || reGroupFrameOpen.test(doc.v.fold.slice((lastBefore(seg.bounds, m.start) ?? seg.sent.start - 1) + 1, m.start));
  if (kind === 'rank' && groups.some((m) => m.start >= seg.sent.start && m.end <= q.prefixStart && framed(m))) return { out: 'regionGroup', evidence };
  if (!doc.ownIsCountry && kind !== 'rank') {
    // in the words after the number only right after it (`47% cả nước`, `12 percent nationwide`), not after a comparison (`above the national average of …`)
    // (not a bracket opened after the number: `7,2% (cả nước khoảng 14,3%)` names the country for the bracket's figure)
    const opensBracket = /^[\s\u00a0]*\(/.test(doc.v.fold.slice(w.trail[0], w.trail[0] + 4));
    const national =
      hasMatch(seg, words.national, w.near[0], w.near[1]) ||
      // (right before the figure even when the figure before's trail reached past it: `54.1 per cent in 2023 and far above the nationwide rate of around 45 per cent`)
      hasMatch(seg, words.national, ownLeadStart(doc, seg, q, chainStart), q.prefixStart) ||
      // (past the thousand of a density: `0,7 DN/1.000 dân của cả nước`)
      (!opensBracket && hasMatch(seg, words.national, w.trail[0], Math.min(w.trail[1], w.trail[0] + 14 + (reDensityTail.exec(doc.v.fold.slice(w.trail[0], w.trail[0] + 40))?.[0].length ?? 0)))) ||
      nationalAfterLink(doc, seg, w.trail) ||
      nationalEndsNoun(doc, seg, w.trail) ||
      reNationalLabel.test(doc.v.fold.slice(Math.max(seg.sent.start, q.prefixStart - 24), q.prefixStart)) ||
      // (or anywhere in the figure's own bracket: `(mục tiêu 30% vào năm 2020 trên phạm vi cả nước)`)
      (bracket !== undefined && (hasMatch(seg, words.national, lead.start, lead.end) || hasMatch(seg, words.national, bracket.start, q.prefixStart) || nationalLaterInBracket(doc, seg, q, bracket))) ||
      seg.nationalOpener ||
      inNationalRelative(doc, seg, chainStart, q);
    if (national) return { out: 'national', evidence };
  }
  // (right before the figure even when the figure before's trail reached past it: `VNPT 647 vị trí và MobiFone 423 vị trí`)
  // (or one operator as the subject opening the sentence or owning its first figure, until the province returns: `VNPT Gê Thạch ước doanh thu năm 2024 đạt
  // 1.245 tỷ đồng (…), nộp ngân sách khoảng 96 tỷ đồng`)
  if (hasMatch(seg, words.operators, w.near[0], w.near[1]) || hasMatch(seg, words.operators, Math.max(chainStart, q.prefixStart - 20), q.prefixStart) || (hasMatch(seg, words.singledOut, chainStart, q.prefixStart) && hasMatch(seg, words.operators, chainStart, q.prefixStart)) || operatorOpens(doc, seg, chainStart, q)) return { out: 'operator', evidence };
  // (unless the province is named after it, before the figure: `the park the largest contributor to the province's IT
  // industry, which earned VND12.4 trillion`)
  const subset = (kind === 'money' || kind === 'count') ? seg.matches.filter((m) => words.subset.has(m.id) && m.start >= chainStart && m.end <= q.prefixStart).pop() : undefined;
  // (`Khu CNTT tập trung của tỉnh` is still the park: the province named right after it owns it)
  if (subset && !anyBetween(seg.ownReferences, subset.end + 6, q.prefixStart)) return { out: 'subset', evidence };
  // (a count of what is not yet done, in its own trail: `còn 17 vị trí trạm tại các xã vùng cao chưa nâng cấp 4G`)
  if (kind === 'count' && reNotYet.test(doc.v.fold.slice(w.trail[0], w.trail[1]))) return { out: 'subset', evidence };
  // (what a place will hold once built or full, anywhere in the figure's sentence: `Once fully occupied it is expected to
  // host 120 companies`)
  if ((kind === 'count' || kind === 'money') && hasMatch(seg, words.capacity, seg.sent.start, seg.sent.end)) return { out: 'subset', evidence };
  if (threshold(doc, seg, q, kind, s.approx)) return { out: 'threshold', evidence };
  if (kind === 'money' && atConstantPrices(doc, seg, q)) return { out: 'constantPrices', evidence };
  if (kind === 'percent' && offCatalogueRate(doc, q, chainStart)) return { out: 'offCatalogue', evidence };
  if (kind === 'percent' && placesSubset(doc, seg, q, chainStart)) return { out: 'subset', evidence };
  // `Trong tổng số 187 DN CNTT có 112 DN phần mềm`, `Trong số lao động CNTT có khoảng 1.600 người …`: a count among a
  // whole of the same indicator named before it is a part of it (not `trong tổng số 2.000 vị trí trạm có 1.956 vị trí
  // đã phát sóng 4G`, an indicator of its own)
  const among = kind !== 'percent' ? reAmongWhole.exec(doc.v.fold.slice(chainStart, q.prefixStart)) : null;
  const wholeSpan: [number, number] = [chainStart + (among?.index ?? 0), q.prefixStart];
  if (among && chooseIndicator(doc.words, doc.matches, { near: wholeSpan, far: wholeSpan, trail: [q.prefixStart, q.prefixStart] }, (ind) => ind.key === indicator.key)) return { out: 'part', evidence };
  // (a district's or a commune's figure named without its name: `nâng tổng số trạm BTS của huyện lên 146 trạm`)
  if (reSubProvinceOwner.test(doc.v.fold.slice(chainStart, q.prefixStart))) return { out: 'subset', evidence };
  // a pillar named before the rank in its clause chain, or right after it (`came 12th in digital economy`)
  const componentAfter = hasMatch(seg, words.component, q.surfaceEnd, w.trail[1]) && !cueIn(doc, indicator, q.surfaceEnd, w.trail[1]);
  if ((kind === 'rank' || kind === 'score') && (componentBefore(doc, seg, chainStart, q) || componentAfter || (reComponentTopic.test(doc.v.fold.slice(q.surfaceEnd, w.trail[1])) && !cueIn(doc, indicator, q.surfaceEnd, w.trail[1])))) return { out: 'component', evidence };
  // (the parts of what is new in the year are new too: `triển khai mới 129 DVCTT (gồm 104 dịch vụ toàn trình và 25 dịch vụ
  // một phần)` holds no stock of services)
  if (s.whole && (s.whole.key === indicator.key || (s.whole.flow && !indicator.flow && s.whole.unit === indicator.unit))) return { out: 'part', evidence };
  return { evidence: softEvidence(doc, seg, s.whole, evidence) };
}

/** What the sentence says about scope without ruling the figure out: parts listed, other regions or the country named, many figures. */
function softEvidence(doc: Doc, seg: Segment, whole: CompiledIndicator | undefined, evidence: Evidence[]): Evidence[] {
  if (whole) evidence.push(ev('subject.part-list'));
  if (within(doc.otherRegions, seg.sent.start, seg.sent.end).length) evidence.push(ev('scope.other-region-in-sentence'));
  if (!doc.ownIsCountry && hasMatch(seg, doc.words.national, seg.sent.start, seg.sent.end)) evidence.push(ev('scope.national-in-sentence'));
  if (seg.quantities.length >= 5) evidence.push(ev('scope.many-figures', Math.min(1, seg.quantities.length / 10)));
  return evidence;
}

const reLeadJoiner = new RegExp(`(?:,|;|${S}(?:${alt(listJoiners)})${S})`, 'g');

/** Where the words of the figure's own clause start: after the last conjunction or comma before it (at most 40 characters back), or after the figure before. */
function ownLeadStart(doc: Doc, seg: Segment, q: Quantity, chainStart: number): number {
  const before = seg.quantities.filter((x) => x.end <= q.prefixStart);
  // a list's later items share the lead of its first (`the national goals of 20 and 30 per cent`)
  let first = q;
  while (before.length && reOnlyJoiners.test(doc.v.fold.slice(before[before.length - 1]!.surfaceEnd, first.prefixStart))) first = before.pop()!;
  if (first !== q) return ownLeadStart(doc, seg, first, chainStart);
  const prev = before.pop();
  const from = Math.max(chainStart, q.prefixStart - 40, prev ? prev.surfaceEnd : 0);
  const lead = doc.v.fold.slice(from, q.prefixStart);
  let at = 0;
  reLeadJoiner.lastIndex = 0;
  for (let m = reLeadJoiner.exec(lead); m; m = reLeadJoiner.exec(lead)) at = m.index + m[0].length;
  return from + at;
}

function cueIn(doc: Doc, ind: CompiledIndicator, a: number, b: number): boolean {
  return matchesIn(doc.matches, a, b).some((m) => ind.cueIds.has(m.id));
}

/** `trong đó …`, `including …`, `(of which …)`: the stretches of a sentence that list parts of the figure before them. */
export function partStretches(doc: Doc, seg: Segment): Span[] {
  const out: Span[] = [];
  for (const m of seg.matches) {
    if (!doc.words.partOpener.has(m.id)) continue;
    // (nor `in which` a document states: `Nghị quyết số 09-NQ/TU …, trong đó xác định mục tiêu kinh tế số chiếm 20% GRDP`)
    if (reStatingAfter.test(doc.v.fold.slice(m.end, m.end + 24))) continue;
    // (not right after a figure: `1,918 of those sites` makes that figure a part, not a list of parts after it)
    if (seg.quantities.some((q) => q.surfaceEnd <= m.start && /^[\s\u00a0]*$/.test(doc.v.work.slice(q.surfaceEnd, m.start)))) continue;
    const bracket = inBracket(seg, m.start);
    const semi = seg.semis.find((x) => x > m.end);
    // (a sentence that opens with it lists parts up to its end: `Trong đó, tổng đài 1022 … 7.215 phản ánh; Cổng … 2.147
    // phản ánh; ứng dụng … 2.684 phản ánh`)
    const opensSentence = /^[\s\u00a0\-+•*–]*$/.test(doc.v.work.slice(seg.sent.start, m.start));
    out.push({ start: m.start, end: bracket ? bracket.end : opensSentence ? seg.sent.end : (semi ?? seg.sent.end) });
  }
  return out;
}

/** `48 of which were set up …`: the number is a part of the figure before it. */
export function isPartAfter(doc: Doc, seg: Segment, q: Quantity): boolean {
  return firstStartingIn(seg, doc.words.partAfter, q.surfaceEnd, q.surfaceEnd + 2) !== undefined;
}

/**
 * Whether one operator, the only one named before the figure in the sentence's first chain, opens the sentence (after a
 * bullet) or owns its first figure's noun (`tổng doanh thu của Viettel Ách Giang năm 2025 đạt …, nộp ngân sách …`).
 */
function operatorOpens(doc: Doc, seg: Segment, chainStart: number, q: Quantity): boolean {
  // (a later chain keeps the operator unless it turns to the province: `…; toàn tỉnh có 2.864 trạm BTS`)
  if (chainStart > seg.sent.start && reProvinceWord.test(doc.v.fold.slice(chainStart, q.prefixStart))) return false;
  const named = seg.matches.filter((m) => doc.words.operators.has(m.id) && m.end <= q.prefixStart);
  if (named.length !== 1) return false;
  const op = named[0]!;
  const firstFigure = seg.quantities[0];
  return reOnlyBullet.test(doc.v.work.slice(seg.sent.start, op.start)) || (firstFigure !== undefined && op.end <= firstFigure.prefixStart && reOwnerBefore.test(doc.v.fold.slice(Math.max(seg.sent.start, op.start - 8), op.start)));
}
const reOnlyBullet = /^[\s\u00a0\-–•*+]*$/;
const reOwnerBefore = /(?:^|[^a-z])(?:cua|of)[\s\u00a0]+$/;
const reProvinceWord = anyOf(provinceWords);
