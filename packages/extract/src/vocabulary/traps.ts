/** Words that announce numbers which are never statistics (decrees, phones, addresses, pages, labels). */
export const documentWords: string[] = [
  'nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'công văn', 'chỉ thị', 'giấy phép', 'kế hoạch số', 'văn bản số', 'thông báo số', 'báo cáo số',
  'tờ trình', 'đề án', 'chương trình số', 'decision', 'decree', 'resolution', 'circular', 'no.', 'directive',
];
/** `số 12` (a document or house number), except `tổng số 12`, `con số 12`. */
export const numberWord = 'số';
export const numberWordNotAfter: string[] = ['tổng', 'con'];
export const phoneWords: string[] = ['điện thoại', 'đt', 'tel', 'fax', 'phone', 'hotline', 'di động', 'số điện thoại', 'zalo'];
/** Names of hotlines, with the words that may follow the name before its number (`tổng đài phản ánh: 1022`). */
export const hotlineWords: string[] = ['đường dây nóng', 'tổng đài', 'hotline', 'đầu số', 'bộ phận tư vấn', 'số điện thoại', 'hệ thống tiếp nhận', 'gọi', 'gọi số', 'gọi đến số', 'gọi tới số', 'quay số', 'call centre', 'call center', 'information centre', 'information center', 'contact centre', 'contact center', 'switchboard', 'calling', 'dial', 'dialling', 'dialing'];
export const hotlineFillers: string[] = ['thống nhất', 'dịch vụ công', 'chăm sóc khách hàng', 'hỗ trợ', 'miễn phí', 'tư vấn', 'của thành phố', 'của tỉnh', 'phản ánh', 'tiếp nhận phản ánh', 'góp ý', 'chung'];
/** Numbers of public service lines (`Hệ thống 1022`, `Tổng đài 1022`): a name, never a figure. */
export const serviceNumbers: string[] = ['1022'];
/** Words that may stand right before a service line's number (`Nâng cấp Hệ thống 1022`, `qua kênh 1022`). */
export const serviceNumberHeads: string[] = ['hệ thống', 'kênh', 'số', 'đầu số', 'qua', 'tổng đài', 'gọi', 'gọi số', 'system', 'line', 'the', 'via', 'through', 'calling', 'call', 'dial', 'dialling', 'dialing'];
export const addressWords: string[] = ['tầng', 'lầu', 'phòng', 'km', 'kiốt', 'ki-ốt', 'lô', 'floor', 'room'];
export const addressHeads: string[] = ['trụ sở', 'địa chỉ', 'address', 'tòa soạn', 'toà soạn'];
export const pageWords: string[] = ['trang', 'page', 'tr.'];
export const pageOf: string[] = ['/', 'of', 'trên'];
/** Ordinals of events (`lần thứ 3`, `năm thứ 10`): not ranks. */
export const ordinalHeads: string[] = ['lần', 'năm', 'kỳ', 'khóa', 'khoá', 'đợt'];
/** Labels: `mức độ 4`, `giai đoạn 2`, `Top 10`. */
export const levelWords: string[] = ['mức độ', 'mức', 'cấp độ', 'level', 'levels'];
export const labelWords: string[] = ['giai đoạn', 'phase', 'số hiệu', 'mã số', 'mã', 'mục', 'điều', 'khoản', 'chương', 'phụ lục', 'bảng', 'hình', 'biểu đồ', 'table', 'figure', 'khu', 'tổ', 'đội', 'nhóm', 'lớp', 'nhánh', 'phím', 'dòng', 'cột', 'row', 'column'];
export const topWords: string[] = ['top'];
/** Durations (`3 năm`, `6 tháng`). */
export const durationUnits: string[] = ['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'quý', 'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'hour', 'hours'];
/** `trên 1.000 dân`: the thousand is part of a unit. */
export const denominatorNouns: string[] = ['dân', 'người', 'people', 'inhabitants', 'residents', 'hộ'];
/** `gấp 2,5 lần`: a multiple. */
export const multipleWords = { before: ['gấp'], after: ['lần'] };
/** Visitor counters of web pages (`Lượt xem: 418`, `Đang online: 214`). */
export const counterWords: string[] = ['lượt xem', 'lượt truy cập', 'tổng truy cập', 'tổng lượt truy cập', 'đang online', 'đang truy cập', 'trực tuyến', 'hôm nay', 'views', 'visitors', 'online now'];
/** Words before a day and month (`ngày 12/6`, `từ ngày 01/7`). */
export const dayWords: string[] = ['ngày', 'chiều ngày', 'sáng ngày', 'từ ngày', 'đến ngày'];
