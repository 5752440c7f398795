/** Words of table headers: what a column or a row holds. */
export const tableWords = {
  /** The column of row labels. */
  label: ['chỉ tiêu', 'chỉ số', 'chỉ số thành phần', 'nội dung', 'hạng mục', 'danh mục', 'indicator', 'indicators', 'item', 'tên chỉ tiêu', 'cơ quan', 'cơ quan, đơn vị', 'cơ quan chủ trì', 'cơ quan, địa phương', 'đơn vị thực hiện', 'agency', 'agencies', 'kênh', 'kênh tiếp nhận', 'channel', 'channels', 'doanh nghiệp', 'nhà mạng', 'đơn vị hành chính', 'operator', 'operators', 'enterprise', 'company'],
  /** A column of row numbers. */
  rowNumber: ['stt', 'tt', 'số tt', 'no.', 'no', '#'],
  /** A column of page numbers (a table of contents: `Biểu - Table … Trang - Page`). */
  page: ['trang', 'page', 'pages', 'tr.'],
  /** A caption of the situation a plan starts from (`Key baseline indicators`, `Hiện trạng`): results, whatever the heading above. */
  baseline: ['baseline', 'baselines', 'hiện trạng', 'năm gốc'],
  /** The unit column. */
  unit: ['đơn vị', 'đơn vị tính', 'đvt', 'unit', 'units'],
  /** The column of region names in a ranking table. */
  region: ['địa phương', 'tỉnh', 'tỉnh, thành phố', 'tỉnh/thành phố', 'tỉnh / thành phố', 'tỉnh, thành', 'province', 'provinces', 'province/city', 'province / city', 'provinces and cities', 'locality', 'city'],
  plan: ['kế hoạch', 'KH', 'chỉ tiêu', 'mục tiêu', 'plan', 'target'],
  estimate: ['ước', 'dự kiến', 'ước thực hiện', 'ƯTH', 'ƯTTH', 'est.', 'est', 'estimated', 'estimate', 'expected', 'forecast'],
  /** Preliminary figures (`Sơ bộ 2024`): estimates, whose folded words must not read as a comparison (`so`). */
  preliminary: ['sơ bộ', 'preliminary', 'provisional'],
  actual: ['thực hiện', 'TH', 'kết quả', 'actual', 'result'],
  /** A comparison column: a ratio to a year (`So cùng kỳ (%)`) or to the plan (`So KH (%)`). */
  compare: ['so với', 'so sánh', 'compared', 'vs', 'vs.', 'tỷ lệ %'],
  /** `So` alone compares only before what it is compared with (`So KH (%)`, `So cùng kỳ`, `2024 so 2023`), not in `chuyển đổi số`. */
  compareSo: ['so'],
  /** The first words of a share's header (`Tỷ lệ hồ sơ trực tuyến (%)`). */
  shareHeads: ['tỷ lệ', 'tỷ trọng', 'share of', 'rate of', 'percentage of'],
  compareSoObjects: ['kh', 'kế hoạch', 'cùng kỳ', 'cùng kì', 'năm', 'kỳ', 'ck'],
  sameTime: ['cùng kỳ', 'năm trước', 'same period', 'previous year', 'last year'],
  /** The same period of another year (`Cùng kỳ năm 2023`): beside a part-year column, a part of that year. */
  samePeriod: ['cùng kỳ', 'same period'],
  growth: ['tăng trưởng', 'tăng/giảm', 'tăng (+)/giảm (-)', 'growth', 'change'],
  /** A caption of a table of indices (`CHỈ SỐ PHÁT TRIỂN … (Năm trước = 100) - %`): its cells are no levels. */
  indexCaption: ['chỉ số phát triển', 'năm trước = 100', 'năm trước=100', 'previous year = 100', 'previous year=100', 'growth index', 'development index'],
  /** The first words of a row of one agency or district in a table by agency (`Sở Tư pháp`, `UBND cấp huyện`, `Huyện Vân Kiều`). */
  unitRow: ['sở', 'ubnd', 'ủy ban nhân dân', 'huyện', 'thị xã', 'công an', 'văn phòng', 'ban quản lý', 'cục', 'chi cục', 'bảo hiểm xã hội'],
  /** The row of a whole under rows of its parts (`Tổng cộng`, `Toàn tỉnh`). */
  totalRow: ['tổng cộng', 'tổng số', 'tổng', 'cộng', 'toàn tỉnh', 'cả tỉnh', 'tổng toàn tỉnh', 'total', 'grand total', 'all channels', 'whole province', 'province total', 'provincial total', 'total for the province'],
  /** Averages over a period, in a row or a column: never an annual value. */
  average: ['bình quân', 'CAGR', 'compound annual growth', 'compound growth', 'trung bình', 'average', 'annual average', '%/năm', 'giai đoạn', 'period'],
  /** A column of rank moves (`Tăng (+)/giảm (-) bậc`). */
  rankMove: ['bậc', 'tăng/giảm bậc', 'places', 'change in rank', 'thay đổi thứ hạng', 'thay đổi vị trí', 'tăng/giảm hạng', 'rank change', 'change in ranking'],
  /** Relative years in headers (`Thực hiện năm trước | Kế hoạch năm | Ước thực hiện năm`). */
  previousYear: ['năm trước', 'năm ngoái', 'previous year', 'last year'],
  thisYear: ['năm nay', 'năm', 'this year', 'year'],
  nextYear: ['năm sau', 'năm tới', 'next year'],
  /** The periods of a statistical reporting form (`Kỳ trước | Kỳ báo cáo`): the year before the report's, and the report's. */
  previousPeriod: ['kỳ trước', 'previous period', 'preceding period'],
  reportPeriod: ['kỳ báo cáo', 'reporting period', 'this period', 'current period'],
};
