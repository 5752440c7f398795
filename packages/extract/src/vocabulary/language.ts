/** Abbreviations whose full stop ends no sentence (`TP. Đà Nẵng`, `Th.S`, `Inc.`). */
export const abbreviations: string[] = ['tp', 'tt', 'ths', 'ts', 'pgs', 'gs', 'q', 'p', 'ng', 'mr', 'mrs', 'ms', 'dr', 'no', 'st', 'vs', 'tr', 'kt', 'ubnd', 'k', 'h', 'x', 'vd', 'v.v', 'etc', 'inc', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'us', 'u.s'];
/** The ordinals of a report's parts (`PHẦN THỨ NHẤT`, `PART TWO`). */
export const partOrdinals = { vi: ['nhất', 'hai', 'ba', 'bốn', 'tư', 'năm'], en: ['one', 'two', 'three', 'four', 'five'] };
/** English function words: a text with many of them and few Vietnamese letters is read with English separators. */
export const englishWords: string[] = ['the', 'and', 'of', 'in', 'to', 'with', 'from', 'was', 'were', 'reached', 'million', 'billion', 'percent', 'revenue', 'year'];
