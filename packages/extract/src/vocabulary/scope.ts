/**
 * Whose figure it is and of what: the nation, another region, an operator, a subset of firms, a part of a whole,
 * a component of an index. Region names come from the region catalogue (`data/regions.csv`), not from here.
 */

/** National scope: the figure is the country's (or, in a national report, the region's own). */
export const nationalScope: string[] = [
  'cả nước', 'toàn quốc', 'bình quân cả nước', 'trung bình cả nước', 'mức trung bình cả nước', 'mức bình quân cả nước', 'của việt nam', 'việt nam đạt',
  'nationwide', 'nationally', 'national average', 'the national average', 'a national figure', 'the national figure', 'a national rate', 'the national rate', 'the national level', 'a national average', 'the national goal', 'the national target', 'the national goals', 'the national targets', 'national goals', 'national targets', 'the whole country', 'the country', 'national digital economy', 'the national share', 'national share', 'vietnam’s', "vietnam's", "viet nam's",
];

/** The country as a label before a figure (`national: 18.3%`, `cả nước: 54,2%`). */
export const nationalLabels: string[] = ['national', 'nationally', 'nationwide', 'cả nước', 'toàn quốc', 'việt nam', 'vietnam', 'viet nam'];
/** Between a figure and a national scope word after it (`95 per cent for the country as a whole`, `47% của cả nước`). */
/** After the country named, a clause of its own (`the sector nationwide, where revenue rose … to VND3.72 quadrillion`): its figures are the country's. */
export const nationalRelativeOpeners: string[] = ['where', 'in which', 'nơi', 'nơi mà', 'ở đó'];
export const nationalAfterLinks: string[] = ['for', 'in', 'of', 'across', 'của', 'ở', 'trên', 'toàn'];
/**
 * The national government owning a figure right after it (`mục tiêu 50% của Chính phủ`, `the 50 per cent goal of the
 * Government`): the country's target, not the region's. Not `Chính phủ giao` alone: a target assigned to the region is its own.
 */
export const nationalBodies: string[] = ['chính phủ', 'thủ tướng', 'thủ tướng chính phủ', 'trung ương', 'the government', 'government', 'the prime minister', 'the central government'];
/** Between a figure and the national body owning it. */
export const nationalBodyLinks: string[] = ['của', 'of', 'set by'];
/** Prefixes of a place inside a province (`huyện …`, `xã …`): one of the region's own name is a part of it. */
export const insidePrefixes: string[] = ['huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường'];
/** Prefixes of a city: in a province of the same name, the province's city (`thành phố Kép Đình` in tỉnh Kép Đình). */
export const cityPrefixes: string[] = ['thành phố', 'TP.', 'TP', 'Tp.'];
/**
 * Words that introduce a region by name: `tỉnh Quảng Nam`, `thành phố Huế`, `Quang Nam province`; and the units inside
 * a province (`huyện Đá Bàn`, `thị xã Cao Bồ`), whose figures are not the province's either.
 */
export const regionPrefixes: string[] = ['tỉnh', ...cityPrefixes, ...insidePrefixes];
export const regionSuffixes: string[] = ['province', 'city'];
/** Capitalised words after a region prefix that start no region name (`Tỉnh ủy`, `Thành phố Thông minh`). */
/** Both kinds of a thing named together (`toàn trình và một phần`, `mức độ 3 và mức độ 4`): the whole, whatever one kind alone would rule out. */
// (and the name of the system that handles procedures: `The provincial information system for administrative procedures received 612,480 dossiers`)
export const bothKinds: string[] = ['hệ thống thông tin giải quyết thủ tục hành chính', 'hệ thống thông tin giải quyết TTHC', 'information system for administrative procedures', 'administrative procedure information system', 'toàn trình và một phần', 'một phần và toàn trình', 'mức độ 3 và mức độ 4', 'mức độ 3 và 4', 'mức độ 3, mức độ 4', 'full and partial', 'end-to-end and partial', 'partial and end-to-end', 'level 3 and level 4', 'levels 3 and 4'];
/** The head of an institution's name that may end with the country's (`Trung tâm Internet Việt Nam`, `Tập đoàn Bưu chính Viễn thông Việt Nam`). */
export const institutionHeads: string[] = ['trung tâm', 'tập đoàn', 'tổng công ty', 'công ty', 'hiệp hội', 'hội', 'ngân hàng', 'viện', 'học viện', 'cục', 'tổng cục', 'quỹ', 'liên minh'];
/** The last word of an institution's name that may start with the country's (`Vietnam Internet Network Information Center`). */
export const institutionTails: string[] = ['center', 'centre', 'association', 'corporation', 'group', 'agency', 'institute', 'bank', 'post', 'fund', 'alliance', 'authority', 'company'];
export const notRegionNames: string[] = ['Thông', 'Hành', 'Trung', 'Ủy', 'Sở', 'Phòng', 'Nhà', 'Cổng', 'Thành', 'The', 'This', 'That', 'Da', 'Hồ', 'Đoàn', 'Đảng'];
/**
 * A leader's title and office before a region prefix (`Phó Chủ tịch UBND tỉnh`): a full name after the prefix that
 * starts with a family name (`Phạm Thị Hạnh`) is the leader's, not a region's.
 */
export const leaderTitles: string[] = ['chủ tịch', 'phó chủ tịch', 'bí thư', 'phó bí thư', 'chánh văn phòng'];
export const leaderOffices: string[] = ['ubnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hđnd', 'hội đồng nhân dân', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ'];
export const familyNames: string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Đào',
  'Trịnh', 'Đoàn', 'Mai', 'Tạ', 'Cao', 'Lâm', 'Hà', 'Tô', 'Quách', 'Thái', 'Vương', 'Kiều', 'Lưu', 'Triệu', 'Chu', 'Giang', 'Phùng', 'La', 'Lò', 'Hứa',
];
/** Words that name a text's source (`Theo báo cáo của Sở …`, `according to the department`): what follows is cited. */
export const sourceOpeners: string[] = ['theo', 'according to', 'citing', 'thông tin từ'];
/**
 * A figure of a unit inside the province named without its name (`nâng tổng số trạm BTS của huyện lên 146 trạm`, `Cả xã
 * hiện có 3 trạm`, `ở cấp xã còn thấp (khoảng 32%)`, `có xã chỉ đạt 38%`), or one agency singled out (`Riêng Văn phòng UBND tỉnh đã phát hành …`).
 */
export const subProvinceOwners: string[] = ['riêng văn phòng', 'riêng sở', 'riêng cơ quan', 'riêng ubnd', 'riêng ủy ban nhân dân', 'riêng huyện', 'riêng thị xã', 'riêng xã', 'riêng phường', 'riêng đơn vị', 'riêng bộ phận', 'của huyện', 'toàn huyện', 'cả huyện', 'của xã', 'toàn xã', 'cả xã', 'của thị xã', 'của phường', 'ở cấp xã', 'tại cấp xã', 'của cấp xã', 'có xã', 'có phường', 'có huyện', 'cấp sở, ngành', 'khối sở, ngành', 'đối với cấp sở', 'at department level', 'among departments', 'một số xã', 'một số phường', 'some communes', 'one commune', 'some districts', 'ở cấp huyện', 'tại cấp huyện', 'của cấp huyện', "the district's", 'the whole district', "the commune's", 'the whole commune', 'at commune level', 'at the commune level', 'at district level', 'at the district level', 'the department alone', 'the department itself', 'the office alone', 'the agency alone'];
/** Words that name the province itself (`…; toàn tỉnh có 2.864 trạm BTS`): a chain that says them is the province's again. */
export const provinceWords: string[] = ['tỉnh', 'địa bàn', 'province', 'provincial'];
/** A region named with these is a former one (`tỉnh Ngọc Sơn (cũ)`): its figures are not the new region's. */
export const formerMarks: string[] = ['cũ', 'trước sáp nhập', 'trước hợp nhất', 'former', 'formerly'];
/** Before a province's name in English, a province before a merger (`the former Dac Vien`). */
export const formerBefore: string[] = ['former', 'formerly', 'pre-merger'];
/** Neighbours and groups of regions: a figure of them is not the region's (`khu vực Bắc Trung Bộ`, `của hai tỉnh`). */
export const regionGroups: string[] = ['khu vực', 'vùng', 'các tỉnh', 'các địa phương', 'hai tỉnh', 'hai địa phương', 'ba tỉnh', 'tỉnh láng giềng', 'tỉnh lân cận', 'nhiều tỉnh', 'nhiều địa phương', 'many provinces', 'other provinces', 'region', 'the region', 'both provinces', 'the two provinces', 'neighbouring', 'neighboring', 'neighbours', 'neighbors'];
/** After `vùng`, `khu vực`, words that make it an area of the province (`vùng cao`, `vùng sâu, vùng xa`, `khu vực nông thôn`), no group of provinces. */
export const innerAreas: string[] = ['cao', 'sâu', 'xa', 'núi', 'miền núi', 'biên giới', 'khó khăn', 'đặc biệt khó khăn', 'lõm sóng', 'nông thôn', 'thành thị', 'đô thị', 'ven biển', 'đồng bào', 'upland', 'uplands', 'highland', 'highlands', 'rural', 'urban', 'border', 'mountainous', 'remote'];
/** After a group of regions, words that make its figure their sum (`the two provinces together posted …`, `hai tỉnh cộng lại`): the merged region's. */
export const groupSumWords: string[] = ['together', 'combined', 'cộng lại', 'gộp lại', 'tính chung', 'cộng chung'];
/** In a bracket before a group of regions, words that make the figure include theirs (`(bao gồm số liệu của hai tỉnh cũ …)`): the merged region's. */
export const groupIncluded: string[] = ['bao gồm', 'gồm cả', 'kể cả', 'tính cả', 'including', 'which includes'];
/** Before a group of regions, these make it the frame of a ranking (`Trong khu vực Duyên hải, X đứng thứ 2`): a rank among them. */
export const groupFrameOpeners: string[] = ['trong', 'trong số', 'trong nhóm', 'among', 'within', 'in'];
/** Words that name the report's own region without its name (`toàn tỉnh`, `the province`). */
export const ownReferences: string[] = ['toàn tỉnh', 'của tỉnh', 'tỉnh ta', 'trên địa bàn', 'trên địa bàn tỉnh', 'toàn thành phố', 'của thành phố', 'the province', 'the city', "the province's", "the city's"];

/**
 * After an own reference, words that point to another province just named (`của tỉnh này`). Not `đó`, `bạn`: folded
 * they read `do`, `ban`, as in `của tỉnh do Bộ công bố`, `của tỉnh ban hành`.
 */
export const otherRegionPointers: string[] = ['này', 'kia', 'láng giềng'];
/** Telecom operators and firms: a figure introduced with `riêng` + one of these, or `của` + one, is theirs. */
export const operators: string[] = ['Viettel', 'VNPT', 'MobiFone', 'Vinaphone', 'Vietnamobile', 'Gmobile', 'FPT', 'CMC', 'Bưu điện', 'VNPost', 'Vietnam Post', 'Saigon Postel', 'SPT'];
/** `riêng Viettel`, `alone`: the operator's own figure. */
export const singledOut: string[] = ['riêng', 'alone'];

/** A sentence about a part of an index (a pillar or a component), not the index itself. */
export const componentWords: string[] = ['nền tảng chuyển đổi số', 'nền tảng chung', 'chỉ số thành phần', 'chỉ số con', 'trụ cột', 'thành phần', 'chỉ số chính quyền số', 'chỉ số kinh tế số', 'chỉ số xã hội số', 'chính quyền số', 'kinh tế số', 'xã hội số', 'hạ tầng kỹ thuật', 'hạ tầng nhân lực', 'technical infrastructure', 'human resources', 'human resource infrastructure', 'ICT application', 'IT application', 'sub-index', 'sub-indices', 'sub-indexes', 'pillar', 'pillars', 'component', 'components', 'digital government', 'digital economy', 'digital society',
  // (the DTI's main sub-indices)
  'nhóm chỉ số chính', 'chỉ số nhận thức số', 'nhận thức số', 'thể chế số', 'hạ tầng và nền tảng số', 'nhân lực số', 'chỉ số nền tảng', 'chỉ số hạ tầng số', 'hạ tầng số', 'chỉ số an toàn thông tin', 'an toàn thông tin mạng', 'digital infrastructure', 'foundation indices', 'cybersecurity', 'information security', 'digital awareness', 'digital institutions', 'digital infrastructure and platforms', 'digital human resources'];
/** After a pillar, words that turn back to the whole index (`dẫn đầu về trụ cột kinh tế số, nhưng chỉ số chung xếp thứ 17`). */
export const overallIndexWords: string[] = ['chỉ số chung', 'xếp hạng chung', 'tổng thể', 'chỉ số tổng hợp', 'toàn chỉ số', 'overall', 'the overall index', 'the index as a whole'];
/** `dẫn đầu … về hạ tầng số`: a rank in one field. */
export const componentTopic: string[] = ['về'];

/** What a place will hold once built or full (`Once fully occupied it is expected to host 120 companies`, `có thể thu hút 200
 * doanh nghiệp khi được lấp đầy`): a capacity, not a level. */
export const capacityWords: string[] = ['once fully occupied', 'when fully occupied', 'once full', 'when full', 'once completed', 'when completed', 'once complete', 'when complete', 'once operational', 'once fully operational', 'when fully operational', 'designed to host', 'designed to accommodate', 'capacity to host', 'capacity for', 'a capacity of', 'khi được lấp đầy', 'khi lấp đầy', 'khi hoàn thành', 'khi hoàn thiện', 'khi đi vào hoạt động', 'khi chính thức hoạt động', 'có khả năng thu hút', 'có sức chứa', 'sức chứa', 'có thể đáp ứng', 'đủ sức đáp ứng'];
/** A subset of the region's enterprises (`một số doanh nghiệp`, `doanh nghiệp có doanh thu trên`): not the sector. */
export const subsetWords: string[] = ['khu cntt tập trung', 'khu công nghệ thông tin tập trung', 'công viên phần mềm', 'khu công viên phần mềm', 'it park', 'software park', 'concentrated it zone', 'the park', "the park's", 'park firms', 'park companies', 'park tenants', 'park revenue', 'park exports', 'park employs', 'một số doanh nghiệp', 'nhiều doanh nghiệp', 'các doanh nghiệp có', 'doanh nghiệp có doanh thu', 'doanh nghiệp đạt doanh thu', 'doanh nghiệp có', 'companies with', 'firms with', 'some companies', 'some enterprises', 'doanh nghiệp lớn'];

/** An amount each firm passes (`four companies each contributing over VND20 billion`, `mỗi doanh nghiệp nộp trên 30 tỷ`). */
export const eachFirmWords: string[] = ['each', 'apiece', 'per firm', 'per company', 'mỗi doanh nghiệp', 'mỗi DN', 'mỗi đơn vị'];
/**
 * Before the workforce each firm passes (`12 DN có trên 100 lao động`); not `với` (`310 doanh nghiệp với gần 7.400 lao
 * động` is the sector's), nor `employing` (`428 IT enterprises employing more than 11,500 workers` is the sector's too).
 */
export const workforceThresholdVerbs: string[] = ['có', 'có quy mô', 'quy mô'];
/** Rates the catalogue does not hold (`mức độ hài lòng … đạt 96,3%`, `citizen satisfaction reached 91 per cent`): a percentage after one, with no share opened after it, is none of its indicators. */
export const offCatalogueRates: string[] = ['mức độ hài lòng', 'chỉ số hài lòng', 'sự hài lòng', 'hài lòng', 'satisfaction', 'satisfied', 'thanh toán trực tuyến', 'online payment', 'online payments'];
/** A clause or sentence opened by these names a part of what was named before (`Trong đó`, `of which`). */
export const partOpeners: string[] = ['trong đó', 'trong số đó', 'trong số', 'trong tổng số', 'riêng', 'gồm', 'bao gồm', 'gồm có', 'of which', 'of whom', 'including', 'of this', 'of that', 'of the total', 'of these', 'of those', 'among them', 'among which', 'in which'];
/** After a part opener, verbs that make it `in which (a document) states …` (`Nghị quyết …, trong đó xác định mục tiêu …`): no parts follow. */
export const statingVerbs: string[] = ['xác định', 'nêu rõ', 'nêu', 'đề ra', 'đặt ra', 'quy định', 'yêu cầu', 'nhấn mạnh', 'chỉ rõ', 'giao', 'sets', 'set out', 'sets out', 'states', 'requires'];
/** After a number: `48 of which were …`, `trong số đó`: the number is a part of the one before. */
export const partAfter: string[] = ['of which', 'of whom', 'of them', 'of these', 'of those', 'trong số đó'];

/** Phrases before a number that make it new in the period. */
export const flowMarks: string[] = ['mới', 'thêm', 'bổ sung', 'cấp mới', 'lắp đặt mới', 'xây dựng mới', 'phát triển mới', 'cấp phép', 'được cấp phép', 'tháo dỡ', 'di dời', 'giải thể', 'mất liên lạc', 'bị mất liên lạc', 'hư hỏng', 'bị hư hỏng', 'bị ảnh hưởng', 'damaged', 'knocked out', 'new', 'newly', 'additional', 'added', 'licensed', 'removed', 'dismantled', 'set up', 'established', 'lowered'];
/** Heads of an agency's or a district's name (`Sở Tư pháp`, `Công an tỉnh`, `huyện Đông Sơn`): a figure in a bracket right after such a name is that unit's. */
export const agencyHeads: string[] = ['sở', 'công an', 'văn phòng', 'ban quản lý', 'bộ', 'ubnd huyện', 'ubnd thị xã', 'huyện', 'thị xã', 'department of', 'district'];
/** After a count, words that make it what is not yet done (`còn 17 vị trí trạm … chưa nâng cấp 4G`): not the indicator's count. */
export const notYetWords: string[] = ['chưa', 'not yet', 'yet to'];
/** After those, verbs that leave the count as it is (`chưa kể`, `chưa đạt kế hoạch`). */
export const notYetKept: string[] = ['kể', 'tính', 'đạt', 'bằng', 'include', 'including', 'counting', 'reach', 'reached', 'meet', 'met'];
/** Verbs of merging stations away, a flow only with their number right after them (`tháo dỡ, hợp nhất 41 trạm`, `tháo dỡ, thu hồi 37 trạm`); not `tỉnh sau hợp nhất có 590 doanh nghiệp`. */
export const mergedAwayVerbs: string[] = ['hợp nhất', 'gộp', 'thu hồi', 'dỡ bỏ', 'merged', 'consolidated', 'decommissioned'];
/** After `mới`, verbs that make it `only, just` (`năm 2020 mới cung cấp 612 dịch vụ`, `mới đạt 8,6%`): no flow. */
export const onlyJustVerbs: string[] = ['đạt', 'có', 'cung cấp', 'chỉ', 'là', 'ở mức', 'bằng', 'chiếm'];
/** Phrases near a number that make it a running total, even where a flow mark is near. */
export const stockMarks: string[] = ['tổng số', 'nâng tổng số', 'nâng tổng', 'lên', 'tổng cộng', 'hiện có', 'to a total of', 'total of', 'bringing the total'];
/** Right before a figure, a total (`nâng tổng số lên 3.842 ý kiến`, `a total of 3,842`): the whole, not one channel of it. */
export const totalBefore: string[] = ['tổng số', 'nâng tổng số lên', 'tổng cộng', 'tổng cộng là', 'tổng số là', 'a total of', 'to a total of', 'bringing the total to', 'in total'];
/** Words that may stand between a total and its figure (`tổng số đạt 3.842`). */
export const totalFillers: string[] = ['lên', 'là', 'đạt', 'of', 'to'];
/** Openings before a national scope word that keep it the sentence's subject (`Trên cả nước, …`, `Theo Bộ TT&TT, cả nước …`). */
export const nationalLeads: string[] = ['trên', 'across', 'ở'];
export const attributionWords: string[] = ['theo', 'according to'];

