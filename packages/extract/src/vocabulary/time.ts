/**
 * Words about time: which year a figure is about, which figures cover part of a year or several years, which years
 * are not a figure's year at all (a price base, a publication, a decree).
 */

/** Before a year: the base of a comparison (`so với năm 2021`, `from 2020`). */
export const comparisonBefore: string[] = ['so với', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'lớn hơn', 'compared with', 'compared to', 'from', 'than', 'versus', 'vs', 'vs.', 'over'];
/** Right before a value it names a base of comparison (`compared with 31.8 per cent in 2021`, `so với mức 58,1%`). */
/** A change's base year after these (`up 14.5 per cent on 2021`): `on` compares only right after a percentage. */
export const changeOnBefore: string[] = ['per cent on', 'percent on', '% on', 'pc on'];
export const valueComparedBefore: string[] = ['so với', 'so với mức', 'so với con số', 'so với tỷ lệ', 'so với tỷ trọng', 'cao hơn mức', 'thấp hơn mức', 'compared with', 'compared to', 'compared with a rate of', 'compared with the rate of', 'compared with a share of', 'versus', 'vs', 'vs.', 'against'];
/** Words that may stand between a comparison word and its year (`so với cùng kỳ năm 2021`, `than in 2020`). */
/** The same part of another year (`cùng kỳ năm 2020`, `the same period of 2020`): a period, not the whole year. */
export const samePeriodWords: string[] = ['cùng kỳ', 'cùng kì', 'same period', 'same months'];
export const comparisonFillers: string[] = ['cùng kỳ', 'cuối', 'hết', 'năm', 'thời điểm', 'in', 'the end of', 'end of', 'the same period of', 'the same period in', 'the same period', 'ước thực hiện', 'thực hiện', 'kết quả', 'mức'];
/** Before a year: when something was published or issued (`công bố tháng 7/2022`, `ban hành năm 2020`), not a figure's year. */
export const publicationBefore: string[] = ['công bố', 'ban hành', 'phát hành', 'đăng ký', 'xuất bản', 'published', 'announced', 'released', 'issued', 'tổ chức', 'trao', 'trao tặng', 'vinh danh', 'awarded', 'held'];
export const publicationFillers: string[] = ['trong', 'vào', 'cuối', 'đầu', 'in', 'năm', 'tháng', 'on'];
/** Before a year: a price base (`giá so sánh 2010`, `at constant 2010 prices`): never a figure's year. */
export const priceBase: string[] = ['giá so sánh', 'giá so sánh năm', 'giá cố định', 'giá cố định năm', 'constant', 'at constant', 'constant prices of', 'in constant'];
/** After a year: a price base (`at 2010 prices`). */
export const priceBaseAfter: string[] = ['prices', 'constant prices'];
/** Names of awards, contests and editions whose year is their own (`Giải thưởng Sao Khuê 2022`), not a figure's. */
export const awardBefore: string[] = ['giải thưởng', 'cuộc thi', 'award', 'awards', 'prize'];
/** The whole year, in so many words (`cả năm`, `the whole year`). */
const wholeYear: string[] = ['cả năm', 'toàn năm', 'full year', 'full-year', 'the whole year', 'whole of the year', 'for the year'];
/** Before a year: the whole year (`cả năm 2021`), even in a part-year section. */
export const fullYearBefore: string[] = [...wholeYear, 'ước cả năm', 'kế hoạch năm', 'kế hoạch cả năm', 'chỉ tiêu năm', 'mục tiêu năm', 'the whole of', 'all of', 'annual target for', 'the annual plan for'];
/** With or without a year, the whole year (`ước cả năm đạt …`, `đến cuối năm`, `for the full year`): a part-year period named before it in the sentence no longer holds. */
/** Before the words of the whole year right after a figure (`… US$195 million for the full year`). */
export const wholeYearLeads: string[] = ['for', 'in', 'over', 'for the', 'in the', 'over the'];
export const wholeYearWords: string[] = [...wholeYear, 'cuối năm', 'hết năm', 'whole-year', 'year-end', 'the end of the year'];
/** Before a year: a school year (`năm học 2024-2025`). */
export const schoolYearBefore: string[] = ['năm học', 'school year', 'academic year'];
/** A year after these, following a figure, is the year of that figure (`20% vào năm 2025`, `27 per cent by 2030`). */
/** Before a part of the year that is the basis of an estimate, not its period (`Trên cơ sở kết quả 9 tháng, … ước cả năm …`). */
export const periodBasisBefore: string[] = ['trên cơ sở', 'trên cơ sở kết quả', 'căn cứ', 'căn cứ kết quả', 'từ kết quả', 'dựa trên kết quả', 'based on', 'on the basis of', 'based on the results of'];
/** Words opening the second clause of a contrast (`Nếu như năm 2022 … đạt 31,5% thì năm 2023 …`): a year after them is that clause's. */
export const contrastLinks: string[] = ['thì', 'trong khi', 'while', 'whereas', 'but'];
/** Before a single month opening a clause (`Riêng tháng 8/2021, …`): that month alone. */
export const oneMonthOpeners: string[] = ['riêng', 'chỉ riêng', 'trong', 'chỉ trong'];
/** After `tháng 12` in a clause, the verbs of its figure (`Tổng doanh thu … tháng 12 ước đạt 371,5 tỷ đồng`): one month's result. */
export const monthResultVerbs: string[] = ['ước đạt', 'ước tính', 'tiếp nhận', 'ước tiếp nhận', 'phát triển mới', 'lắp đặt mới'];
export const yearAfterFigure: string[] = ['năm', 'in', 'vào năm', 'trong năm', 'của năm', 'for', 'by', 'đến năm', 'tới năm', 'vào', 'đến', 'by the end of', 'at the end of', 'at end of', 'as of the end of', 'in the year', 'in the', 'cuối năm', 'vào cuối năm', 'hồi cuối năm'];
/** Words that may stand between a figure and the year it is for, when the figure is a target (`20 per cent of GRDP by 2025`). */
/** In a dated story's lead, a year of the date after these is the story's subject (`… in 2025`, `the outlook for 2024`). */
export const leadYearBefore: string[] = ['in', 'năm', 'trong năm', 'for', 'cho năm', 'of'];
export const targetYearBefore: string[] = ['by', 'đến năm', 'tới năm', 'vào năm', 'đến', 'by the end of', 'trước năm', 'before'];
/** Before the year that closes a list's lead-in (`các chỉ tiêu mà Sở đề xuất cho năm 2025:`): the year of its items. */
export const leadInYearBefore: string[] = [...targetYearBefore, 'cho năm', 'for'];
/** A deadline named by the sentence before (`… by 2025. It also targets 1,000 IT firms by then`): that sentence's deadline year. */
export const deadlineThen: string[] = ['by then', 'by that time', 'by that year', 'by the same year', 'đến lúc đó', 'tới lúc đó', 'đến thời điểm đó', 'đến khi đó'];
/** A year opening a sentence as its subject gives the year of what follows (`2023 was a good year for us.`). */
export const yearSubjectVerbs: string[] = ['was', 'has been', 'is', 'là', 'đã là'];
/** The speaker's mark before an answer or a question in an interview (`A: …`, `PV: …`). */
export const interviewMarks: string[] = ['a:', 'q:', 'pv:', 'hỏi:', 'đáp:', 'trả lời:', 'answer:', 'question:'];
/** Opening words that give the year of what follows (`Năm 2022, …`, `In 2021, …`). */
export const topicYear: string[] = ['năm', 'trong năm', 'in', 'tính đến hết năm', 'đến cuối năm', 'đến năm', 'đến hết năm', 'tới năm', 'by', 'by the end of', 'at the end of'];

/** In a sentence with no figure, the figures of a year announced (`shared its preliminary figures for 2023`, `công bố số liệu năm 2023`): the year of what follows. */
export const figuresAnnounced: string[] = ['figures for', 'data for', 'results for', 'statistics for', 'figures of', 'số liệu năm', 'số liệu của năm', 'kết quả năm'];

/** Ordinal words that open the items of a list written as paragraphs. */
export const itemOrdinals: string[] = ['một là', 'hai là', 'ba là', 'bốn là', 'năm là', 'sáu là', 'bảy là', 'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'firstly', 'secondly', 'thirdly'];

/** Number words of months and periods (`sáu tháng`, `nine months`). */
export const periodCounts: string[] = ['sáu', 'chín', 'ba', 'hai', 'bốn', 'bảy', 'tám', 'mười', 'mười một', 'two', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'three', 'first', 'last', 'eleven', 'ten'];
export const monthWords: string[] = ['tháng', 'months', 'month'];
export const quarterWords: string[] = ['quý', 'quarter'];
export const halfYear: string[] = ['nửa đầu năm', 'nửa cuối năm', 'first half', 'second half', 'first half of', 'second half of', 'H1', 'H2'];
/** `đến 30/6`, `tính đến hết tháng 9`: a stock at a date, part of the year unless it is its end. */
export const untilWords: string[] = ['đến', 'tính đến', 'đến hết', 'hết', 'đến cuối', 'cuối', 'as of', 'by', 'by the end of', 'end of', 'until'];
/** Periods of several years (`giai đoạn 2021-2025`, `over five years`). */
/** `từ năm 2020 đến nay`, `since 2020`: a total over the years since, not the figure of that year. */
export const sinceWords: string[] = ['từ năm', 'từ', 'kể từ năm', 'kể từ'];
export const untilNowWords: string[] = ['đến nay', 'tới nay', 'đến hiện nay', 'until now', 'to date'];
export const sinceEnglish: string[] = ['since'];
/** Since a start that is no year (`Tính từ khi đi vào hoạt động (tháng 9/2019) đến nay`, `since its launch`): a total over the years. */
export const sinceStartWords: string[] = ['từ khi', 'kể từ khi', 'tính từ khi'];
/** Since a month of the year (`Since July the province has put 214 new services into operation`): part of a year. */
export const sinceMonthWords: string[] = ['since', 'since early', 'since late', 'since mid-'];
export const sinceStartEnglish: string[] = ['since its launch', 'since the launch', 'since its inception', 'since it was launched', 'since it went live', 'since it began operating'];
export const periodWords: string[] = ['giai đoạn', 'thời kỳ', 'period', 'từ năm', 'from', 'over', 'during', 'between', 'throughout'];
/** After a span of years, words that make it a period (`the 2021-2025 period`). */
export const periodWordsAfter: string[] = ['period', 'periods', 'plan period'];
export const yearsWord: string[] = ['năm', 'years'];
export const severalYears: string[] = ['sau', 'trong', 'qua', 'tính chung', 'cả', 'over', 'after', 'in'];
export const yearsInARow: string[] = ['liên tiếp', 'in a row', 'running', 'consecutive'];
export const numberWords: string[] = ['hai', 'ba', 'bốn', 'năm', 'mười', 'two', 'three', 'four', 'five', 'ten'];
/** Averages, totals over several years, cumulative figures: not annual figures. */
export const multiYearWords: string[] = ['bình quân', 'trung bình', 'lũy kế', 'cộng dồn', 'mỗi năm', 'hằng năm', 'hàng năm', 'cả giai đoạn', 'toàn giai đoạn', 'giai đoạn này', 'over the whole period', 'over the period', 'the whole period', 'per year', 'a year', 'annual average', 'on average', 'average', 'cumulative', 'in total over', '%/năm', '%/year'];

/** After `a year`, these make it a point in time (`a year earlier`), not a rate (`10 percent a year`). */
export const notPerYearAfter: string[] = ['earlier', 'ago', 'before', 'later'];
/** Relative years: `năm trước` is the year before the report's; `năm qua`, `this year` are the report's. */
export const previousYear: string[] = ['năm trước', 'năm ngoái'];
export const previousOfContext: string[] = ['năm trước đó', 'một năm trước đó', 'the previous year', 'a year earlier', 'the previous edition', "the previous year's edition", 'the previous ranking', 'kỳ trước', 'kỳ đánh giá trước', 'lần đánh giá trước'];
/** The year under review: in a year-end report `năm qua`, in English news written after it `last year`. */
export const currentYear: string[] = ['năm qua', 'last year', 'during the year', 'the past year'];
/** The year of writing (`năm nay`, `this year`): the report's year, or the year of a story's date. */
export const thisYear: string[] = ['năm nay', 'this year', 'the current year', 'trong năm nay'];
/** Comparisons with the year before, with no year written (`so với cùng kỳ`, `from a year earlier`): these, then … */
export const previousComparisonHeads: string[] = ['so với', 'compared with', 'compared to', 'from', 'than'];
/** … one of these. */
export const previousComparisonTails: string[] = ['cùng kỳ', 'cùng kỳ năm trước', 'cùng kỳ năm ngoái', 'năm trước', 'năm ngoái', 'last year', 'a year earlier', 'a year ago', 'the previous year', 'the same period', 'the same period last year', 'the year before'];
export const yearOnYear: string[] = ['year-on-year', 'year on year', 'y-o-y', 'yoy'];
/** `last year` in a comparison is the year before; as the subject of English news it is the year under review. */
export const lastYear: string[] = ['last year', 'the past year'];

/** Titles that name the year under review (`Tổng kết công tác năm 2022`, `review of 2021`). */
/** Words of an index or a ranking between a report word and a year: the year is the index's edition, not the report's (`kết quả Chỉ số DTI năm 2024`). */
export const editionBetween: string[] = ['chỉ số', 'index', 'dti', 'pci', 'par', 'xếp hạng', 'bảng xếp hạng', 'ranking'];
export const reportTitleWords: string[] = ['tổng kết', 'sơ kết', 'kết quả', 'báo cáo', 'tình hình', 'niên giám', 'review of', 'report on', 'results of', 'result of', 'yearbook'];
/** Titles that end with their year and no year word (`NIÊN GIÁM THỐNG KÊ TỈNH SUỐI LAM 2023`, `Statistical Yearbook 2023`). */
export const yearbookWords: string[] = ['niên giám', 'niên giám thống kê', 'yearbook', 'statistical yearbook'];
/** A part-year report (`Sơ kết 6 tháng`, `báo cáo quý II`): its targets are for its own year. */
export const partYearReportWords: string[] = ['sơ kết', 'báo cáo', 'kết quả'];
/** Headings of a periodic event (`HỌP BÁO … ĐỊNH KỲ QUÝ IV NĂM 2024`): the quarter names the event, not the period of its figures. */
export const periodicEventWords: string[] = ['họp báo', 'press conference', 'press briefing', 'giao ban'];
/** English months written out, after `in` or `during` a figure's period (`took over 2,100 calls in August`). */
export const monthNames: string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const inMonthWords: string[] = ['in', 'during'];
/** A span of months (`between July and September`, `from April to June`): part of a year. */
export const monthSpanOpeners: string[] = ['between', 'from'];
export const monthSpanJoiners: string[] = ['and', 'to', 'through', 'until'];
/** Up to the end of a month before December (`By the end of November …`): part of a year. */
export const monthEndBefore: string[] = ['by the end of', 'until the end of', 'to the end of', 'as of the end of', 'at the end of', 'as of end-', 'by end-', 'at end-', 'end-'];
/** English month names (a dateline: `January 12, 2024`). */
export const months: string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Section headings about results or about plans (`I. KẾT QUẢ THỰC HIỆN NĂM 2022`, `II. NHIỆM VỤ NĂM 2023`). */
export const resultHeading: string[] = ['kết quả', 'thực hiện', 'tình hình', 'đánh giá', 'tổng kết', 'sơ kết', 'result', 'results', 'performance'];
export const planHeading: string[] = ['kế hoạch', 'phương hướng', 'nhiệm vụ', 'mục tiêu', 'định hướng', 'chỉ tiêu', 'plan', 'plans', 'target', 'targets', 'tasks'];

/** Before a year, words that say which year an index's edition measures (`the 2020 edition, which measures the year 2019`). */
export const measuredYearLeads: string[] = ['which measures', 'which measures the year', 'measuring', 'measuring the year', 'measures the year', 'which assesses', 'which assesses the year', 'assessing the year', 'which covers the year', 'covering the year', 'based on', 'based on figures for', 'based on data for', 'phản ánh số liệu năm', 'đánh giá số liệu năm'];
/** Editions of an index named with a year (`DTI 2022`, `Vietnam ICT Index 2020`): the year the index measures. */
export const editionFillers: string[] = ['năm', 'in', 'for', ', for', '(', ')'];
/** Words of a part of a year after its count (`6 tháng đầu năm`, `nine months of`). */
export const partOfYear: string[] = ['đầu', 'cuối', 'of'];
/** The word that names a year (`năm 2023`, `in 2023`). */
export const yearWords: string[] = ['năm', 'in'];
export const ordinalWords: string[] = ['first', 'second', 'third', 'fourth', 'last'];
/** Between the years of a period (`2021-2025`, `2021 đến 2025`, `2021 to 2025`). */
export const rangeWords: string[] = ['-', 'đến', 'to'];
/** Before `last year` when it is a comparison (`up from last year`), not the year under review. */
export const lastYearCompared: string[] = ['with', 'to', 'since', 'on', 'over', 'than', 'from'];
/** Opening a sentence, words that put it at the time of the sentence before (`At that time, 4G was deployed at …`, `Of that, …`). */
export const sameTimeOpeners: string[] = ['of that', 'of this amount', 'at that time', 'at the time', 'by then', 'by that time', 'khi đó', 'lúc đó', 'cùng thời điểm', 'cùng thời điểm này', 'tại thời điểm đó', 'thời điểm đó'];
/** Words that make a year the default of the figures after them (`Unless stated otherwise, figures for 2024 …`). */
export const unlessStated: string[] = ['unless stated otherwise', 'unless otherwise stated', 'unless otherwise noted', 'unless noted otherwise', 'unless otherwise indicated', 'trừ khi có ghi chú khác', 'trừ khi ghi chú khác', 'nếu không có ghi chú khác', 'nếu không ghi chú khác'];
/** The figures a default year is stated for. */
export const figuresWords: string[] = ['figures', 'data', 'số liệu'];
