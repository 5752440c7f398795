/**
 * What a stage of the reader found out about a figure, and why. Each fact carries the list of its evidence: the
 * confidence model reads it (each code is a feature), and the review queue shows it (`note`).
 */
export type Stage = 'document' | 'role' | 'subject' | 'scope' | 'year' | 'qualifier' | 'attributes' | 'merge' | 'reader';

export interface Evidence {
  code: EvidenceCode;
  /** A measure for graded evidence (a count, a distance, a reader's word confidence); 1 when absent. */
  value?: number;
}

/** Every evidence code, with the sentence a reviewer reads. */
export const evidenceNotes = {
  'document.english': 'the document is in English',
  'document.year-named': 'report year named in the title or opening',
  'document.year-guessed': 'report year guessed from the most frequent year',
  'document.year-dated': 'report year from the publication date',
  'document.year-given': 'report year given on upload',
  'role.level-verb': 'a verb of result before the figure (đạt, là, reached)',
  'role.bare': 'no verb before the figure',
  'role.rank-words': 'a rank (xếp thứ, ranked)',
  'role.leader': 'a first place read from words (dẫn đầu, topped)',
  'role.score-words': 'a score (điểm, a score of)',
  'role.move-end': 'the end of a move (từ … lên …)',
  'role.move-start': 'the start of a move (từ … lên …)',
  'role.target-value': 'a target named after the result (vượt chỉ tiêu 18%)',
  'role.rank-moved': 'a rank computed from a move (tăng 4 bậc)',
  'subject.clause': 'indicator named in the figure’s own clause',
  'subject.sentence': 'indicator named earlier in the sentence',
  'subject.context': 'indicator named in the previous sentence',
  'subject.inherited': 'subject inherited from the figure before',
  'subject.lead-in': 'indicator named by the line that introduces the list (Tổng doanh thu: …)',
  'subject.share-of-count': 'a share of the count just before it',
  'subject.share-predicate': 'a share named by the predicate after it (`, were at level 4`)',
  'subject.respectively': 'subject matched by order in a list (lần lượt)',
  'subject.table-row': 'indicator from the table row’s label',
  'subject.table-column': 'indicator from the table column’s header',
  'subject.table-header-rows': 'the table has several header rows (merged cells)',
  'subject.contested': 'another indicator scored almost as well',
  'subject.counted-noun': 'the counted noun after the figure fits the indicator',
  'subject.no-counted-noun': 'a count with no counted noun after it',
  'subject.far-cue': 'the indicator’s words stand far from the figure',
  'subject.sector-named': 'the sector is named in the figure’s noun phrase',
  'subject.part-list': 'the figure is in a list of parts (trong đó …)',
  'scope.other-region-in-sentence': 'another region is named in the sentence',
  'scope.national-in-sentence': 'the country is named in the sentence',
  'scope.many-figures': 'many figures in the sentence',
  'year.after-figure': 'year written right after the figure',
  'year.in-sentence': 'year written earlier in the sentence',
  'year.edition': 'year of the index edition (DTI 2022)',
  'year.comparison': 'year of the comparison (so với năm …)',
  'year.move-start': 'the year before the move’s end',
  'year.list': 'year matched by order in a list',
  'year.paragraph': 'year from the paragraph’s opening',
  'year.heading': 'year from the heading',
  'year.report': 'year of the report',
  'year.next': 'year after the report’s (a target with no year)',
  'year.table-column': 'year from the table column’s header',
  'year.period-words': 'the sentence or its section speaks of part of a year or of several years',
  'year.relative-column': 'year from a relative column header (năm trước, năm nay)',
  'qualifier.estimate-word': 'an estimate word (ước, dự kiến)',
  'qualifier.target-word': 'a target word (kế hoạch, phấn đấu)',
  'qualifier.target-heading': 'a target because of the section heading',
  'qualifier.future-year': 'a year after the report’s: a target',
  'qualifier.table-column': 'qualifier from the table column’s header',
  'qualifier.plan-words': 'plan or estimate words in the sentence that were not read as this figure’s',
  'attributes.ambiguous-separator': 'a separator that reads differently in the other convention (25,200)',
  'attributes.foreign-style': 'separators the document’s convention does not write',
  'attributes.assumed-currency': 'currency assumed from the scale word (tỷ without đồng)',
  'attributes.approximate': 'an approximate figure (khoảng, hơn)',
  'attributes.range': 'a range of values',
  'merge.corroborated': 'stated again elsewhere in the document',
  'merge.table-and-prose': 'stated both in a table and in the text',
  'merge.conflict': 'the document gives another value for the same indicator, year and kind',
  'reader.ocr-confidence': 'the reader’s confidence in the words of the figure',
} as const;

export type EvidenceCode = keyof typeof evidenceNotes;

const plain = new Map<EvidenceCode, Evidence>();
/** An evidence item; items without a value are shared (they are never changed), so reading allocates none. */
export function ev(code: EvidenceCode, value?: number): Evidence {
  if (value !== undefined) return { code, value };
  let e = plain.get(code);
  if (!e) plain.set(code, (e = Object.freeze({ code })));
  return e;
}

/** The stage an evidence code belongs to (its prefix). */
export const stageOf = (code: EvidenceCode): Stage => code.slice(0, code.indexOf('.')) as Stage;
