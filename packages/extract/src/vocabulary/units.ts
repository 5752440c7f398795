import type { Unit } from '@chiso/shared';

/** Nouns that may directly follow a count in each unit (`847 dịch vụ`, `1.150 vị trí trạm`). */
export const unitNouns: Partial<Record<Unit, string[]>> = {
  enterprises: ['doanh nghiệp', 'DN', 'công ty', 'enterprises', 'companies', 'firms', 'businesses'],
  persons: ['lao động', 'người', 'nhân lực', 'kỹ sư', 'workers', 'people', 'employees', 'professionals', 'staff', 'engineers'],
  services: ['dịch vụ', 'DVC', 'DVCTT', 'thủ tục', 'services', 'public services', 'online services', 'procedures'],
  agencies: ['cơ quan', 'đơn vị', 'agencies', 'units', 'offices'],
  documents: ['văn bản', 'lượt văn bản', 'VBĐT', 'documents', 'e-documents'],
  items: ['ý kiến', 'lượt ý kiến', 'lượt', 'phản ánh', 'kiến nghị', 'cuộc gọi', 'góp ý', 'câu hỏi', 'items', 'comments', 'complaints', 'calls', 'pieces of feedback', 'feedback', 'petitions'],
  stations: ['trạm', 'điểm', 'stations', 'hotspots', 'access points', 'base stations'],
  sites: ['vị trí', 'trạm', 'sites', 'locations', 'stations', 'BTS sites', 'base station sites'],
  domains: ['tên miền', 'domains', 'domain names'],
};

/**
 * Words that count something else (`14 lớp`, `37 thôn`, `1.260 lượt cán bộ`): a number followed by one of these is
 * a count of that thing, whatever the sentence is about.
 */
export const foreignCounters: string[] = [
  'trường hợp', 'lớp', 'tổ', 'thành viên', 'thôn', 'bản', 'xã', 'phường', 'huyện', 'quận', 'tỉnh', 'lần', 'năm', 'tháng',
  'ngày', 'giờ', 'phút', 'tuần', 'quý', 'm', 'm2', 'cán bộ', 'công chức', 'lượt cán bộ', 'lượt người', 'học viên', 'học sinh', 'tin nhắn', 'tin', 'bài',
  'tài khoản', 'chương trình', 'dự án', 'nhiệm vụ', 'khu', 'hộ', 'km', 'kilomet', 'mét', 'tuyến', 'cột', 'trang', 'lượt truy cập',
  'truy cập', 'bậc', 'hạng', 'gấp', 'kênh', 'channels', 'điểm bưu điện', 'điểm phục vụ', 'bưu cục', 'thuê bao', 'cuộc', 'hội nghị', 'sự kiện',
  'sản phẩm', 'giải pháp', 'nền tảng', 'ứng dụng', 'camera', 'máy', 'máy chủ', 'bộ', 'văn bản triển khai', 'văn bản phối hợp', 'đối tượng', 'vụ', 'đoàn',
  'giấy phép', 'cơ sở', 'vùng', 'vùng lõm sóng', 'điểm lõm sóng', 'điện thoại viên', 'tổng đài viên', 'cổng', 'trung tâm', 'nhà đầu tư', 'cấp', 'hệ thống', 'hồ sơ', 'bộ hồ sơ', 'chỉ tiêu', 'nhóm chỉ tiêu', 'cơ sở dữ liệu', 'giao dịch', 'văn phòng', 'trường', 'đại học', 'ha', 'hecta', 'hécta', 'đơn đăng ký', 'văn bằng', 'thủ tục hành chính', 'administrative procedures',
  'chủ thể', 'chủ sở hữu', 'tổ chức, cá nhân', 'vụ việc', 'classes', 'cases', 'entities', 'registrants', 'owners', 'villages', 'communes', 'members', 'times', 'years', 'months', 'days', 'accounts', 'messages', 'articles', 'projects',
  'subscribers', 'residents', 'citizens', 'TB', 'GB', 'terabytes', 'gigabytes', 'cảnh báo', 'sự cố', 'lỗ hổng', 'alerts', 'incidents', 'attacks', 'vulnerabilities', 'visits', 'officials', 'trainees', 'households', 'cameras', 'products', 'places', 'positions', 'steps', 'universities',
  'hectares', 'parks', 'operators', 'agents', 'portals', 'centres', 'centers', 'investors', 'licences', 'licenses', 'platforms', 'servers', 'transactions', 'provinces', 'cities', 'dossiers', 'applications', 'indicators', 'targets',
];

/** Scale words written after a number, and the power of ten each stands for (`8,74 nghìn tỷ` → 8.74 × 10¹²). */
export const scaleWords: [string, number][] = [
  ['nghìn tỷ', 12],
  ['nghìn tỉ', 12],
  ['ngàn tỷ', 12],
  ['ngàn tỉ', 12],
  ['triệu tỷ', 15],
  ['triệu tỉ', 15],
  ['tỷ', 9],
  ['tỉ', 9],
  ['triệu', 6],
  ['nghìn', 3],
  ['ngàn', 3],
  ['quadrillion', 15],
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
  ['thousand', 3],
  ['tn', 12],
  ['bn', 9],
  ['mn', 6],
];

/** Scales glued to the digits (`US$5m`). */
export const attachedScales: [string, number][] = [
  ['m', 6],
  ['k', 3],
];

/** `triệu đồng` written short: `tr.đ`, `trđ`. */
export const millionDongShort: string[] = ['tr.đ', 'tr. đ', 'tr.đồng', 'trđ', 'tr đ'];

/** Words after `tỷ` that make it part of another word (`tỷ lệ`, `tỷ trọng`), not a scale. */
export const notScaleAfter: string[] = ['lệ', 'trọng'];

export const currencyWords: [string, 'VND' | 'USD'][] = [
  ['đồng', 'VND'],
  ['vnđ', 'VND'],
  ['vnd', 'VND'],
  ['dong', 'VND'],
  ['đ', 'VND'],
  ['₫', 'VND'],
  ['usd', 'USD'],
  ['us dollars', 'USD'],
  ['đô la mỹ', 'USD'],
  ['đô la', 'USD'],
  ['dollars', 'USD'],
  ['đô', 'USD'],
];

/** Currency written before the number (`US$78`, `VND25.2 trillion`). */
export const currencyPrefixes: [string, 'VND' | 'USD'][] = [
  ['us$', 'USD'],
  ['s$', 'USD'],
  ['$', 'USD'],
  ['usd', 'USD'],
  ['vnd', 'VND'],
  ['vnđ', 'VND'],
  ['₫', 'VND'],
];

export const percentWords: string[] = ['%', 'phần trăm', 'percent', 'per cent'];
/** Between the two values of a range written in words, the second with its unit (`từ 12 đến 13%`, `12 to 13 per cent`). */
export const valueRangeWords: string[] = ['đến', 'tới', 'to'];
/** These join a range only after an opener (`between 12 and 13 per cent`, `trong khoảng giữa 12 và 13%`). */
export const valueRangeAndWords: string[] = ['and', 'và'];
export const valueRangeAndOpeners: string[] = ['between', 'giữa'];
/** `điểm phần trăm` is a difference of percentages, never a percentage. */
export const pointsWords: string[] = ['điểm phần trăm', 'percentage points', 'percentage point', 'pp', 'điểm %'];

/** Units of a table's unit column or header that make a row a rank or a score. */
export const rankUnits: string[] = ['hạng', 'thứ hạng', 'xếp hạng', 'rank', 'ranking'];
export const scoreUnits: string[] = ['điểm', 'score', 'points'];
