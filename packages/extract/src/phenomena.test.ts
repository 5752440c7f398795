import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from './extract';

/**
 * The phenomena of issue 12, section 2, each in several phrasings of our own, Vietnamese and English. Every case
 * lists all the facts the text holds (indicator, year, value, qualifier); a case with none lists nothing. The report
 * is a made-up province's (Hòa Sơn) review of 2023 unless a case says otherwise.
 */
type Expected = [indicator: string, year: number, value: number | [number, number], qualifier?: string];

function read(text: string, opts: ExtractOptions = {}): Expected[] {
  return extract(text, { region: 'hoa-son', reportYear: 2023, ...opts })
    .map((f): Expected => [f.indicator, f.year, f.value ?? [f.value_min!, f.value_max!], f.qualifier])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

function cases(list: [text: string, expected: Expected[], opts?: ExtractOptions][]): void {
  it.each(list)('%s', (text, expected, opts) => {
    const want = expected.map((e): Expected => [e[0], e[1], e[2], e[3] ?? 'actual']).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(read(text, opts)).toEqual(want);
  });
}

describe('comparison frames: from A to B, with the comparison year', () => {
  cases([
    ['So với năm 2022, tỷ lệ hồ sơ nộp trực tuyến tăng từ 41,5% lên 63,2%.', [['online_filing_share', 2022, 41.5], ['online_filing_share', 2023, 63.2]]],
    ['So với cùng kỳ năm 2022, số trạm BTS trên địa bàn tăng từ 2.410 trạm lên 2.655 trạm.', [['bts_total', 2022, 2410], ['bts_total', 2023, 2655]]],
    ['Tỷ lệ hồ sơ xử lý trễ hạn đã giảm từ 3,1% năm 2022 xuống còn 1,2%.', [['late_processing_share', 2022, 3.1], ['late_processing_share', 2023, 1.2]]],
    ['The share of applications filed online rose from 52 per cent in 2022 to 66 per cent.', [['online_filing_share', 2022, 52], ['online_filing_share', 2023, 66]]],
    ['Compared with 2022, the number of base stations grew from 1,840 to 2,015.', [['bts_total', 2022, 1840], ['bts_total', 2023, 2015]]],
  ]);
});

describe('changes are not levels', () => {
  cases([
    ['Năm 2023, tổng doanh thu toàn ngành đạt 6.120 tỷ đồng, tăng 415 tỷ đồng so với năm trước.', [['ict_revenue', 2023, 6120]]],
    ['Doanh thu công nghiệp CNTT đạt 2.300 tỷ đồng, nhiều hơn năm trước 512 tỷ đồng.', [['it_revenue', 2023, 2300]]],
    ['Quy mô doanh thu toàn ngành tiếp tục mở rộng gần 430 tỷ đồng.', []],
    ['Số doanh nghiệp CNTT tăng thêm 24 doanh nghiệp so với năm 2022.', []],
    ['ICT revenue reached VND6.1 trillion, up VND512 billion from 2022.', [['ict_revenue', 2023, 6100]]],
    ['The province added 140 base stations last year.', []],
  ]);
});

describe('parts are not wholes', () => {
  cases([
    [
      'Năm 2023, tổng doanh thu toàn ngành đạt 7.340 tỷ đồng, trong đó doanh thu viễn thông 4.980 tỷ đồng, doanh thu bưu chính 705 tỷ đồng, doanh thu công nghiệp CNTT 1.420 tỷ đồng.',
      [['ict_revenue', 2023, 7340], ['it_revenue', 2023, 1420]],
    ],
    ['Doanh thu của các doanh nghiệp viễn thông trên địa bàn năm 2023 đạt 3.900 tỷ đồng.', []],
    ['Kim ngạch xuất khẩu hàng hóa điện tử năm 2023 đạt 820 triệu USD, trong khi xuất khẩu phần mềm đạt 41 triệu USD.', [['software_export', 2023, 41]]],
    ['Toàn tỉnh có 12.500 lao động CNTT, trong đó 9.000 lao động phần mềm.', [['it_workforce', 2023, 12500]]],
    ['Có 4 doanh nghiệp nộp ngân sách trên 50 tỷ đồng.', []],
    ['Trong năm, Sở cấp phép xây dựng mới 9 trạm BTS; tổng số trạm BTS toàn tỉnh là 3.120 trạm.', [['bts_total', 2023, 3120]]],
    ['Postal revenue reached VND410 billion in 2023.', []],
    ['Goods exports by electronics firms hit $1.4 billion, while software exports were $62 million.', [['software_export', 2023, 62]]],
    ['The province has 640 IT firms, 55 of which were founded in 2023.', [['it_enterprises', 2023, 640]]],
    ['Nine BTS stations were licensed in 2023, and 14 stations were removed.', []],
  ]);
});

describe("whose figure: the nation, other provinces, former provinces", () => {
  cases([
    ['Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 58%, cao hơn trung bình cả nước 47%.', [['online_filing_share', 2023, 58]]],
    ['Trong khi đó, doanh thu toàn ngành của Quảng Nam năm 2023 đạt 6.100 tỷ đồng.', []],
    ['Năm 2024, tỉnh Kon Tum (cũ) có 120 doanh nghiệp CNTT và tỉnh Quảng Ngãi (cũ) có 210 doanh nghiệp CNTT.', [], { region: 'quang-ngai', reportYear: 2025 }],
    ['Cả nước hiện có 1.250 dịch vụ công trực tuyến toàn trình.', []],
    ['Nationwide, online public services reached 4,400 in 2023.', []],
    ["Viet Nam's digital economy accounted for 16.5 per cent of GDP.", []],
    ["Hanoi's IT workforce exceeded 80,000 people, while Hoa Son employed 7,200 IT workers.", [['it_workforce', 2023, 7200]]],
    ['Tỷ trọng kinh tế số trong GRDP của tỉnh đạt 14%, vẫn thấp hơn tỉnh láng giềng Quảng Ngãi (16,2%).', [['digital_economy_grdp_share', 2023, 14]]],
    // a ministry's national report, uploaded for the country: the nation's figures are its own, a province's are not
    ['Năm 2023, cả nước có 1.850 dịch vụ công trực tuyến toàn trình; riêng tỉnh Quảng Ninh có 1.020 dịch vụ công trực tuyến.', [], { region: 'viet-nam' }],
    ['Năm 2023, doanh thu công nghiệp CNTT cả nước đạt 3,5 triệu tỷ đồng.', [['it_revenue', 2023, 3_500_000]], { region: 'viet-nam' }],
  ]);
});

describe('targets carry their own year', () => {
  cases([
    ['Phấn đấu đến năm 2027 kinh tế số chiếm 22% GRDP.', [['digital_economy_grdp_share', 2027, 22, 'target']]],
    ['Tỷ trọng kinh tế số trong GRDP năm 2023 đạt 19,5%, vượt mục tiêu 18%.', [['digital_economy_grdp_share', 2023, 19.5], ['digital_economy_grdp_share', 2023, 18, 'target']]],
    ['Năm 2023, nhiều chỉ tiêu đạt cao: doanh thu toàn ngành đạt 6.300 tỷ đồng.', [['ict_revenue', 2023, 6300]]],
    ['Đề nghị các sở, ngành bảo đảm tỷ lệ hồ sơ trực tuyến đạt khoảng 55% trong năm 2024.', [['online_filing_share', 2024, 55, 'target']]],
    ['The province aims to raise the digital economy to 27 per cent of GRDP by 2030.', [['digital_economy_grdp_share', 2030, 27, 'target']]],
    ['By 2026, the city plans to have 1,000 IT enterprises.', [['it_enterprises', 2026, 1000, 'target']]],
  ]);
});

describe('years that are not the figure’s year', () => {
  cases([
    ['Giá trị tăng thêm của ngành theo giá hiện hành đạt 2.480 tỷ đồng, theo giá so sánh 2010 tăng 7,9%.', [['ict_value_added', 2023, 2480]]],
    ['Tại Giải thưởng Chuyển đổi số Việt Nam 2022, tỉnh có 3 sản phẩm được vinh danh; doanh thu công nghiệp CNTT đạt 1.950 tỷ đồng.', [['it_revenue', 2023, 1950]]],
    ['Thực hiện Nghị định 42/2022/NĐ-CP, tỉnh cung cấp 1.460 dịch vụ công trực tuyến.', [['online_services_total', 2023, 1460]]],
    ['Theo Vietnam ICT Index 2020 công bố năm 2021, tỉnh xếp thứ 18/63.', [['ict_index_rank', 2020, 18]]],
    ['In the DTI 2022 rankings, released in 2023, the province came 9th out of 63.', [['dti_rank', 2022, 9]]],
  ]);

  it('never takes the year from the clock: no year in or about the text, no fact', () => {
    expect(extract('Doanh thu toàn ngành đạt 5.200 tỷ đồng.', { region: 'hoa-son' })).toEqual([]);
  });

  it('takes the year of the publication date when the text names none', () => {
    expect(extract('Doanh thu toàn ngành đạt 5.200 tỷ đồng.', { region: 'hoa-son', published: '2024-09-20' }).map((f) => f.year)).toEqual([2024]);
  });
});

describe('lists and distributions', () => {
  cases([
    ['Chỉ số DTI của tỉnh xếp thứ 15 năm 2020, thứ 11 năm 2021 và thứ 8 năm 2022.', [['dti_rank', 2020, 15], ['dti_rank', 2021, 11], ['dti_rank', 2022, 8]]],
    [
      'Tỷ trọng kinh tế số trong GRDP được đặt mục tiêu 18%, 21% và 33% vào các năm 2024, 2026 và 2030.',
      [['digital_economy_grdp_share', 2024, 18, 'target'], ['digital_economy_grdp_share', 2026, 21, 'target'], ['digital_economy_grdp_share', 2030, 33, 'target']],
    ],
    ['Doanh thu công nghiệp CNTT và kim ngạch xuất khẩu phần mềm năm 2023 lần lượt đạt 1.800 tỷ đồng và 36 triệu USD.', [['it_revenue', 2023, 1800], ['software_export', 2023, 36]]],
    ['IT revenue and software exports reached VND2.1 trillion and $48 million, respectively.', [['it_revenue', 2023, 2100], ['software_export', 2023, 48]]],
    ['In the DTI, the province ranked 20th in 2020, 14th in 2021 and 9th in 2022.', [['dti_rank', 2020, 20], ['dti_rank', 2021, 14], ['dti_rank', 2022, 9]]],
  ]);
});

describe('tables by column role', () => {
  cases([
    [
      [
        'Chỉ tiêu | ĐVT | Thực hiện năm trước | Kế hoạch năm | Ước thực hiện năm | So cùng kỳ (%) | So KH (%)',
        'Doanh thu công nghiệp CNTT | Tỷ đồng | 1.500 | 1.650 | 1.700 | 113,3 | 103,0',
        'Tăng bình quân doanh thu giai đoạn 2021-2023 | %/năm | 9,5 | 10,0 | 10,2 | - | -',
      ].join('\n'),
      [['it_revenue', 2022, 1500], ['it_revenue', 2023, 1650, 'target'], ['it_revenue', 2023, 1700, 'estimate']],
    ],
    [
      ['Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 | Năm 2023 | Tăng bình quân giai đoạn (%/năm)', 'Chỉ tiêu | ĐVT | Thực hiện | Kế hoạch | Ước thực hiện | Tăng bình quân giai đoạn (%/năm)', 'Tổng số trạm BTS | Trạm | 2.410 | 2.600 | 2.655 | 6,1'].join('\n'),
      [['bts_total', 2022, 2410], ['bts_total', 2023, 2600, 'target'], ['bts_total', 2023, 2655, 'estimate']],
    ],
    [
      ['STT | Tỉnh, thành phố | Điểm DTI 2022 | Xếp hạng DTI 2022', '1 | Đà Nẵng | 0,7012 | 1', '2 | Hòa Sơn | 0,5318 | 12', '3 | Quảng Nam | 0,4870 | 25'].join('\n'),
      [['dti_rank', 2022, 12], ['dti_score', 2022, 0.5318]],
    ],
  ]);
});

describe('two header rows with a merged group cell written once', () => {
  // the first row's group cell (`Năm`, `Kế hoạch`) spans the year cells of the second row; readers of plain text
  // and of some tables write a merged cell once, leave its other places empty, or leave them out altogether
  cases([
    [
      // markdown with the spanned places left empty
      ['| Chỉ tiêu | Đơn vị | Năm | | |', '| | | 2021 | 2022 | 2023 |', '| Số doanh nghiệp công nghệ thông tin | Doanh nghiệp | 118 | 131 | 146 |'].join('\n'),
      [['it_enterprises', 2021, 118], ['it_enterprises', 2022, 131], ['it_enterprises', 2023, 146]],
    ],
    [
      // the spanned places left out: the years sit under the group cell, the average column (both rows) stays out
      ['Chỉ tiêu | Đơn vị | Năm | Tăng bình quân (%/năm)', '2021 | 2022 | 2023', 'Tổng số trạm BTS | Trạm | 1.905 | 2.040 | 2.188 | 7,2'].join('\n'),
      [['bts_total', 2021, 1905], ['bts_total', 2022, 2040], ['bts_total', 2023, 2188]],
    ],
    [
      // markdown: the group cell `Kế hoạch` over the empty places after it, the years under them
      ['| Chỉ tiêu | ĐVT | Thực hiện | Kế hoạch | |', '| | | 2023 | 2024 | 2025 |', '| Số trạm BTS | Trạm | 1.480 | 1.540 | 1.600 |'].join('\n'),
      [['bts_total', 2023, 1480], ['bts_total', 2024, 1540, 'target'], ['bts_total', 2025, 1600, 'target']],
    ],
    [
      // a reader's row starting with empty cells keeps its columns
      ['Nội dung | ĐVT | Thực hiện |  | Kế hoạch', ' |  | 2022 | 2023 | 2024', 'Doanh thu công nghiệp CNTT | Tỷ đồng | 1.260 | 1.395 | 1.550'].join('\n'),
      [['it_revenue', 2022, 1260], ['it_revenue', 2023, 1395], ['it_revenue', 2024, 1550, 'target']],
    ],
    [
      // a row of what is new in the year is no value of the stock, whatever the header
      ['STT | Chỉ tiêu | ĐVT | 2022 | 2023', '1 | Tổng số trạm BTS | Trạm | 2.310 | 2.395', ' | Trạm BTS lắp đặt mới trong năm | Trạm | 88 | 85'].join('\n'),
      [['bts_total', 2022, 2310], ['bts_total', 2023, 2395]],
    ],
  ]);
});

describe('table columns and units in other words', () => {
  cases([
    [
      // a currency before its scale word is the column's unit (`VND billion`, `USD million`)
      ['Indicator | Unit | 2022 | 2023', 'IT industry revenue | VND billion | 1,482 | 1,655', 'Software exports | USD million | 12.6 | 15.9'].join('\n'),
      [['it_revenue', 2022, 1482], ['it_revenue', 2023, 1655], ['software_export', 2022, 12.6], ['software_export', 2023, 15.9]],
    ],
    [
      ['Item | Units | 2021 | 2022', 'Software export value | US$ million | 9.8 | 11.2'].join('\n'),
      [['software_export', 2021, 9.8], ['software_export', 2022, 11.2]],
    ],
    [
      // a preliminary column is an estimate of its year; of two years in an index column, the second is the base
      ['Chỉ tiêu | Đơn vị tính | 2022 | Sơ bộ 2023 | Chỉ số năm 2023 so với năm 2022 (%)', 'Lao động công nghệ thông tin | Người | 3.120 | 3.345 | 107,2'].join('\n'),
      [['it_workforce', 2022, 3120], ['it_workforce', 2023, 3345, 'estimate']],
    ],
  ]);
});

describe('a dated story is about the year its headline and lead name, else the year of its date', () => {
  cases([
    [
      'Hòa Sơn đẩy mạnh hạ tầng số sau sắp xếp\n\nThứ Sáu, 19/12/2025 - 08:15\n\n(HS) - Sau nửa năm vận hành bộ máy mới, tỉnh Hòa Sơn tiếp tục đầu tư cho hạ tầng số và dữ liệu.\n\nTheo kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2024 được công bố tháng 10/2025, Hòa Sơn xếp thứ 21/34.\n\nNhìn lại kết quả năm 2024 của các địa bàn cũ, mức độ phủ sóng còn chênh lệch giữa vùng núi và đồng bằng.\n\nHiện toàn tỉnh có 4.210 trạm BTS; trên địa bàn có 655 doanh nghiệp công nghệ thông tin đang hoạt động.',
      [['bts_total', 2025, 4210], ['dti_rank', 2024, 21], ['it_enterprises', 2025, 655]],
      { reportYear: undefined },
    ],
  ]);
});

describe('a list item takes its subject from the line that introduces the list', () => {
  cases([
    [
      ['- Số doanh nghiệp công nghệ thông tin đang hoạt động:', '+ 6 tháng đầu năm có 402 doanh nghiệp.', '+ Ước đến hết năm 2023 đạt 415 doanh nghiệp (năm 2022: 377 doanh nghiệp).', '- Lao động trong lĩnh vực công nghệ thông tin:', '+ Ước cả năm 2023 khoảng 5.600 người.'].join('\n'),
      [['it_enterprises', 2022, 377], ['it_enterprises', 2023, 415, 'estimate'], ['it_workforce', 2023, 5600, 'estimate']],
    ],
    [
      // the lead-in's words rule as the item's own would: a share of late dossiers is no share of feedback resolved
      ['• Tỷ lệ hồ sơ giải quyết quá hạn:', '- Năm 2023 là 0,9%, giảm so với năm 2022 (1,6%).', '• Cơ sở dữ liệu dùng chung được kết nối thêm 4 hệ thống.'].join('\n'),
      [['late_processing_share', 2022, 1.6], ['late_processing_share', 2023, 0.9]],
    ],
  ]);
});

describe('a statistical yearbook reports the year it names', () => {
  cases([
    [
      'NIÊN GIÁM THỐNG KÊ TỈNH HÒA SƠN NĂM 2022\n\nNgày đăng: 15/07/2023\n\nSố doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin là 164 doanh nghiệp.',
      [['it_enterprises', 2022, 164]],
      { reportYear: undefined },
    ],
  ]);

  it('reads the relative year columns against the report year', () => {
    const text = ['Chỉ tiêu | ĐVT | Thực hiện năm trước | Ước thực hiện năm', 'Doanh thu toàn ngành | Tỷ đồng | 5.100 | 5.600'].join('\n');
    expect(read(text, { reportYear: 2024 })).toEqual([['ict_revenue', 2023, 5100, 'actual'], ['ict_revenue', 2024, 5600, 'estimate']]);
  });
});

describe('units must fit', () => {
  cases([
    ['Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 85%.', [['online_services_full_share', 2023, 85]]],
    ['Chỉ số DTI của tỉnh xếp thứ 12/34.', [['dti_rank', 2023, 12]]],
    ['Chỉ số DTI của tỉnh xếp thứ 40/34.', []],
    ['Tỷ lệ hồ sơ nộp trực tuyến là 112%.', []],
    ['The number of online public services rose 12 percent.', []],
  ]);
});

describe('English news', () => {
  cases([
    ['Total ICT revenue hit VND9.7 trillion (US$380 million) in 2023.', [['ict_revenue', 2023, 9700]]],
    ['In the DTI 2024, Hoa Son ranked 11th out of 34 provinces with a score of 0.6874.', [['dti_rank', 2024, 11], ['dti_score', 2024, 0.6874]], { reportYear: 2025 }],
    ['The rate of online applications was 57 per cent.', [['online_filing_share', 2023, 57]]],
    ["More than 12,000 people work in the province's IT sector.", [['it_workforce', 2023, 12000]]],
    ['The sector contributed VND1.3 trillion ($52 million) to the State budget.', [['budget_contribution', 2023, 1300]]],
  ]);
});

describe('words for ranks', () => {
  cases([
    ['Năm 2022, tỉnh xếp hạng Nhất về Chỉ số chuyển đổi số cấp tỉnh (DTI).', [['dti_rank', 2022, 1]]],
    ['Tỉnh tiếp tục đứng đầu cả nước về chỉ số DTI năm 2022.', [['dti_rank', 2022, 1]]],
    ['Tỉnh dẫn đầu cả nước về hạ tầng số, một trụ cột của chỉ số DTI.', []],
    ['Tỉnh thuộc nhóm 10 địa phương dẫn đầu về chỉ số DTI.', []],
    ['Hoa Son topped the DTI 2022 rankings.', [['dti_rank', 2022, 1]]],
    ['The province was among the top 10 in the DTI.', []],
  ]);
});

describe('figures no catalogue indicator holds stay out', () => {
  cases([
    ['Toàn tỉnh có 1.240 trạm 5G.', []],
    ['Vùng phủ sóng 4G đạt 99,5% dân số.', []],
    ['Có 82% hộ gia đình sử dụng cáp quang.', []],
    ['5G coverage reached 65 percent of the population.', []],
    ['Some 310,000 households have fibre broadband.', []],
  ]);
});

describe('a headline that rounds a body figure is not a second fact', () => {
  it('keeps the body figure', () => {
    const text = 'Doanh thu công nghiệp CNTT gần 2.000 tỷ đồng\n\nNăm 2023, doanh thu công nghiệp CNTT của tỉnh đạt 1.968 tỷ đồng.';
    expect(read(text)).toEqual([['it_revenue', 2023, 1968, 'actual']]);
  });
});

describe('more phrasings: other verbs, orders and scopes', () => {
  cases([
  ['Năm 2023, doanh thu toàn ngành Thông tin và Truyền thông ghi nhận 8.215 tỷ đồng, tăng 9,2% so với năm 2022.', [['ict_revenue', 2023, 8215]]],
  ['Doanh thu công nghiệp công nghệ thông tin năm nay cán mốc 3.000 tỷ đồng.', [['it_revenue', 2023, 3000]]],
  ['Toàn tỉnh hiện có 412 doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin với hơn 9.800 lao động.', [['it_enterprises', 2023, 412], ['it_workforce', 2023, 9800]]],
  ['Kết quả xếp hạng DTI năm 2022 (công bố tháng 8/2023), tỉnh đạt 0,5523 điểm, đứng thứ 17/63 tỉnh, thành phố.', [['dti_score', 2022, 0.5523], ['dti_rank', 2022, 17]]],
  ['Số trạm BTS toàn tỉnh đạt 3.410 trạm, trong đó Viettel 1.520 trạm, VNPT 1.100 trạm.', [['bts_total', 2023, 3410]]],
  ['Riêng VNPT đã triển khai 1.100 trạm BTS.', []],
  ['Năm 2023, tỉnh đã cung cấp 1.812 dịch vụ công trực tuyến, trong đó 1.020 dịch vụ toàn trình.', [['online_services_total', 2023, 1812]]],
  ['Tỷ lệ thủ tục hành chính được cung cấp dịch vụ công trực tuyến đạt 96,4%.', [['online_services_share', 2023, 96.4]]],
  ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%, hồ sơ trễ hạn chỉ còn 1,3%.', [['late_processing_share', 2023, 1.3]]],
  ['Trung tâm IOC tiếp nhận 15.240 phản ánh của người dân, đã xử lý 14.980 phản ánh, đạt tỷ lệ 98,3%.', [['feedback_total', 2023, 15240], ['feedback_resolved', 2023, 14980], ['feedback_resolved_share', 2023, 98.3]]],
  ['Kim ngạch xuất khẩu phần mềm năm 2023 ước đạt 74 triệu USD, bằng 105% kế hoạch.', [['software_export', 2023, 74, 'estimate']]],
  ['Năm 2024, ngành phấn đấu đạt tổng doanh thu 9.000 tỷ đồng.', [['ict_revenue', 2024, 9000, 'target']]],
  ['Mục tiêu đến năm 2025, kinh tế số chiếm 20% GRDP, đến năm 2030 chiếm 30% GRDP.', [['digital_economy_grdp_share', 2025, 20, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']]],
  ['Doanh thu toàn ngành quý IV đạt 2.340 tỷ đồng.', []],
  ['Lũy kế từ đầu năm, doanh thu toàn ngành đạt 7.100 tỷ đồng.', []],
  ['Doanh thu toàn ngành của thành phố Đà Nẵng năm 2023 đạt 35.000 tỷ đồng.', []],
  ['Nộp ngân sách nhà nước của ngành đạt 540 tỷ đồng, tăng 12 tỷ đồng.', [['budget_contribution', 2023, 540]]],
  ['Tổng số văn bản điện tử gửi nhận qua trục liên thông đạt 2,3 triệu văn bản.', [['edoc_interagency', 2023, 2300000]]],
  ['In 2023, software exports totalled US$95 million, up 15 percent year-on-year.', [['software_export', 2023, 95]]],
  ['There are now 520 IT companies in the province, employing about 11,000 workers.', [['it_enterprises', 2023, 520], ['it_workforce', 2023, 11000]]],
  ['The city had 2,450 base stations at the end of 2023, 96 percent of them offering 4G.', [['bts_total', 2023, 2450], ['bts_4g_share', 2023, 96]]],
  ["The digital economy's share of GRDP stood at 17.3 percent last year.", [['digital_economy_grdp_share', 2023, 17.3]]],
  ['Revenue from telecoms services alone came to VND4.2 trillion.', []],
  ['Hoa Son came first in the 2022 Provincial Digital Transformation Index.', [['dti_rank', 2022, 1]]],
  ['Late applications accounted for just 0.9 percent of the total.', [['late_processing_share', 2023, 0.9]]],
  ['Tính đến 31/12/2023, toàn tỉnh có 2.980 trạm BTS.', [['bts_total', 2023, 2980]]],
  ['Tính đến 30/9/2023, toàn tỉnh có 2.900 trạm BTS.', []],
  ['Theo Tổng cục Thống kê, kinh tế số cả nước chiếm 16,5% GDP năm 2023.', []],
  ['Doanh thu công nghiệp CNTT đạt 2.150 tỷ đồng (năm 2022 đạt 1.840 tỷ đồng).', [['it_revenue', 2023, 2150], ['it_revenue', 2022, 1840]]],
  ['Trong 3 năm 2021-2023, tỉnh thu hút 85 doanh nghiệp CNTT mới.', []],

  ]);
});

describe('whole short documents: report year, headings, part-year reports, related links', () => {
  it.each([
  ['Hòa Sơn: Kinh tế số tiếp tục tăng trưởng\n\n15/01/2024 | Lượt xem: 1.204\n\nNăm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 15,2%, tăng 1,4 điểm phần trăm so với năm 2022. Doanh thu công nghiệp CNTT đạt 2.480 tỷ đồng. Tỉnh hiện có 512 doanh nghiệp CNTT.\n\nNăm 2024, tỉnh phấn đấu kinh tế số chiếm 17% GRDP.',
   ['digital_economy_grdp_share 2023 15.2 estimate', 'it_revenue 2023 2480 actual', 'it_enterprises 2023 512 actual', 'digital_economy_grdp_share 2024 17 target']],
  ["Hoa Son's software exports rise\n\nFebruary 3, 2024\n\nHOA SON — Software exports from the province reached $112 million last year, up 18 percent from 2022, the Department of Information and Communications said. The province now has 605 IT enterprises and about 14,300 IT workers. The department aims to lift software exports to $150 million this year.",
   ['software_export 2023 112 actual', 'it_enterprises 2023 605 actual', 'it_workforce 2023 14300 actual', 'software_export 2024 150 target']],
  ['BÁO CÁO\nKết quả công tác năm 2023\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Hạ tầng\nToàn tỉnh có 2.714 trạm BTS; 100% vị trí trạm có 4G.\n\n2. Chính quyền số\nTỷ lệ hồ sơ trực tuyến đạt 61,8%.\n\nII. NHIỆM VỤ NĂM 2024\n\nTỷ lệ hồ sơ trực tuyến đạt 70%; phát triển thêm 150 trạm BTS.',
   ['bts_total 2023 2714 actual', 'bts_4g_share 2023 100 actual', 'online_filing_share 2023 61.8 actual', 'online_filing_share 2024 70 target']],
  ['Sở TT&TT tỉnh Hòa Sơn sơ kết 6 tháng đầu năm 2024\n\nTrong 6 tháng đầu năm, doanh thu toàn ngành đạt 3.100 tỷ đồng, bằng 48% kế hoạch năm. Kế hoạch năm 2024, doanh thu toàn ngành đạt 6.500 tỷ đồng. Số trạm BTS tính đến 30/6/2024 là 2.790 trạm.',
   ['ict_revenue 2024 6500 target']],
  ['Tin liên quan\n\nĐà Nẵng: doanh thu CNTT 9 tháng đạt 21.000 tỷ đồng\n\nQuảng Nam công bố 15 nền tảng số\n\nNăm 2023, Hòa Sơn có 1.540 dịch vụ công trực tuyến.',
   ['online_services_total 2023 1540 actual']],

  ] as [string, string[]][])('%s', (text, want) => {
    const got = extract(text, { region: 'hoa-son' }).map((f) => [f.indicator, f.year, f.value, f.qualifier].join(' '));
    expect(got.sort()).toEqual([...want].sort());
  });
});

describe('rounds 4 and 5: a share keeps its base, years in lists, bounds, asides', () => {
  cases([
    // `tỷ lệ hồ sơ …` is a share of dossiers in every clause after it, not of procedures
    ['Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến 6 tháng đạt 40,2%; ước cả năm 2023 đạt 48%.', [['online_filing_share', 2023, 48, 'estimate']]],
    // a target named with its year and a copula
    ['Tỷ lệ hồ sơ nộp trực tuyến cả năm 2023 đạt 52%, vượt chỉ tiêu năm 2023 là 45%.', [['online_filing_share', 2023, 52], ['online_filing_share', 2023, 45, 'target']]],
    // each value takes the year named before it in its own item
    ['Tỷ trọng kinh tế số trong GRDP: năm 2025 đạt 15% và năm 2030 đạt 30%.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']]],
    // `từ 60% trở lên` is a bound, not the start of a move
    ['Tỷ lệ hồ sơ nộp trực tuyến: năm 2022 đạt 41%, phấn đấu năm 2023 đạt 47% và năm 2025 đạt từ 60% trở lên.', [['online_filing_share', 2022, 41], ['online_filing_share', 2023, 47, 'target'], ['online_filing_share', 2025, 60, 'target']]],
    // an aside with its own earlier year is the base, not the target
    ['Chỉ tiêu năm 2024 về doanh thu công nghiệp CNTT: đạt 2.000 tỷ đồng (năm 2023 ước đạt 1.810 tỷ đồng).', [['it_revenue', 2023, 1810, 'estimate'], ['it_revenue', 2024, 2000, 'target']]],
    // what a dash aside enumerates is not the figure's subject
    ['Revenue of the IT industry – software, hardware, telecom services and digital content – reached VND5.2 trillion in 2023.', [['it_revenue', 2023, 5200]]],
    // a share of a few districts is theirs, not the province's
    ['Tỷ lệ hồ sơ nộp trực tuyến cả năm 2023 đạt 61%, tuy nhiên vẫn còn 4 huyện miền núi có tỷ lệ hồ sơ trực tuyến dưới 25%.', [['online_filing_share', 2023, 61]]],
    // a province named with a capitalised `Province` is another subject
    ['In the DTI 2022 ranking, the former Son Lac Province came 23rd, while Hoa Son ranked 9th.', [['dti_rank', 2022, 9]]],
    // a value after `compared with` is the base of the figure before it, of the same indicator
    ['In 2023, about 92 per cent of administrative procedures were offered online, and 58.2 per cent of dossiers were filed online, compared with 44.6 per cent in 2022.', [['online_filing_share', 2022, 44.6], ['online_filing_share', 2023, 58.2], ['online_services_share', 2023, 92]]],
    // a rank within a group of provinces is not the national rank
    ['Theo DTI 2023, Hòa Sơn xếp thứ 12/63 cả nước. Trong vùng Bắc Trung Bộ, Hòa Sơn đứng thứ 3.', [['dti_rank', 2023, 12]]],
    // a target the year's result missed is that year's target
    ['Hạn chế: tỷ lệ hồ sơ nộp trực tuyến tuy tăng nhưng chưa đạt chỉ tiêu 40% đề ra.', [['online_filing_share', 2023, 40, 'target']]],
    // a pillar's rank is not the index's
    ['Hoa Son ranked 9th in the DTI 2023; it came 4th in digital government and 15th in digital society.', [['dti_rank', 2023, 9]]],
  ]);
});

describe('round 6: lists of values with lists of years, totals since a year', () => {
  cases([
    ['Trong các năm 2019, 2020 và 2021, Hòa Sơn lần lượt xếp thứ 44, 35 và 27 về chỉ số DTI.', [['dti_rank', 2019, 44], ['dti_rank', 2020, 35], ['dti_rank', 2021, 27]]],
    ['Chỉ số DTI của tỉnh liên tục cải thiện, lần lượt xếp thứ 31, 25 và 19 trong các năm 2020, 2021 và 2022.', [['dti_rank', 2020, 31], ['dti_rank', 2021, 25], ['dti_rank', 2022, 19]]],
    ['Tỉnh phấn đấu tỷ trọng kinh tế số trong GRDP đạt lần lượt 16% và 28% vào năm 2025 và năm 2030; tỷ lệ hồ sơ trực tuyến đạt 75% vào năm 2025.', [['digital_economy_grdp_share', 2025, 16, 'target'], ['digital_economy_grdp_share', 2030, 28, 'target'], ['online_filing_share', 2025, 75, 'target']]],
    ['Từ năm 2021 đến nay, Cổng Góp ý của tỉnh đã tiếp nhận 9.450 ý kiến phản ánh, kiến nghị.', []],
    ['Since 2021, the hotline has received 9,450 complaints and suggestions.', []],
  ]);
});

describe('round 7: list lead-ins with a year, a share-of-dossiers row, units written in the value cells', () => {
  cases([
    ['3. Mục tiêu cụ thể\na) Đến năm 2025:\n- Kinh tế số chiếm 14% GRDP.\nb) Đến năm 2030:\n- Kinh tế số chiếm 27% GRDP.', [['digital_economy_grdp_share', 2025, 14, 'target'], ['digital_economy_grdp_share', 2030, 27, 'target']]],
    ['Chỉ tiêu | Năm 2022 | Năm 2023\nTỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến (%) | 40,5 | 52,1', [['online_filing_share', 2022, 40.5], ['online_filing_share', 2023, 52.1]]],
    ['Chỉ tiêu | Kết quả năm 2023\nTỷ lệ hồ sơ nộp và xử lý trực tuyến | 57,3%\nVăn bản điện tử gửi, nhận liên thông | 1,8 triệu văn bản', [['edoc_interagency', 2023, 1800000], ['online_filing_share', 2023, 57.3]]],
  ]);
});

describe('round 8: the edition named after the rank', () => {
  cases([
    ['Hoa Son ranked 14th out of 63 provinces and cities in the Provincial Digital Transformation Index (DTI) 2022, announced in 2023.', [['dti_rank', 2022, 14]]],
    ['Năm 2023, chỉ số DTI của Hòa Sơn đạt 0,5611 điểm, tăng 0,0402 điểm so với DTI 2022.', [['dti_score', 2023, 0.5611]]],
  ]);
});

describe('round 9: whole-year words in a part-year report, this year in a review, lists of years, ranked units', () => {
  cases([
    // a heading on six months and the whole year: each figure's own period words decide
    ['I. KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN CẢ NĂM 2023\n- Doanh thu công nghiệp CNTT 6 tháng đạt 820 tỷ đồng; ước cả năm đạt 1.790 tỷ đồng.\n- Tỷ trọng kinh tế số trong GRDP năm 2023 ước đạt 11,4%.', [['digital_economy_grdp_share', 2023, 11.4, 'estimate'], ['it_revenue', 2023, 1790, 'estimate']]],
    ['Số doanh nghiệp CNTT đến 30/6/2023 là 301 doanh nghiệp; ước đến cuối năm đạt khoảng 315 doanh nghiệp.', [['it_enterprises', 2023, 315, 'estimate']]],
    // a sentence on the whole year with no subject of its own continues the part-year sentence before it
    ['Doanh thu công nghiệp CNTT 6 tháng đầu năm đạt 820 tỷ đồng. Ước thực hiện cả năm 2023 đạt 1.790 tỷ đồng, đạt 101% kế hoạch (kế hoạch năm 2023 là 1.770 tỷ đồng).', [['it_revenue', 2023, 1790, 'estimate'], ['it_revenue', 2023, 1770, 'target']]],
    ['In the first half, IT industry revenue reached VND820 billion. For the full year 2023 it is estimated at VND1.79 trillion.', [['it_revenue', 2023, 1790, 'estimate']]],
    ['In the first half, IT industry revenue reached VND820 billion; for the full year it is estimated at VND1.79 trillion.', [['it_revenue', 2023, 1790, 'estimate']]],
    // `trong ba năm 2020, 2021 và 2022`: a count of years before the list of years
    ['Tỷ lệ hồ sơ nộp trực tuyến lần lượt đạt 21%, 34% và 47% trong ba năm 2021, 2022 và 2023.', [['online_filing_share', 2021, 21], ['online_filing_share', 2022, 34], ['online_filing_share', 2023, 47]]],
    ['The share of applications filed online was 21 per cent, 34 per cent and 47 per cent respectively in the three years 2021, 2022 and 2023.', [['online_filing_share', 2021, 21], ['online_filing_share', 2022, 34], ['online_filing_share', 2023, 47]]],
    // totals over a whole period
    ['Tổng nộp ngân sách của ngành cả giai đoạn ước khoảng 2.400 tỷ đồng.', []],
    ['Over the whole period, the sector paid about VND2.4 trillion to the state budget.', []],
    // a span of dates is part of a year
    ['Từ 01/7 đến 30/11/2023, hệ thống tiếp nhận 120.000 hồ sơ, trong đó 68,2% hồ sơ nộp trực tuyến.', []],
    ['Trong thời gian (01/7 – 30/11/2023), tỷ lệ hồ sơ nộp trực tuyến đạt 68,2%.', []],
    // the number of places ranked is not a rank
    ['Tại DTI 2022 (xếp hạng 63 tỉnh, thành phố), Hòa Sơn xếp thứ 27/63.', [['dti_rank', 2022, 27]]],
    ['The DTI 2022, which ranked 63 provinces and cities, put Hoa Son 27th.', [['dti_rank', 2022, 27]]],
    // an edition named right after a rank that a comparison word introduces dates that rank
    ['Hoa Son ranked 12th in the DTI 2023, five places higher than its 17th position in DTI 2022.', [['dti_rank', 2022, 17], ['dti_rank', 2023, 12]]],
    ['Trong DTI 2023, Hòa Sơn xếp thứ 12, cao hơn so với vị trí thứ 19 tại DTI 2022.', [['dti_rank', 2022, 19], ['dti_rank', 2023, 12]]],
    // an amount more than a year is a change
    ['IT revenue reached VND4.1 trillion, or VND520 billion more than in 2022.', [['it_revenue', 2023, 4100]]],
    ['Doanh thu công nghiệp CNTT đạt 4.100 tỷ đồng, nhiều hơn 520 tỷ đồng so với năm 2022.', [['it_revenue', 2023, 4100]]],
    // the country's figure named after the value
    ['The share of feedback resolved was 97.2 per cent, against 95.1 per cent for the country as a whole.', [['feedback_resolved_share', 2023, 97.2]]],
    ['The share of feedback resolved was 97.2 per cent, against 95.1 per cent in the whole country.', [['feedback_resolved_share', 2023, 97.2]]],
    ['Tỷ lệ phản ánh được xử lý đạt 97,2%, trong khi tỷ lệ này của cả nước là 95,1%.', [['feedback_resolved_share', 2023, 97.2]]],
  ]);
  // a review dated early the next year: `năm nay` with a result is the year under review; with a target, the year of the date
  it.each([
    ['TỔNG KẾT CÔNG TÁC NĂM 2022\nHòa Sơn, ngày 10 tháng 01 năm 2023\n\nDoanh thu công nghiệp CNTT năm nay ước đạt 1.640 tỷ đồng. Năm nay phấn đấu doanh thu công nghiệp CNTT đạt 1.900 tỷ đồng.', [['it_revenue', 2022, 1640, 'estimate'], ['it_revenue', 2023, 1900, 'target']]],
  ] as [string, Expected[]][])('%s', (text, want) => {
    const got = extract(text, { region: 'hoa-son', published: '2023-01-10' }).map((f): Expected => [f.indicator, f.year, f.value!, f.qualifier]);
    expect(got.sort()).toEqual([...want].sort());
  });
});

describe('round 10: shares of a count, dossiers, one month, firms over a threshold, parts lists, several lists with closing years', () => {
  cases([
    // a share whose words after it name a count is the share of that count
    ['Năm 2023, tỉnh tiếp nhận 4.210 ý kiến của người dân, 97,4% đã được xử lý, phản hồi.', [['feedback_resolved_share', 2023, 97.4], ['feedback_total', 2023, 4210]]],
    ['In 2023 the province received 4,210 complaints, 97.4 per cent of them resolved.', [['feedback_resolved_share', 2023, 97.4], ['feedback_total', 2023, 4210]]],
    // a count of dossiers is no catalogue figure; a month opening a line is part of a year
    ['Trong năm, Cổng dịch vụ công tiếp nhận 412.000 hồ sơ trực tuyến.', []],
    ['- Tháng 12/2023, doanh thu công nghiệp CNTT đạt 120 tỷ đồng.', []],
    // firms counted by a threshold they pass are not all the firms
    ['Các doanh nghiệp trong ngành nộp ngân sách nhà nước 486 tỷ đồng; có 5 doanh nghiệp CNTT nộp trên 20 tỷ đồng.', [['budget_contribution', 2023, 486]]],
    ['5 companies paid more than VND20 billion each to the state budget.', []],
    // the items of a list opened by `trong đó:` / `of which:` are parts of the figure before it
    ['Tổng số lao động làm việc trong lĩnh vực CNTT khoảng 6.480 người, trong đó:\n+ Lao động phần mềm và dịch vụ CNTT: 2.150 người;\n+ Lao động phần cứng, điện tử: 1.870 người.', [['it_workforce', 2023, 6480]]],
    ['The IT workforce numbered 6,480, of which:\n- software: 2,150 people;\n- hardware: 1,870 people.', [['it_workforce', 2023, 6480]]],
    // figures in a bracket right after a figure break it down
    ['Toàn tỉnh cung cấp 1.206 dịch vụ công trực tuyến (548 dịch vụ mức độ 3 và 658 dịch vụ mức độ 4).', [['online_services_total', 2023, 1206]]],
    // years closing a sentence serve each of its lists
    ['Mục tiêu: số doanh nghiệp CNTT lần lượt đạt 350 và 600 doanh nghiệp; lao động CNTT lần lượt đạt 6.000 và 10.000 người vào các năm 2025 và 2030.', [['it_enterprises', 2025, 350, 'target'], ['it_enterprises', 2030, 600, 'target'], ['it_workforce', 2025, 6000, 'target'], ['it_workforce', 2030, 10000, 'target']]],
    // the whole index after a pillar; a rank in the aside of a year compared with
    ['Theo DTI 2022, Hòa Sơn dẫn đầu cả nước về trụ cột Kinh tế số, nhưng chỉ số chung mới xếp thứ 17/63.', [['dti_rank', 2022, 17]]],
    ['In the DTI 2022, Hoa Son led the country in the digital economy pillar, but ranked 17th overall.', [['dti_rank', 2022, 17]]],
    ['Trong DTI 2022, Hòa Sơn xếp thứ 17/63, cải thiện 5 bậc so với năm 2021 (thứ 22/63).', [['dti_rank', 2021, 22], ['dti_rank', 2022, 17]]],
    ['In the DTI 2022 Hoa Son ranked 17th, up five places compared with 2021 (22nd).', [['dti_rank', 2021, 22], ['dti_rank', 2022, 17]]],
  ]);
});

describe('round 11: rules in text tables, editions named after a rank, periods in brackets, lists that end with their subjects', () => {
  cases([
    // a rule of dashes under a text table's header belongs to the table
    ['TT | Chỉ tiêu | ĐVT | TH 2022 | KH 2023 | TH 2023\n------------------------------------------------\n1 | Doanh thu công nghiệp CNTT | Tỷ đồng | 1.126 | 1.300 | 1.284\n------------------------------------------------\n2 | Số doanh nghiệp CNTT | Doanh nghiệp | 318 | 340 | 352', [['it_enterprises', 2022, 318], ['it_enterprises', 2023, 340, 'target'], ['it_enterprises', 2023, 352], ['it_revenue', 2022, 1126], ['it_revenue', 2023, 1300, 'target'], ['it_revenue', 2023, 1284]]],
    // `from 22nd in the 2022 edition`: the year after the rank
    ['Hoa Son ranked 14th out of 63 provinces in the DTI 2023, up eight places from 22nd in the 2022 edition.', [['dti_rank', 2022, 22], ['dti_rank', 2023, 14]]],
    // English words for end-to-end services and late dossiers
    ['In 2023 the share of online public services that can be completed entirely online was 57.9 per cent.', [['online_services_full_share', 2023, 57.9]]],
    ['In 2023 only 0.8 per cent of dossiers were settled after their deadline.', [['late_processing_share', 2023, 0.8]]],
    // a period in a bracket with a figure of its own dates that figure only; from a date to now is part of a year
    ['- Hệ thống quản lý văn bản kết nối 612 cơ quan, đơn vị; văn bản điện tử gửi nhận liên thông ước đạt 655.000 văn bản (9 tháng: 486.200 văn bản), tiết kiệm khoảng 27 tỷ đồng chi phí in ấn, gửi văn bản.', [['edoc_agencies', 2023, 612], ['edoc_cost_savings', 2023, 27000], ['edoc_interagency', 2023, 655000, 'estimate']]],
    ['Từ ngày 01/7/2023 đến nay, đường dây nóng của tỉnh đã tiếp nhận 2.146 ý kiến.', []],
    // a `lần lượt` list ends where its subjects end
    ['- Đường dây nóng và Cổng góp ý tiếp nhận lần lượt 2.516 và 1.326 ý kiến, nâng tổng số lên 3.842 ý kiến.', [['feedback_hotline', 2023, 2516], ['feedback_portal', 2023, 1326], ['feedback_total', 2023, 3842]]],
    ['The hotline and the online portal received 2,516 and 1,326 complaints respectively, bringing the total to 3,842.', [['feedback_hotline', 2023, 2516], ['feedback_portal', 2023, 1326], ['feedback_total', 2023, 3842]]],
  ]);
});

describe('round 12: section rows in tables, indicators that are counted, rates that are not shares, parts of the same unit', () => {
  cases([
    // a row whose one text spans the table is a section of its body, not a third header row
    ['TT | Chỉ tiêu | Đơn vị tính | Kết quả thực hiện | Kết quả thực hiện | Tăng/giảm (%)\nTT | Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Tăng/giảm (%)\nI. Công nghiệp CNTT | I. Công nghiệp CNTT | I. Công nghiệp CNTT | I. Công nghiệp CNTT | I. Công nghiệp CNTT | I. Công nghiệp CNTT\n1 | Doanh thu công nghiệp CNTT | Tỷ đồng | 3.478 | 4.012 | 15,4\n2 | Tổng số trạm BTS | Trạm | 3.812 | 4.101 | 7,6', [['bts_total', 2022, 3812], ['bts_total', 2023, 4101], ['it_revenue', 2022, 3478], ['it_revenue', 2023, 4012]]],
    // `hầu hết các chỉ tiêu` counts indicators; `02 chỉ tiêu` is a count of them
    ['Năm 2023, hầu hết các chỉ tiêu chủ yếu của ngành đều tăng, trong đó tổng doanh thu toàn ngành lần đầu vượt mốc 10 nghìn tỷ đồng.', [['ict_revenue', 2023, 10000]]],
    ['- Còn 02 chỉ tiêu chưa đạt kế hoạch là tỷ lệ TTHC có DVCTT mức độ 3, 4 (kế hoạch năm 2023 là 80%).', [['online_services_share', 2023, 80, 'target']]],
    // a growth rate, imports, a poverty rate and a payments share are no catalogue figures
    ['Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) ước đạt 7,35%.', []],
    ['Kim ngạch nhập khẩu ước 1.320 triệu USD.', []],
    ['Giải quyết việc làm mới cho 21.500 lao động; tỷ lệ hộ nghèo giảm còn 3,1%.', []],
    ['Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC mới đạt 38%.', []],
    // `trong đó` names a part of the figure before it of the same unit
    ['Tính đến hết năm 2023, toàn tỉnh có 268 doanh nghiệp CNTT với gần 5.900 lao động, trong đó 97 doanh nghiệp phần mềm.', [['it_enterprises', 2023, 268], ['it_workforce', 2023, 5900]]],
    // a bracket that breaks a figure down, in clauses of its own
    ['- Hệ thống quản lý văn bản được triển khai tại 1.046 cơ quan, đơn vị (gồm 38 sở, ban, ngành; 9 huyện; 157 xã; 842 đơn vị khác).', [['edoc_agencies', 2023, 1046]]],
  ]);
});

describe('round 13: headings that count indicators, rows of column numbers, the national goal', () => {
  cases([
    // `Một số chỉ tiêu chủ yếu … năm 2023` over a table of results is no heading of plans
    ['Một số chỉ tiêu chủ yếu của ngành năm 2023\n\nChỉ tiêu | Năm 2022 | Năm 2023\nDoanh thu công nghiệp CNTT (tỷ đồng) | 612 | 705', [['it_revenue', 2022, 612], ['it_revenue', 2023, 705]]],
    // a row numbering the columns under the header is neither header text nor data
    ['TT | Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Năm 2023 so với năm 2022 (%)\n(1) | (2) | (3) | (4) | (5) | (6)=(5)/(4)\n1 | Tổng số trạm BTS | trạm | 2.934 | 3.102 | 105,7', [['bts_total', 2022, 2934], ['bts_total', 2023, 3102]]],
    // a goal of the country named before the figure
    ['The digital economy accounted for 12 per cent of GRDP, while the national goal is 20 per cent by 2025.', [['digital_economy_grdp_share', 2023, 12]]],
  ]);
  it('reads English `this year` in a story of January as the year of its date, and `we want` as a target', () => {
    const got = extract('January 21, 2024\n\nThe digital economy accounted for 12 per cent of GRDP last year. We want 14 per cent of dossiers filed online this year.', { region: 'hoa-son' }).map((f) => [f.indicator, f.year, f.value, f.qualifier]);
    expect(got).toEqual([['digital_economy_grdp_share', 2023, 12, 'actual'], ['online_filing_share', 2024, 14, 'target']]);
  });
});

describe('round 14: flows right before a number, the IT labour force', () => {
  cases([
    // `tháo dỡ 12 trạm` after `lắp đặt mới 191 trạm và`: the flow word stands right before its number
    ['Năm 2023, toàn tỉnh có 2.836 trạm BTS; trong năm các doanh nghiệp đã lắp đặt mới 191 trạm và tháo dỡ 12 trạm xuống cấp.', [['bts_total', 2023, 2836]]],
    // `lực lượng lao động CNTT` is the IT workforce; the province's whole labour force is not
    ['Lực lượng lao động CNTT ước khoảng 18.600 người, trong đó khoảng 7.400 người làm việc trong lĩnh vực phần mềm, nội dung số.', [['it_workforce', 2023, 18600, 'estimate']]],
    ['Lực lượng lao động toàn tỉnh khoảng 650.000 người, trong đó lao động CNTT 12.400 người.', [['it_workforce', 2023, 12400]]],
  ]);
});

describe('round 15: the country in a bracket, the last quarter, English words for rates', () => {
  cases([
    // `7,2% (cả nước khoảng 14,3%)`: the country is the bracket's subject, not the figure's before it
    ['Tỷ trọng kinh tế số trong GRDP của tỉnh năm 2023 ước đạt 7,2% (cả nước khoảng 14,3%).', [['digital_economy_grdp_share', 2023, 7.2, 'estimate']]],
    ['In 2023 the digital economy made up 7.2 per cent of GRDP (nationwide: 14.3 per cent).', [['digital_economy_grdp_share', 2023, 7.2]]],
    ['In the last quarter of the year alone, 2,410 complaints were logged.', []],
    ['Năm 2023, đường dây nóng tiếp nhận 5.318 ý kiến; đã xử lý, phản hồi 5.046 ý kiến, 272 ý kiến còn lại đang được xem xét.', [['feedback_hotline', 2023, 5318], ['feedback_resolved', 2023, 5046]]],
    ['Agencies handled and answered 8,703 items, giving a resolution rate of 97.3 per cent, up from 94.1 per cent in 2022.', [['feedback_resolved', 2023, 8703], ['feedback_resolved_share', 2022, 94.1], ['feedback_resolved_share', 2023, 97.3]]],
    ['The share of dossiers settled past their deadline fell to 0.8 per cent, from 1.9 per cent a year earlier.', [['late_processing_share', 2022, 1.9], ['late_processing_share', 2023, 0.8]]],
  ]);
});

describe("round 16: the Government's target, contrasts of two years, constant prices, firms by workforce, one month, portals", () => {
  cases([
    // a target owned by the national government is the country's, not the region's
    ['Tỷ lệ hồ sơ trực tuyến năm 2023 của tỉnh đạt 48%, vẫn thấp so với mục tiêu 50% của Chính phủ.', [['online_filing_share', 2023, 48]]],
    ['Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 48%, thấp hơn mục tiêu 50% của Thủ tướng Chính phủ.', [['online_filing_share', 2023, 48]]],
    ['The share of applications filed online reached 48 per cent in 2023, below the 50 per cent target of the Government.', [['online_filing_share', 2023, 48]]],
    // `Nếu như năm A … thì năm B …`: the year after `thì` opens the second clause
    ['Nếu như năm 2022, tỷ lệ hồ sơ nộp trực tuyến của tỉnh chỉ đạt 28,4% thì năm 2023 con số này đã lên tới 61,2%.', [['online_filing_share', 2022, 28.4], ['online_filing_share', 2023, 61.2]]],
    ['Nếu năm 2021 toàn tỉnh có 2.310 trạm BTS thì đến năm 2023 đã có 2.905 trạm.', [['bts_total', 2021, 2310], ['bts_total', 2023, 2905]]],
    // amounts at constant prices: every money indicator is at current prices
    ['Doanh thu ngành CNTT theo giá hiện hành đạt 4.210 tỷ đồng (theo giá so sánh 2010 đạt 3.105 tỷ đồng).', [['it_revenue', 2023, 4210]]],
    ['Giá trị tăng thêm của ngành đạt khoảng 2.100 tỷ đồng theo giá hiện hành, theo giá so sánh năm 2010 là 1.540 tỷ đồng.', [['ict_value_added', 2023, 2100]]],
    ['Giá trị tăng thêm ngành TT&TT năm 2023 đạt 3.450 tỷ đồng (giá so sánh 2010).', []],
    ['The sector’s value added reached VND5.2 trillion at current prices, or VND3.9 trillion at constant 2010 prices.', [['ict_value_added', 2023, 5200]]],
    // firms counted by the workforce each passes; `với gần 7.400 lao động` is the sector's
    ['Chỉ 15 DN CNTT có quy mô trên 50 lao động.', []],
    ['Toàn tỉnh có 38 doanh nghiệp phần mềm có trên 100 lao động.', []],
    ['Toàn tỉnh hiện có hơn 310 doanh nghiệp công nghệ thông tin với gần 7.400 lao động.', [['it_enterprises', 2023, 310], ['it_workforce', 2023, 7400]]],
    // one month opening a clause
    ['Riêng tháng 8/2023, đường dây nóng tiếp nhận 1.126 cuộc gọi.', []],
    ['Trong năm 2023, chỉ riêng tháng 12/2023 Cổng dịch vụ công tiếp nhận 1.240 ý kiến phản ánh.', []],
    // portals and centres counted are not services
    ['Tỉnh sẽ hợp nhất 2 Cổng dịch vụ công và 2 Trung tâm IOC của hai tỉnh cũ.', []],
    ['Năm 2023, Cổng dịch vụ công tỉnh cung cấp 1.620 dịch vụ công trực tuyến.', [['online_services_total', 2023, 1620]]],
  ]);
});

describe('round 17: moves written end first, e-commerce, targets of this year, anaphors across sentences, ranks in a list with their years, footnote marks, rates off the catalogue', () => {
  cases([
    // `to X from Y`: Y is the start of the move, for the year before X's unless a year is written after it
    ['The share of dossiers submitted online rose to 38.5 per cent in 2023 from 22.1 per cent in 2022, while the share processed late fell to 1.1 per cent from 2.4 per cent.', [['late_processing_share', 2022, 2.4], ['late_processing_share', 2023, 1.1], ['online_filing_share', 2022, 22.1], ['online_filing_share', 2023, 38.5]]],
    ['Tỷ lệ hồ sơ trễ hạn năm 2023 giảm xuống 0,7% từ mức 1,9%.', [['late_processing_share', 2022, 1.9], ['late_processing_share', 2023, 0.7]]],
    // online sales of goods are trade
    ['Online sales on e-commerce platforms reached an estimated VND1.2 trillion last year, up 21 per cent year-on-year.', []],
    // a target for `this year` in a review of the year before is a target
    ['The province aims to push IT revenue above VND3 trillion this year.', [['it_revenue', 2023, 3000, 'target']]],
    ['Ninh Hoa aims to raise the digital economy’s share of its GRDP to 20 per cent by 2025, up from an estimated 11.3 per cent last year.', [['digital_economy_grdp_share', 2023, 11.3, 'estimate'], ['digital_economy_grdp_share', 2025, 20, 'target']]],
    // `that share`, `tỷ lệ này`: the figure of the sentence before, and the figures listed after the first
    ['The digital economy made up 9.8 per cent of GRDP in 2023. The province targets raising that share to 20 per cent by 2025 and 30 per cent by 2030.', [['digital_economy_grdp_share', 2023, 9.8], ['digital_economy_grdp_share', 2025, 20, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']]],
    ['Tỷ trọng kinh tế số trong GRDP năm 2023 đạt 9,8%. Tỉnh phấn đấu nâng tỷ lệ này lên 20% vào năm 2025.', [['digital_economy_grdp_share', 2023, 9.8], ['digital_economy_grdp_share', 2025, 20, 'target']]],
    // an amount each firm passes
    ['Firms in the sector paid VND415 billion to the State budget, with four companies each contributing over VND20 billion.', [['budget_contribution', 2023, 415]]],
    // ranks listed with their years after `qua ba năm`; `mới` before a verb means `only`
    ['Về Chỉ số chuyển đổi số cấp tỉnh (DTI), qua ba năm đánh giá, tỉnh xếp thứ 45/63 năm 2019, thứ 32/63 năm 2020 và vươn lên thứ 21/63 năm 2021.', [['dti_rank', 2019, 45], ['dti_rank', 2020, 32], ['dti_rank', 2021, 21]]],
    ['Nếu như năm 2021, toàn tỉnh mới cung cấp 612 dịch vụ công trực tuyến thì đến năm 2023 con số này đã là 1.247 dịch vụ.', [['online_services_total', 2021, 612], ['online_services_total', 2023, 1247]]],
    // a period naming another year after the figure is the next figure's; the words of the next figure end the year's reach
    ['Tỷ lệ hồ sơ nộp trực tuyến năm 2021 chỉ là 8,6%, sang 10 tháng năm 2023 đã đạt 31,5% và ước cả năm 2023 đạt khoảng 35%.', [['online_filing_share', 2021, 8.6], ['online_filing_share', 2023, 35, 'estimate']]],
    ['Số doanh nghiệp CNTT đạt 305 doanh nghiệp tính đến ngày 31/10/2023, ước đến hết năm 2023 đạt khoảng 320 doanh nghiệp.', [['it_enterprises', 2023, 320, 'estimate']]],
    // the base of a share; an average of the country in a bracket
    ['Số vị trí trạm BTS có 4G là 1.985 vị trí, chiếm 91,6% tổng số 2.167 vị trí trạm.', [['bts_4g_share', 2023, 91.6], ['bts_4g_sites', 2023, 1985]]],
    ['Tỷ lệ hồ sơ xử lý trực tuyến năm 2023 ước đạt 68,4% (bình quân cả nước khoảng 52%).', [['online_filing_share', 2023, 68.4, 'estimate']]],
    // rates the catalogue does not hold; reductions by at least; metres
    ['Tỷ lệ hồ sơ trễ hạn giảm từ 1,9% năm 2022 xuống còn 0,7%; mức độ hài lòng của người dân, doanh nghiệp đạt 96,3%.', [['late_processing_share', 2022, 1.9], ['late_processing_share', 2023, 0.7]]],
    ['The resolution rate was 97.1 per cent and citizen satisfaction reached 91 per cent.', [['feedback_resolved_share', 2023, 97.1]]],
    ['Năm 2023, tỉnh yêu cầu các sở cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính.', []],
    ['Sở yêu cầu chỉnh trang 42 trạm BTS có cột cao trên 30 m.', []],
    // a footnote mark after a table cell's number
    ['Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023\nDoanh thu công nghiệp CNTT | Tỷ đồng | 1.702 | 1.938(1)\nSố doanh nghiệp CNTT | Doanh nghiệp | 258(*) | 276\n(1) Số ước tính.', [['it_enterprises', 2022, 258], ['it_enterprises', 2023, 276], ['it_revenue', 2022, 1702], ['it_revenue', 2023, 1938]]],
  ]);
});

describe('round 18: numbers to call, editions after a rank moved from, ranges of ranks, ranking tables under a caption, revisions, lower bounds, groups of rows', () => {
  cases([
    // a number after a verb of calling is a phone number
    ['Citizens can send feedback by calling 1022 or 0236 3822 114, or via the portal.', []],
    ['Người dân có thể gọi số 1022 để phản ánh; năm 2023 tổng đài tiếp nhận 4.120 cuộc gọi.', [['feedback_hotline', 2023, 4120]]],
    ['Hệ thống tiếp nhận phản ánh 1022 năm 2023 đã tiếp nhận tổng cộng 2.914 ý kiến qua tổng đài và Cổng Góp ý.', [['feedback_total', 2023, 2914]]],
    // the edition after the rank a move started from is that rank's
    ['With a score of 0.5712, Hoa Son came ninth out of 63 provinces and cities in 2023, up four places from 13th in the DTI 2022 edition.', [['dti_rank', 2022, 13], ['dti_rank', 2023, 9], ['dti_score', 2023, 0.5712]]],
    ['Hòa Sơn xếp thứ 17/63, tăng 4 bậc từ vị trí thứ 21 trong DTI 2022.', [['dti_rank', 2022, 21], ['dti_rank', 2023, 17]]],
    // the bounds of a range of places
    ['DTI 2023: provinces ranked fifth to 12th (Source: Ministry of Information and Communications)', []],
    ['Các tỉnh xếp từ thứ 5 đến thứ 12 trong DTI 2023 gồm Bắc Ninh, Quảng Ninh và Hải Phòng.', []],
    // a ranking table whose caption names the index and its edition
    ['DTI 2023: các tỉnh xếp từ thứ 5 đến thứ 7\n\nXếp hạng | Tỉnh, thành phố | Điểm\n5 | Bắc Ninh | 0,6148\n6 | Hòa Sơn | 0,6035\n7 | Quảng Ninh | 0,5967', [['dti_rank', 2023, 6], ['dti_score', 2023, 0.6035]]],
    // a column of groups before the labels
    ['Nhóm chỉ tiêu | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023\nChính quyền số | Số dịch vụ công trực tuyến | Dịch vụ | 1.274\nKinh tế số | Tỷ trọng kinh tế số trong GRDP | % | 9,8\nKinh tế số | Số thuê bao di động | Thuê bao | 1.150.000', [['digital_economy_grdp_share', 2023, 9.8], ['online_services_total', 2023, 1274]]],
    // the value a revision replaced
    ['Năm 2023, doanh thu toàn ngành được điều chỉnh từ 7.380 tỷ đồng lên 7.415 tỷ đồng.', [['ict_revenue', 2023, 7415]]],
    ['The 2022 figure for ICT revenue was revised from VND7.38 trillion to VND7.42 trillion.', [['ict_revenue', 2022, 7420]]],
    // lower bounds are not changes; an increase of some amount is a change
    ['- Kim ngạch xuất khẩu phần mềm và dịch vụ CNTT năm 2024 không thấp hơn 52 triệu USD.', [['software_export', 2024, 52, 'target']]],
    ['Revenue reached VND9.4 trillion, an increase of some VND1.15 trillion.', [['ict_revenue', 2023, 9400]]],
    // a target listed after one set for a later year takes that year; feedback answered
    ['We aim to have at least 80 per cent of dossiers filed online in 2025 and to answer 99 per cent of feedback within the legal deadline.', [['feedback_resolved_share', 2025, 99, 'target'], ['online_filing_share', 2025, 80, 'target']]],
  ]);
});

describe('round 19: stories about their own year, former provinces in English, groups summed, years listed with commas, another province pointed to, scores opening a clause, corrections, pillars of the ICT Index', () => {
  cases([
    // a story dated after the first quarter whose lead speaks of `this year`: its `last year` is the year before
    ['Hoa Son’s ICT sector grows in first year after merger\n\nUpdate: November 20, 2025\n\nHOA SON — The ICT sector of Hoa Son is estimated to earn VND15.2 trillion in revenue this year, the department said.\n\nLast year the sector posted revenue of VND13.9 trillion.', [['ict_revenue', 2024, 13900], ['ict_revenue', 2025, 15200, 'estimate']], { reportYear: undefined }],
    // `the former X`, `the two provinces together`
    ['In 2023 the ICT sector earned VND9.4 trillion. The former Dac Son accounted for VND4.9 trillion of that revenue.', [['ict_revenue', 2023, 9400]]],
    ['In 2023 the two provinces together posted ICT revenue of VND13.07 trillion.', [['ict_revenue', 2023, 13070]]],
    // years listed with commas only, a clause following
    ['Tổng doanh thu ngành TT&TT lần lượt đạt 3.215 tỷ đồng, 3.540 tỷ đồng và 3.902 tỷ đồng qua các năm 2020, 2021, 2022; năm 2023 đạt 4.318 tỷ đồng.', [['ict_revenue', 2020, 3215], ['ict_revenue', 2021, 3540], ['ict_revenue', 2022, 3902], ['ict_revenue', 2023, 4318]]],
    // `của tỉnh này` after another province is that province
    ['Tại hội nghị, đại diện tỉnh Bình Định cho biết năm 2023 doanh thu ngành của Bình Định đạt khoảng 9.120 tỷ đồng, Chỉ số DTI 2022 của tỉnh này xếp thứ 19/63.', []],
    // another province the figure is compared with; a score opening its clause
    ['Điểm DTI 2023 của tỉnh đạt 0,5437, tuy vẫn thấp hơn nhiều so với các địa phương dẫn đầu như Đà Nẵng, Quảng Ninh.', [['dti_score', 2023, 0.5437]]],
    // a value withdrawn by the speaker
    ['Riêng doanh thu công nghiệp CNTT năm 2023 ước đạt 1.520 tỷ đồng... à, xin đính chính, con số đúng là 1.250 tỷ đồng chứ không phải 1.520, tôi đọc nhầm.', [['it_revenue', 2023, 1250, 'estimate']]],
    ['IT revenue was VND1.25 trillion in 2023, not VND1.52 trillion as reported earlier.', [['it_revenue', 2023, 1250]]],
    // the pillars of the ICT Index
    ['Breaking the Vietnam ICT Index 2020 down, Hoa Son came 9th for technical infrastructure, 18th for human resources and 11th for ICT application.', []],
  ]);
});

describe('round 20: the basis of an estimate, `chỉ tiêu` as indicators, a target in brackets, growth rates, other sectors, operators listed, pillars of the DTI, sector words before a counted noun', () => {
  cases([
    // nine months as the basis of a whole-year estimate; `các chỉ tiêu chủ yếu` are indicators; a plan's value in brackets
    ['Trên cơ sở kết quả 9 tháng, Sở dự kiến các chỉ tiêu chủ yếu của ngành năm 2023 cơ bản hoàn thành, cụ thể: tổng doanh thu toàn ngành ước đạt 3.650 tỷ đồng, đạt 101,4% kế hoạch năm (3.600 tỷ đồng).', [['ict_revenue', 2023, 3650, 'estimate'], ['ict_revenue', 2023, 3600, 'target']]],
    ['Năm 2023, UBND tỉnh giao ngành các chỉ tiêu chủ yếu: tổng doanh thu toàn ngành 7.900 tỷ đồng.', [['ict_revenue', 2023, 7900, 'target']]],
    ['Doanh thu năm 2023 đạt 3.650 tỷ đồng; kế hoạch năm 2024 là 4.000 tỷ đồng.', [['ict_revenue', 2023, 3650], ['ict_revenue', 2024, 4000, 'target']]],
    // growth rates and the targets set for them
    ['The province’s gross regional domestic product (GRDP) is estimated to grow by 7.2 per cent in 2023, above the target of 7 per cent.', []],
    ['Cùng kỳ, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP, giá so sánh 2010) đạt 7,2%.', []],
    // other sectors' revenue; a national figure
    ['In 2023 tourism revenue is put at VND3.1 trillion.', []],
    ['In 2023 the digital economy is estimated to make up 11.2 per cent of GRDP, compared with a national figure of about 18.3 per cent.', [['digital_economy_grdp_share', 2023, 11.2, 'estimate']]],
    // each operator's figure, the pillar of the DTI, a sector word before the counted noun
    ['Trong đó, Viettel có 862 vị trí 4G, VNPT 647 vị trí và MobiFone 423 vị trí.', []],
    ['Kết quả theo từng trụ cột năm 2023: a) Chỉ số chung về nền tảng chuyển đổi số: tỉnh đạt 0,6325 điểm, xếp thứ 21/63.', []],
    ['By 2030, we target ICT revenue of VND30 trillion, 1,000 IT firms and a workforce of 30,000 IT professionals.', [['ict_revenue', 2030, 30000, 'target'], ['it_enterprises', 2030, 1000, 'target'], ['it_workforce', 2030, 30000, 'target']]],
    ['Hoa Son now has 428 IT enterprises employing more than 11,500 workers, including around 4,200 software engineers.', [['it_enterprises', 2023, 428], ['it_workforce', 2023, 11500]]],
  ]);
});

describe('round 21: firms of an IT park, digital firms per thousand people, a month after a figure, operators of a hotline, a value compared with', () => {
  cases([
    // the firms and workers of one IT park are a part of the region's
    ['- Khu CNTT tập trung Hòa Sơn (diện tích 36,5 ha) đã thu hút 17 DN thuê văn phòng, tỷ lệ lấp đầy đạt 62%.', []],
    ['Năm 2023 khu CNTT tập trung với diện tích 120 ha đã thu hút 86 DN, tạo việc làm cho khoảng 6.400 lao động.', []],
    // digital firms per 1,000 people written with `DN`
    ['Năm 2023 mật độ DN công nghệ số ước đạt 0,27 DN/1.000 dân, chưa đạt kế hoạch đề ra.', [['digital_enterprises_per_1000', 2023, 0.27, 'estimate']]],
    ['Mật độ DN công nghệ số của tỉnh năm 2023 đạt 0,61 DN/1.000 dân.', [['digital_enterprises_per_1000', 2023, 0.61]]],
    // one month right after the figure; the people who answer a hotline
    ['During the COVID-19 outbreak, the hotline centre, staffed by 12 operators, took over 2,100 calls in August 2023.', []],
    ['Hoa Son topped the provincial DTI 2023 rankings announced by the Ministry of Information and Communications in October 2024, ahead of Da Nang.', [['dti_rank', 2023, 1]]],
    // `cao hơn mức 48% của năm 2022`: the value of that year, not a change
    ['Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 62%, cao hơn mức 48% của năm 2022.', [['online_filing_share', 2022, 48], ['online_filing_share', 2023, 62]]],
  ]);
});

describe('round 22: a chain after `;` names its own subject, amounts more, a target in brackets after who set it', () => {
  cases([
    // a chain after `;` that names its own subject keeps it
    ['Năm 2024, Sở phối hợp với các doanh nghiệp phấn đấu tổng số trạm BTS đạt khoảng 3.400 trạm; 100% vị trí trạm BTS có 4G; thử nghiệm mạng 5G tại thành phố; nâng số trạm phát WiFi công cộng miễn phí lên 350 trạm.', [['bts_4g_share', 2024, 100, 'target'], ['bts_total', 2024, 3400, 'target'], ['public_wifi_stations', 2024, 350, 'target']]],
    // amounts more or grown by are changes
    ['“We will need about 2,000 more IT workers by 2025,” the director said of the province’s 2023 results.', []],
    ['The IT workforce grew by some 2,300 people during 2023, mainly graduates of the province’s two universities.', []],
    // a target in brackets after the body that set it
    ['Nộp ngân sách nhà nước của ngành năm 2023 ước đạt 1.125 tỷ đồng, vượt kế hoạch UBND tỉnh giao (1.080 tỷ đồng).', [['budget_contribution', 2023, 1125, 'estimate'], ['budget_contribution', 2023, 1080, 'target']]],
  ]);
});

describe('round 23: a target and its result in one line, areas without signal', () => {
  cases([
    // `kế hoạch X, (ước) thực hiện Y`: the words turn from the target to the result
    ['(1) Tỷ lệ hồ sơ TTHC xử lý trực tuyến năm 2023: kế hoạch 60%, ước thực hiện 58,3% - Chưa đạt.', [['online_filing_share', 2023, 60, 'target'], ['online_filing_share', 2023, 58.3, 'estimate']]],
    ['(7) Số trạm WiFi công cộng miễn phí năm 2023: kế hoạch 200 trạm, thực hiện 212 trạm - Vượt.', [['public_wifi_stations', 2023, 200, 'target'], ['public_wifi_stations', 2023, 212]]],
    ['Kế hoạch năm 2023 đặt ra doanh thu 5.000 tỷ đồng, phấn đấu đạt 5.200 tỷ đồng.', [['ict_revenue', 2023, 5000, 'target'], ['ict_revenue', 2023, 5200, 'target']]],
    // areas without signal are counted areas
    ['Năm 2024 hoàn thiện hạ tầng số, bảo đảm 100% vị trí trạm BTS có phát sóng 4G; xóa 9 vùng lõm sóng còn lại.', [['bts_4g_share', 2024, 100, 'target']]],
  ]);
});

describe('round 24: a comparison inside an increment, totals over a period, respective subjects of their own facets, a comparison year with no figure before it', () => {
  cases([
    // `38 more than a year earlier` dates nothing after it
    ['In 2023 the province had 412 IT enterprises, 38 more than a year earlier, employing around 6,700 people.', [['it_enterprises', 2023, 412], ['it_workforce', 2023, 6700]]],
    // totals over several years
    ['Over 2020-2023, the sector’s revenue totalled VND17.6 trillion, growing by an average of 10.8 per cent a year.', []],
    ['Năm 2023, tổng doanh thu ngành ước đạt 2.651 tỷ đồng; tính chung 3 năm 2021–2023, doanh thu toàn ngành đạt 7.232 tỷ đồng.', [['ict_revenue', 2023, 2651, 'estimate']]],
    // each subject of a respective list with its own facets
    ['Đến năm 2025, tỷ trọng kinh tế số trong GRDP và tỷ lệ hồ sơ được xử lý trực tuyến lần lượt đạt 12% và 80%.', [['digital_economy_grdp_share', 2025, 12, 'target'], ['online_filing_share', 2025, 80, 'target']]],
    // a comparison naming its year opens the sentence
    ['Năm 2023 tỉnh cung cấp 1.644 DVCTT. So với năm 2022 (1.487 dịch vụ), số DVCTT tăng thêm 157 dịch vụ.', [['online_services_total', 2022, 1487], ['online_services_total', 2023, 1644]]],
  ]);
});

describe('round 25: a few months of the year, parts after `gồm`', () => {
  cases([
    ['In the first two months of 2023, 68.5 per cent of dossiers were filed online.', []],
    ['- Năm 2023 hệ thống Quản lý văn bản và điều hành được triển khai đồng bộ tại 1.024 cơ quan, đơn vị, gồm 21 sở, ban, ngành, 9 huyện và 148 xã.', [['edoc_agencies', 2023, 1024]]],
  ]);
});

describe('round 26: tables of editions, the year a sentence opens with, pillars framing a sentence, BTS sites, money spent', () => {
  cases([
    // rows that name an edition, columns headed by a score or a rank word, a pillar's column left out
    ['Bộ chỉ số | Điểm | Xếp hạng (/63) | Thay đổi (bậc)\nDTI 2021 (công bố năm 2022) | 0,4630 | 29 | +12\nDTI 2022 (công bố năm 2023) | 0,5312 | 22 | +7', [['dti_rank', 2021, 29], ['dti_rank', 2022, 22], ['dti_score', 2021, 0.463], ['dti_score', 2022, 0.5312]]],
    // an edition named in the sentence before yields to the year this one opens with
    ['Chỉ số DTI 2022 của tỉnh đạt 0,4631 điểm, xếp thứ 29. Năm 2021, tỉnh chỉ đạt 0,3594 điểm và xếp thứ 43.', [['dti_rank', 2021, 43], ['dti_rank', 2022, 29], ['dti_score', 2021, 0.3594], ['dti_score', 2022, 0.4631]]],
    // a sentence opening with the pillars
    ['Năm 2023, xét theo trụ cột, chính quyền số của tỉnh đạt 0,4631 điểm, xếp thứ 27; kinh tế số xếp thứ 45 và xã hội số xếp thứ 31.', []],
    // sites are not stations; money spent is no revenue
    ['In 2023, of the province’s 2,412 BTS sites, 2,287 now broadcast 4G, or 94.8 per cent.', [['bts_4g_sites', 2023, 2287], ['bts_4g_share', 2023, 94.8]]],
    ['In 2023 telecom revenue in the province reached VND2.9 trillion, while carriers spent around VND640 billion on new stations.', []],
    // `đặt mục tiêu` sets a target (folded, `đặt` reads as `đạt`); a year after the next target's words is that target's
    ['Riêng 5 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến đã lên 42,3%. Năm nay, tỉnh đặt mục tiêu nâng tỷ lệ này lên 50% và phấn đấu đến năm 2025 lọt vào nhóm 20 địa phương dẫn đầu cả nước về DTI.', [['online_filing_share', 2023, 50, 'target']]],
    ['Năm 2023 tỷ lệ hồ sơ trực tuyến ước đạt 41,7%, chưa đạt chỉ tiêu 45% đề ra cho năm 2023.', [['online_filing_share', 2023, 41.7, 'estimate'], ['online_filing_share', 2023, 45, 'target']]],
    // `of these` after a figure of the sentence before
    ['In 2021 the province had 5,200 IT workers. About 850 of these workers are in software development and IT services.', [['it_workforce', 2021, 5200]]],
  ]);
});

describe('round 27: growth of the economy, a national rate, stations knocked out, a density named before its figure', () => {
  cases([
    ['The digital economy accounted for an estimated 6.2 per cent of the province’s GRDP in 2023, when the local economy grew just 2.9 per cent.', [['digital_economy_grdp_share', 2023, 6.2, 'estimate']]],
    ['The share of administrative dossiers filed online jumped from 9.6 per cent in 2022 to 27.4 per cent in 2023, against a national rate of about 15 per cent.', [['online_filing_share', 2022, 9.6], ['online_filing_share', 2023, 27.4]]],
    ['Năm 2023, cơn bão số 3 đã làm 327 trạm BTS trên địa bàn bị mất liên lạc.', []],
    ['Năm 2023 số doanh nghiệp công nghệ số trên 1.000 dân ước đạt 0,19.', [['digital_enterprises_per_1000', 2023, 0.19, 'estimate']]],
    ['Năm 2023 toàn tỉnh có trên 1.000 doanh nghiệp CNTT, với 12.000 lao động.', [['it_enterprises', 2023, 1000], ['it_workforce', 2023, 12000]]],
  ]);
});

describe('rounds 25–27, the rest: a share named by its predicate, a count named by the share after it, topics of feedback, channels', () => {
  cases([
    // the predicate after a share says what it is a share of; the count before it is a part of the sentence before's whole
    ['In 2021 the portal offered 1,072 online public services, covering 64.5 per cent of all procedures. Of these, 486 services, or 45.3 per cent, were at level 4.', [['online_services_total', 2021, 1072], ['online_services_share', 2021, 64.5], ['online_services_full_share', 2021, 45.3]]],
    ['Cuối năm 2023, toàn tỉnh có 1.250 DVCTT; trong đó 610 dịch vụ, chiếm 48,8%, là DVCTT toàn trình.', [['online_services_total', 2023, 1250], ['online_services_full_share', 2023, 48.8]]],
    ['Năm 2023, tỷ lệ dịch vụ, chiếm 48,8%, là mức cao nhất từ trước đến nay.', []],
    // `now broadcast 4G` after a count names the 4G sites: the words before count them
    ['Of the 1,960 base stations in the province, 1,870 now transmit 4G signals.', [['bts_total', 2023, 1960], ['bts_4g_sites', 2023, 1870]]],
    ['In 2023 the province had 3,100 BTS stations; 2,950 of them carry 4G.', [['bts_total', 2023, 3100], ['bts_4g_sites', 2023, 2950]]],
    // a topic's feedback is a part of the feedback
    ['Urban order and the environment accounted for 2,140 complaints in 2023, the largest group.', []],
    ['Most of the feedback concerned urban order and land; 612 items concerned land records alone.', []],
    ['Nhóm vấn đề về môi trường có 612 ý kiến phản ánh.', []],
    ['Năm 2023, hệ thống tiếp nhận 3.842 ý kiến phản ánh, kiến nghị; trong đó 612 ý kiến thuộc lĩnh vực đất đai.', [['feedback_total', 2023, 3842]]],
    // a channel named as the subject; two channels named together give the whole
    ['In 2023 the hotline received 5,870 complaints.', [['feedback_hotline', 2023, 5870]]],
    ['More than 7,200 pieces of feedback were received via the provincial hotline and feedback portal in 2023.', [['feedback_total', 2023, 7200]]],
    ['Năm 2023, qua đường dây nóng 1022 là 4.915 ý kiến và qua Cổng Góp ý tỉnh là 1.927 ý kiến.', [['feedback_hotline', 2023, 4915], ['feedback_portal', 2023, 1927]]],
    // a table row naming its channel; a signed cell under `2022 vs 2021` is the change, not an index
    ['Indicator | Unit | 2021 | 2022 | 2022 vs 2021\nFeedback received via hotline 1022 | items | 3,950 | 4,386 | +11.0%\nShare handled and answered | % | 95.4 | 97.5 | +2.1 pts', [['feedback_hotline', 2021, 3950], ['feedback_hotline', 2022, 4386], ['feedback_resolved_share', 2021, 95.4], ['feedback_resolved_share', 2022, 97.5]], { reportYear: 2022 }],
  ]);
});

describe('a signed cell under a comparison header is the change itself', () => {
  it('reads +11.0% under `2022 vs 2021` as a change of 11 per cent against 2021', () => {
    const facts = extract('Indicator | Unit | 2021 | 2022 | 2022 vs 2021\nFeedback received via hotline 1022 | items | 3,950 | 4,386 | +11.0%\nIT enterprises | firms | 410 | 452 | 110.2', { region: 'hoa-son', reportYear: 2022 });
    const hotline = facts.find((f) => f.indicator === 'feedback_hotline' && f.year === 2022);
    expect([hotline?.change_pct, hotline?.change_vs_year]).toEqual([11, 2021]);
    const firms = facts.find((f) => f.indicator === 'it_enterprises' && f.year === 2022);
    expect(firms?.change_pct).toBeCloseTo(10.2, 6);
  });
});

describe('round 28: a range of years for a list, a year after the start of a move, amounts of each firm, plans in brackets in a cell, parts of a table by channel', () => {
  cases([
    // as many values as the years of a range, separated by semicolons
    ['Tỷ lệ hồ sơ nộp trực tuyến các năm từ 2021 đến 2023 lần lượt là 18,4%; 31,7% và 45,2%.', [['online_filing_share', 2021, 18.4], ['online_filing_share', 2022, 31.7], ['online_filing_share', 2023, 45.2]]],
    ['The share of dossiers filed online in the years 2021 to 2023 was 18.4 per cent, 31.7 per cent and 45.2 per cent respectively.', [['online_filing_share', 2021, 18.4], ['online_filing_share', 2022, 31.7], ['online_filing_share', 2023, 45.2]]],
    // the year written after a move's start is its own; the end is the report's
    ['In 2023, the number of IT enterprises rose from 612 at the end of 2022 to 684.', [['it_enterprises', 2022, 612], ['it_enterprises', 2023, 684]]],
    ['Số doanh nghiệp CNTT tăng từ 612 doanh nghiệp vào cuối năm 2022 lên 684 doanh nghiệp.', [['it_enterprises', 2022, 612], ['it_enterprises', 2023, 684]]],
    // an amount of each firm, said after it
    ['In 2023 seven firms earned more than VND200 billion each and three paid over VND30 billion apiece to the budget.', []],
    ['In 2023, the five largest firms reported revenue of VND350 billion each.', []],
    // the innermost part list: `of which` inside a sentence opening with `Including`
    ['Including telecommunications, postal services and publishing, the sector generated revenue of VND14.2 trillion in 2023, of which telecoms accounted for VND3.9 trillion.', [['ict_revenue', 2023, 14200]]],
    // services of level 2, procedures to settle: no online services, no feedback resolved
    ['Năm 2023, tỉnh có 642 dịch vụ công trực tuyến mức độ 2.', []],
    ['Năm 2023, tổng số TTHC thuộc thẩm quyền giải quyết của tỉnh là 1.935 thủ tục.', []],
    // a share with no counted noun before it, named by its predicate and the sentence before's things
    ['Agencies received 412,600 dossiers in 2023. Of these, 196,800, or 47.7 per cent, were filed and processed online.', [['online_filing_share', 2023, 47.7]]],
    // a share whose base count stands between it and the base's noun
    ['In 2023, online services cover 87.5 per cent of the province’s 1,877 administrative procedures.', [['online_services_share', 2023, 87.5]]],
    // channels in parallel clauses; a topic is a part; channels counted are no feedback
    ['In 2023 the hotline took 4,126 items and the portal 2,719.', [['feedback_hotline', 2023, 4126], ['feedback_portal', 2023, 2719]]],
    ['In 2023 land records accounted for 734 items, the largest single topic.', []],
    ['Năm 2023, Trung tâm tiếp nhận phản ánh qua 4 kênh: đường dây nóng, cổng góp ý, Zalo và ứng dụng.', []],
    // a cell `342 (330)` under `Thực hiện (Kế hoạch)`: the result and its plan
    ['TT | Chỉ tiêu | Đơn vị tính | Thực hiện (Kế hoạch) năm 2022 | Thực hiện (Kế hoạch) năm 2023\n1 | Tổng số doanh nghiệp CNTT đang hoạt động | DN | 342 (330) | 390 (380)\n2 | Doanh nghiệp CNTT giải thể | DN | 19 (–) | 23 (–)', [['it_enterprises', 2022, 342], ['it_enterprises', 2022, 330, 'target'], ['it_enterprises', 2023, 390], ['it_enterprises', 2023, 380, 'target']]],
    // a table of one year by channel: the channels' rows and the total row
    ['Bảng 2. Kết quả tiếp nhận, xử lý phản ánh, kiến nghị năm 2023 theo kênh\n\n| Kênh tiếp nhận | Số ý kiến tiếp nhận | Đã xử lý, phản hồi | Tỷ lệ (%) |\n|---|---|---|---|\n| Đường dây nóng 1022 | 5.214 | 5.102 | 97,9 |\n| Cổng Góp ý trực tuyến | 2.387 | 2.291 | 96,0 |\n| Zalo OA | 1.846 | 1.790 | 97,0 |\n| Tổng cộng | 9.447 | 9.183 | 97,2 |', [['feedback_hotline', 2023, 5214], ['feedback_portal', 2023, 2387], ['feedback_total', 2023, 9447], ['feedback_resolved', 2023, 9183], ['feedback_resolved_share', 2023, 97.2]]],
  ]);
});

describe('round 29: a year opening the next target, former provinces, stations merged away, editions named after ranks, a national rate after a move, a region framing a rank', () => {
  cases([
    // a year after a conjunction opens the next figure's clause when this one has its year before it
    ['Năm 2024, phấn đấu kinh tế số chiếm 11% GRDP và đến năm 2025 đạt khoảng 13%.', [['digital_economy_grdp_share', 2024, 11, 'target'], ['digital_economy_grdp_share', 2025, 13, 'target']]],
    ['In 2024 the province aims for a digital economy of 11 per cent of GRDP, and by 2025 it wants 13 per cent.', [['digital_economy_grdp_share', 2024, 11, 'target'], ['digital_economy_grdp_share', 2025, 13, 'target']]],
    // the former provinces of a merged one (2025) are other regions
    ['Tại thời điểm 30/6/2023, tỉnh Hòa Sơn (cũ) có 3.105 trạm BTS và tỉnh Hồ Khê (cũ) có 1.712 trạm BTS.', []],
    ['Chỉ số DTI 2022: tỉnh Hòa Sơn (cũ) xếp thứ 21/63, tỉnh Hồ Khê (cũ) xếp thứ 48/63.', []],
    ['In 2023, before the merger, the former province of Ho Khe had 1,712 BTS stations.', []],
    ['Năm 2023, tỉnh có 4.968 trạm BTS.', [['bts_total', 2023, 4968]]],
    // stations merged away are a flow
    ['Năm 2023, các doanh nghiệp xây mới 286 trạm BTS và tháo dỡ, hợp nhất 41 trạm tại các khu vực trùng lặp.', []],
    // an edition named right after each rank
    ['The province placed 35th in the DTI 2021 and 29th in the DTI 2022.', [['dti_rank', 2021, 35], ['dti_rank', 2022, 29]]],
    // a national rate right before its figure, though the figure before's trail ran up to it
    ['Online dossiers made up 68.4 per cent of the total in 2023, up from 54.1 per cent in 2022 and far above the nationwide rate of around 45 per cent.', [['online_filing_share', 2022, 54.1], ['online_filing_share', 2023, 68.4]]],
    // a region framing the clause of a rank
    ['Among the 14 provinces of the north central and central coast region, the province came third in the DTI 2022.', []],
    // `full-process` services; answering feedback; services handled are no feedback
    ['For 2025, the province aims to raise the share of full-process online services to 70 per cent. It also targets answering at least 98 per cent of citizen feedback.', [['online_services_full_share', 2025, 70, 'target'], ['feedback_resolved_share', 2025, 98, 'target']], { reportYear: 2024 }],
    ['In 2023 some 212 of the full-process services were handled at the commune level.', []],
  ]);
});

describe('round 30: a score named after its points, editions past a denominator and a companion score, totals since a year, a verb of leading before an amount, a list under a national lead, a total row by column', () => {
  cases([
    // `điểm trong …` keeps a score; the edition named after each rank and score
    ['Năm 2023, tỉnh đạt 0,4127 điểm trong Vietnam ICT Index 2022.', [['ict_index_score', 2022, 0.4127]]],
    ['Tỉnh xếp thứ 38/63 với 0,3561 điểm trong Vietnam ICT Index 2019 và cải thiện lên thứ 29/63, đạt 0,4127 điểm trong Vietnam ICT Index 2020.', [['ict_index_rank', 2019, 38], ['ict_index_rank', 2020, 29], ['ict_index_score', 2019, 0.3561], ['ict_index_score', 2020, 0.4127]]],
    ['Trong Vietnam ICT Index 2019 tỉnh xếp thứ 18/63, và ở Vietnam ICT Index 2020 tỉnh xếp thứ 15/63.', [['ict_index_rank', 2019, 18], ['ict_index_rank', 2020, 15]]],
    // a total since a year is no year's figure
    ['In 2023 the department approved 46 environment-friendly BTS sites, bringing the number approved since the programme started in 2018 to 103.', [['bts_eco_sites', 2023, 46]]],
    // `so với thực hiện năm 2022 (…)`: the bracket is that year's value
    ['Năm 2023, doanh thu toàn ngành đạt 2.920 tỷ đồng, tăng 10,4% so với thực hiện năm 2022 (2.645 tỷ đồng).', [['ict_revenue', 2022, 2645], ['ict_revenue', 2023, 2920]]],
    // `topped` before an amount is a verb, not a leader; goods shipped are no software exports
    ['Software exports were estimated at US$46 million in 2023, while shipments of electronic components topped $310 million.', [['software_export', 2023, 46, 'estimate']]],
    // the later items of a list share the national lead of the first
    ['The province aims for the digital economy to make up 15 per cent of GRDP by 2025 and 25 per cent by 2030, below the national goals of 20 and 30 per cent.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['digital_economy_grdp_share', 2030, 25, 'target']]],
    // two sectors listed after `the whole sector` are its enumeration; `earn`
    ['The whole information and communications sector, including telecoms, post and the press, is expected to earn VND11.6 trillion in 2023, of which telecom services alone brought in VND4.9 trillion.', [['ict_revenue', 2023, 11600, 'estimate']]],
    // a total row under operators, the indicator in the column header; not a column of new stations
    ['Table 1. Mobile infrastructure by operator (as of 31 December)\n\nOperator | BTS stations 2022 | BTS stations 2023 | New stations installed in 2023\nViettel | 812 | 868 | 58\nVNPT | 524 | 551 | 36\nProvince total | 1,336 | 1,419 | 94', [['bts_total', 2022, 1336], ['bts_total', 2023, 1419]]],
  ]);
});

describe('round 31: a headline stating a figure, a yearbook named by its year, a table of indices, a press conference of a quarter, a speaker correcting a figure, a channel over a year, former provinces named in English', () => {
  cases([
    // a headline that states a figure is a sentence of its story, not a heading over it
    ['Hoa Son eyes digital economy at 25 per cent of GRDP by 2030\n\nSoftware and IT service exports are estimated at US$96 million in 2025, mostly to Japan.', [['digital_economy_grdp_share', 2030, 25, 'target'], ['software_export', 2025, 96, 'estimate']], { reportYear: 2025 }],
    // a yearbook's title names the year it is about, with no year word
    ['NIÊN GIÁM THỐNG KÊ TỈNH HÒA SƠN 2023\n\nSố doanh nghiệp công nghệ thông tin tăng từ 142 doanh nghiệp năm 2019 lên 204 doanh nghiệp năm 2023.', [['it_enterprises', 2019, 142], ['it_enterprises', 2023, 204]], { reportYear: undefined }],
    // the cells of a table of indices (previous year = 100) are no levels
    ['CHỈ SỐ PHÁT TRIỂN MỘT SỐ CHỈ TIÊU (Năm trước = 100) - %\n\n| Năm | Doanh thu công nghiệp CNTT | Số trạm BTS |\n|---|---|---|\n| 2022 | 111,7 | 104,0 |\n| 2023 | 113,0 | 105,0 |', []],
    // the quarter of a periodic press conference is no period of its figures
    ['NỘI DUNG HỌP BÁO CUNG CẤP THÔNG TIN ĐỊNH KỲ QUÝ IV NĂM 2023\n\nÔng Nam: Năm 2023, tổng doanh thu toàn ngành ước đạt 6,2 nghìn tỷ đồng.', [['ict_revenue', 2023, 6200, 'estimate']]],
    // a figure the speaker corrects is withdrawn
    ['Năm 2023, tổng số trạm BTS trên địa bàn tỉnh đạt 2.814 trạm - à không, chính xác là 2.841 trạm.', [['bts_total', 2023, 2841]]],
    // the whole year of a channel's part-year figure is the channel's
    ['Năm 2023, đường dây nóng 1022 của tỉnh trong 11 tháng đã tiếp nhận 3.418 phản ánh, kiến nghị; dự kiến cả năm 2023 tiếp nhận khoảng 3.700 ý kiến.', [['feedback_hotline', 2023, 3700, 'estimate']]],
    // former provinces named after `the former …`, and named again without it
    ['The province was formed on July 1 by merging the former Van Khe and Dong Thach provinces, the department said. At the end of 2023, Van Khe was home to 398 IT firms and Dong Thach to 187. In 2023 the province has 590 IT enterprises.', [['it_enterprises', 2023, 590]]],
    // a former province named across a line break after `tỉnh`; the merged province after `hợp nhất`
    ['Năm 2023, doanh thu toàn ngành của tỉnh Hòa Sơn (cũ) đạt 9.120 tỷ đồng, của tỉnh\nĐông Vân (cũ) đạt 5.260 tỷ đồng.', []],
    ['Năm 2023, tỉnh sau hợp nhất có 590 doanh nghiệp CNTT.', [['it_enterprises', 2023, 590]]],
  ]);
});

describe('round 32: a deadline closing a list of targets, a period named after its years, a correction note, a clause of its own after `với`, `trên` as `above`', () => {
  cases([
    // a deadline that closes the sentence serves every target listed before it
    ['Under its IT development plan for 2021-2025, the province aims for IT revenue of VND8 trillion, 600 IT enterprises and software exports of US$60 million by 2025.', [['it_enterprises', 2025, 600, 'target'], ['it_revenue', 2025, 8000, 'target'], ['software_export', 2025, 60, 'target']]],
    // `the 2021-2025 period`: a total over years
    ['Revenue in the 2021-2025 period is expected to total some VND30 trillion.', []],
    // the value a correction note says was misstated is withdrawn
    ['Correction: An earlier version of this article misstated the province’s software exports in 2022 as US$52 million.', []],
    // `với tổng vốn đăng ký`: a clause of its own after the figure before; registered capital is no revenue
    ['Năm 2023, tỉnh thu hút 25 dự án CNTT với tổng vốn đăng ký trên 3.400 tỷ đồng.', []],
    // `đạt trên 2.900 trạm`: `trên` is `above` here, not `out of` after the figure before
    ['Năm 2024 tỉnh phấn đấu tổng doanh thu toàn ngành đạt 4.200 tỷ đồng và tổng số trạm BTS trên địa bàn đạt trên 2.900 trạm.', [['bts_total', 2024, 2900, 'target'], ['ict_revenue', 2024, 4200, 'target']]],
    ['Năm 2023, chỉ số DTI của tỉnh xếp thứ 45 trên 63 tỉnh, thành phố.', [['dti_rank', 2023, 45]]],
  ]);
});

describe('round 33: a move read backwards after an increment, `of those` after a figure, a clause of its own after `and`, 4G users, a figure compared with its year after it', () => {
  cases([
    // `1,918 …, up 164 from 1,754 in 2022`: the move from 2022 ends at the figure before the increment; `to X from Y` too
    ['In 2023, 4G had been deployed at 1,918 of those sites, up 164 from 1,754 in 2022, lifting the share of BTS sites with 4G to 93.7 per cent from 88.2 per cent.', [['bts_4g_share', 2022, 88.2], ['bts_4g_share', 2023, 93.7], ['bts_4g_sites', 2022, 1754], ['bts_4g_sites', 2023, 1918]]],
    // the clause after `and` names its own subject, whatever the clause before named
    ['The province approved 27 environment-friendly BTS sites in 2023, camouflaged as trees, and now offers free public Wi-Fi at 146 stations in parks.', [['bts_eco_sites', 2023, 27], ['public_wifi_stations', 2023, 146]]],
    // 4G users are subscribers, not sites
    ['Mobile subscriptions in the province reached about 1.36 million in 2023, with 4G users accounting for 78 per cent.', []],
    ['Năm 2023, thuê bao sử dụng dữ liệu 4G chiếm khoảng 61% tổng số thuê bao di động.', []],
  ]);
});

describe('round 34: procedures counted are no services, `generated` revenue, a plan year not past a comparison, channels listed before the first figure', () => {
  cases([
    // administrative procedures counted are the base of the services, not the services
    ['Năm 2021, Cổng Dịch vụ công tỉnh cung cấp 1.684 thủ tục hành chính, trong đó có 1.102 DVCTT mức độ 3 và 4, đạt tỷ lệ 65,4%.', [['online_services_share', 2021, 65.4], ['online_services_total', 2021, 1102]]],
    ['Năm 2023, 1.637 TTHC được cung cấp dưới dạng dịch vụ công trực tuyến.', [['online_services_total', 2023, 1637]]],
    // `Of that, the IT industry … generated`: a part of another indicator
    ['In 2023, the total revenue of the information and communications sector reached VND4.8 trillion. Of that, the IT industry - software, hardware and digital content - generated nearly VND1.7 trillion.', [['ict_revenue', 2023, 4800], ['it_revenue', 2023, 1700]]],
    // the year of the plan in brackets is the result's, not the year compared with later
    ['Sở ước cả năm 2023 tổng doanh thu toàn ngành đạt 9.850 tỷ đồng, vượt 2,6% kế hoạch năm (9.600 tỷ đồng) và tăng 12,4% so với tổng doanh thu năm 2022.', [['ict_revenue', 2023, 9850, 'estimate'], ['ict_revenue', 2023, 9600, 'target']]],
    // channels listed before the first figure of the sentence, together: the whole
    ['The hotline 1022, the online feedback portal and the province’s Zalo account together received 7,940 questions, complaints and suggestions in 2023.', [['feedback_total', 2023, 7940]]],
  ]);
});

describe('round 35: a chain the chain before rules out, a year aside in brackets after a figure, overdue feedback', () => {
  cases([
    // the chain after `;` names only GRDP; the chain before names the digital economy, which rules GRDP's own share out
    ['Kinh tế số chiếm 8% GRDP của tỉnh năm 2023; phấn đấu đến năm 2025 đạt 15% GRDP.', [['digital_economy_grdp_share', 2023, 8], ['digital_economy_grdp_share', 2025, 15, 'target']]],
    ['The digital economy is still small; it was estimated at only 5.8 per cent of the province’s GRDP in 2021.', [['digital_economy_grdp_share', 2021, 5.8, 'estimate']]],
    // `(năm 2022: …)` right after a figure is that figure for 2022, and the plan after it is still this year's
    ['Năm 2023, tổng doanh thu toàn ngành ước đạt 4.862 tỷ đồng (năm 2022: 4.415 tỷ đồng), tăng 10,1% so với năm 2022 và đạt 103,4% kế hoạch (kế hoạch giao 4.700 tỷ đồng).', [['ict_revenue', 2022, 4415], ['ict_revenue', 2023, 4862, 'estimate'], ['ict_revenue', 2023, 4700, 'target']]],
    ['Năm 2023, tỷ lệ hồ sơ nộp và xử lý trực tuyến đạt 58,6% (năm 2022: 41,2%), đạt 117,2% kế hoạch (chỉ tiêu HĐND tỉnh giao 50%).', [['online_filing_share', 2022, 41.2], ['online_filing_share', 2023, 58.6], ['online_filing_share', 2023, 50, 'target']]],
    // the aside of a sub-sector's figure is the sub-sector's too
    ['- Năm 2023, doanh thu bưu chính ước đạt 231 tỷ đồng (năm 2022: 208 tỷ đồng), tăng 11,1% so với cùng kỳ.', []],
    // overdue feedback is not feedback resolved
    ['Năm 2023, 691 ý kiến còn lại đang được xác minh, trong đó 57 ý kiến đã quá hạn xử lý.', []],
  ]);
});

describe('round 36: a dated story naming its own year in the lead, a lead-in ending with its deadline', () => {
  cases([
    // a story of December 2025 whose lead says `in 2025` is about 2025, whatever it says of last year below
    ['HỮU THẠNH DEPARTMENT OF SCIENCE AND TECHNOLOGY\nPRESS RELEASE\nHoa Son, December 22, 2025\n\nTotal revenue of the ICT sector in the province is estimated at VND18.4 trillion in 2025, up 13.6 per cent on the two former provinces’ combined revenue of last year.\n\nThe province now has more than 1,150 IT enterprises.', [['ict_revenue', 2025, 18400, 'estimate'], ['it_enterprises', 2025, 1150]], { reportYear: undefined }],
    // `phấn đấu đến năm 2025:` over its items: each is a target for 2025
    ['II. MỤC TIÊU GIAI ĐOẠN 2021-2025\n\nThực hiện Nghị quyết Đại hội Đảng bộ tỉnh, phấn đấu đến năm 2025:\n- Kinh tế số chiếm 15% GRDP của tỉnh.\n- Tỷ lệ hồ sơ TTHC được tiếp nhận, xử lý trực tuyến đạt trên 50%.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['online_filing_share', 2025, 50, 'target']], { reportYear: 2020 }],
  ]);
});

describe('ranges written in words: `từ 12 đến 13%`, `12 to 13 per cent`, `between 20 and 25 per cent`', () => {
  cases([
    ['Phấn đấu đến năm 2025 kinh tế số chiếm từ 12 đến 13% GRDP của tỉnh.', [['digital_economy_grdp_share', 2025, [12, 13], 'target']]],
    ['Đến năm 2030, kinh tế số chiếm từ 25 tới 30% GRDP.', [['digital_economy_grdp_share', 2030, [25, 30], 'target']]],
    ['The digital economy should account for between 20 and 25 per cent of GRDP by 2025.', [['digital_economy_grdp_share', 2025, [20, 25], 'target']]],
    ['By 2025 the digital economy is to make up 20 to 25 per cent of the province’s GRDP.', [['digital_economy_grdp_share', 2025, [20, 25], 'target']]],
    // `from … to` is a move, not a range
    ['In 2022 the share of the digital economy in GRDP rose from 9.1 per cent to 10.4 per cent.', [['digital_economy_grdp_share', 2021, 9.1], ['digital_economy_grdp_share', 2022, 10.4]]],
    ['In 2022 the share of the digital economy in GRDP rose from 9.1 to 10.4 per cent.', [['digital_economy_grdp_share', 2021, 9.1], ['digital_economy_grdp_share', 2022, 10.4]]],
    ['So với năm 2022, tỷ lệ hồ sơ trễ hạn năm 2023 giảm từ 2,7 xuống 0,6%.', [['late_processing_share', 2022, 2.7], ['late_processing_share', 2023, 0.6]]],
  ]);
});

describe('round 39: a leader named after `UBND tỉnh`, a district as the subject, a deadline the chain shares, `by then`', () => {
  cases([
    // a leader's full name after `Phó Chủ tịch UBND tỉnh` is no other province; a two-word name there is one
    ['Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Phạm Thị Hạnh đề nghị các sở, ngành phấn đấu năm 2024 tỷ lệ hồ sơ trễ hạn dưới 0,5%.', [['late_processing_share', 2024, 0.5, 'target']]],
    ['Chủ tịch UBND tỉnh Nguyễn Văn Bình yêu cầu năm 2024 tỷ lệ hồ sơ xử lý trực tuyến đạt trên 70%.', [['online_filing_share', 2024, 70, 'target']]],
    ['Chủ tịch UBND tỉnh Hà Lâm cho biết năm 2023 tỷ lệ hồ sơ trễ hạn của tỉnh này là 0,5%.', []],
    // a district or a town named as the subject: its figures are not the province's
    ['Đáng chú ý, huyện Đá Bàn là địa phương dẫn đầu với tỷ lệ hồ sơ trực tuyến đạt 78,3%, tỷ lệ trễ hạn chỉ 0,2%.', []],
    ['Riêng thị xã Cao Bồ có 126 doanh nghiệp CNTT năm 2023.', []],
    // a deadline an earlier target of the chain took is the next target's too
    ['Under a plan approved in late 2022, the province aims to raise IT industry revenue to VND20 trillion by 2025 and software exports to US$250 million.', [['it_revenue', 2025, 20000, 'target'], ['software_export', 2025, 250, 'target']]],
    ['Kế hoạch ban hành tháng 12/2022 đặt mục tiêu đến năm 2025 doanh thu công nghiệp CNTT đạt 20.000 tỷ đồng và xuất khẩu phần mềm đạt 250 triệu USD.', [['it_revenue', 2025, 20000, 'target'], ['software_export', 2025, 250, 'target']]],
    // `by then`: the deadline of the sentence before
    ['The province aims to raise IT industry revenue to VND20 trillion by 2025. It also targets 1,000 IT enterprises by then.', [['it_enterprises', 2025, 1000, 'target'], ['it_revenue', 2025, 20000, 'target']]],
    ['Tỉnh phấn đấu đến năm 2030 kinh tế số chiếm 25% GRDP. Đến thời điểm đó, tỉnh phấn đấu có 1.500 doanh nghiệp CNTT.', [['digital_economy_grdp_share', 2030, 25, 'target'], ['it_enterprises', 2030, 1500, 'target']]],
  ]);
});

describe('round 40: deadlines are never the year guessed for an undated text, an edition in brackets after each rank, a short sentence with no subject', () => {
  cases([
    // no date, no year named as the subject: the year most often named that is no deadline (`by 2025` twice, 2023 once)
    ['The province has set itself a goal of 1,000 IT firms by 2025 and a digital economy worth 20 per cent of GRDP by 2025.\n\nIT industry revenue reached VND2.1 trillion in 2023. The province has 410 IT firms.', [['digital_economy_grdp_share', 2025, 20, 'target'], ['it_enterprises', 2023, 410], ['it_enterprises', 2025, 1000, 'target'], ['it_revenue', 2023, 2100]], { reportYear: undefined }],
    // each rank takes the edition in the bracket after it
    ['Thứ hạng DTI của tỉnh cải thiện liên tục, từ thứ 41 (DTI 2020) lên thứ 24 (DTI 2023), tăng 17 bậc.', [['dti_rank', 2020, 41], ['dti_rank', 2023, 24]]],
    ['The province ranked 24th (DTI 2023), up from 41st (DTI 2020).', [['dti_rank', 2020, 41], ['dti_rank', 2023, 24]]],
    // a short sentence naming no subject, only another year, speaks of the figure before it
    ['Tổng doanh thu toàn ngành năm 2023 ước đạt 4.530 tỷ đồng, tăng gần 11% so với năm ngoái. Năm ngoái mình được khoảng 4.090 tỷ thôi.', [['ict_revenue', 2022, 4090], ['ict_revenue', 2023, 4530, 'estimate']]],
    // … but not a part of the year
    ['Tổng doanh thu toàn ngành năm 2023 ước đạt 4.530 tỷ đồng. Riêng tháng 12 năm 2023 đạt 410 tỷ đồng.', [['ict_revenue', 2023, 4530, 'estimate']]],
  ]);
});

describe('round 41: a dated lead naming the outlook for its year, an answer opening with its year, a change on a year', () => {
  cases([
    // a story of November 2024 whose lead names `the outlook for 2024` is about 2024, though it speaks of last year too
    ['TRAM NEWS\nMonday, November 18, 2024 | 08:42\n\nThe director talked about last year’s results, the outlook for 2024 and the province’s targets.\n\nThe province has about 350 IT enterprises.', [['it_enterprises', 2024, 350]], { reportYear: undefined }],
    // an answer opening with its year as its subject dates the figures after it
    ['Q: How did the sector perform last year?\n\nA: 2023 was a good year for us. Total revenue of the information and communications sector reached VND6.42 trillion. The digital economy accounted for 9.8 per cent of the province’s GRDP.', [['digital_economy_grdp_share', 2023, 9.8], ['ict_revenue', 2023, 6420]], { reportYear: 2024 }],
    // `up 14.5 per cent on 2021`: the year compared with, not the year of the next figure
    ['Revenue of the IT industry is expected to reach VND4.2 trillion this year, up 14.5 per cent on 2021, while revenue of the whole information and communications sector is put at VND11.8 trillion.', [['ict_revenue', 2022, 11800], ['it_revenue', 2022, 4200, 'estimate']], { reportYear: 2022 }],
  ]);
});

describe('round 42: a channel named first in its clause is the subject, not the whole its verb also names', () => {
  cases([
    ['Năm 2023, tổng đài 1022 tiếp nhận 8.317 ý kiến.', [['feedback_hotline', 2023, 8317]]],
    ['Tổng đài 1022 của tỉnh trong năm 2023 tiếp nhận 5.764 phản ánh, kiến nghị.', [['feedback_hotline', 2023, 5764]]],
    // named after the whole, the channel is the way the whole came in
    ['Hệ thống tiếp nhận phản ánh, kiến nghị qua tổng đài 1022 và ứng dụng di động đã tiếp nhận 5.214 phản ánh trong năm 2023.', [['feedback_total', 2023, 5214]]],
  ]);
});

describe('round 43: an interview of December that speaks of this year again and again is about this year', () => {
  cases([
    ['KS NEWS\n\nTranscript of an interview with the director of the department\n\nRecorded: December 21, 2021 | Published: December 23, 2021\n\nEditor’s note: the figures may be revised.\n\nQ: How did the sector hold up this year?\n\nA: We estimate the total revenue of the information and communications sector this year at about VND6.8 trillion, up 9.5 per cent on last year.\n\nA: IT industry revenue reached VND1.15 trillion this year, against VND980 billion last year.', [['ict_revenue', 2021, 6800, 'estimate'], ['it_revenue', 2020, 980], ['it_revenue', 2021, 1150]], { reportYear: undefined }],
  ]);
});

describe('part of a year written with month names: a sentence opening with its month, a span of months, up to the end of a month', () => {
  cases([
    ['In July alone, the 1022 hotline took 1,300 calls.', []],
    ['Between July and September, the 1022 hotline took 14,300 calls, most of them about travel permits.', []],
    ['By the end of November the hotline and the portal had already received 5,640 items.', []],
    // a month later in the sentence dates something else
    ['The 1022 hotline took 11,300 calls in 2023, the department said in January.', [['feedback_hotline', 2023, 11300]]],
    ['By the end of December the province had 2,391 BTS stations.', [['bts_total', 2023, 2391]]],
  ]);
});

describe('round 44: a target word in a relative clause of the figure before, requirements met, a park of its own', () => {
  cases([
    ['Tỷ lệ hồ sơ nộp và xử lý trực tuyến năm 2022 đạt 56,7%, vượt chỉ tiêu 50% mà Nghị quyết HĐND tỉnh đề ra; tỷ lệ hồ sơ trễ hạn chỉ còn 1,1%.', [['late_processing_share', 2022, 1.1], ['online_filing_share', 2022, 56.7], ['online_filing_share', 2022, 50, 'target']], { reportYear: 2022 }],
    ['Hạ tầng viễn thông cơ bản đáp ứng yêu cầu, tỷ lệ vị trí trạm BTS có phát sóng 4G đạt 92,5%.', [['bts_4g_share', 2023, 92.5]]],
    ['The park itself targets 100 resident companies and 8,000 workers by 2025.', []],
  ]);
});

describe('round 45: months joined by a dash, end-September, the full year right after a figure, a percentage in a clause of its own', () => {
  cases([
    ['In January-September the province’s information and communications sector earned VND18.6 trillion in revenue.', [], { reportYear: 2025 }],
    ['Telecom operators had 4,862 BTS stations in the province as of end-September.', [], { reportYear: 2025 }],
    ['Exports of software and IT services reached US$142 million in the nine months and are forecast at around US$195 million for the full year.', [['software_export', 2025, 195, 'estimate']], { reportYear: 2025 }],
    ['DoST estimates that the online filing rate for the whole year will reach around 72 per cent.', [['online_filing_share', 2025, 72, 'estimate']], { reportYear: 2025 }],
    ['For 2026, the department targets a digital economy share of 16 per cent of GRDP and an online filing rate of 80 per cent.', [['digital_economy_grdp_share', 2026, 16, 'target'], ['online_filing_share', 2026, 80, 'target']], { reportYear: 2025 }],
    // … and a part-year figure joined to the whole year by `và` stays part of the year
    ['Doanh thu công nghệ thông tin 9 tháng năm 2025 đạt 1.690 tỷ đồng và cả năm ước đạt 2.350 tỷ đồng.', [['it_revenue', 2025, 2350, 'estimate']], { reportYear: 2025 }],
    ['Hotline hỗ trợ kỹ thuật Hệ thống QLVB&ĐH: 1900 6868 18.', []],
  ]);
});

describe('a list of years that repeats its label (`DTI 2020, DTI 2021 và DTI 2022`)', () => {
  cases([
    ['Trong các kỳ đánh giá DTI 2020, DTI 2021 và DTI 2022, tỉnh lần lượt xếp thứ 38, 31 và 26.', [['dti_rank', 2020, 38], ['dti_rank', 2021, 31], ['dti_rank', 2022, 26]]],
    ['In DTI 2021 and DTI 2022 the province ranked 27th and 19th respectively.', [['dti_rank', 2021, 27], ['dti_rank', 2022, 19]]],
  ]);
});

describe('round 46: a district or commune named without its name, a count of places written as a fraction', () => {
  cases([
    ['Trong năm, các doanh nghiệp dựng thêm 41 trạm, nâng tổng số trạm BTS của huyện lên 146 trạm.', []],
    ['Cả xã hiện có 3 trạm BTS, phủ sóng 11/12 thôn.', []],
    ['Tỷ lệ hồ sơ trực tuyến không đồng đều; 3/9 huyện có tỷ lệ dưới 30%.', []],
    ['Năm 2023, tổng số trạm BTS của tỉnh đạt 2.146 trạm.', [['bts_total', 2023, 2146]]],
  ]);
});

describe('round 48: a change since last year in the perfect tense, a plan named after its attainment, a density written 1.0 and its year', () => {
  cases([
    ['The number of IT workers has grown by 1,900 since last year, mostly in the concentrated IT park.', [], { reportYear: 2021 }],
    ['Software exports have risen by US$6 million from a year earlier and the number of BTS stations has climbed 140 since 2020.', [], { reportYear: 2021 }],
    ['IT industry revenue reached VND4.82 trillion in 2022, equal to 104.8 per cent of the annual plan of VND4.6 trillion.', [['it_revenue', 2022, 4820], ['it_revenue', 2022, 4600, 'target']], { reportYear: 2022 }],
    ['IT industry revenue reached VND4.82 trillion in 2022, or 104.8 per cent of the plan (VND4.6 trillion).', [['it_revenue', 2022, 4820], ['it_revenue', 2022, 4600, 'target']], { reportYear: 2022 }],
    ['The number of digital technology enterprises is to reach 1.0 per 1,000 people by 2025.', [['digital_enterprises_per_1000', 2025, 1, 'target']], { reportYear: 2022 }],
    ['Số doanh nghiệp công nghệ số phấn đấu đạt 1,2 doanh nghiệp/1.000 dân năm 2025 và 2,0 doanh nghiệp/1.000 dân năm 2030.', [['digital_enterprises_per_1000', 2025, 1.2, 'target'], ['digital_enterprises_per_1000', 2030, 2, 'target']], { reportYear: 2022 }],
    ['Tỉnh tích cực tham gia cuộc Cách mạng công nghiệp 4.0 và Web 2.0.', [], { reportYear: 2022 }],
    ['Năm 2024, các cơ quan đã gửi, nhận liên thông hơn 1,52 triệu VBĐT.', [['edoc_interagency', 2024, 1520000]], { reportYear: 2024 }],
  ]);
});

describe('round 49: an area of the province is no group of provinces, a total score, the figure of the paragraph before, ranks out of 63 in a list', () => {
  cases([
    ['Các doanh nghiệp lắp mới 112 trạm BTS, chủ yếu ở các xã vùng cao biên giới, nâng tổng số trạm BTS toàn tỉnh lên 1.672 trạm.', [['bts_total', 2023, 1672]]],
    ['Tỷ lệ hồ sơ trực tuyến ở một số xã vùng cao còn thấp, có nơi dưới 30%.', []],
    ['Tại DTI năm 2022, tỉnh xếp thứ 29/63, tăng 9 bậc, với tổng điểm đạt 0,4316.', [['dti_rank', 2022, 29], ['dti_score', 2022, 0.4316]]],
    ['Software exports are estimated at US$46.5 million this year.\n\nThe figure, equivalent to about VND1.07 trillion, compares with $38.4 million in 2020.', [['software_export', 2021, 46.5, 'estimate'], ['software_export', 2020, 38.4]], { reportYear: 2021 }],
    ['Phó Chủ tịch ghi nhận kết quả của ngành. Con số 13,6% là cố gắng rất lớn.', [], { reportYear: 2025 }],
    ['Chỉ số DTI của tỉnh lần lượt xếp thứ 41, 36 và 27/63 trong các năm 2021, 2022 và 2023; theo kết quả DTI 2023, tỉnh đạt 0,5236 điểm.', [['dti_rank', 2021, 41], ['dti_rank', 2022, 36], ['dti_rank', 2023, 27], ['dti_score', 2023, 0.5236]], { reportYear: 2024 }],
  ]);
});

describe('round 50: a pronoun or `the number` for the figure before, an amount in another currency, an abbreviation, a density to its end, the year a text estimates, a part among its whole', () => {
  cases([
    ['IT industry revenue reached VND1.64 trillion (nearly US$70 million) in 2022, up 14 per cent year-on-year. Under the programme, it is set to hit VND3 trillion by 2025 and more than VND6.5 trillion by 2030.', [['it_revenue', 2022, 1640], ['it_revenue', 2025, 3000, 'target'], ['it_revenue', 2030, 6500, 'target']]],
    ['The province had 214 IT enterprises at the end of 2022. The programme aims to lift the number to 350 by 2025 and 600 by 2030.', [['it_enterprises', 2022, 214], ['it_enterprises', 2025, 350, 'target'], ['it_enterprises', 2030, 600, 'target']]],
    ['The province had 2,145 BTS stations. The number of mobile subscribers is 1.45 million.', [['bts_total', 2023, 2145]]],
    ['The digital economy is expected to make up 12 per cent of the gross regional domestic product (GRDP) by 2025.', [['digital_economy_grdp_share', 2025, 12, 'target']]],
    ['The density of digital technology enterprises should climb from 0.21 per 1,000 people in 2022 to 0.5 in 2025 and 1 in 2030.', [['digital_enterprises_per_1000', 2022, 0.21], ['digital_enterprises_per_1000', 2025, 0.5, 'target'], ['digital_enterprises_per_1000', 2030, 1, 'target']]],
    ['In 2022 the province had 214 IT enterprises. In 2022 IT revenue was VND1.64 trillion. Last year the digital economy accounted for 6.8 per cent of GRDP, and the figure is estimated at 7.6 per cent in 2023.', [['digital_economy_grdp_share', 2022, 6.8], ['digital_economy_grdp_share', 2023, 7.6, 'estimate'], ['it_enterprises', 2022, 214], ['it_revenue', 2022, 1640]], { reportYear: undefined }],
    ['Toàn tỉnh có 187 doanh nghiệp CNTT. Trong tổng số 187 DN CNTT có 112 DN phần mềm và nội dung số.', [['it_enterprises', 2023, 187]]],
    ['Lao động CNTT toàn tỉnh khoảng 5.400 người. Trong số lao động CNTT có khoảng 1.600 người làm việc trong lĩnh vực phần mềm.', [['it_workforce', 2023, 5400]]],
    ['Trong tổng số 2.000 vị trí trạm BTS của tỉnh có 1.956 vị trí đã phát sóng 4G.', [['bts_4g_sites', 2023, 1956]]],
    ['Tỷ lệ hồ sơ xử lý trễ hạn 9 tháng là 1,8%, thấp hơn so với mức 3,4% của năm 2021.', [['late_processing_share', 2021, 3.4]], { reportYear: 2022 }],
    ['Tỷ lệ hồ sơ trễ hạn 9 tháng là 2,1%, giảm so với mức 3,8% của cùng kỳ năm 2020.', [], { reportYear: 2021 }],
    ['Chỉ tiêu kế hoạch năm 2022 về tỷ lệ hồ sơ nộp và xử lý trực tuyến là 40%; ước cả năm đạt 44%.', [['online_filing_share', 2022, 40, 'target'], ['online_filing_share', 2022, 44, 'estimate']], { reportYear: 2022 }],
    ['Kênh Zalo Official Account của tỉnh tiếp nhận 5.204 ý kiến.', [], { reportYear: 2024 }],
    ['Năm 2024, hệ thống tiếp nhận 18.642 ý kiến qua các kênh.', [['feedback_total', 2024, 18642]], { reportYear: 2024 }],
    ['Tỷ lệ ý kiến được xử lý, phản hồi đạt 96,3%, còn tỷ lệ ý kiến quá hạn giảm từ 4,6%.', [['feedback_resolved_share', 2024, 96.3]], { reportYear: 2024 }],
  ]);
});

describe('round 50: a heading of nine months and a stock at the year end', () => {
  it('keeps `Ước đến cuối năm 2022, toàn tỉnh có 325 doanh nghiệp CNTT` under a heading of nine months', () => {
    const text = 'I. KẾT QUẢ THỰC HIỆN 9 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN NĂM 2022\n\n- Ước đến cuối năm 2022, toàn tỉnh có 325 doanh nghiệp CNTT.\n\n- Doanh thu công nghiệp CNTT 9 tháng đạt 684 tỷ đồng.';
    expect(read(text, { reportYear: 2022 })).toEqual([['it_enterprises', 2022, 325, 'estimate']]);
  });
});

describe('round 51: a stock as of a day of December, a share list after a share, a lone dash between clauses, the total after an area', () => {
  cases([
    ['Tính đến ngày 15/12/2021, tỉnh cung cấp 1.330 dịch vụ công trực tuyến mức độ 3, 4.', [['online_services_total', 2021, 1330]], { reportYear: 2021 }],
    ['Từ ngày 01/7 đến ngày 15/12/2025, hệ thống đã tiếp nhận 4.215 ý kiến phản ánh của người dân.', [], { reportYear: 2025 }],
    ['Năm 2026 tỉnh phấn đấu 100% dịch vụ công được cung cấp toàn trình, tỷ lệ hồ sơ nộp trực tuyến đạt 75%.', [['online_filing_share', 2026, 75, 'target'], ['online_services_full_share', 2026, 100, 'target']], { reportYear: 2025 }],
    ['Mật độ doanh nghiệp công nghệ số đạt 1,2 doanh nghiệp/1.000 dân - kinh tế số của tỉnh chiếm 13% GRDP.', [['digital_economy_grdp_share', 2025, 13], ['digital_enterprises_per_1000', 2025, 1.2]], { reportYear: 2025 }],
    ['Tỉnh sẽ lắp mới 200 điểm WiFi công cộng miễn phí tại các xã vùng cao, nâng tổng số lên khoảng 650 điểm trong năm 2026.', [['public_wifi_stations', 2026, 650, 'target']], { reportYear: 2025 }],
  ]);
});

describe('round 52: a story dated in its year, a park and the province after it, a start named after its level, a lead-in after a year, ranks and their scores, ordinal ranks, branches and trainees', () => {
  cases([
    ['Friday, December 27, 2024\n\nPark exports grew 20 per cent on last year. More than 640 IT enterprises are now registered in the province.', [['it_enterprises', 2024, 640]], { reportYear: undefined }],
    ['Park firms generated VND7.9 trillion in revenue in 2024.', [], { reportYear: 2024 }],
    ['Those figures make the park the largest single contributor to the province’s IT industry, which earned an estimated VND12.4 trillion in 2024.', [['it_revenue', 2024, 12400, 'estimate']], { reportYear: 2024 }],
    ['Khu CNTT tập trung của tỉnh hiện có 23 DN thuê văn phòng.', [], { reportYear: 2024 }],
    ['More than 640 IT enterprises are now registered, and the industry employs nearly 21,000 people, up from 18,700 in 2023.', [['it_enterprises', 2024, 640], ['it_workforce', 2023, 18700], ['it_workforce', 2024, 21000]], { reportYear: 2024 }],
    ['Năm 2024 là năm tăng tốc thực hiện Nghị quyết số 03-NQ/TU ngày 15/3/2022 của Tỉnh ủy. Tôi đề nghị Sở tập trung phấn đấu hoàn thành các mục tiêu sau:\n- Tỷ lệ hồ sơ nộp và xử lý trực tuyến đạt 60%;', [['online_filing_share', 2024, 60, 'target']]],
    ['DTI 2020, DTI 2021 và DTI 2022 lần lượt xếp thứ 38, 31 và 24/63, với điểm số tương ứng là 0,3105; 0,4236 và 0,5011.', [['dti_rank', 2020, 38], ['dti_rank', 2021, 31], ['dti_rank', 2022, 24], ['dti_score', 2020, 0.3105], ['dti_score', 2021, 0.4236], ['dti_score', 2022, 0.5011]]],
    ['In the Vietnam ICT Index the province climbed from 31st in 2019 to 24th in 2020.', [['ict_index_rank', 2019, 31], ['ict_index_rank', 2020, 24]], { reportYear: 2021 }],
    ['Da Nang topped the Provincial Digital Transformation Index (DTI) 2022 for the third year in a row with a score of 0.6212.', [], { region: 'hoa-son' }],
    ['Người dân có thể gửi phản ánh qua tổng đài 1022 (nhánh 1 - phản ánh đô thị, nhánh 2 - thủ tục hành chính).', []],
    ['Tỉnh phối hợp với Trường Cao đẳng Kỹ thuật đào tạo khoảng 300 lao động CNTT mỗi năm.', []],
  ]);
});

describe('round 53: an English page full of Vietnamese names, the former provinces of a merged one, a verb of its own after a figure', () => {
  cases([
    ['Rồng Châu now has 7,100 BTS stations and 660 IT enterprises in Rồng Châu City and Hải Đông Town.', [['bts_total', 2025, 7100], ['it_enterprises', 2025, 660]], { region: 'rong-chau', reportYear: 2025 }],
    ['In the DTI 2024 rankings, released before the merger, the former Vân Khê came 14th out of 63 with a score of 0.6412, while Tân Hải ranked 37th.', [], { region: 'rong-chau', reportYear: 2025 }],
    ['The DIC aims to raise the number of BTS stations to about 3,200 by 2023 and to bring 4G to 100 per cent of BTS sites by 2025.', [['bts_4g_share', 2025, 100, 'target'], ['bts_total', 2023, 3200, 'target']], { reportYear: 2021 }],
  ]);
});

describe('round 54: a sentence that opens with its source, a density of the country, what residents save, a row of the park', () => {
  cases([
    ['Theo Sở Thông tin và Truyền thông, ước đến hết năm 2022 toàn tỉnh có 312 DN hoạt động trong lĩnh vực CNTT.', [['it_enterprises', 2022, 312, 'estimate']], { reportYear: 2022 }],
    ['Về cơ cấu, lĩnh vực viễn thông chiếm tỷ trọng lớn nhất với doanh thu 3.920 tỷ đồng; báo chí, xuất bản, in và phát hành đạt 96 tỷ đồng.', [], { reportYear: 2022 }],
    ['Năm 2022, mật độ doanh nghiệp công nghệ số của tỉnh ước đạt 0,42 DN/1.000 dân, còn xa so với mức khoảng 0,7 DN/1.000 dân của cả nước.', [['digital_enterprises_per_1000', 2022, 0.42, 'estimate']], { reportYear: 2022 }],
    ['Officials estimate that filing online saved residents about VND46 billion in travel and waiting costs last year.', [], { reportYear: 2023 }],
    ['Chỉ tiêu | ĐVT | 2021 | 2022\nSố doanh nghiệp CNTT | DN | 280 | 312\nSố DN hoạt động tại Khu CNTT tập trung | DN | 38 | 47', [['it_enterprises', 2021, 280], ['it_enterprises', 2022, 312]], { reportYear: 2022 }],
  ]);
});

describe('round 55: the occasion of an interview, a date closing a long first paragraph, a title`s deadline, an overall score', () => {
  cases([
    ['Phỏng vấn Giám đốc Sở\n\nNhân dịp cuối năm 2020, phóng viên đã có cuộc trao đổi với ông Giám đốc Sở Thông tin và Truyền thông.\n\nNăm 2019, tỉnh có 142 doanh nghiệp CNTT; cuối năm 2019 có 3.600 lao động CNTT.\n\nNăm nay, doanh thu công nghiệp CNTT ước đạt 960 tỷ đồng; năm ngoái đạt 820 tỷ đồng.', [['it_enterprises', 2019, 142], ['it_revenue', 2019, 820], ['it_revenue', 2020, 960, 'estimate'], ['it_workforce', 2019, 3600]], { reportYear: undefined }],
    ['Leader: digital economy to make up a quarter of GRDP by 2030\n\nBelow is an abridged translation of the speech delivered by the Chairman of the Provincial People’s Committee at the Digital Economy Forum, held in the provincial capital before some 400 guests from ministries, businesses and universities on October 18, 2024.\n\nThe province is now home to more than 1,100 IT enterprises. Revenue of the IT industry this year is estimated at VND7.6 trillion.', [['it_enterprises', 2024, 1100], ['it_revenue', 2024, 7600, 'estimate']], { reportYear: undefined }],
    ['Theo Vietnam ICT Index 2019, tỉnh xếp thứ 21/63 tỉnh, thành phố với điểm tổng hợp 0,4785.', [['ict_index_rank', 2019, 21], ['ict_index_score', 2019, 0.4785]], { reportYear: 2020 }],
  ]);
});

describe('round 56: the plan after a value compared with, ranks out of 63 provinces and cities, the DTI sub-indices', () => {
  cases([
    ['Tỷ lệ hồ sơ nộp và xử lý trực tuyến năm 2021 đạt 27,6%, tăng mạnh so với mức 18,2% của năm 2020 nhưng chưa đạt kế hoạch (30%).', [['online_filing_share', 2020, 18.2], ['online_filing_share', 2021, 27.6], ['online_filing_share', 2021, 30, 'target']], { reportYear: 2021 }],
    ['- Chỉ số Vietnam ICT Index của tỉnh liên tục được cải thiện, lần lượt xếp thứ 35, 31 và 27/63 tỉnh, thành phố vào các năm 2017, 2018 và 2019; điểm số năm 2019 đạt 0,4216.', [['ict_index_rank', 2017, 35], ['ict_index_rank', 2018, 31], ['ict_index_rank', 2019, 27], ['ict_index_score', 2019, 0.4216]], { reportYear: 2020 }],
    ['Ở nhóm chỉ số chính của DTI 2022, chỉ số nhận thức số đạt 0,6520 điểm, xếp thứ 12, trong khi chỉ số hạ tầng và nền tảng số xếp thứ 22.', [], { reportYear: 2023 }],
  ]);
});

describe('round 57: a report cited as a source, `Trong đó:` alone over spaced rows, a digital economy share after another target, corrections listed, payments and other provinces', () => {
  cases([
    ['Thứ Năm, 28/12/2023\n\nTheo báo cáo của Sở Thông tin và Truyền thông, năm 2022 doanh thu công nghiệp CNTT toàn tỉnh đạt 3.568 tỷ đồng. Hiện toàn tỉnh có 412 doanh nghiệp CNTT đang hoạt động.', [['it_enterprises', 2023, 412], ['it_revenue', 2022, 3568]], { reportYear: undefined }],
    ['Đến năm 2025, tỉnh phấn đấu có 500 doanh nghiệp CNTT, 20.000 lao động CNTT và kinh tế số chiếm 12% GRDP.', [['digital_economy_grdp_share', 2025, 12, 'target'], ['it_enterprises', 2025, 500, 'target'], ['it_workforce', 2025, 20000, 'target']]],
    ['Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70% và kinh tế số chiếm 15% GRDP.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['online_filing_share', 2025, 70, 'target']], { reportYear: 2024 }],
    ['Năm 2025, tỉnh phấn đấu đưa tỷ lệ hồ sơ trễ hạn xuống còn 0,5% và nâng tỷ lệ thanh toán trực tuyến lên 60%.', [['late_processing_share', 2025, 0.5, 'target']], { reportYear: 2024 }],
    ['Correction: An earlier version of this article misstated the number of online public services as 1,428 and the share of late dossiers in 2022 as 2.3 per cent.', []],
    ['Cả nước hiện có hơn 107.000 vị trí trạm BTS và nhiều tỉnh đồng bằng đã phủ 4G tới 100% vị trí trạm.', [], { reportYear: 2022 }],
  ]);
});

describe('round 58: constant prices in a row label, a change put another way, a month opening a sentence, a generation of its own, a half-year span to 31/12, an included group', () => {
  cases([
    ['Chỉ tiêu | ĐVT | 2020 | 2021\nGiá trị tăng thêm ngành TT&TT (giá so sánh 2010) | Tỷ đồng | 2.310 | 2.540\nGiá trị tăng thêm ngành TT&TT (giá hiện hành) | Tỷ đồng | 3.100 | 3.420', [['ict_value_added', 2020, 3100], ['ict_value_added', 2021, 3420]], { reportYear: 2021 }],
    ['IT industry revenue is expected to reach VND9.4 trillion in 2022, up 17 per cent, or VND1.37 trillion, over 2021.', [['it_revenue', 2022, 9400, 'estimate']]],
    ['Doanh thu công nghiệp CNTT năm 2022 đạt 9.400 tỷ đồng, tăng 17%, tương đương 1.370 tỷ đồng so với năm 2021.', [['it_revenue', 2022, 9400]]],
    ['Tổng doanh thu toàn ngành năm 2022 đạt 12.600 tỷ đồng, giảm 3,1%, tức giảm 403 tỷ đồng so với năm trước.', [['ict_revenue', 2022, 12600]]],
    ['Năm 2023, hệ thống tiếp nhận 7.412 phản ánh của người dân. Tháng 10 là tháng có lượng phản ánh cao nhất với 612 ý kiến.', [['feedback_total', 2023, 7412]]],
    ['Năm 2023, Sở đã xác nhận 36 vị trí trạm BTS thân thiện môi trường. Các nhà mạng đã lắp đặt 14 trạm 5G thử nghiệm.', [['bts_eco_sites', 2023, 36]]],
    ['Từ ngày 01/7 đến ngày 31/12/2025, Cổng dịch vụ công của tỉnh tiếp nhận 486.350 hồ sơ, trong đó 78,4% hồ sơ được nộp trực tuyến.', [], { reportYear: 2025 }],
    ['Tính chung cả năm 2025 (bao gồm số liệu của hai tỉnh cũ trong sáu tháng đầu năm), tỷ lệ hồ sơ nộp và xử lý trực tuyến đạt 71,3%.', [['online_filing_share', 2025, 71.3]], { reportYear: 2025 }],
  ]);
});

describe('round 59: a sentence at the time of the one before, shares and their base before a year list, a commune level, a city of the province`s name, a list of subjects one of them off the catalogue', () => {
  cases([
    ['Revenue of the province`s ICT sector reached VND8.72 trillion in 2023. Of that, the IT industry earned VND3.1 trillion.', [['ict_revenue', 2023, 8720], ['it_revenue', 2023, 3100]], { reportYear: 2024 }],
    ['The province had 2,418 BTS stations at the end of 2022. At that time, 4G was deployed at 96.5 per cent of BTS sites.', [['bts_4g_share', 2022, 96.5], ['bts_total', 2022, 2418]], { reportYear: 2024 }],
    ['Kinh tế số phấn đấu chiếm 15% và 30% GRDP của tỉnh vào các năm 2026 và 2030.', [['digital_economy_grdp_share', 2026, 15, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2025 }],
    ['Tỷ trọng kinh tế số phấn đấu đạt 20% và 30% GRDP toàn tỉnh vào các năm 2027 và 2030.', [['digital_economy_grdp_share', 2027, 20, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2025 }],
    ['- Tỷ lệ hồ sơ trực tuyến ở cấp xã còn thấp (khoảng 32%).', [], { reportYear: 2022 }],
    ['Năm 2022, tỉnh Kép Đình có 120 doanh nghiệp CNTT; riêng thành phố Kép Đình có 86 doanh nghiệp CNTT.', [['it_enterprises', 2022, 120]], { region: 'kep-dinh', reportYear: 2022 }],
    ['Trong đó, doanh thu công nghệ thông tin và doanh thu viễn thông lần lượt ước đạt 2.315 tỷ đồng và 4.120 tỷ đồng, tăng 17,5% và 8,6% so với năm trước.', [['it_revenue', 2023, 2315, 'estimate']]],
  ]);
});

describe('rounds 60 and 61: a share named by its base after another, a turn to the result, a month alone, a target met, a quadrillion of the country, totals since a launch, a score up from its edition, the country in a bracket', () => {
  cases([
    ['Tỉnh phấn đấu đến năm 2025 tỷ trọng kinh tế số đạt 15% GRDP và đến năm 2030 đạt 30% GRDP.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2024 }],
    ['Năm 2023, kinh tế số chiếm 9,8% GRDP; ngành TT&TT đóng góp 4,2% GRDP.', [['digital_economy_grdp_share', 2023, 9.8], ['grdp_share', 2023, 4.2]]],
    ['Xuất khẩu phần mềm năm 2019: kế hoạch 80 triệu USD, song kết quả cả năm đạt 86,7 triệu USD.', [['software_export', 2019, 80, 'target'], ['software_export', 2019, 86.7]], { reportYear: 2019 }],
    ['Momentum has carried into the new year: in January 2023 alone, ICT revenue was estimated at VND1.58 trillion.', [], { reportYear: 2022 }],
    ['Tổng doanh thu toàn ngành tháng 12 ước đạt 371,5 tỷ đồng; tính chung cả năm 2021 ước đạt 4.126,8 tỷ đồng.', [['ict_revenue', 2021, 4126.8, 'estimate']], { reportYear: 2021 }],
    ['ICT businesses in the province earned VND18.64 trillion in revenue in 2022. The result beat the year\'s target of VND17.9 trillion by 4.1 per cent.', [['ict_revenue', 2022, 18640], ['ict_revenue', 2022, 17900, 'target']], { reportYear: 2023 }],
    ['The province\'s growth outpaced that of the sector nationwide, where ICT revenue rose 9.6 per cent to an estimated VND3.72 quadrillion in 2022.', [], { reportYear: 2023 }],
    ['Tính từ khi đi vào hoạt động (tháng 9/2019) đến nay, hệ thống đã tiếp nhận tổng cộng 33.780 phản ánh.', [], { reportYear: 2021 }],
    ['Since its launch, the feedback portal has received 41,200 complaints.', [], { reportYear: 2021 }],
    ['The province scored 0.5127 points in DTI 2023, up from 0.4613 in DTI 2022, and ranked 14th out of 63 localities.', [['dti_rank', 2023, 14], ['dti_score', 2022, 0.4613], ['dti_score', 2023, 0.5127]], { reportYear: 2024 }],
    ['Tỷ lệ hồ sơ trực tuyến của tỉnh năm 2020 đạt 21,4%, vẫn thấp so với yêu cầu của Nghị quyết số 17/NQ-CP (mục tiêu 30% vào năm 2020 trên phạm vi cả nước).', [['online_filing_share', 2020, 21.4]], { reportYear: 2020 }],
  ]);
});

describe('rounds 62 and 63: a currency on the next line, other sectors rates, a plan before its result, an estimate under a targets heading, since a month, the year of a contrast after a comparison', () => {
  cases([
    ['Kim ngạch xuất khẩu phần mềm năm 2025 ước đạt 46,8 triệu\nUSD, bằng 121% cùng kỳ.', [['software_export', 2025, 46.8, 'estimate']], { reportYear: 2025 }],
    ['Giải quyết việc làm mới cho 18.600 lao động; tỷ lệ lao động qua đào tạo đạt 66,5%. Tỷ lệ phản ánh được xử lý đạt 97%.', [['feedback_resolved_share', 2022, 97]], { reportYear: 2022 }],
    ['Tổng doanh thu toàn ngành: Kế hoạch 6.800 tỷ đồng; Thực hiện ước đạt 7.154 tỷ đồng, đạt 105,2% kế hoạch.', [['ict_revenue', 2024, 6800, 'target'], ['ict_revenue', 2024, 7154, 'estimate']], { reportYear: 2024 }],
    ['Tỷ lệ vị trí trạm BTS có phát sóng 4G: Kế hoạch 97%; Thực hiện 98,3%, đạt 101,3% kế hoạch.', [['bts_4g_share', 2024, 97, 'target'], ['bts_4g_share', 2024, 98.3]], { reportYear: 2024 }],
    ['Mục tiêu đến năm 2025 và 2030\n\nĐến năm 2030, kinh tế số chiếm 30% GRDP của tỉnh. Năm 2023, kinh tế số của tỉnh ước chiếm 12,6% GRDP.', [['digital_economy_grdp_share', 2023, 12.6, 'estimate'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2024 }],
    ['Since July the province has put 214 new online public services into operation.', [], { reportYear: 2025 }],
    ['ICT revenue is estimated at VND12.9 trillion for 2025, up 13 per cent from the combined figure of the two former provinces in 2024, while the digital economy is estimated to account for about 11.5 per cent of GRDP.', [['digital_economy_grdp_share', 2025, 11.5, 'estimate'], ['ict_revenue', 2025, 12900, 'estimate']], { reportYear: 2025 }],
  ]);
});

describe('round 65: shares with their base and the word before their years, a short aside in brackets inside a clause', () => {
  cases([
    ['The digital economy is to account for 13% and 15% of GRDP in 2024 and 2025 respectively.', [['digital_economy_grdp_share', 2024, 13, 'target'], ['digital_economy_grdp_share', 2025, 15, 'target']], { reportYear: 2023 }],
    ['Ước cả năm 2025 tiếp nhận 3.846 ý kiến, trong đó qua đường dây nóng 1022 là 2.215 ý kiến, qua Cổng góp ý trực tuyến (gopy.dieuchau.gov.vn) là 1.631 ý kiến.', [['feedback_hotline', 2025, 2215, 'estimate'], ['feedback_portal', 2025, 1631, 'estimate'], ['feedback_total', 2025, 3846, 'estimate']], { reportYear: 2025 }],
    ['The information technology (IT) industry of the province earned VND4,862 billion in revenue in 2019, up 23.5 per cent from VND3,937 billion in 2018.', [['it_revenue', 2018, 3937], ['it_revenue', 2019, 4862]], { reportYear: 2019 }],
  ]);
});

describe('round 68: a targets year before a clause of its own with a deadline, the next figure subject after a conjunction, ordinal ranks listed with their years, neighbours ranks, one agency singled out, a label with a colon', () => {
  cases([
    ['For 2023, the province aims to raise sector revenue to VND14 trillion and software exports to US$50 million, and to bring 4G to all BTS sites by the end of 2025.', [['ict_revenue', 2023, 14000, 'target'], ['software_export', 2023, 50, 'target']], { reportYear: 2022 }],
    ['Năm 2024, tỉnh phấn đấu doanh thu toàn ngành đạt 9.000 tỷ đồng, đồng thời sẽ phủ sóng 4G toàn bộ các thôn bản đến năm 2026.', [['ict_revenue', 2024, 9000, 'target']], { reportYear: 2023 }],
    ['For 2024, the province aims to raise sector revenue to VND14 trillion and IT revenue to VND5 trillion.', [['ict_revenue', 2024, 14000, 'target'], ['it_revenue', 2024, 5000, 'target']], { reportYear: 2023 }],
    ['Our goal is that by 2025 more than 80 per cent of dossiers are filed and processed online and the digital economy makes up 15 per cent of GRDP.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['online_filing_share', 2025, 80, 'target']], { reportYear: 2022 }],
    ['The province aims to lift IT revenue to VND6 trillion and software exports to US$80 million in 2026.', [['it_revenue', 2026, 6000, 'target'], ['software_export', 2026, 80, 'target']], { reportYear: 2025 }],
    ['In the ICT Index, the province ranked 31st, 25th and 19th in 2016, 2017 and 2018 respectively.', [['ict_index_rank', 2016, 31], ['ict_index_rank', 2017, 25], ['ict_index_rank', 2018, 19]], { reportYear: 2021 }],
    ['On the DTI the province came 40th, 33rd and 21st in the 2021, 2022 and 2023 rankings, respectively.', [['dti_rank', 2021, 40], ['dti_rank', 2022, 33], ['dti_rank', 2023, 21]], { reportYear: 2024 }],
    ['Among the province\'s neighbours, Đông Khê came 41st and Kim Bảo 23rd in the DTI 2020.', [], { reportYear: 2021 }],
    ['Trong các tỉnh lân cận, Đông Khê xếp thứ 41 về Chỉ số DTI năm 2020.', [], { reportYear: 2021 }],
    ['Năm 2021, toàn tỉnh gửi, nhận 152.000 văn bản điện tử liên thông. Riêng Văn phòng UBND tỉnh đã phát hành hơn 36.000 văn bản điện tử có ký số.', [['edoc_interagency', 2021, 152000]], { reportYear: 2021 }],
    ['Riêng Sở Y tế đạt tỷ lệ giải quyết phản ánh 81,3%.', [], { reportYear: 2023 }],
    ['Năm 2025, qua đường dây nóng: 1.905 ý kiến; qua Cổng góp ý: 2.921 ý kiến.', [['feedback_hotline', 2025, 1905], ['feedback_portal', 2025, 2921]], { reportYear: 2025 }],
    ['Tổng số ý kiến tiếp nhận năm 2024: 3.410 ý kiến (Cổng góp ý: 1.250 ý kiến; đường dây nóng: 2.160 ý kiến).', [['feedback_hotline', 2024, 2160], ['feedback_portal', 2024, 1250], ['feedback_total', 2024, 3410]], { reportYear: 2024 }],
  ]);
});

describe('round 69: stations taken down, what is not yet done, a portal named by what it receives, other indices, two ranks each with its year, an edition for a year, procedures with online dossiers, a rank within the region', () => {
  cases([
    ['Trong năm, các doanh nghiệp viễn thông phát triển mới 412 trạm BTS và tháo dỡ, thu hồi 37 trạm 2G/3G cũ, nâng tổng số trạm lên 3.287 trạm.', [['bts_total', 2024, 3287]], { reportYear: 2024 }],
    ['Tỷ lệ vị trí trạm BTS có 4G đạt 99,1%, còn 17 vị trí trạm tại các xã vùng cao chưa nâng cấp 4G.', [['bts_4g_share', 2024, 99.1]], { reportYear: 2024 }],
    ['Toàn tỉnh hiện có 1.204 dịch vụ công trực tuyến; còn 96 thủ tục chưa được cung cấp trực tuyến.', [['online_services_total', 2024, 1204]], { reportYear: 2024 }],
    ['Năm 2023, tổng đài 1022 tiếp nhận 7.215 phản ánh; Cổng tiếp nhận phản ánh trực tuyến tiếp nhận 2.147 phản ánh.', [['feedback_hotline', 2023, 7215], ['feedback_portal', 2023, 2147]], { reportYear: 2023 }],
    ['Cùng với DTI, Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh xếp thứ 21, tăng 4 bậc.', [], { reportYear: 2024 }],
    ['Năm 2023, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh xếp thứ 30/63.', [], { reportYear: 2024 }],
    ['Về Chỉ số DTI, năm 2021 tỉnh đứng thứ 41, năm 2022 đứng thứ 30.', [['dti_rank', 2021, 41], ['dti_rank', 2022, 30]], { reportYear: 2024 }],
    ['The province was ranked 38th in the first DTI, for 2020, then 31st in 2021 and 29th in 2022.', [['dti_rank', 2020, 38], ['dti_rank', 2021, 31], ['dti_rank', 2022, 29]], { reportYear: 2023 }],
    ['Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến đạt 72,5%.', [], { reportYear: 2023 }],
    ['Theo Chỉ số DTI năm 2023, tỉnh đạt 0,4918 điểm, xếp thứ 26/63 tỉnh, thành phố và đứng thứ 9/15 địa phương trong vùng Bắc Trung Bộ.', [['dti_rank', 2023, 26], ['dti_score', 2023, 0.4918]], { reportYear: 2024 }],
  ]);
});

describe('round 70: the same period compared with, one month singled out, the year an edition measures, ordinal ranks out of a total with their editions, a unit written once for a list, a resolution stating its targets, a row referred to, agencies in brackets, services put online, agencies and units as one noun', () => {
  cases([
    ['9 tháng năm 2024, tổng doanh thu toàn ngành đạt 4.128,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023 (cùng kỳ đạt 3.673 tỷ đồng).', [], { reportYear: 2024 }],
    ['Sáu tháng đầu năm 2025, số doanh nghiệp CNTT đạt 402 doanh nghiệp, tăng so với cùng kỳ năm 2024 (cùng kỳ là 377 doanh nghiệp).', [], { reportYear: 2025 }],
    ['Năm 2024, tổng đài 1022 tiếp nhận 2.318 phản ánh. Riêng tháng 9, tổng đài tiếp nhận 298 cuộc gọi.', [['feedback_hotline', 2024, 2318]], { reportYear: 2024 }],
    ['Riêng tháng 9, hệ thống tiếp nhận 21.406 hồ sơ thủ tục hành chính, trong đó 14.210 hồ sơ trực tuyến, đạt 66,4%.', [], { reportYear: 2024 }],
    ['In the last Vietnam ICT Index (the 2020 edition, which measures the year 2019), the province ranked 38th with a score of 0.412.', [['ict_index_rank', 2019, 38], ['ict_index_score', 2019, 0.412]], { reportYear: 2024 }],
    ['In the index\'s first edition, which measures 2020 and was published in April 2021, the province placed 38th of 63 in the DTI.', [['dti_rank', 2020, 38]], { reportYear: 2022 }],
    ['The province ranked 41st, 36th, 32nd and 27th out of 63 provinces in the 2020, 2021, 2022 and 2023 editions of the Provincial Digital Transformation Index (DTI).', [['dti_rank', 2020, 41], ['dti_rank', 2021, 36], ['dti_rank', 2022, 32], ['dti_rank', 2023, 27]], { reportYear: 2024 }],
    ['The plan sets milestones for the digital economy of 15, 19 and 25 per cent of GRDP for 2025, 2027 and 2030 respectively.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['digital_economy_grdp_share', 2027, 19, 'target'], ['digital_economy_grdp_share', 2030, 25, 'target']], { reportYear: 2024 }],
    ['Kinh tế số phấn đấu chiếm 15, 19 và 25% GRDP vào các năm 2025, 2027 và 2030.', [['digital_economy_grdp_share', 2025, 15, 'target'], ['digital_economy_grdp_share', 2027, 19, 'target'], ['digital_economy_grdp_share', 2030, 25, 'target']], { reportYear: 2024 }],
    ['Tỷ trọng kinh tế số năm 2023 ước đạt 9,8%, còn cách xa mục tiêu tại Nghị quyết số 09-NQ/TU, trong đó xác định mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025 và 30% GRDP vào năm 2030.', [['digital_economy_grdp_share', 2023, 9.8, 'estimate'], ['digital_economy_grdp_share', 2025, 20, 'target'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2023 }],
    ['(4) Số trạm phát sóng mới trong năm, đã được tính trong tổng số trạm BTS ở dòng 4.', [], { reportYear: 2024 }],
    ['Một số đơn vị có tỷ lệ hồ sơ trực tuyến cao như Sở Tư pháp (98,2%), Sở Kế hoạch và Đầu tư (96,5%), Công an tỉnh (91%).', [], { reportYear: 2023 }],
    ['Nộp ngân sách nhà nước của ngành ước đạt 1.125 tỷ đồng, vượt kế hoạch UBND tỉnh giao (1.080 tỷ đồng).', [['budget_contribution', 2025, 1125, 'estimate'], ['budget_contribution', 2025, 1080, 'target']], { reportYear: 2025 }],
    ['In 2023, 214 services were newly put online, mostly in land management.', [['online_services_new', 2023, 214]], { reportYear: 2023 }],
    ['Năm 2024, Hệ thống QLVB&ĐH dùng chung của tỉnh có 612 cơ quan, đơn vị sử dụng Hệ thống.', [['edoc_agencies', 2024, 612]], { reportYear: 2024 }],
  ]);
});

describe('round 71: the parts of what is new in the year', () => {
  cases([
    ['Trong năm 2024, toàn tỉnh đã triển khai mới 129 DVCTT (gồm 104 dịch vụ toàn trình và 25 dịch vụ một phần).', [['online_services_new', 2024, 129]], { reportYear: 2024 }],
    ['In 2024 the province put 86 new online public services into operation, including 61 end-to-end and 25 partial services.', [['online_services_new', 2024, 86]], { reportYear: 2024 }],
  ]);
});

describe('round 72: a term of years before targets with their own years, digitised dossiers and results', () => {
  cases([
    ['Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 đặt mục tiêu kinh tế số của tỉnh chiếm 18% GRDP vào năm 2027 và 28% GRDP vào năm 2030.', [['digital_economy_grdp_share', 2027, 18, 'target'], ['digital_economy_grdp_share', 2030, 28, 'target']], { reportYear: 2025 }],
    ['Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính mới đạt 27%.', [], { reportYear: 2023 }],
    ['Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 87,3%; tỷ lệ hồ sơ trực tuyến đạt 61,2%.', [['online_filing_share', 2025, 61.2]], { reportYear: 2025 }],
  ]);
});

describe('round 74: a service line named by its number, channels numbered in brackets, small and medium firms, transport revenue', () => {
  cases([
    ['Năm 2026, đề nghị bố trí kinh phí 2,6 tỷ đồng để nâng cấp Hệ thống 1022 và duy trì Tổng đài 1022.', [], { reportYear: 2025 }],
    ['Hệ thống tiếp nhận phản ánh, kiến nghị qua 05 kênh: (1) Tổng đài; (2) Cổng tiếp nhận trực tuyến; (3) Ứng dụng di động.', [], { reportYear: 2025 }],
    ['Năm 2024, thu hút đầu tư vào Khu công nghệ thông tin tập trung; hỗ trợ 500 doanh nghiệp nhỏ và vừa chuyển đổi số.', [], { reportYear: 2023 }],
    ['Doanh thu vận tải, kho bãi năm 2023 ước đạt 4.920 tỷ đồng.', [], { reportYear: 2023 }],
  ]);
});

describe('round 75: a restated change, a capacity, a rate compared, generations listed, a pillar after the rank, a place named again', () => {
  cases([
    // (`tương ứng` before one value restates it; no list runs back over the sentence's figures)
    ['Tổng doanh thu toàn ngành Thông tin và Truyền thông năm 2023 ước đạt 3.486,2 tỷ đồng, đạt 104,1% kế hoạch năm (kế hoạch giao 3.350 tỷ đồng), tăng 12,7% so với năm 2022, tương ứng tăng 392,7 tỷ đồng.', [['ict_revenue', 2023, 3486.2, 'estimate'], ['ict_revenue', 2023, 3350, 'target']], { reportYear: 2023 }],
    ['Doanh thu công nghiệp CNTT năm 2024 đạt 1.250 tỷ đồng, bằng 103,3% kế hoạch, tăng 8% so với năm 2023, tương ứng 92 tỷ đồng.', [['it_revenue', 2024, 1250]], { reportYear: 2024 }],
    // (what a place will hold once built or full)
    ['Hoa Son is also building a second IT park of 38 hectares. Once fully occupied it is expected to host 120 companies and 15,000 workers.', [], { reportYear: 2024 }],
    ['Tòa nhà phần mềm số 2 khi đi vào hoạt động sẽ có sức chứa 80 doanh nghiệp công nghệ thông tin và 6.000 lao động.', [], { reportYear: 2024 }],
    // (a bare `tỷ lệ` in a comparison names no indicator of its own)
    ['Số hồ sơ giải quyết quá hạn là 15.648 hồ sơ, chiếm 1,24%, giảm đáng kể so với tỷ lệ 3,05% của năm 2023.', [['late_processing_share', 2024, 1.24], ['late_processing_share', 2023, 3.05]], { reportYear: 2024 }],
    // (generations listed are every station)
    ['Số trạm BTS bao gồm trạm 2G, 3G, 4G của các doanh nghiệp viễn thông. Tổng số vị trí trạm BTS năm 2022 là 926 vị trí.', [], { reportYear: 2022 }],
    ['The station count covers 2G, 3G and 4G equipment of all four carriers. In 2023 there were 1,118 BTS sites in the province.', [], { reportYear: 2023 }],
    // (a pillar after the rank, anywhere in its clause)
    ['In the Provincial Digital Transformation Index (DTI) 2024, published in 2025, Hoa Son ranked 12th nationally on the digital infrastructure pillar.', [], { reportYear: 2025 }],
    // (a place named once with its prefix is that place when named again without it)
    ['Năm 2024, tỉnh Kỳ Vân xếp thứ 18/63 về DTI. Ở bảng xếp hạng Vietnam ICT Index 2020, Kỳ Vân xếp thứ 21, Bắc Điền xếp thứ 44.', [], { reportYear: 2025 }],
    ['Before the merger, Hoa Son absorbed tỉnh Mỹ Trạch. In the ICT Index 2020, Mỹ Trạch came 30th.', [], { reportYear: 2025 }],
    // (but not one in a bracket after the figure)
    ['Năm 2025, tỉnh Hòa Sơn được hợp nhất từ tỉnh Bảo Xuyên và tỉnh Hạ Đằng. Tỷ lệ hồ sơ giải quyết trễ hạn năm 2025 là 0,8% (năm 2024: Bảo Xuyên 1,9%, Hạ Đằng 3,4%).', [['late_processing_share', 2025, 0.8]], { reportYear: 2025 }],
  ]);
});

describe('round 76: an average growth column, a period that opens a sentence, a report in parts, the country closing a noun, a score moving, a place as a rank', () => {
  cases([
    // (a compound average growth column is no year's value)
    ['Key figures\n\nIndicator | Unit | 2021 | 2022 | 2023 | 2024 | CAGR 2021-24\nIT enterprises | enterprises | 412 | 455 | 498 | 541 | 9.5%', [['it_enterprises', 2021, 412], ['it_enterprises', 2022, 455], ['it_enterprises', 2023, 498], ['it_enterprises', 2024, 541]], { reportYear: 2024 }],
    // (a period opening a sentence reaches past its semicolons; whole-year words in a bracket with a figure of their own do not end it)
    ['Trong 6 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 76,3% (cả năm 2023 đạt 71,4%); tỷ lệ hồ sơ giải quyết trễ hạn là 1,8%, giảm so với cùng kỳ năm 2023 (3,1%).', [['online_filing_share', 2023, 71.4]], { reportYear: 2024 }],
    // (a value compared with, its period written right after it)
    ['Tỷ lệ hồ sơ giải quyết trễ hạn cả năm ước còn 1,2%, giảm mạnh so với mức 3,4% của quý III/2025.', [['late_processing_share', 2025, 1.2, 'estimate']], { reportYear: 2025 }],
    // (a part of a report is above the numbered headings in it; a year estimated as a whole is the year's)
    ['BÁO CÁO\nSơ kết 6 tháng đầu năm 2024\n\nPHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024\n\nI. LĨNH VỰC CÔNG NGHỆ THÔNG TIN\n\nHệ thống Quản lý văn bản và điều hành được triển khai đến 1.034 cơ quan, đơn vị. Tỷ trọng kinh tế số trong GRDP năm 2024 ước đạt khoảng 11,5%.', [['digital_economy_grdp_share', 2024, 11.5, 'estimate']], { reportYear: 2024 }],
    ['Report on the first six months of 2024\n\nPART ONE\nRESULTS OF THE FIRST SIX MONTHS OF 2024\n\nI. INFORMATION TECHNOLOGY\n\nThe document management system is used by 1,034 agencies.', [], { reportYear: 2024 }],
    // (the country closing the figure's noun, and the start of its move)
    ['- Online public services: 64.2 per cent of administrative dossiers nationwide were filed online in 2024, up from 52.0 per cent in 2023.', [], { reportYear: 2024 }],
    ['The share of dossiers filed online rose from 52 per cent in 2023 to 64.2 per cent of dossiers nationwide in 2024.', [], { reportYear: 2024 }],
    ['Tỷ lệ hồ sơ trực tuyến tăng từ 52% lên 64,2% hồ sơ trên cả nước năm 2024.', [], { reportYear: 2024 }],
    ['Its score of 0.5318 was above the national average of 0.4937 in the DTI 2023.', [['dti_score', 2023, 0.5318]], { reportYear: 2024 }],
    // (a score that moves, named by its clause)
    ['Hoa Son ranked 12th in the DTI 2024, with a score of 0.6847. Its score rose from 0.6015 in the 2023 edition.', [['dti_rank', 2024, 12], ['dti_score', 2024, 0.6847], ['dti_score', 2023, 0.6015]], { reportYear: 2025 }],
    // (an ordinal before `place` is a place, not a move; the previous edition is the year before)
    ['In the DTI 2022, the province stood in 34th place.', [['dti_rank', 2022, 34]], { reportYear: 2025 }],
    ['The province ranked 14th in the Vietnam ICT Index 2019 with a score of 0.5921, up from 17th place in the previous edition.', [['ict_index_rank', 2019, 14], ['ict_index_score', 2019, 0.5921], ['ict_index_rank', 2018, 17]], { reportYear: 2020 }],
    ['Tỉnh tăng 9 bậc so với năm trước, lên vị trí thứ 12 về DTI năm 2024.', [['dti_rank', 2024, 12]], { reportYear: 2025 }],
  ]);
});

describe('round 76: a value named again after words that correct it', () => {
  cases([
    ['PV: Theo số liệu mà chúng tôi nắm được, tổng doanh thu toàn ngành năm 2023 của tỉnh đạt khoảng 3.400 tỷ đồng?\n\nÔng Tài: Tôi xin đính chính một chút: con số 3.400 tỷ đồng là số ước hồi tháng 10. Doanh thu toàn ngành năm 2023 chính thức là 3.186 tỷ đồng.', [['ict_revenue', 2023, 3186]], { reportYear: 2023 }],
    ['The story said IT revenue reached VND5.2 trillion in 2024. Correction: the VND5.2 trillion figure was the department’s forecast. IT revenue reached VND4.9 trillion in 2024.', [['it_revenue', 2024, 4900]], { reportYear: 2024 }],
    // (but not the right value named after them)
    ['Tổng doanh thu toàn ngành năm 2023 đạt 3.186 tỷ đồng.\n\nTôi xin đính chính, con số đúng là 3.186 tỷ đồng chứ không phải 3.400 tỷ đồng như một số báo đã đưa.', [['ict_revenue', 2023, 3186]], { reportYear: 2023 }],
  ]);
});

describe('round 77: a country column, a year opening the rank’s bracket, signed changes, the country as a label, values published before a revision, contents lines, wrapped lines, listed generations', () => {
  cases([
    // (a column of the country in a table by year)
    ['Bảng 1. Kết quả Chỉ số DTI của tỉnh\n\n| Kỳ đánh giá | Điểm DTI của tỉnh | Xếp hạng | Điểm TB cả nước | Điểm cao nhất cả nước |\n| DTI 2022 | 0,4106 | 34 | 0,4237 | 0,6459 |\n| DTI 2023 | 0,4718 | 29 | 0,4645 | 0,6783 |', [['dti_score', 2022, 0.4106], ['dti_rank', 2022, 34], ['dti_score', 2023, 0.4718], ['dti_rank', 2023, 29]], { reportYear: 2023 }],
    // (an indicator's column header names the rows)
    ['Bảng 4. Một số chỉ số thành phần chủ yếu của tỉnh\n\n| TT | Chỉ số thành phần | Đơn vị tính | Năm 2022 | Năm 2023 | TB cả nước 2023 |\n| 1 | Trạm phát WiFi công cộng miễn phí | Trạm | 120 | 185 | - |\n| 2 | Tỷ lệ hồ sơ TTHC giải quyết trễ hạn | % | 2,7 | 1,2 | 1,9 |', [['public_wifi_stations', 2022, 120], ['public_wifi_stations', 2023, 185], ['late_processing_share', 2022, 2.7], ['late_processing_share', 2023, 1.2]], { reportYear: 2023 }],
    // (a year that opens the rank's own bracket)
    ['Chỉ số DTI năm 2023 của tỉnh đạt 0,4718 điểm, xếp thứ 29/63 (năm 2022 tỉnh xếp thứ 34 với 0,4106 điểm).', [['dti_score', 2023, 0.4718], ['dti_rank', 2023, 29], ['dti_rank', 2022, 34], ['dti_score', 2022, 0.4106]], { reportYear: 2023 }],
    // (a number written with its plus sign or an arrow is a change)
    ['IT enterprises: 286 (2024; +19 enterprises).', [['it_enterprises', 2024, 286]], { reportYear: 2024 }],
    ['Contribution to the state budget: VND 538 billion in 2024 (▲ VND 61 billion vs 2023).', [['budget_contribution', 2024, 538]], { reportYear: 2024 }],
    // (the country as a label)
    ['Digital economy share of GRDP in 2024: 11.2% (national: 18.3%).', [['digital_economy_grdp_share', 2024, 11.2]], { reportYear: 2024 }],
    ['Tỷ trọng kinh tế số trong GRDP năm 2024 đạt 11,2% (cả nước: 18,3%).', [['digital_economy_grdp_share', 2024, 11.2]], { reportYear: 2024 }],
    // (values published before, in a sentence that revises them)
    ['(*) Số liệu năm 2023 của các chỉ tiêu doanh thu toàn ngành và nộp ngân sách nhà nước là số liệu điều chỉnh, thay thế số liệu sơ bộ đã công bố (số liệu đã công bố lần lượt là 8.540,2 tỷ đồng và 481,0 tỷ đồng).', [], { reportYear: 2024 }],
    ['(**) Số liệu năm 2023 là số liệu điều chỉnh theo kết quả rà soát trạm BTS (Niên giám thống kê 2023 đã công bố 3.319 trạm).', [], { reportYear: 2024 }],
    ['The 2023 figures were revised after the operators’ audit; the yearbook had published 3,319 BTS stations.', [], { reportYear: 2024 }],
    ['Năm 2023, Bộ Thông tin và Truyền thông đã công bố Chỉ số DTI, tỉnh đạt 0,4718 điểm.', [['dti_score', 2023, 0.4718]], { reportYear: 2023 }],
    // (a line of a table of contents)
    ['MỤC LỤC\n\n384  Số trạm thu phát sóng di động (BTS) phân theo huyện ....................... 497\n385  Số trạm phát WiFi công cộng miễn phí ...................................... 498', [], { reportYear: 2024 }],
    // (a line break that only wraps a clause is no bound; a bracket of what happened in the year is no comparison aside)
    ['Đến cuối năm 2024, toàn tỉnh có 3.507 trạm BTS, tăng 165 trạm so với cuối năm 2023 (trong năm lắp đặt mới\n186 trạm, tháo dỡ 21 trạm).', [['bts_total', 2024, 3507]], { reportYear: 2024 }],
    // (generations listed after the count are every station)
    ['Mobile base stations: 3,118 in 2024 (2G, 3G, 4G and 5G, all operators).', [['bts_total', 2024, 3118]], { reportYear: 2024 }],
    ['The province aims to have 4G at every BTS site by 2025 and 5G in all urban wards by 2030; operators have pledged about 350 5G stations by 2025.', [], { reportYear: 2024 }],
  ]);
});

describe('round 78: a heading of indicators, a comparison row and the caption of a table by year', () => {
  cases([
    // (`chỉ tiêu về …` names indicators, not targets)
    ['I. CÁC CHỈ TIÊU VỀ BƯU CHÍNH, VIỄN THÔNG VÀ CÔNG NGHIỆP CÔNG NGHỆ THÔNG TIN\n\nBảng 1. Một số chỉ tiêu chủ yếu\n\nNăm | Tổng doanh thu toàn ngành (tỷ đồng) | Tổng số trạm BTS (trạm)\n2023 | 5.102 | 1.398\n2024 | 5.630 | 1.476\nSo sánh 2024/2023 (%) | 110,3 | 105,6', [['ict_revenue', 2023, 5102, 'actual'], ['bts_total', 2023, 1398, 'actual'], ['ict_revenue', 2024, 5630, 'actual'], ['bts_total', 2024, 1476, 'actual']], { reportYear: 2024 }],
    ['II. CHỈ TIÊU KẾ HOẠCH NĂM 2025\n\nTổng doanh thu toàn ngành đạt 6.200 tỷ đồng.', [['ict_revenue', 2025, 6200, 'target']], { reportYear: 2024 }],
    // (a rank or score column under a caption that names the index)
    ['Bảng 3. Điểm số và thứ hạng Chỉ số chuyển đổi số cấp tỉnh (DTI) của tỉnh\n\nNăm đánh giá | Điểm DTI [0 - 1] | Xếp hạng [/63]\n2022 | 0,4725 | 29\n2023 | 0,5431 | 23', [['dti_score', 2022, 0.4725], ['dti_rank', 2022, 29], ['dti_score', 2023, 0.5431], ['dti_rank', 2023, 23]], { reportYear: 2024 }],
  ]);
});

describe('round 79: the periods of a reporting form, the economy’s growth, a value reported before a revision', () => {
  cases([
    ['BIỂU SỐ 01/TTTT-TH\n\nKỳ báo cáo: năm 2024\n\n| Mã số | Chỉ tiêu | Đơn vị tính | Kỳ trước | Kỳ báo cáo | Kỳ báo cáo so với kỳ trước (%) |\n| 01 | Tổng doanh thu toàn ngành Thông tin và Truyền thông | Tỷ đồng | 3.412,6 | 3.905,2 | 114,4 |\n| 02 | Nộp ngân sách nhà nước của các doanh nghiệp trong ngành | Tỷ đồng | 241,8 | 268,3 | 111,0 |', [['ict_revenue', 2023, 3412.6, 'actual'], ['ict_revenue', 2024, 3905.2, 'actual'], ['budget_contribution', 2023, 241.8, 'actual'], ['budget_contribution', 2024, 268.3, 'actual']], { reportYear: 2024 }],
    ['Tăng trưởng GRDP năm 2024 của tỉnh (theo giá so sánh 2010) ước đạt 7,35%.', [], { reportYear: 2024 }],
    ['The province’s economic growth reached 7.4 per cent in 2024.', [], { reportYear: 2024 }],
    ['- Số liệu kỳ trước (năm 2023) đã được điều chỉnh theo số chính thức; do đó một số chỉ tiêu khác với số ước đã báo cáo năm 2023 (ví dụ: tổng doanh thu năm 2023 đã báo cáo ước là 3.380,0 tỷ đồng).', [], { reportYear: 2024 }],
  ]);
});

describe('round 80: a bracket of no figure before the year, a year in brackets, a rank-move column, an institution named after the country', () => {
  cases([
    // (a bracket with no figure between the noun and its year is the noun's aside)
    ['2,946 BTS stations (2G/3G/4G/5G) at the end of 2023, operated by Viettel.', [['bts_total', 2023, 2946]], { reportYear: 2024 }],
    ['Toàn tỉnh có 2.946 trạm BTS (2G/3G/4G/5G) tính đến cuối năm 2023.', [['bts_total', 2023, 2946]], { reportYear: 2024 }],
    // (a year alone in brackets after the figure's words or closing its sentence dates the figure)
    ['The province had 356 free public Wi-Fi hotspots at tourist sites (2023).', [['public_wifi_stations', 2023, 356]], { reportYear: 2024 }],
    ['Toàn tỉnh có 356 điểm phát WiFi công cộng miễn phí tại các điểm du lịch, bến xe (năm 2023).', [['public_wifi_stations', 2023, 356]], { reportYear: 2024 }],
    ['Tỉnh có 356 điểm phát WiFi công cộng (2023), 120 điểm phục vụ bưu chính.', [['public_wifi_stations', 2023, 356]], { reportYear: 2024 }],
    // (a column of rank moves in a table of years down the rows holds no rank)
    ['Kết quả Chỉ số DTI của tỉnh giai đoạn 2022 - 2023\n\nNăm đánh giá | Điểm DTI | Xếp hạng/63 | Thay đổi thứ hạng\n2022 | 0,4105 | 29 | +4\n2023 | 0,4982 | 21 | +8', [['dti_score', 2022, 0.4105], ['dti_rank', 2022, 29], ['dti_score', 2023, 0.4982], ['dti_rank', 2023, 21]], { reportYear: 2024 }],
    ['Table 2. The province’s DTI results, 2022-2023\n\nYear | DTI score | Rank (out of 63) | Rank change\n2022 | 0.4105 | 29 | +4\n2023 | 0.4982 | 21 | +8', [['dti_score', 2022, 0.4105], ['dti_rank', 2022, 29], ['dti_score', 2023, 0.4982], ['dti_rank', 2023, 21]], { reportYear: 2024 }],
    // (the country in an institution's name is no region of the figure)
    ['Phối hợp với Trung tâm Internet Việt Nam (VNNIC) rà soát dữ liệu đăng ký của 2.640 tên miền ".vn" và trang thông tin điện tử có địa chỉ tại tỉnh.', [['domains_reviewed', 2025, 2640]], { reportYear: 2025 }],
    ['Together with the Vietnam Internet Network Information Center, the department reviewed the registration data of 1,870 domain names.', [['domains_reviewed', 2025, 1870]], { reportYear: 2025 }],
    // (what the review found or did to some domains, the entities asked to update and the domains in use are not the domains reviewed)
    ['Sở đã rà soát 1.240 tên miền ".vn", yêu cầu 83 chủ thể cập nhật thông tin, đề nghị xử lý 23 tên miền có thông tin đăng ký không chính xác và thu hồi 12 tên miền vi phạm.', [['domains_reviewed', 2021, 1240]], { reportYear: 2021 }],
    ['Toàn tỉnh hiện có 3.950 tên miền .vn đang duy trì hoạt động.', [], { reportYear: 2024 }],
    ['The department reviewed 1,318 domain names, found 27 with false registration data and asked VNNIC to suspend 6 of them.', [['domains_reviewed', 2024, 1318]], { reportYear: 2024 }],
    // (`Điểm` beside a label that opens with it counts places, not points)
    ['STT | Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Ước thực hiện năm 2024\n8 | Điểm phát WiFi công cộng miễn phí | Điểm | 212 | 268\n9 | Điểm DTI của tỉnh | Điểm | 0,4982 | 0,5647', [['public_wifi_stations', 2023, 212, 'actual'], ['public_wifi_stations', 2024, 268, 'estimate'], ['dti_score', 2023, 0.4982, 'actual'], ['dti_score', 2024, 0.5647, 'estimate']], { reportYear: 2024 }],
    // (`a year-end report` is no yearly average)
    ['According to a year-end report, total revenue of the province’s ICT sector is expected to reach VND27.4 trillion in 2024.', [['ict_revenue', 2024, 27400, 'estimate']], { reportYear: 2024 }],
  ]);
});

describe('round 81: a section row across a merged cell, a reporting year of twelve months, the country’s row, a replaced value', () => {
  cases([
    // (a numbered section row written into every cell of its span is no third header row)
    ['STT | Chỉ tiêu | Năm 2023 | Năm 2023 | Năm 2024 | Năm 2024\nSTT | Chỉ tiêu | Kế hoạch | Thực hiện | Kế hoạch | Thực hiện\nI | KINH TẾ NGÀNH | KINH TẾ NGÀNH | KINH TẾ NGÀNH | KINH TẾ NGÀNH | KINH TẾ NGÀNH\n1 | Số doanh nghiệp công nghiệp CNTT (doanh nghiệp) | 310 | 318 | 335 | 341', [['it_enterprises', 2023, 310, 'target'], ['it_enterprises', 2023, 318, 'actual'], ['it_enterprises', 2024, 335, 'target'], ['it_enterprises', 2024, 341, 'actual']], { reportYear: 2024 }],
    // (a statistical reporting year, from mid-December to mid-December, is the year it ends in, whole)
    ['II. SỐ LIỆU KỲ BÁO CÁO NĂM 2024 (từ 15/12/2023 đến 14/12/2024)\n\n1. Số doanh nghiệp hoạt động trong lĩnh vực công nghiệp công nghệ thông tin: 427 doanh nghiệp.', [['it_enterprises', 2024, 427]], { reportYear: 2024 }],
    ['Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/12/2024), toàn tỉnh có 427 doanh nghiệp công nghệ thông tin.', [['it_enterprises', 2024, 427]], { reportYear: 2024 }],
    // (a span of less than a year stays a part of it)
    ['Từ ngày 01/7/2024 đến ngày 14/12/2024, toàn tỉnh tiếp nhận 1.250 phản ánh qua Tổng đài 1022.', [], { reportYear: 2024 }],
    // (a row of the country in the province's table)
    ['Chỉ tiêu | Năm 2023 | Năm 2024\nTỷ lệ vị trí trạm BTS có 4G (%) | 96,8 | 99,1\nCả nước – Tỷ lệ vị trí trạm BTS có 4G (%) | 97,3 | 98,6', [['bts_4g_share', 2023, 96.8], ['bts_4g_share', 2024, 99.1]], { reportYear: 2024 }],
    ['Only 0.9% of dossiers were processed late, against 2.1% nationally.', [['late_processing_share', 2025, 0.9]], { reportYear: 2025 }],
    // (a value a correction replaces, or says the figure is not)
    ['Tổng doanh thu toàn ngành năm 2023 là 6.600,2 tỷ đồng (thay cho số ước 6.712,5 tỷ đồng đã báo cáo).', [['ict_revenue', 2023, 6600.2]], { reportYear: 2024 }],
    ['ĐÍNH CHÍNH: SỐ DOANH NGHIỆP CNTT NĂM 2024 LÀ 241 (KHÔNG PHẢI 210).', [['it_enterprises', 2024, 241]], { reportYear: 2024 }],
    ['The province had 241 IT enterprises in 2024, instead of 210 as reported earlier.', [['it_enterprises', 2024, 241]], { reportYear: 2024 }],
  ]);
});

describe('round 82: a forecast column and a scenario, an operator table’s total, a label’s flow words, an ordinal before a full stop, a share of the sentence before', () => {
  cases([
    // (a year marked as an estimate or a forecast, `2024e`, `2025f`, is no result and no plan)
    ['Table 1. Key indicators of the province, with our estimate for 2024 and our forecast for 2025.\n\nIndicator | Unit | 2023 | 2024e | 2025f\nICT sector revenue | VND bn | 14,860 | 16,900 | 19,100', [['ict_revenue', 2023, 14860, 'actual'], ['ict_revenue', 2024, 16900, 'estimate'], ['ict_revenue', 2025, 19100, 'estimate']], { reportYear: 2024 }],
    // (a forecast's or a scenario's words in a sentence that names no target)
    ['Under the base case, ICT revenue reaches VND19.1 trillion in 2025 and VND24.3 trillion in 2027.', [['ict_revenue', 2025, 19100, 'estimate'], ['ict_revenue', 2027, 24300, 'estimate']], { reportYear: 2024 }],
    ['Theo kịch bản cơ sở, doanh thu toàn ngành năm 2026 đạt khoảng 8.200 tỷ đồng.', [['ict_revenue', 2026, 8200, 'estimate']], { reportYear: 2025 }],
    ['The province aims to raise ICT revenue to VND20 trillion by 2025.', [['ict_revenue', 2025, 20000, 'target']], { reportYear: 2024 }],
    // (a table by operator: its label column is the operators', its total row the province's)
    ['STT | Doanh nghiệp | Trạm BTS đến 31/12/2023 | Trạm BTS đến 31/12/2024\n1 | Viettel | 1.046 | 1.120\n2 | VNPT | 612 | 628\n | Tổng cộng toàn tỉnh | 1.658 | 1.748', [['bts_total', 2023, 1658], ['bts_total', 2024, 1748]], { reportYear: 2024 }],
    // (a label's flow words before its colon)
    ['Trạm BTS lắp đặt mới trong năm: 168 trạm.', [], { reportYear: 2024 }],
    ['Số dịch vụ công trực tuyến mức độ 3, 4 triển khai mới trong kỳ: 87 dịch vụ.', [['online_services_new', 2024, 87]], { reportYear: 2024 }],
    // (an ordinal's suffix before a full stop ends the sentence: `41st.` is no `St.`)
    ['Back in 2020, when the Vietnam ICT Index was published for the last time, Se Quang stood 41st. We want Se Quang to be in the top 20 by the DTI 2025 edition.', [['ict_index_rank', 2020, 41]], { reportYear: 2024 }],
    // (a share whose only subject word is its base is the share the sentence before named with that base)
    ['Năm 2025, kinh tế số ước chiếm khoảng 13,5% GRDP. Mục tiêu tỉnh đặt ra là đến năm 2030 đạt 30% GRDP.', [['digital_economy_grdp_share', 2025, 13.5, 'estimate'], ['digital_economy_grdp_share', 2030, 30, 'target']], { reportYear: 2025 }],
  ]);
});

describe('round 83: both kinds named together, the same period beside a part of the year, a part of a part-year figure', () => {
  cases([
    // (both kinds named together are the whole, whatever one kind alone would rule out)
    ['6.1. Tổng số dịch vụ công trực tuyến mức độ 3 và mức độ 4 đang cung cấp: 1.402 dịch vụ.', [['online_services_total', 2024, 1402]], { reportYear: 2024 }],
    ['Số DVCTT (toàn trình và một phần) đang cung cấp trên Cổng Dịch vụ công của tỉnh là 1.588 dịch vụ.', [['online_services_total', 2024, 1588]], { reportYear: 2024 }],
    ['The provincial portal offers 1,588 online public services, full and partial.', [['online_services_total', 2024, 1588]], { reportYear: 2024 }],
    ['Tỉnh cung cấp 812 dịch vụ công trực tuyến toàn trình.', [], { reportYear: 2024 }],
    // (the same period of the year before, beside nine months of this one, is nine months too)
    ['STT | Chỉ tiêu | Đơn vị tính | Thực hiện 9 tháng năm 2024 | Cùng kỳ năm 2023 | Ước thực hiện cả năm 2024\n1 | Tổng số trạm BTS | Trạm | 2.145 | 2.012 | 2.260', [['bts_total', 2024, 2260, 'estimate']], { reportYear: 2024 }],
    ['STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Cùng kỳ năm 2023\n1 | Tổng số trạm BTS | Trạm | 2.260 | 2.012', [['bts_total', 2023, 2012], ['bts_total', 2024, 2260]], { reportYear: 2024 }],
    // (a part of a figure of nine months, in a sentence naming no period of its own)
    ['Tổng doanh thu toàn ngành 9 tháng đạt 3.412,6 tỷ đồng. Trong đó, doanh thu công nghiệp công nghệ thông tin đạt 1.208,4 tỷ đồng.', [], { reportYear: 2024 }],
    ['Tổng doanh thu toàn ngành năm 2024 đạt 4.720 tỷ đồng. Trong đó, doanh thu công nghiệp công nghệ thông tin đạt 1.700 tỷ đồng.', [['ict_revenue', 2024, 4720], ['it_revenue', 2024, 1700]], { reportYear: 2024 }],
  ]);
});

describe('round 84: a sector under a measure in a two-row header, a milestone passed, cases counted', () => {
  cases([
    // (a sector named in the lower header cell is the column's: `Doanh thu` over `Trong đó: viễn thông`)
    ['Năm | Doanh thu | Doanh thu | Nộp ngân sách nhà nước (tỷ đồng)\nNăm | Toàn ngành (tỷ đồng) | Trong đó: viễn thông (tỷ đồng) | Nộp ngân sách nhà nước (tỷ đồng)\n2023 | 5.468,0 | 2.544,1 | 310,2\n2024 | 6.120,5 | 2.690,0 | 335,0', [['ict_revenue', 2023, 5468], ['budget_contribution', 2023, 310.2], ['ict_revenue', 2024, 6120.5], ['budget_contribution', 2024, 335]], { reportYear: 2024 }],
    // (a milestone a result passed is no figure of its own; one a target is set at is the target)
    ['Năm 2024, doanh thu toàn ngành đạt 9.040 tỷ đồng, tăng 13,3% so với năm 2023 - lần đầu tiên vượt ngưỡng 9 nghìn tỷ đồng.', [['ict_revenue', 2024, 9040]], { reportYear: 2024 }],
    ['Năm 2024, doanh thu toàn ngành ước đạt gần 7,4 nghìn tỷ đồng, năm thứ hai liên tiếp vượt mốc 7 nghìn tỷ đồng.', [['ict_revenue', 2024, 7400, 'estimate']], { reportYear: 2024 }],
    ['Doanh thu toàn ngành năm 2026 phấn đấu cán mốc 5.000 tỷ đồng.', [['ict_revenue', 2026, 5000, 'target']], { reportYear: 2025 }],
    // (cases counted are no domains)
    ['In 2024 the Department reviewed the registration data of 1,530 domain names and websites, asked 12 operators to update their licences and referred 3 cases of fraudulent sites to the police.', [['domains_reviewed', 2024, 1530]], { reportYear: 2024 }],
  ]);
});

describe('round 85: a with-clause of a sector, shares by their predicate, channels, edition and release years, targets after a turn', () => {
  cases([
    // (a clause of `with` that names no sector is said of the subject before it)
    ['In 2024 postal services grew fastest, with revenue of VND640 billion.', [], { reportYear: 2024 }],
    ['Năm 2024, viễn thông vẫn là lĩnh vực có quy mô lớn nhất, với doanh thu 6.200 tỷ đồng.', [], { reportYear: 2024 }],
    ['In 2024 the sector grew 12 per cent, with revenue of VND8.3 trillion.', [['ict_revenue', 2024, 8300]], { reportYear: 2024 }],
    // (a sector's own share of GRDP is not the digital economy's; a department's name is no sector of the figure)
    ['In 2024 the digital economy made up 12.5 per cent of GRDP, while the ICT sector alone accounted for 5.1 per cent.', [['digital_economy_grdp_share', 2024, 12.5], ['grdp_share', 2024, 5.1]], { reportYear: 2024 }],
    ['Theo Sở Thông tin và Truyền thông, năm 2024 tỷ trọng kinh tế số trong GRDP của tỉnh đạt 12,6%.', [['digital_economy_grdp_share', 2024, 12.6]], { reportYear: 2024 }],
    // (the predicate after a share names what it is a share of)
    ['In 2024 the portal offered 1,050 online public services, of which 690, or 65.7 per cent, can be completed end-to-end online.', [['online_services_total', 2024, 1050], ['online_services_full_share', 2024, 65.7]], { reportYear: 2024 }],
    // (a channel named with others the catalogue keeps no count of: the whole)
    ['In 2024 the feedback system, which takes comments through the 1022 hotline, e-mail and social media, received 5,210 items.', [['feedback_total', 2024, 5210]], { reportYear: 2024 }],
    // (a share of populated areas is no share of the stations)
    ['In 2024, 4G signals covered 98.7 per cent of populated areas.', [], { reportYear: 2024 }],
    // (an edition's year, not its release date)
    ['In the DTI 2023 edition, released in May 2024, the province scored 0.5530.', [['dti_score', 2023, 0.553]], { reportYear: 2024 }],
    ['The province ranked 21st of 63 in the last Vietnam ICT Index (the 2020 edition, which assesses the year 2020).', [['ict_index_rank', 2020, 21]], { reportYear: 2023 }],
    // (a year compared with, `cao hơn năm 2024`, dates the value in brackets after it, not the target before)
    ['Năm 2025, tỷ lệ hồ sơ trực tuyến ước đạt 72%, vượt chỉ tiêu đề ra (68%) và cao hơn năm 2024 (61%).', [['online_filing_share', 2024, 61], ['online_filing_share', 2025, 72, 'estimate'], ['online_filing_share', 2025, 68, 'target']], { reportYear: 2025 }],
    // (a target named by who set it, in brackets)
    ['Năm 2025, doanh thu toàn ngành ước đạt 9.800 tỷ đồng, vượt chỉ tiêu Nghị quyết của Hội đồng nhân dân tỉnh (9.500 tỷ đồng).', [['ict_revenue', 2025, 9800, 'estimate'], ['ict_revenue', 2025, 9500, 'target']], { reportYear: 2025 }],
    // (a year after a turn to a further target is that target's)
    ['Mục tiêu năm 2026 là kinh tế số chiếm 14% GRDP và tiến tới 28% vào năm 2030.', [['digital_economy_grdp_share', 2026, 14, 'target'], ['digital_economy_grdp_share', 2030, 28, 'target']], { reportYear: 2025 }],
    // (one commune's, a component index's, firms that closed, residents trained, a numbered item: none of the province's)
    ['Tỷ lệ hồ sơ trực tuyến giữa các xã còn chênh lệch (có xã chỉ đạt 41%).', [], { reportYear: 2025 }],
    ['Năm 2024, chỉ số hạ tầng số của tỉnh đạt 0,6820 điểm, đứng thứ 9 cả nước.', [], { reportYear: 2024 }],
    ['In 2024, 41 new IT firms were registered and 17 were dissolved.', [], { reportYear: 2024 }],
    ['In 2025 the programme will train 15,000 residents in digital skills; and (4) online public services for every commune.', [], { reportYear: 2024 }],
    ['In 2023 the agencies exchanged 980,000 electronic documents. The department alone sent 12,100 of them.', [['edoc_interagency', 2023, 980000]], { reportYear: 2023 }],
  ]);
});

describe('round 86: abbreviations of slides, yearbook tables, announced years, hearsay, operators as subjects, list items', () => {
  cases([
    // (a slide's abbreviations: `DT`, `XK`, `Nộp NS`, `LĐ`, `KTS`)
    ['Năm 2024:\n• DT toàn ngành: 11.250 tỷ đồng\n• XK phần mềm: 42 triệu USD\n• Nộp NSNN: 510 tỷ đồng\n• LĐ CNTT: 8.400 người\n• KTS/GRDP: 11,2%', [['budget_contribution', 2024, 510], ['digital_economy_grdp_share', 2024, 11.2], ['ict_revenue', 2024, 11250], ['it_workforce', 2024, 8400], ['software_export', 2024, 42]], { reportYear: 2024 }],
    // (a heading that sets a target by a year is its figure's, not a year over the paragraph under it)
    ['3. Doanh thu CNTT đạt 4.100 tỷ đồng, đặt mục tiêu 7.000 tỷ đồng vào năm 2030\n\nNăm 2025, doanh thu công nghiệp CNTT ước đạt 4.100 tỷ đồng, tăng 14% so với năm 2024.', [['it_revenue', 2025, 4100, 'estimate'], ['it_revenue', 2030, 7000, 'target']], { reportYear: 2025 }],
    // (the hotline's number after `qua` is no figure)
    ['Năm 2025, tiếp nhận phản ánh qua 1022 đi vào nền nếp.', [], { reportYear: 2025 }],
    // (a request to speak is no target)
    ['Đề nghị đọc số chính xác: năm 2023 tổng doanh thu toàn ngành ước đạt 12.480 tỷ đồng.', [['ict_revenue', 2023, 12480, 'estimate']], { reportYear: 2023 }],
    // (a sentence with no figure that announces a year's figures dates those after it)
    ['The department has published its figures for 2023. IT industry revenue is put at about VND7.2 trillion.', [['it_revenue', 2023, 7200]], { reportYear: 2024 }],
    ["For 2025 the province's plan is IT industry revenue of VND9,000 billion.", [['it_revenue', 2025, 9000, 'target']], { reportYear: 2024 }],
    // (hearsay is a claim to check, not the text's figure)
    ['The province reportedly has 2,700 BTS stations.', [], { reportYear: 2024 }],
    ['Có ý kiến cho rằng doanh thu toàn ngành năm 2024 chỉ đạt 8.000 tỷ đồng.', [], { reportYear: 2024 }],
    // (the noun phrase of a list's second item starts at its conjunction)
    ['In 2025 telecom revenue is estimated at VND9,100 billion and postal revenue at VND640 billion.', [], { reportYear: 2025 }],
    // (an operator opening the sentence owns its figures)
    ['VNPT ước doanh thu năm 2024 đạt 1.180 tỷ đồng, nộp ngân sách khoảng 88 tỷ đồng.', [], { reportYear: 2024 }],
    ['- Viettel năm 2024 có 1.050 trạm BTS trên địa bàn.', [], { reportYear: 2024 }],
    // (software workers are a part of the IT workforce)
    ['Năm 2024 toàn tỉnh có 9.300 lao động CNTT; lao động phần mềm khoảng 3.900 người.', [['it_workforce', 2024, 9300]], { reportYear: 2024 }],
  ]);
});

describe('round 87: footnote marks, an edition based on a year, claims to check, agencies ranked, operators as owners', () => {
  cases([
    // (a superscript footnote mark ends the word before it)
    ['Năm 2023, các cơ quan tiết kiệm chi phí in ấn, gửi văn bản khoảng 41,2 tỷ đồng³.', [['edoc_cost_savings', 2023, 41200]], { reportYear: 2023 }],
    ['Năm 2023, tỉnh xếp thứ 31/63 với 0,4710 điểm⁵ trong bảng xếp hạng DTI.', [['dti_rank', 2023, 31], ['dti_score', 2023, 0.471]], { reportYear: 2023 }],
    // (traffic counts no stations)
    ['Năm 2023, lưu lượng truy cập qua hệ thống WiFi công cộng đạt khoảng 520 TB.', [], { reportYear: 2023 }],
    // (an edition based on a year's data)
    ['In the last Vietnam ICT Index, published in 2020 and based on 2019 data, the province ranked 40th.', [['ict_index_rank', 2019, 40]], { reportYear: 2024 }],
    // (a reader's claim is no figure)
    ['Tôi đọc được trên mạng rằng năm 2024 doanh thu toàn ngành của tỉnh chỉ đạt 2.900 tỷ đồng.', [], { reportYear: 2024 }],
    // (the departments and districts ranked by a province's own DTI are none of the province's)
    ['Trong DTI năm 2023 của tỉnh, đối với cấp sở, ngành, Sở Nội vụ dẫn đầu với 0,7410 điểm.', [], { reportYear: 2023 }],
    // (an operator owning the sentence's first figure owns the ones after it, past a semicolon, until the province returns)
    ['Tổng doanh thu của VNPT năm 2024 đạt 1.080 tỷ đồng, tăng 6%; nộp ngân sách nhà nước 81 tỷ đồng.', [], { reportYear: 2024 }],
    ['Tổng doanh thu của VNPT năm 2024 đạt 1.080 tỷ đồng; toàn tỉnh có 2.310 trạm BTS.', [['bts_total', 2024, 2310]], { reportYear: 2024 }],
  ]);
});

describe('round 88: pillar lines, the procedures system by name, alerts, partial services, a whole year under a part-year title, tables', () => {
  cases([
    // (a pillar named alone before its score and rank is a component)
    ['Kết quả DTI 2024 của tỉnh theo trụ cột:\n- Chính quyền số: 0,6120 điểm, xếp thứ 15.\n- Kinh tế số: 0,4410 điểm, xếp thứ 30.', [], { reportYear: 2024 }],
    // (the name of the procedures system names no procedures)
    ['In 2024 the provincial information system for administrative procedures received 540,200 dossiers, of which 301,500 were submitted online.', [], { reportYear: 2024 }],
    // (alerts handled are no feedback)
    ['Năm 2024, Trung tâm giám sát an toàn thông tin đã xử lý 1.310 cảnh báo về mã độc.', [], { reportYear: 2024 }],
    // (partial online services are a part of the online services)
    ['In 2024 the province offered 1,540 online public services; 980 of them are end-to-end and the other 560 are partial online services.', [['online_services_total', 2024, 1540]], { reportYear: 2024 }],
    // (a heading of the whole year ends the part of the year a title named)
    ['Kết quả 9 tháng năm 2025 của ngành\n\nƯớc cả năm vượt kế hoạch\n\nNộp ngân sách nhà nước ước đạt 452 tỷ đồng, bằng 104% kế hoạch năm.', [['budget_contribution', 2025, 452, 'estimate']], { reportYear: 2025 }],
    // (tables: a unit in the caption's bracket; rows numbered under a whole and bullets under it are its parts; a label
    // alone opens a group of its own)
    ['Table 3. Revenue, 2022-2024 (VND billion, current prices)\n\nNo. | Indicator | 2022 | 2023 | 2024\n1 | Total sector revenue | 3,900 | 4,310 | 4,820\n1.1 | Telecommunications | 2,600 | 2,840 | 3,100\n1.2 | IT industry | 730 | 870 | 1,040', [['ict_revenue', 2022, 3900], ['ict_revenue', 2023, 4310], ['ict_revenue', 2024, 4820], ['it_revenue', 2022, 730], ['it_revenue', 2023, 870], ['it_revenue', 2024, 1040]], { reportYear: 2024 }],
    ['Chỉ tiêu | Đơn vị | 2023 | 2024\nTổng doanh thu toàn ngành | Tỷ đồng | 5.560 | 6.180\n- Viễn thông | Tỷ đồng | 3.905 | 4.230\n- Công nghiệp CNTT | Tỷ đồng | 1.248 | 1.507\nGiá trị tăng thêm ngành thông tin và truyền thông |  |  | \n- Theo giá hiện hành | Tỷ đồng | 1.860 | 2.066', [['ict_revenue', 2023, 5560], ['ict_revenue', 2024, 6180], ['ict_value_added', 2023, 1860], ['ict_value_added', 2024, 2066], ['it_revenue', 2023, 1248], ['it_revenue', 2024, 1507]], { reportYear: 2024 }],
  ]);
});

describe('round 89: items of a list written as paragraphs, a lead-in closing with its year, a feedback portal by another name, the national share', () => {
  cases([
    // (paragraphs opened by ordinals are the items of the lead-in before them, dated by the year it closes with)
    ['Hội nghị thống nhất các chỉ tiêu đề xuất cho năm 2026:\n\nMột là, tổng doanh thu toàn ngành phấn đấu đạt 16 nghìn tỷ đồng.\n\nHai là, kim ngạch xuất khẩu phần mềm đạt 30 triệu USD.', [['ict_revenue', 2026, 16000, 'target'], ['software_export', 2026, 30, 'target']], { reportYear: 2025 }],
    // (the hotline and the feedback portal together are the whole)
    ['Năm 2024, đường dây nóng 1022 và Cổng phản ánh của tỉnh đã tiếp nhận 3.150 phản ánh, kiến nghị.', [['feedback_total', 2024, 3150]], { reportYear: 2024 }],
    // (the country's share is no province's)
    ['The national digital economy share is estimated at about 18.5 per cent in 2025.', [], { reportYear: 2025 }],
  ]);
});

describe('round 90: a place reached by a move, a year plan named after a share of it', () => {
  cases([
    // (an ordinal reached by a move, or followed by `place`, is a rank)
    ['The province has climbed to 17th place out of 63 provinces and cities in the 2023 Provincial Digital Transformation Index (DTI), up nine places from 26th a year earlier.', [['dti_rank', 2022, 26], ['dti_rank', 2023, 17]], { reportYear: 2024 }],
    // (the plan named after the share of it a part-year result reached is the year's target)
    ['Sáu tháng đầu năm 2024, doanh thu công nghệ thông tin đạt 498 tỷ đồng, mới bằng 43% kế hoạch cả năm là 1.160 tỷ đồng.', [['it_revenue', 2024, 1160, 'target']], { reportYear: 2024 }],
  ]);
});

describe('round 91: a year column with a mark, a phone number after an area code, the hotline by its centre', () => {
  cases([
    // (a header year with a mark, `2024*`, is still a year over a two-row header)
    ['Indicator | Unit | Year | Year | Year\nIndicator | Unit | 2022 | 2023 | 2024*\nIT enterprises | enterprises | 311 | 340 | 372', [['it_enterprises', 2022, 311], ['it_enterprises', 2023, 340], ['it_enterprises', 2024, 372]], { reportYear: 2024 }],
    // (phone numbers and the hotline's name count nothing)
    ['In 2023 residents could call 1022 (or 0297 1022 from outside the province); the hotline received 4,210 calls.', [['feedback_hotline', 2023, 4210]], { reportYear: 2023 }],
    ['In 2023 operators at the provincial 1022 information centre answered residents around the clock.', [], { reportYear: 2023 }],
  ]);
});
