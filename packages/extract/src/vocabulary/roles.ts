/**
 * Words that give a number its role: a level, a change, plan attainment, an index against a year, a rank, a score,
 * an increment, the start or end of a move, a denominator. Written as people write them; matched folded.
 */

/** Verbs of a rise or a fall before a percentage (`tăng 12%`, `up 16 percent`): the percentage is a change. */
export const changeUp: string[] = ['tăng', 'tăng trưởng', 'tăng thêm', 'increased', 'increase', 'increasing', 'rose', 'rising', 'grew', 'growing', 'grow', 'grow by', 'grown', 'risen', 'climbed', 'jumped', 'expand', 'expanded', 'expanding', 'growth of', 'up', 'a rise of', 'an increase of', 'higher', 'cao hơn'];
export const changeDown: string[] = ['giảm', 'giảm thêm', 'fell', 'fallen', 'dropped', 'declined', 'decreased', 'decrease', 'shrank', 'shrunk', 'down', 'a fall of', 'a drop of', 'a decrease of', 'lower', 'thấp hơn'];
/** Phrasal verbs ending in a change word that state a level (`made up 15.8 per cent of GRDP`). */
export const notChange: string[] = ['made up', 'make up', 'makes up', 'making up', 'took up', 'takes up', 'set up', 'picked up', 'không thấp hơn', 'không cao hơn', 'no lower than', 'no higher than', 'cao hơn mức', 'thấp hơn mức'];
/** Words that may stand between a change verb and its number (`tăng khoảng 9%`, `up by nearly 10 percent`). */
export const changeFillers: string[] = ['khoảng', 'hơn', 'gần', 'xấp xỉ', 'ít nhất', 'tối thiểu', 'by', 'nearly', 'about', 'some', 'over', 'more than', 'almost', 'around', 'at least', 'just', 'only', 'by just', 'by only'];

/**
 * An amount after these is a change of a level, never the level (`tăng 415 tỷ đồng`, `nhiều hơn năm trước 512 tỷ`,
 * `mở rộng gần 430 tỷ`, `up VND512 billion`, `add 500 stations`).
 */
export const incrementVerbs: string[] = [
  'tăng', 'giảm', 'tăng thêm', 'giảm thêm', 'mở rộng', 'mở rộng thêm', 'nhiều hơn', 'ít hơn', 'cao hơn', 'thấp hơn', 'vượt hơn',
  'up', 'down', 'rose', 'fell', 'increased', 'decreased', 'more', 'fewer', 'add', 'adding', 'added', 'gained', 'lost', 'higher', 'lower', 'grew', 'grew by', 'grow by', 'grown', 'grown by', 'risen', 'fallen', 'climbed', 'jumped', 'dropped', 'declined', 'expanded by',
  'an increase of', 'a rise of', 'a drop of', 'a decrease of',
];
/** Words between an increment verb and its amount: a year reference (`nhiều hơn năm trước 512 tỷ`) or a filler. */
export const incrementFillers: string[] = ['khoảng', 'hơn', 'gần', 'xấp xỉ', 'ít nhất', 'by', 'nearly', 'about', 'some', 'around', 'almost', 'more than', 'at least', 'năm trước', 'so với năm trước', 'so với cùng kỳ', 'cùng kỳ', 'than last year', 'than in', 'from last year'];
/**
 * Between a change and the same change put another way (`up 17 per cent, or VND1.37 trillion`, `tăng 17%, tương đương
 * 1.370 tỷ đồng`, `tăng 1.370 tỷ đồng, tương ứng 17%`): the second is a change too, never a level.
 */
export const changeRestated: string[] = ['or', 'hay', 'tức', 'tức là', 'tương đương', 'tương đương với', 'tương ứng', 'tương ứng với', 'equivalent to', 'i.e.', 'that is'];
/** A percentage after these is added to another one (`tăng thêm 5%`), not a change of the level. */
export const percentIncrement: string[] = ['thêm', 'tăng thêm', 'giảm thêm', 'bổ sung'];

/** The start of a move (`từ 2,3% xuống 0,8%`, `from 52 per cent to 66 per cent`). */
export const moveFrom: string[] = ['từ', 'từ mức', 'from'];
/** Before a value the speaker denies or a correction replaces (`chứ không phải 1.520`, `rather than 1,520`, `thay cho số ước 6.712,5 tỷ đồng`): no figure. */
export const deniedBefore: string[] = ['không phải', 'không phải là', 'thay cho', 'thay cho số ước', 'thay cho số liệu', 'thay cho con số', 'rather than', 'instead of', 'not'];
/** Before a milestone a figure the sentence gave passed (`đạt 9.040 tỷ đồng, … vượt ngưỡng 9 nghìn tỷ đồng`): no figure of its own, unless a target is set at it (`phấn đấu cán mốc 5.000 tỷ đồng`). */
export const milestoneBefore: string[] = ['vượt ngưỡng', 'vượt mốc', 'cán mốc', 'chạm mốc', 'ngưỡng', 'mốc'];
/** In a correction note, the words that name the value given wrongly (`misstated … as US$52 million`): that value is withdrawn. */
export const misstatedBefore: string[] = ['misstated', 'misreported', 'incorrectly stated', 'incorrectly reported', 'wrongly stated', 'wrongly reported', 'ghi nhầm', 'đưa nhầm'];
/** Hearsay: a figure someone else is said to have given (`The province reportedly has 3,100 BTS stations`, `A newspaper recently wrote that …`), a claim to check, not the text's own figure. */
export const hearsayMarks: string[] = ['reportedly', 'is said to', 'are said to', 'was said to', 'a newspaper wrote', 'a newspaper recently wrote', 'a newspaper reported', 'a speaker said', 'quoted by the delegate', 'quoted by a delegate', 'nghe nói', 'có ý kiến cho rằng', 'có thông tin cho rằng', 'thông tin cho rằng', 'tôi đọc được', 'một tờ báo', 'bài viết cho biết', 'bài viết còn cho biết'];
/** Soon after a value, words that correct it (`1.520 tỷ đồng... à, xin đính chính, con số đúng là 1.250`): the value is withdrawn. */
export const correctionAfter: string[] = ['xin đính chính', 'đính chính', 'xin sửa lại', 'tôi nói nhầm', 'nói nhầm', 'xin lỗi, con số đúng', 'à không', 'à không, chính xác là', 'chính xác là', 'nói đúng hơn là', 'i mean', 'or rather', 'sorry,', 'correction', 'i misspoke', 'sorry, the correct figure'];
/** Words that open a correction of a value named after them (`Tôi xin đính chính: con số 3.400 tỷ đồng là số ước …`). */
export const correctionOpeners: string[] = ['xin đính chính', 'đính chính', 'xin sửa lại', 'correction'];
/** Before a value, after a correction's opener: the value is the right one (`xin đính chính, con số đúng là 3.186`). */
export const correctedValueLinks: string[] = ['là', 'is', 'was', 'should be', 'phải là', 'đúng là'];
/** A revision's old value after these (`được điều chỉnh từ 7.380 tỷ đồng lên 7.415 tỷ đồng`, `revised from 7,380`). */
export const revisedFrom: string[] = ['điều chỉnh từ', 'hiệu chỉnh từ', 'đính chính từ', 'sửa từ', 'sửa lại từ', 'revised from', 'revised up from', 'revised down from', 'corrected from', 'adjusted from', 'restated from'];
/** In a sentence that revises figures, the words before the values published before (`thay thế số liệu sơ bộ … (số liệu
 * đã công bố lần lượt là 8.540,2 tỷ đồng; …)`, `the 2023 yearbook had published 3,319 stations`): those values are withdrawn. */
export const publishedBefore: string[] = ['đã công bố', 'số liệu đã công bố', 'đã công bố trước đây', 'công bố trước đây', 'đã báo cáo', 'previously published', 'originally published', 'first published', 'had published', 'published earlier', 'previously reported', 'had reported'];
export const revisionWords: string[] = ['điều chỉnh', 'thay thế', 'hiệu chỉnh', 'sửa đổi', 'đính chính', 'revised', 'revision', 'replaces', 'replacing', 'corrected', 'adjusted'];
/** The end of a move. */
export const moveTo: string[] = ['lên', 'xuống', 'xuống còn', 'giảm còn', 'còn', 'to', 'lên mức', 'xuống mức'];

/** Plan attainment after a percentage (`102% kế hoạch`, `104 per cent of the annual plan`). */
export const planAfter: string[] = ['kế hoạch', 'KH', 'chỉ tiêu', 'mục tiêu', 'of the plan', 'of its plan', 'of the target', 'of its target', 'of the annual plan', 'of its annual plan', 'of the yearly plan', 'of the annual target'];
/** A comparison before the plan words (`102% so với kế hoạch`). */
export const planCompare: string[] = ['so với', 'so'];
/** `vượt 20% kế hoạch`: the excess, plan attainment 120%. */
export const exceedBefore: string[] = ['vượt', 'exceeded', 'exceeded the plan by', 'exceeded the target by', 'beat', 'beat the plan by', 'beat the target by'];
/** `bằng 109% so với cùng kỳ`: an index, a change of 9%. */
export const indexBefore: string[] = ['bằng', 'equal to', 'equivalent to'];
export const comparedAfter: string[] = ['so với', 'compared with', 'compared to', 'of the same period', 'of the previous year', 'of last year'];
const targetNouns = ['chỉ tiêu', 'kế hoạch', 'mục tiêu'];
const targetMetVerbs = ['vượt', 'vượt mức', 'đạt', 'chưa đạt', 'không đạt', 'hoàn thành', 'so với'];
/** A target the figure is measured against (`chưa đạt chỉ tiêu 30%`, `vượt kế hoạch 95%`): the target of the year reported, not of the next. */
export const targetMetBefore: string[] = [
  ...targetMetVerbs.flatMap((v) => targetNouns.map((n) => `${v} ${n}`)),
  'than the target of', 'against a target of', 'against the target of', 'missed the target of', 'met the target of',
  'beat the target of', 'exceeded the target of', 'surpassed the target of', 'fell short of the target of', "the year's target of",
];
/** A target named after these (`vượt chỉ tiêu 18%`, `kế hoạch 12%`): the number is the target, not the result. */
export const targetValueBefore: string[] = [...targetMetBefore, ...targetNouns, 'kế hoạch đề ra', 'mục tiêu đề ra', 'the target of', 'a target of', 'the plan of', 'target of', 'plan', 'target', 'annual plan', 'annual target'];

/** Between a target word and its number: the target's year and a copula (`vượt chỉ tiêu năm 2024 là 50%`). */
export const targetYearWords: string[] = ['năm', 'cả năm', 'for', 'in'];
export const targetCopula: string[] = ['là', 'đề ra', 'đặt ra', 'được giao', 'giao', 'is', 'was', 'of'];

/** Before an ordinal, a move that reaches a place (`has risen to 19th place`, `slipped to 30th`): a rank. */
export const rankMoveBefore: string[] = ['risen to', 'rose to', 'rising to', 'climbed to', 'climbing to', 'moved up to', 'jumped to', 'fell to', 'dropped to', 'slipped to', 'falling to'];
/** After an ordinal, the word of a place (`19th place`, `21st position`). */
export const placeAfter: string[] = ['place', 'position', 'spot'];
export const rankBefore: string[] = ['xếp thứ', 'xếp hạng', 'đứng thứ', 'xếp vị trí thứ', 'vị trí thứ', 'hạng', 'thứ hạng', 'ranked', 'ranks', 'ranking', 'placed', 'came', 'no.', 'ranked no.'];
/** `thứ 27` alone (a later item of a list of ranks), matched with its accents: folded, it is `thu` as in `doanh thu`. */
export const rankOrdinal: string[] = ['thứ'];
/** Words opening a clause about a score (`Điểm DTI 2024 của tỉnh đạt 0,5437`). */
export const scoreOpeners: string[] = ['điểm', 'điểm số', 'tổng điểm', 'score', 'the score', 'its score', 'the overall score'];
export const scoreBefore: string[] = ['a score of', 'score of', 'scoring', 'scored', 'số điểm', 'với số điểm', 'điểm số', 'đạt điểm', 'tổng điểm', 'tổng điểm đạt', 'tổng điểm là', 'đạt tổng điểm', 'điểm tổng hợp', 'điểm tổng hợp đạt', 'with an overall score of', 'overall score of'];
/** `0,8654 điểm`; not `215 điểm phát Wi-Fi` (points of service). */
export const scoreAfter: string[] = ['điểm', 'point', 'points'];
/** After `điểm` these keep it a score (`0,51 điểm trên thang 1`). */
export const scoreAfterLinks: string[] = ['trên', 'và', 'với', 'trong', 'tại', 'theo', 'ở', 'xếp', 'out', 'and', 'in', 'on', 'at'];

/** Rank moves: `tăng 4 bậc`, `up 3 places`: a change of rank, never a rank. */
export const rankSteps: string[] = ['bậc', 'hạng', 'places', 'place', 'spots', 'positions'];

/** Phrases that make a place a rank of 1 (`dẫn đầu cả nước về DTI`). */
export const leaderPhrases: string[] = ['dẫn đầu', 'đứng đầu', 'xếp hạng nhất', 'xếp thứ nhất', 'giữ vị trí dẫn đầu', 'vị trí dẫn đầu', 'hạng nhất', 'hạng Nhất', 'vị trí số 1', 'topped', 'led', 'leads', 'top spot', 'ranked first', 'first place', 'came first', 'ranked top'];
/** A leader phrase after these is a band (`nhóm 10 địa phương dẫn đầu`, `among the top 10`), not a rank of 1. */
export const bandWords: string[] = ['nhóm', 'tốp', 'top', 'among', 'trong số', 'một trong', 'one of'];
/** A leader phrase followed by these is a lead in one field only (`dẫn đầu về …`): the field names the index. */
export const leaderTopic: string[] = ['về', 'in', 'on'];
/** The scope of a lead (`dẫn đầu cả nước`): a lead of a region group (`khu vực`) is not a national rank. */
export const leaderNational: string[] = ['cả nước', 'toàn quốc', 'the country', 'nationwide'];

/** Anaphors that carry the subject of the figure before (`con số này`). */
export const anaphors: string[] = [
  'con số này', 'con số', 'số này', 'mức này', 'tỷ lệ này', 'tỷ trọng này', 'this figure', 'the figure', 'that figure', 'that share', 'this share', 'that rate', 'this rate',
  'the number', 'this number', 'that number',
  // (a pronoun only as the subject of a verb of a target or an outcome: `Under the programme, it is set to hit VND3 trillion`)
  'it is set to', 'it is expected to', 'it is projected to', 'it is forecast to', 'it is targeted to', 'it is to', 'it will', 'it should',
];
/** Verbs of a share (`chiếm 80%`, `accounting for`). */
export const shareVerbs: string[] = ['chiếm', 'đạt tỷ lệ', 'tỷ lệ', 'tương đương', 'bằng', 'đạt', 'accounting for', 'accounted for', 'made up', 'makes up', 'or', 'share of', 'equal to'];
/** Lists in order: `lần lượt đạt A và B`. */
export const respectivelyWords: string[] = ['lần lượt', 'tương ứng', 'respectively'];

/** A number after these, right after another number, is the total it is a part of (`1.024 of the province's 1.890`). */
export const denominatorAfterFigure: string[] = ['of the', 'of its', "of the province's", "of the city's", 'of all', 'trên', 'trong số', 'out of'];
/** A number after these is always a total of reference (`trên tổng số 1.616 TTHC`). */
/** Between a share and a count right after it (`chiếm 91,6% tổng số 2.167 vị trí`, `91.6 per cent of the 2,167 sites`): the count is the share's base. */
export const shareBaseLinks: string[] = ['tổng số', 'của tổng số', 'trong tổng số', 'trên tổng số', 'of the', 'of all', 'of the total', 'of a total of', 'of a', 'of its', "of the province's", 'of the province’s', "of the city's", 'of the city’s', 'của tỉnh', 'trong số'];
export const denominatorWords: string[] = ['trên tổng số', 'trong tổng số', 'so với tổng số', 'out of a total of', 'of a total of', 'out of'];

/** Words after a number that start no noun phrase of its own (`… 80% và …`): what follows is not its subject. */
export const linkWords: string[] = ['trở lên', 'trở xuống', 'và', 'hay', 'hoặc', 'so với', 'của', 'trong', 'trên', 'với', 'khi', 'nhưng', 'đạt', 'tăng', 'giảm', 'vượt', 'theo', 'còn', 'là', 'năm', 'lên', 'xuống', 'vào', 'đến', 'and', 'or', 'of', 'in', 'from', 'compared', 'than', 'to', 'with', 'year', 'up', 'down', 'by', 'a year earlier', 'a year ago', 'the previous year', 'last year', 'earlier'];

/** Words before a number that do not change its approximation (`đạt khoảng`, `ở mức hơn`). */
export const approxFillers: string[] = ['đạt', 'là', 'mức', 'ở mức', 'reached', 'at', 'of', 'to', 'by', 'was', 'is', 'còn', 'lên'];

export const approxWords: Record<'over' | 'under' | 'about', string[]> = {
  over: ['hơn', 'trên', 'vượt mốc', 'vượt', 'ngoài', 'tối thiểu', 'ít nhất', 'không thấp hơn', 'không dưới', 'không ít hơn', 'no less than', 'not less than', 'no lower than', 'no fewer than', 'more than', 'over', 'above', 'at least', 'in excess of', 'exceeding', 'tops', 'topped', 'surpassed', 'passed'],
  under: ['gần', 'dưới', 'chưa đến', 'chưa tới', 'không quá', 'tối đa', 'không cao hơn', 'không vượt quá', 'no higher than', 'no more than', 'nearly', 'almost', 'under', 'below', 'less than', 'up to', 'close to'],
  about: ['khoảng', 'xấp xỉ', 'chừng', 'ước khoảng', 'around', 'about', 'approximately', 'roughly', 'some'],
};
/** After a share and its comma, a copula that goes on to say what the counted things are (`486 dịch vụ, chiếm 45,3%, là DVCTT toàn trình`, `486 services, or 45.3 per cent, were at level 4`). */
export const sharePredicates: string[] = ['là', 'thuộc', 'đều là', 'có thể', 'were', 'are', 'was', 'is', 'were at', 'are at', 'could be', 'can be'];
/** Approximation written after the number (`1.000 người trở lên`). */
export const approxAfter: Record<'over' | 'under', string[]> = {
  over: ['trở lên', 'or more', 'and above'],
  under: ['trở xuống', 'or less', 'and below'],
};

/** `1,4 doanh nghiệp trên 1.000 dân`: a density, written with these before the thousand. */
export const perWords: string[] = ['trên', 'per', '/'];
/** After `trên 1.000`, the people it is per (`Số doanh nghiệp công nghệ số trên 1.000 dân ước đạt 0,19`): a density named before its figure. */
export const perPeople: string[] = ['dân', 'người dân', 'người', 'people', 'residents', 'inhabitants'];

/** Verbs of a result before a level (`đạt 5.200 tỷ đồng`, `reached`): evidence that the number is the subject's value. */
/** Words of a comparison of levels (`cao hơn`, `above the national average`). */
export const comparativeWords: string[] = ['hơn', 'above', 'below', 'higher', 'lower', 'ahead of', 'behind'];
export const resultVerbs: string[] = ['đạt', 'là', 'có', 'chiếm', 'ở mức', 'đạt mức', 'lên', 'còn', 'với', 'reached', 'was', 'were', 'is', 'hit', 'stood at', 'made up', 'came in at', 'came to', 'totalled', 'totaled', 'amounted to', 'accounted for', 'had', 'has', 'earned', 'exported', 'contributed', 'employs', 'employed', 'received'];
/** A bracketed amount in another currency right after an amount is its conversion (`VND9.7 trillion (US$422 million)`). */
export const conversionWords: string[] = ['khoảng', 'tương đương', 'tương đương khoảng', 'about', 'around', 'approximately', 'equivalent to', 'or', 'some', '~'];
/** `so với năm 2018, khi con số này là 78 triệu USD`: an aside giving the value of the comparison year. */
export const asideWhen: string[] = ['khi', 'lúc đó', 'lúc', 'khi đó', 'when', 'then'];
/** After a number that rank words introduce, the places ranked (`xếp hạng 63 tỉnh, thành phố`, `ranked 63 provinces`): their count, not a rank. */
export const rankedUnits: string[] = ['tỉnh', 'tỉnh, thành phố', 'tỉnh, thành', 'tỉnh thành', 'tỉnh/thành phố', 'địa phương', 'provinces', 'provinces and cities', 'cities and provinces', 'localities'];
/** A percentage whose clause opens with these is a rate of growth (`Tốc độ tăng trưởng GRDP ước đạt 7,35%`), not a level. */
export const growthRateWords: string[] = ['tốc độ tăng trưởng', 'tốc độ tăng', 'mức tăng trưởng', 'growth rate', 'rate of growth', 'the growth of', 'tăng trưởng GRDP', 'tăng trưởng kinh tế', 'GRDP growth', 'economic growth'];
/** After an amount, a comparison that makes it a change (`VND520 billion more than in 2022`). */
export const incrementAfter: string[] = ['more than', 'higher than', 'less than', 'fewer than', 'lower than', 'more', 'additional', 'extra', 'người nữa', 'thêm nữa'];
/** `24/63`, `5th out of 63`: the number of places a rank is out of. */
export const rankOutOf: string[] = ['/', 'trên', 'out of', 'of', 'trong số'];
/** The places a rank is out of, named after the number (`27/63 tỉnh, thành phố`). */
export const rankedPlaces: string[] = ['tỉnh, thành phố', 'tỉnh thành phố', 'tỉnh, thành', 'tỉnh thành', 'tỉnh', 'địa phương', 'provinces and cities', 'provinces', 'localities'];
/** Words that open a clause of its own after a figure (`… 25 dự án với tổng vốn …`): the next figure's subject starts there. */
/** A clause said of the subject before it (`…, with revenue of VND5.1 trillion`, `…, với doanh thu 5.100 tỷ đồng`). */
export const attendantOpeners: string[] = ['với', 'with'];
export const clauseLinks: string[] = ['và', 'với', 'còn', 'nhưng', 'trong khi', 'and', 'with', 'while', 'whereas', 'but'];
/** A conjunction and the words after it that open a verb clause of its own after a figure (`… and to bring 4G to all BTS sites`). */
/** Words that turn to a further target after a figure (`đạt 13% GRDP và hướng tới 25% vào năm 2030`): a year after them is that target's. */
export const targetTurns: string[] = ['hướng tới', 'hướng đến', 'tiến tới', 'towards', 'toward'];
export const verbClauseConjunctions: string[] = ['and', 'but', 'while', 'và', 'nhưng', 'đồng thời'];
export const verbClauseStarts: string[] = ['to', 'will', 'would', 'also', 'plan to', 'plans to', 'aim to', 'aims to', 'sẽ', 'đồng thời'];
/** Nouns written as a pair or a triple with commas (`612 cơ quan, đơn vị sử dụng …`): one noun, its commas no clause bounds. */
export const nounPairs: string[] = ['cơ quan, đơn vị', 'sở, ban, ngành', 'hồ sơ, kết quả'];
/** Words that join the items of a list (`18%, 21% và 33%`). */
export const listJoiners: string[] = ['và', 'and', 'hoặc', 'or'];
/** Words a list of years may repeat between its items (`vào năm 2025 và năm 2030`). */
export const yearListFillers: string[] = ['năm', 'in'];
/** Before the base of shares listed with their years (`13% and 15% of GRDP in 2024 and 2025`, `15% và 30% GRDP của tỉnh vào năm …`). */
export const yearListBaseLinks: string[] = ['of', 'của', 'trong'];
/** Words between a list of values and the list of their years (`… vào các năm 2024, 2026 và 2030`). */
/** Between a list of values and its years, a count of the years (`trong ba năm 2020, 2021 và 2022`, `in the three years 2021, 2022 and 2023`). */
export const yearCountLeads: string[] = ['trong', 'qua', 'của', 'in', 'over', 'for', 'during', 'the', 'in the', 'over the', 'for the', 'during the'];
export const yearListOpeners: string[] = ['vào các năm', 'các năm', 'trong các năm', 'qua các năm', 'của các năm', 'tương ứng với các năm', 'năm', 'vào năm', 'in', 'in the years', 'for', 'lần lượt vào các năm', 'tương ứng các năm', 'respectively in', 'by'];
/** After a rank word: `xếp hạng thứ 5`, `ranked no. 3`. */
export const rankWordSuffixes: string[] = ['thứ', 'no.'];
/** Ordinals written as words (`ranked ninth`): a rank when rank words stand before them. `first` is a leader phrase. */
/** Words before the places of a range of ranks (`từ thứ 5 đến thứ 12`). */
export const rankRangeWords: string[] = ['thứ', 'hạng', 'vị trí'];
export const ordinalNumbers: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};
/** English ordinal endings (`5th`, `21st`): a number so written is a rank. */
export const ordinalSuffixes: string[] = ['st', 'nd', 'rd', 'th'];
/** Indexes that rank provinces: ordinals in a clause naming one are ranks in it. */
export const rankedIndexNames: string[] = ['DTI', 'ICT Index', 'Vietnam ICT Index', 'Digital Transformation Index', 'chỉ số chuyển đổi số', 'chỉ số sẵn sàng'];
