/**
 * The words that name each catalogue indicator. Phrases are written as people write them; they are matched
 * accent-insensitively on word boundaries (folded), so `tỉ lệ`, `tỷ lệ` and `TỶ LỆ` are one phrase.
 *
 * A cue is one phrase, or several joined by ` + ` that must all occur near the number (`doanh thu + CNTT`). A part
 * written `@name` stands for any word of that facet value (`doanh thu + @it`: revenue and any word for IT).
 */
export type Sector = 'whole' | 'it' | 'software' | 'telecom' | 'postal' | 'media' | 'goods';
export type Base = 'dossiers' | 'procedures' | 'services' | 'sites' | 'feedback' | 'grdp' | 'gdp' | 'population' | 'households' | 'places' | 'spending' | 'enterprises';
export type Generation = '2g' | '3g' | '4g' | '5g';

export interface IndicatorWords {
  key: string;
  vi: string[];
  en: string[];
  /** A phrase of the number's own noun phrase that rules the indicator out (`mức độ 4` for the total of online services). */
  not?: string[];
  /** A count of things new in the period (`triển khai mới 312 dịch vụ`), not a stock. */
  flow?: boolean;
  /** Stock indicators refuse numbers marked as new or added (`thêm 30 đơn vị`); flows need such a mark. */
  needsFlowMark?: boolean;
  /** The count this share is a share of: a bare `chiếm 80%` after that count becomes this indicator. */
  shareOf?: string;
  /** The count this one is a channel of (`feedback_total` for the hotline): a total named right before its figure makes it that whole. */
  partOf?: string;
  /**
   * The sectors the figure's noun phrase may name. Another sector in it (`doanh thu bưu chính`, `xuất khẩu hàng hóa`,
   * `của các doanh nghiệp viễn thông`) makes the figure a part of the sector or another one, not this indicator.
   * Omitted: sector words say nothing about this indicator.
   */
  sectors?: Sector[];
  /** What a share is a share of (`tỷ lệ hồ sơ …`, `99,2% dân số`): a share of anything else is another measure. */
  base?: Base;
  /** Network generations the noun phrase may name (`trạm 5G` is not a station of the BTS total). */
  generations?: Generation[];
}

const sectorWide: Sector[] = ['whole'];
/** The names of the two indices: a rank and a score of one index share them (the unit tells them apart). */
/** Other provincial indices named in a rank's own clause: the rank is theirs (`Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh xếp thứ 21`). */
const otherIndices = ['cải cách hành chính', 'PAR Index', 'PCI', 'năng lực cạnh tranh', 'SIPAS', 'mức độ hài lòng', 'PAPI', 'public administration reform', 'competitiveness', 'satisfaction'];
const ictIndex = { vi: ['ICT Index', 'Vietnam ICT Index', 'chỉ số sẵn sàng'], en: ['ICT Index', 'Vietnam ICT Index', 'Viet Nam ICT Index', 'ICT readiness'], not: otherIndices };
const dti = { vi: ['DTI', 'chuyển đổi số cấp tỉnh', 'chỉ số chuyển đổi số'], en: ['DTI', 'digital transformation index'], not: otherIndices };

/** Sales of goods online are trade, the revenue of other sectors is theirs, and money spent is no revenue. */
const otherRevenue = [
  'thương mại điện tử', 'bán hàng trực tuyến', 'bán lẻ trực tuyến', 'du lịch', 'nông nghiệp', 'thủy sản', 'lữ hành', 'vận tải', 'kho bãi',
  'e-commerce', 'ecommerce', 'online sales', 'online retail', 'tourism', 'tourist', 'agriculture', 'agricultural', 'fisheries', 'retail sales', 'transport', 'logistics',
  'spent', 'invested', 'vốn đầu tư', 'vốn đăng ký', 'tổng vốn', 'registered capital', 'investment capital',
];

export const indicatorWords: IndicatorWords[] = [
  {
    key: 'ict_revenue',
    // (with a slide's abbreviations: `DT toàn ngành`, `Tổng DT`)
    vi: ['doanh thu toàn ngành', 'tổng doanh thu', 'doanh thu', 'doanh thu + @whole', 'DT toàn ngành', 'tổng DT', 'DT + @whole'],
    en: ['ICT revenue', 'revenue', 'revenue + @whole', 'earned + @whole', 'earn + @whole', 'earns + @whole', 'generated + @whole', 'sales'],
    sectors: sectorWide,
    not: otherRevenue,
  },
  {
    key: 'it_revenue',
    vi: ['doanh thu + @it', 'DT + @it'],
    en: ['IT revenue', 'revenue + @it', 'earned + @it', 'earnings + @it', 'turnover + @it', 'generated + @it'],
    sectors: ['it', 'software'],
    not: otherRevenue,
  },
  {
    key: 'software_export',
    vi: ['xuất khẩu phần mềm', 'kim ngạch', 'xuất khẩu + @software', 'giá trị xuất khẩu + @software', 'XK phần mềm', 'XK + @software'],
    en: ['software export', 'software exports', 'export + @software', 'exports + @software'],
    // (goods shipped: `shipments of electronic components topped $310 million`)
    not: ['nhập khẩu', 'import', 'imports', 'shipments', 'linh kiện', 'components', 'hàng hóa', 'goods'],
    sectors: ['software', 'it'],
  },
  {
    key: 'budget_contribution',
    vi: ['nộp ngân sách', 'đóng góp + ngân sách', 'nộp + ngân sách nhà nước', 'nộp NS', 'nộp NSNN'],
    en: ['state budget', 'budget contribution', 'contributed + budget', 'paid + budget'],
    sectors: sectorWide,
  },
  {
    key: 'ict_value_added',
    vi: ['giá trị tăng thêm'],
    en: ['value added'],
    sectors: sectorWide,
  },
  {
    key: 'grdp_share',
    vi: ['GRDP', 'tổng sản phẩm trên địa bàn', 'tỷ trọng + ngành'],
    en: ['GRDP', 'gross regional domestic product'],
    not: ['kinh tế số', 'KTS', 'digital economy', 'tăng trưởng', 'tốc độ tăng', 'growth', 'grew'],
    sectors: sectorWide,
    base: 'grdp',
  },
  {
    key: 'digital_economy_grdp_share',
    vi: ['kinh tế số + GRDP', 'kinh tế số + tỷ trọng', 'kinh tế số + tổng sản phẩm trên địa bàn', 'kinh tế số + chiếm', 'KTS + GRDP', 'KTS + tỷ trọng'],
    en: ['digital economy + GRDP', 'digital economy + gross regional domestic product', 'digital economy + share'],
    // (a sector's share is the ICT sector's, not the digital economy's: `while the ICT sector alone accounted for 4.6 per cent`)
    sectors: [],
    base: 'grdp',
  },
  {
    key: 'it_enterprises',
    vi: ['doanh nghiệp + @it', 'DN + @it'],
    en: ['@it + enterprises', '@it + companies', '@it + firms', '@it + businesses'],
    // (nor the firms an award went to, `Sở TT&TT trao Giấy khen cho 24 doanh nghiệp`, or that closed, `30 were dissolved or suspended`)
    not: ['doanh nghiệp có doanh thu', 'lao động', 'dân', 'nhỏ và vừa', 'small and medium', 'SMEs', 'giấy khen', 'bằng khen', 'khen thưởng', 'certificates of merit', 'giải thể', 'tạm ngừng', 'ngừng hoạt động', 'dissolved', 'suspended', 'closed down'],
    sectors: ['it', 'software'],
  },
  {
    key: 'it_workforce',
    vi: ['lao động + @it', 'nhân lực + @it', 'LĐ + @it'],
    en: ['@it + workers', '@it + workforce', '@it + employees', '@it + professionals', '@it + people', 'employing + workers', 'employing + employees', 'employing + people'],
    // the province's whole labour force, not its IT workers (`lực lượng lao động CNTT` is theirs); nor those trained
    // in a year (`đào tạo khoảng 300 lao động CNTT mỗi năm`)
    // (nor the software workers among them, a part, `lao động phần mềm khoảng 5.100 người`, nor the IT staff of the
    // state agencies, `cán bộ chuyên trách CNTT`)
    not: ['lực lượng lao động toàn tỉnh', 'lực lượng lao động của tỉnh', 'lực lượng lao động trong độ tuổi', 'lực lượng lao động xã hội', 'đào tạo', 'tốt nghiệp', 'trained', 'training', 'graduates', 'graduate', 'lao động phần mềm', 'nhân lực phần mềm', 'software workers', 'software employees', 'cán bộ chuyên trách'],
    sectors: ['it', 'software'],
  },
  {
    key: 'digital_enterprises_per_1000',
    vi: ['doanh nghiệp công nghệ số + 1.000 dân', 'doanh nghiệp công nghệ số + nghìn dân', 'mật độ doanh nghiệp công nghệ số', 'DN công nghệ số + 1.000 dân', 'mật độ DN công nghệ số', 'DN/1.000 dân'],
    en: ['digital technology enterprises + 1,000', 'digital technology companies + 1,000', 'digital tech firms + 1,000', 'digital enterprises + 1,000'],
  },
  {
    key: 'online_services_total',
    vi: ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công', 'dịch vụ trực tuyến'],
    en: ['online public services', 'online services', 'public services online', 'procedures + online', 'procedures + completed online'],
    // (`dịch vụ công nghệ thông tin`: IT services, whose words begin with those of public services)
    // (nor the procedures a province handles, of which the services are a part: `Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết … là 1.844 thủ tục`)
    not: ['mức độ 4', 'mức 4', 'mức độ 2', 'mức 2', 'toàn trình', 'cổng dịch vụ công quốc gia', 'tích hợp', 'level 4', 'level 2', 'level-2', 'end-to-end', 'national public service portal', 'dịch vụ công nghệ', 'tổng số thủ tục hành chính', 'total number of administrative procedures', 'một phần', 'partial'],
  },
  {
    key: 'online_services_new',
    vi: ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công', 'dịch vụ trực tuyến'],
    en: ['online public services', 'online services', 'services + put online'],
    not: ['cổng dịch vụ công quốc gia', 'tích hợp', 'national public service portal', 'dịch vụ công nghệ'],
    flow: true,
    needsFlowMark: true,
  },
  {
    key: 'online_services_share',
    vi: ['thủ tục hành chính', 'TTHC'],
    en: ['administrative procedures', 'procedures + online'],
    not: ['toàn trình', 'mức độ 4', 'end-to-end', 'thanh toán', 'payment', 'payments', 'phát sinh hồ sơ', 'at least one online', 'số hóa', 'digitised', 'digitized'],
    shareOf: 'online_services_total',
    base: 'procedures',
  },
  {
    key: 'online_services_full_share',
    vi: ['toàn trình', 'dịch vụ + mức độ 4', 'DVCTT mức độ 4'],
    en: ['end-to-end', 'fully online', 'entirely online', 'completely online', 'level 4', 'level-4', 'full-process', 'full process'],
    base: 'services',
  },
  {
    key: 'online_filing_share',
    vi: ['hồ sơ + trực tuyến', 'hồ sơ + qua mạng', 'hồ sơ + trực tiếp trên', 'hồ sơ trực tuyến'],
    en: ['dossiers + online', 'applications + online', 'filed online', 'submitted online', 'online filing rate', 'online filing share', 'online dossier rate'],
    not: ['trễ hạn', 'quá hạn', 'đúng hạn', 'trước hạn', 'thanh toán', 'toàn trình', 'late', 'overdue', 'on time', 'payment', 'payments', 'end-to-end', 'số hóa', 'digitised', 'digitized'],
    base: 'dossiers',
  },
  {
    key: 'late_processing_share',
    vi: ['hồ sơ + trễ hạn', 'hồ sơ + quá hạn', 'trễ hạn', 'quá hạn'],
    en: ['late', 'overdue', 'past the deadline', 'past deadline', 'behind schedule', 'after the deadline', 'after their deadline', 'after its deadline', 'past their deadline', 'past its deadline'],
    base: 'dossiers',
  },
  {
    key: 'edoc_agencies',
    vi: ['quản lý văn bản + cơ quan', 'quản lý văn bản + đơn vị', 'văn bản và điều hành + cơ quan', 'sử dụng hệ thống + cơ quan'],
    en: ['document management + agencies', 'document management system + agencies', 'document management + units'],
  },
  {
    key: 'edoc_interagency',
    vi: ['văn bản + liên thông', 'văn bản điện tử + gửi', 'văn bản điện tử + nhận', 'VBĐT + liên thông', 'VBĐT + gửi', 'VBĐT + nhận'],
    en: ['electronic documents', 'e-documents', 'documents + exchanged electronically'],
    not: ['chi phí', 'tiết kiệm'],
  },
  {
    key: 'edoc_cost_savings',
    vi: ['tiết kiệm + chi phí', 'tiết kiệm + văn bản', 'chi phí + in ấn'],
    en: ['saved', 'savings', 'saving'],
    // (what residents save on trips to an office by filing online is no saving of electronic documents)
    not: ['đi lại', 'travel', 'waiting', 'trips'],
  },
  {
    key: 'feedback_total',
    vi: ['tiếp nhận + ý kiến', 'tiếp nhận + phản ánh', 'ý kiến phản ánh', 'ý kiến góp ý', 'phản ánh, kiến nghị', 'nhận + ý kiến', 'nhận + phản ánh'],
    en: ['feedback', 'complaints', 'comments + received', 'petitions'],
    // (a topic's share of the feedback is a part: `612 items concerned land records`, `accounted for 2,140 complaints, the largest group`)
    // (and one channel's is a part: `kênh Zalo tiếp nhận 5.204 ý kiến`)
    not: ['xử lý', 'phản hồi', 'giải quyết', 'đang được', 'liên quan đến', 'thuộc lĩnh vực', 'về lĩnh vực', 'nhóm vấn đề', 'chiếm nhiều nhất', 'kênh Zalo', 'Zalo OA', 'qua Zalo', 'resolved', 'handled', 'answered', 'concerned', 'related to', 'relating to', 'accounted for', 'largest group', 'largest share', 'largest single', 'topic', 'topics', 'channel', 'via Zalo', 'on Zalo'],
  },
  {
    key: 'feedback_hotline',
    partOf: 'feedback_total',
    vi: ['đường dây nóng', 'tổng đài', 'cuộc gọi', 'ý kiến + đường dây nóng', 'phản ánh + đường dây nóng', 'lượt + đường dây nóng', 'ý kiến + tổng đài', 'phản ánh + tổng đài', 'cuộc gọi + tổng đài'],
    en: ['hotline', 'calls', 'via hotline', 'via the hotline', 'through the hotline', 'hotline + complaints', 'hotline + feedback', 'hotline + calls'],
    not: ['cổng góp ý', 'xử lý', 'phản hồi', 'đang được', 'còn lại', 'lĩnh vực', 'Zalo', 'portal', 'resolved', 'handled', 'pending', 'remaining', 'largest single', 'topic', 'topics'],
  },
  {
    key: 'feedback_portal',
    partOf: 'feedback_total',
    vi: ['cổng góp ý', 'cổng phản ánh', 'qua cổng', 'cổng tiếp nhận', 'cổng tiếp nhận + phản ánh', 'cổng tiếp nhận + ý kiến', 'ý kiến + cổng góp ý', 'phản ánh + cổng góp ý', 'lượt + cổng góp ý', 'ý kiến + qua cổng'],
    en: ['feedback portal', 'via the portal', 'through the portal', 'online portal', 'feedback + via the portal', 'feedback + through the portal', 'góp ý portal', 'hotline + the portal'],
    not: ['đường dây nóng', 'tổng đài', 'xử lý', 'phản hồi', 'đang được', 'còn lại', 'lĩnh vực', 'hotline', 'resolved', 'handled', 'pending', 'remaining', 'largest single', 'topic', 'topics'],
  },
  {
    key: 'feedback_resolved',
    vi: ['phản hồi', 'đã xử lý', 'được xử lý', 'giải quyết', 'xử lý + ý kiến', 'xử lý + phản ánh', 'trả lời'],
    en: ['resolved', 'answered', 'responded', 'handled'],
    not: ['đang được', 'đang', 'chưa', 'hồ sơ', 'đúng hạn', 'trước hạn', 'thủ tục hành chính', 'TTHC', 'thẩm quyền', 'quá hạn', 'pending', 'still', 'dossiers', 'on time', 'procedures', 'services', 'overdue'],
  },
  {
    key: 'feedback_resolved_share',
    vi: ['tỷ lệ + xử lý', 'tỷ lệ + phản hồi', 'tỷ lệ + giải quyết', 'trong số đó + xử lý', 'trong số đó + phản hồi', 'trong số đó + giải quyết'],
    en: ['share + resolved', 'rate + resolved', 'share + answered', 'rate + answered', 'resolution rate', 'rate of resolution', 'of them + resolved', 'of which + resolved', 'of these + resolved', 'of them + handled', 'of which + handled', 'answer + feedback', 'answered + feedback', 'answering + feedback', 'resolve + feedback', 'resolved + feedback', 'handle + feedback', 'handled + feedback', 'resolve + complaints', 'resolved + complaints'],
    // (nor the rates of other sectors a socio-economic report puts beside it: waste collected and treated, trained workers)
    not: ['hồ sơ', 'đúng hạn', 'trước hạn', 'quá hạn', 'trễ hạn', 'thủ tục hành chính', 'TTHC', 'thanh toán', 'dossiers', 'on time', 'overdue', 'payment', 'payments', 'chất thải', 'rác thải', 'nước thải', 'lao động', 'việc làm', 'waste', 'workers', 'jobs'],
    shareOf: 'feedback_resolved',
    base: 'feedback',
  },
  {
    key: 'bts_total',
    vi: ['trạm BTS', 'trạm thu phát sóng', 'BTS'],
    en: ['BTS', 'base stations', 'base transceiver stations'],
    not: ['thân thiện môi trường', 'cồng kềnh', 'ngụy trang', 'environment-friendly'],
    generations: [],
  },
  {
    key: 'bts_4g_sites',
    vi: ['@4g + vị trí', '@4g + trạm'],
    en: ['@4g + sites', '@4g + stations'],
    generations: ['4g'],
  },
  {
    key: 'bts_4g_share',
    vi: ['@4g', 'tỷ lệ + @4g'],
    en: ['@4g'],
    // (4G users and subscribers are people, not sites)
    not: ['thuê bao', 'người dùng', 'người sử dụng', 'users', 'subscribers', 'subscriptions'],
    shareOf: 'bts_4g_sites',
    base: 'sites',
    generations: ['4g'],
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
    // (what the review found or did to some of them, and the domains in use, are not the domains reviewed)
    not: ['xử lý', 'phát hiện', 'thu hồi', 'tạm ngừng', 'vi phạm', 'khai báo sai', 'không chính xác', 'đang duy trì', 'đang hoạt động', 'found', 'false', 'incorrect', 'inaccurate', 'suspended', 'suspend', 'revoked', 'revoke', 'withdrawn', 'violating', 'violations', 'in use', 'active'],
  },
  { key: 'ict_index_rank', ...ictIndex },
  { key: 'ict_index_score', ...ictIndex },
  { key: 'dti_rank', ...dti },
  { key: 'dti_score', ...dti },
];

/**
 * Facets of a noun phrase: the words that say which sector, what base or which network generation a figure is
 * about. A word written in capitals of two or three letters (`IT`, `ICT`) matches only in capitals, so that the
 * pronoun `it` is not the IT sector.
 */
export const sectorWords: Record<Sector, string[]> = {
  whole: ['toàn ngành', 'ngành thông tin và truyền thông', 'thông tin và truyền thông', 'ngành TT&TT', 'TT&TT', 'TTTT', 'ngành ICT', 'information and communications', 'information and communication', 'ICT sector', 'ICT industry', 'ICT'],
  it: ['công nghệ thông tin', 'CNTT', 'công nghiệp CNTT', 'công nghiệp công nghệ thông tin', 'công nghiệp ICT', 'công nghiệp công nghệ số', 'information technology', 'IT', 'digital technology industry', 'tech industry'],
  software: ['phần mềm', 'software'],
  telecom: ['viễn thông', 'nhà mạng', 'telecommunications', 'telecom', 'telecoms', 'mobile operators', 'network operators'],
  postal: ['bưu chính', 'bưu điện', 'chuyển phát', 'postal', 'courier'],
  media: ['báo chí', 'xuất bản', 'quảng cáo', 'phát thanh', 'truyền hình', 'in ấn', 'press', 'publishing', 'advertising', 'broadcasting', 'printing'],
  goods: ['hàng hóa', 'phần cứng', 'điện tử', 'thiết bị', 'linh kiện', 'goods', 'hardware', 'electronics', 'electronic components', 'devices', 'merchandise'],
};

export const baseWords: Record<Base, string[]> = {
  dossiers: ['hồ sơ', 'dossiers', 'dossier', 'applications', 'filings'],
  procedures: ['thủ tục hành chính', 'TTHC', 'thủ tục', 'administrative procedures', 'procedures'],
  services: ['dịch vụ công trực tuyến', 'DVCTT', 'dịch vụ công', 'dịch vụ', 'online public services', 'public services', 'services'],
  sites: ['vị trí trạm', 'trạm BTS', 'trạm', 'vị trí', 'sites', 'stations', 'base stations'],
  feedback: ['ý kiến', 'phản ánh', 'kiến nghị', 'feedback', 'complaints', 'comments', 'petitions'],
  grdp: ['GRDP', 'tổng sản phẩm trên địa bàn', 'gross regional domestic product'],
  gdp: ['GDP', 'gross domestic product'],
  population: ['dân số', 'người dân', 'population', 'residents', 'inhabitants'],
  households: ['hộ gia đình', 'hộ dân', 'hộ nghèo', 'hộ cận nghèo', 'households', 'homes'],
  places: ['xã', 'phường', 'thị trấn', 'thôn', 'bản', 'huyện', 'khu dân cư', 'khu vực dân cư', 'vùng dân cư', 'diện tích', 'lãnh thổ', 'communes', 'villages', 'districts', 'wards', 'populated areas', 'residential areas', 'areas', 'territory'],
  spending: ['tổng chi ngân sách', 'chi ngân sách', 'tổng chi', 'budget spending', 'budget expenditure', 'public spending'],
  enterprises: ['doanh nghiệp', 'enterprises', 'companies', 'firms', 'businesses'],
};

export const generationWords: Record<Generation, string[]> = {
  '2g': ['2G'],
  '3g': ['3G'],
  '4g': ['4G', 'LTE'],
  '5g': ['5G'],
};

/** Words that open a share and are followed by its base: `tỷ lệ hồ sơ …`, `the rate of online applications`. */
export const shareOpeners: string[] = ['tỷ lệ', 'tỉ lệ', 'tỷ trọng', 'share of', 'rate of', 'percentage of', 'proportion of', 'the share of', 'the rate of'];

/**
 * Words after a noun that start a clause describing it, not a modifier of it (`revenue of the sector, which also
 * covers telecommunications…`): sector words after them do not make the figure a part.
 */
/** Channels of feedback the catalogue keeps no count of: named with a channel it keeps (`through the 1022 hotline, the Zalo official account and a web portal`), they make the figure the whole. */
// (not an app: writers count a portal and its app together as the portal's)
export const otherChannels: string[] = ['Zalo', 'Zalo OA', 'official account', 'web portal', 'thư điện tử', 'email', 'e-mail', 'mạng xã hội', 'social media'];
/** A government body's name before sector words (`Sở TT&TT`, `Department of Information and Communications`): they name the body, not the figure's sector. */
export const bodyHeads: string[] = ['sở', 'bộ', 'department of', 'ministry of'];
export const relativeMarkers: string[] = ['which', 'that covers', 'covering', 'bao gồm', 'gồm', 'gồm có', 'bao trùm'];
