import type { Unit } from '@chiso/shared';

/**
 * The words of the extractor, as data. Phrases are written as people write them; they are matched
 * accent-insensitively on word boundaries (folded), so `tỉ lệ`, `tỷ lệ` and `TỶ LỆ` are one phrase.
 *
 * A cue is one phrase, or several joined by ` + ` that must all occur near the number (`doanh thu + CNTT`).
 */
export interface IndicatorWords {
  key: string;
  vi: string[];
  en: string[];
  /** A phrase near the number that rules the indicator out (`mức độ 4` for the total of online services). */
  not?: string[];
  /** A count of things new in the period (`triển khai mới 312 dịch vụ`), not a stock. */
  flow?: boolean;
  /** Stock indicators refuse numbers marked as new or added (`thêm 30 đơn vị`); flows need such a mark. */
  needsFlowMark?: boolean;
  /** The count this share is a share of: a bare `chiếm 80%` after that count becomes this indicator. */
  shareOf?: string;
}

export const indicatorWords: IndicatorWords[] = [
  {
    key: 'ict_revenue',
    vi: ['doanh thu toàn ngành', 'tổng doanh thu', 'doanh thu', 'doanh thu + ngành thông tin và truyền thông', 'doanh thu + TT&TT'],
    en: ['ICT revenue', 'revenue', 'revenue + ICT sector', 'revenue + information and communications', 'earned + information and communications', 'sales'],
    not: ['doanh thu dịch vụ viễn thông', 'doanh thu viễn thông', 'doanh thu bưu chính', 'doanh thu quảng cáo', 'telecom revenue', 'telecommunications revenue'],
  },
  {
    key: 'it_revenue',
    vi: ['doanh thu + công nghệ thông tin', 'doanh thu + CNTT', 'doanh thu + công nghiệp công nghệ thông tin', 'doanh thu + công nghiệp CNTT', 'doanh thu + công nghiệp ICT'],
    en: ['IT revenue', 'revenue + IT industry', 'revenue + information technology', 'revenue + IT sector'],
  },
  {
    key: 'software_export',
    vi: ['xuất khẩu phần mềm', 'kim ngạch', 'xuất khẩu + phần mềm', 'giá trị xuất khẩu + phần mềm'],
    en: ['software export', 'software exports', 'export + software', 'exports + software'],
  },
  {
    key: 'budget_contribution',
    vi: ['nộp ngân sách', 'đóng góp + ngân sách', 'nộp + ngân sách nhà nước'],
    en: ['state budget', 'budget contribution', 'contributed + budget', 'paid + budget'],
  },
  {
    key: 'ict_value_added',
    vi: ['giá trị tăng thêm'],
    en: ['value added'],
  },
  {
    key: 'grdp_share',
    vi: ['GRDP', 'tổng sản phẩm trên địa bàn', 'tỷ trọng + ngành'],
    en: ['GRDP', 'gross regional domestic product'],
    not: ['kinh tế số', 'GDP', 'digital economy'],
  },
  {
    key: 'digital_economy_grdp_share',
    vi: ['kinh tế số + GRDP', 'kinh tế số + tỷ trọng', 'kinh tế số + tổng sản phẩm trên địa bàn', 'kinh tế số + chiếm'],
    en: ['digital economy + GRDP', 'digital economy + gross regional domestic product', 'digital economy + share'],
  },
  {
    key: 'it_enterprises',
    vi: ['doanh nghiệp công nghệ thông tin', 'doanh nghiệp CNTT', 'doanh nghiệp ICT'],
    en: ['IT enterprises', 'IT companies', 'IT firms', 'IT businesses', 'information technology enterprises', 'information technology companies'],
    not: ['doanh nghiệp có doanh thu', 'lao động', 'dân', 'phần mềm có'],
  },
  {
    key: 'it_workforce',
    vi: ['lao động + công nghệ thông tin', 'lao động + CNTT', 'nhân lực + công nghệ thông tin', 'nhân lực + CNTT', 'lao động + ngành ICT'],
    en: ['IT workers', 'IT workforce', 'IT employees', 'IT professionals', 'people + working in IT', 'workers + information technology', 'employees + IT', 'employing + workers', 'employing + employees', 'employing + people'],
    not: ['lực lượng lao động'],
  },
  {
    key: 'digital_enterprises_per_1000',
    vi: ['doanh nghiệp công nghệ số + 1.000 dân', 'doanh nghiệp công nghệ số + nghìn dân', 'mật độ doanh nghiệp công nghệ số'],
    en: ['digital technology enterprises + 1,000', 'digital technology companies + 1,000', 'digital tech firms + 1,000', 'digital enterprises + 1,000'],
  },
  {
    key: 'online_services_total',
    vi: ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công', 'dịch vụ trực tuyến'],
    en: ['online public services', 'online services', 'public services online'],
    not: ['mức độ 4', 'mức 4', 'toàn trình', 'cổng dịch vụ công quốc gia', 'tích hợp', 'level 4', 'end-to-end', 'national public service portal'],
  },
  {
    key: 'online_services_new',
    vi: ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công', 'dịch vụ trực tuyến'],
    en: ['online public services', 'online services'],
    not: ['cổng dịch vụ công quốc gia', 'tích hợp', 'national public service portal'],
    flow: true,
    needsFlowMark: true,
  },
  {
    key: 'online_services_share',
    vi: ['thủ tục hành chính', 'TTHC'],
    en: ['administrative procedures', 'procedures + online'],
    not: ['toàn trình', 'mức độ 4', 'hồ sơ', 'end-to-end', 'dossiers', 'applications'],
    shareOf: 'online_services_total',
  },
  {
    key: 'online_services_full_share',
    vi: ['toàn trình', 'dịch vụ + mức độ 4', 'DVCTT mức độ 4'],
    en: ['end-to-end', 'fully online', 'level 4', 'level-4'],
  },
  {
    key: 'online_filing_share',
    vi: ['hồ sơ + trực tuyến', 'hồ sơ + qua mạng', 'hồ sơ + trực tiếp trên', 'hồ sơ trực tuyến'],
    en: ['dossiers + online', 'applications + online', 'filed online', 'submitted online'],
    not: ['trễ hạn', 'quá hạn', 'đúng hạn', 'trước hạn', 'dịch vụ công trực tuyến', 'toàn trình', 'late', 'overdue', 'on time', 'online public services', 'end-to-end'],
  },
  {
    key: 'late_processing_share',
    vi: ['hồ sơ + trễ hạn', 'hồ sơ + quá hạn', 'trễ hạn', 'quá hạn'],
    en: ['late', 'overdue', 'past the deadline', 'past deadline'],
  },
  {
    key: 'edoc_agencies',
    vi: ['quản lý văn bản + cơ quan', 'quản lý văn bản + đơn vị', 'văn bản và điều hành + cơ quan', 'sử dụng hệ thống + cơ quan'],
    en: ['document management + agencies', 'document management system + agencies', 'document management + units'],
  },
  {
    key: 'edoc_interagency',
    vi: ['văn bản + liên thông', 'văn bản điện tử + gửi', 'văn bản điện tử + nhận'],
    en: ['electronic documents', 'e-documents', 'documents + exchanged electronically'],
    not: ['chi phí', 'tiết kiệm'],
  },
  {
    key: 'edoc_cost_savings',
    vi: ['tiết kiệm + chi phí', 'tiết kiệm + văn bản', 'chi phí + in ấn'],
    en: ['saved', 'savings', 'saving'],
  },
  {
    key: 'feedback_total',
    vi: ['tiếp nhận + ý kiến', 'tiếp nhận + phản ánh', 'ý kiến phản ánh', 'ý kiến góp ý', 'phản ánh, kiến nghị', 'nhận + ý kiến', 'nhận + phản ánh'],
    en: ['feedback', 'complaints', 'comments + received', 'petitions'],
    not: ['xử lý', 'phản hồi', 'giải quyết', 'đang được', 'liên quan đến', 'resolved', 'handled', 'answered'],
  },
  {
    key: 'feedback_hotline',
    vi: ['đường dây nóng', 'tổng đài', 'cuộc gọi', 'ý kiến + đường dây nóng', 'phản ánh + đường dây nóng', 'lượt + đường dây nóng', 'ý kiến + tổng đài', 'cuộc gọi + tổng đài'],
    en: ['hotline', 'calls'],
    not: ['cổng góp ý', 'xử lý', 'phản hồi', 'portal', 'resolved', 'handled'],
  },
  {
    key: 'feedback_portal',
    vi: ['cổng góp ý', 'qua cổng', 'ý kiến + cổng góp ý', 'phản ánh + cổng góp ý', 'lượt + cổng góp ý', 'ý kiến + qua cổng'],
    en: ['feedback portal', 'via the portal', 'through the portal', 'online portal'],
    not: ['đường dây nóng', 'tổng đài', 'xử lý', 'phản hồi', 'hotline', 'resolved', 'handled'],
  },
  {
    key: 'feedback_resolved',
    vi: ['phản hồi', 'đã xử lý', 'được xử lý', 'giải quyết', 'xử lý + ý kiến', 'xử lý + phản ánh', 'trả lời'],
    en: ['resolved', 'handled', 'answered', 'responded'],
    not: ['đang được', 'đang', 'chưa', 'hồ sơ', 'đúng hạn', 'trước hạn', 'pending', 'still', 'dossiers', 'on time'],
  },
  {
    key: 'feedback_resolved_share',
    vi: ['tỷ lệ + xử lý', 'tỷ lệ + phản hồi', 'tỷ lệ + giải quyết'],
    en: ['share + resolved', 'rate + resolved', 'of them + resolved', 'of which + resolved', 'of these + resolved', 'of them + handled', 'of which + handled'],
    not: ['hồ sơ', 'đúng hạn', 'trước hạn', 'dossiers', 'on time'],
    shareOf: 'feedback_resolved',
  },
  {
    key: 'bts_total',
    vi: ['trạm BTS', 'trạm thu phát sóng', 'BTS'],
    en: ['BTS', 'base stations', 'base transceiver stations'],
    not: ['4G', 'thân thiện môi trường', 'cồng kềnh', 'ngụy trang', 'environment-friendly'],
  },
  {
    key: 'bts_4g_sites',
    vi: ['4G + vị trí', '4G + trạm'],
    en: ['4G + sites', '4G + stations'],
  },
  {
    key: 'bts_4g_share',
    vi: ['4G', 'tỷ lệ + 4G'],
    en: ['4G'],
    shareOf: 'bts_4g_sites',
  },
  {
    key: 'bts_eco_sites',
    vi: ['thân thiện môi trường', 'trạm ngụy trang'],
    en: ['environment-friendly', 'environmentally friendly', 'camouflaged'],
    flow: true,
  },
  {
    key: 'public_wifi_stations',
    vi: ['wifi', 'wi-fi'],
    en: ['wifi', 'wi-fi'],
  },
  {
    key: 'domains_reviewed',
    vi: ['tên miền'],
    en: ['domain names', 'domains'],
  },
  {
    key: 'ict_index_rank',
    vi: ['ICT Index', 'chỉ số sẵn sàng'],
    en: ['ICT Index', 'ICT readiness'],
  },
  {
    key: 'ict_index_score',
    vi: ['ICT Index', 'chỉ số sẵn sàng'],
    en: ['ICT Index', 'ICT readiness'],
  },
  {
    key: 'dti_rank',
    vi: ['DTI', 'chuyển đổi số cấp tỉnh', 'chỉ số chuyển đổi số'],
    en: ['DTI', 'digital transformation index'],
  },
  {
    key: 'dti_score',
    vi: ['DTI', 'chuyển đổi số cấp tỉnh', 'chỉ số chuyển đổi số'],
    en: ['DTI', 'digital transformation index'],
  },
];

/** Nouns that may directly follow a count in each unit (`847 dịch vụ`, `1.150 vị trí trạm`). */
export const unitNouns: Partial<Record<Unit, string[]>> = {
  enterprises: ['doanh nghiệp', 'DN', 'công ty', 'enterprises', 'companies', 'firms', 'businesses'],
  persons: ['lao động', 'người', 'nhân lực', 'kỹ sư', 'workers', 'people', 'employees', 'professionals', 'staff'],
  services: ['dịch vụ', 'DVC', 'DVCTT', 'thủ tục', 'services', 'public services', 'online services'],
  agencies: ['cơ quan', 'đơn vị', 'agencies', 'units', 'offices'],
  documents: ['văn bản', 'lượt văn bản', 'documents', 'e-documents'],
  items: ['ý kiến', 'lượt ý kiến', 'lượt', 'phản ánh', 'kiến nghị', 'cuộc gọi', 'góp ý', 'câu hỏi', 'items', 'comments', 'complaints', 'calls', 'pieces of feedback', 'feedback', 'petitions'],
  stations: ['trạm', 'điểm', 'stations', 'hotspots', 'access points', 'base stations'],
  sites: ['vị trí', 'trạm', 'sites', 'locations', 'stations'],
  domains: ['tên miền', 'domains', 'domain names'],
};

/**
 * Words that count something else (`14 lớp`, `37 thôn`, `1.260 lượt cán bộ`): a number followed by one of these is
 * a count of that thing, whatever the sentence is about.
 */
export const foreignCounters: string[] = [
  'trường hợp', 'lớp', 'tổ', 'thành viên', 'thôn', 'bản', 'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'lần', 'năm', 'tháng',
  'ngày', 'giờ', 'phút', 'tuần', 'quý', 'cán bộ', 'công chức', 'lượt cán bộ', 'lượt người', 'học viên', 'học sinh', 'tin nhắn', 'tin', 'bài',
  'tài khoản', 'chương trình', 'dự án', 'nhiệm vụ', 'khu', 'hộ', 'km', 'kilomet', 'mét', 'tuyến', 'cột', 'trang', 'lượt truy cập',
  'truy cập', 'bậc', 'hạng', 'lần', 'gấp', 'điểm bưu điện', 'điểm phục vụ', 'bưu cục', 'thuê bao', 'cuộc', 'hội nghị', 'sự kiện',
  'sản phẩm', 'giải pháp', 'nền tảng', 'ứng dụng', 'camera', 'máy', 'bộ', 'văn bản triển khai', 'văn bản phối hợp', 'đối tượng', 'vụ', 'đoàn',
  'classes', 'villages', 'communes', 'members', 'times', 'years', 'months', 'days', 'accounts', 'messages', 'articles', 'projects',
  'subscribers', 'visits', 'officials', 'trainees', 'households', 'cameras', 'products', 'places', 'positions', 'steps',
];

/** Phrases before a number that make it new in the period. */
export const flowMarks: string[] = ['mới', 'thêm', 'bổ sung', 'cấp mới', 'lắp đặt mới', 'xây dựng mới', 'phát triển mới', 'new', 'newly', 'additional', 'added'];

/** Phrases near a number that make it a running total, even where a flow mark is near. */
export const stockMarks: string[] = ['tổng số', 'nâng tổng số', 'nâng tổng', 'lên', 'tổng cộng', 'hiện có', 'to a total of', 'total of', 'bringing the total'];

export const qualifierWords = {
  estimate: ['ước', 'ước đạt', 'ước tính', 'ước khoảng', 'dự kiến', 'dự ước', 'ước thực hiện', 'estimated', 'estimate', 'expected', 'projected', 'forecast'],
  target: ['kế hoạch', 'chỉ tiêu', 'phấn đấu', 'mục tiêu', 'đặt ra', 'đề ra', 'target', 'targets', 'aims', 'aim', 'plans to', 'goal', 'strives'],
  /** A target word preceded by one of these is about meeting a target, not setting one. */
  targetNegations: ['hoàn thành', 'vượt', 'vượt mức', 'đạt', 'so với', 'bằng', 'thực hiện', 'hoàn thành vượt mức', 'exceeded', 'met', 'of the'],
};

export const approxWords: Record<'over' | 'under' | 'about', string[]> = {
  over: ['hơn', 'trên', 'vượt mốc', 'vượt', 'ngoài', 'tối thiểu', 'ít nhất', 'more than', 'over', 'above', 'at least', 'in excess of', 'exceeding', 'tops', 'topped', 'surpassed', 'passed'],
  under: ['gần', 'dưới', 'chưa đến', 'chưa tới', 'không quá', 'tối đa', 'nearly', 'almost', 'under', 'below', 'less than', 'up to', 'close to'],
  about: ['khoảng', 'xấp xỉ', 'chừng', 'ước khoảng', 'around', 'about', 'approximately', 'roughly', 'some'],
};

/** Provinces and centrally-run cities of Viet Nam (names and common English spellings), to spot other regions. */
export const provinces: string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa',
  'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'TP. Hồ Chí Minh', 'Hồ Chí Minh',
  'Ho Chi Minh City', 'HCM City', 'Hanoi', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Words that introduce a region by name: `tỉnh Quảng Nam`, `thành phố Huế`, `Quang Nam province`. */
export const regionPrefixes: string[] = ['tỉnh', 'thành phố', 'TP.', 'TP', 'Tp.'];

/** National or foreign scope: the figure is not the region's. */
export const nationalScope: string[] = ['cả nước', 'toàn quốc', 'nationwide', 'national average', 'the whole country', 'vietnam’s', "vietnam's", 'bình quân cả nước', 'của việt nam', 'việt nam đạt'];

/** Telecom operators and firms: a figure introduced with `riêng` + one of these, or `của` + one, is theirs. */
export const operators: string[] = ['Viettel', 'VNPT', 'MobiFone', 'Vinaphone', 'Vietnamobile', 'Gmobile', 'FPT', 'CMC', 'Bưu điện', 'VNPost', 'Vietnam Post', 'Saigon Postel', 'SPT'];

/** A sentence about a part of an index (a pillar or a component), not the index itself. */
export const componentWords: string[] = ['chỉ số thành phần', 'chỉ số con', 'trụ cột', 'thành phần', 'sub-index', 'pillar', 'component'];

/** A subset of the region's enterprises (`một số doanh nghiệp`, `doanh nghiệp có doanh thu trên`): not the sector. */
export const subsetWords: string[] = ['một số doanh nghiệp', 'nhiều doanh nghiệp', 'các doanh nghiệp có', 'doanh nghiệp có doanh thu', 'doanh nghiệp đạt doanh thu', 'doanh nghiệp có', 'companies with', 'firms with', 'some companies', 'some enterprises', 'doanh nghiệp lớn'];

/** Averages, totals over several years, cumulative figures. */
export const multiYearWords: string[] = ['bình quân', 'trung bình', 'lũy kế', 'cộng dồn', 'mỗi năm', 'hằng năm', 'hàng năm', 'per year', 'a year', 'annual average', 'on average', 'average', 'cumulative', 'in total over'];
