import fc from 'fast-check';
import { ExtractedFact } from '@chiso/shared';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from './catalogue';
import { extract, type ExtractOptions } from './extract';
import { extractDocument } from './index';

interface Short {
  indicator: string;
  year: number;
  value: number | [number, number];
  qualifier: string;
  approx: string;
  change?: number;
  vs?: number;
  plan?: number;
}

function facts(text: string, opts: ExtractOptions = {}): Short[] {
  return extract(text, { region: 'hoa-son', reportYear: 2023, ...opts }).map((f) => ({
    indicator: f.indicator,
    year: f.year,
    value: f.value ?? [f.value_min!, f.value_max!],
    qualifier: f.qualifier,
    approx: f.approx,
    ...(f.change_pct != null ? { change: f.change_pct, vs: f.change_vs_year ?? undefined } : {}),
    ...(f.plan_pct != null ? { plan: f.plan_pct } : {}),
  }));
}

const one = (text: string, opts?: ExtractOptions): Short => {
  const fs = facts(text, opts);
  expect(fs, JSON.stringify(fs)).toHaveLength(1);
  return fs[0]!;
};

describe('units', () => {
  it('converts to the indicator unit', () => {
    expect(one('Nộp ngân sách nhà nước năm 2023 đạt 800 triệu đồng.')).toMatchObject({ indicator: 'budget_contribution', value: 0.8 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5,2 ngàn tỷ đồng.')).toMatchObject({ indicator: 'ict_revenue', value: 5200 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 25.000.000.000 đồng.')).toMatchObject({ value: 25 });
    expect(one('Tiết kiệm khoảng 2,4 tỷ đồng chi phí in ấn văn bản năm 2023.')).toMatchObject({ indicator: 'edoc_cost_savings', value: 2400 });
    expect(one('Năm 2023 có hơn 1,2 triệu văn bản điện tử được gửi, nhận liên thông.')).toMatchObject({ indicator: 'edoc_interagency', value: 1_200_000, approx: 'over' });
  });

  it('refuses a currency the indicator is not kept in', () => {
    expect(facts('Doanh thu toàn ngành năm 2023 đạt 78 triệu USD.')).toEqual([]);
    expect(facts('Kim ngạch xuất khẩu phần mềm năm 2023 đạt 780 tỷ đồng.')).toEqual([]);
  });
});

describe('years', () => {
  it('takes the year written in the sentence, after a figure, or in a comparison', () => {
    expect(one('Tổng doanh thu toàn ngành 2021 đạt 4.210 tỷ đồng.')).toMatchObject({ year: 2021 });
    expect(facts('Tỷ trọng kinh tế số trong GRDP tăng từ 12,7% năm 2021 lên 17% năm 2022.').map((f) => [f.year, f.value])).toEqual([
      [2021, 12.7],
      [2022, 17],
    ]);
    expect(facts('Doanh thu toàn ngành năm 2022 đạt 4.645 tỷ đồng, tăng 10,3% so với năm 2021 (4.210 tỷ đồng).').map((f) => [f.year, f.value])).toEqual([
      [2022, 4645],
      [2021, 4210],
    ]);
    expect(facts('Kim ngạch năm 2019 đạt 89 triệu USD, tăng 14% so với năm 2018, khi con số này là 78 triệu USD.').map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['software_export', 2019, 89],
      ['software_export', 2018, 78],
    ]);
  });

  it('falls back on the paragraph, the heading, then the report year', () => {
    const text = 'II. KẾT QUẢ NĂM 2021\n\nNăm 2021, doanh thu toàn ngành đạt 3.105 tỷ đồng. Doanh thu công nghiệp CNTT đạt 412 tỷ đồng.\n\nTỷ lệ hồ sơ trực tuyến đạt 24,3%.';
    expect(facts(text).map((f) => f.year)).toEqual([2021, 2021, 2021]);
    expect(one('Tỷ lệ hồ sơ trực tuyến đạt 24,3%.', { reportYear: 2020 })).toMatchObject({ year: 2020 });
  });

  it('reads relative years', () => {
    const text = 'Doanh thu toàn ngành năm 2019 đạt 30.050 tỷ đồng. Một năm trước đó, doanh thu toàn ngành ở mức 25.200 tỷ đồng.';
    expect(facts(text).map((f) => [f.year, f.value])).toEqual([
      [2019, 30050],
      [2018, 25200],
    ]);
    expect(one('Năm qua, tổng doanh thu toàn ngành đạt 5.200 tỷ đồng.')).toMatchObject({ year: 2023 });
  });

  it('infers the report year from the document', () => {
    const text = 'BÁO CÁO\n\nTổng kết công tác năm 2020 của ngành\n\nTỷ lệ hồ sơ nộp trực tuyến đạt 31,4%.';
    expect(extract(text, { region: 'hoa-son' })[0]).toMatchObject({ year: 2020 });
  });
});

describe('qualifiers and approximation', () => {
  it.each([
    ['Doanh thu toàn ngành năm 2023 ước đạt 5.200 tỷ đồng.', 'estimate'],
    ['Doanh thu công nghệ thông tin năm 2023 dự kiến đạt 1.340 tỷ đồng.', 'estimate'],
    ['Năm 2024, ngành phấn đấu doanh thu toàn ngành đạt 5.800 tỷ đồng.', 'target'],
    ['Năm 2023, UBND tỉnh giao chỉ tiêu doanh thu toàn ngành 5.000 tỷ đồng.', 'target'],
    ['Đến năm 2025, kinh tế số chiếm 20% GRDP.', 'target'],
    ['Năm 2023, ngành đã hoàn thành vượt mức các chỉ tiêu: doanh thu toàn ngành đạt 5.200 tỷ đồng.', 'actual'],
    ['Năm 2023, doanh thu toàn ngành đạt 5.200 tỷ đồng.', 'actual'],
  ])('%s → %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });

  it.each([
    ['hơn 9.125 ý kiến', 'over'],
    ['trên 9.125 ý kiến', 'over'],
    ['gần 9.125 ý kiến', 'under'],
    ['khoảng 9.125 ý kiến', 'about'],
    ['xấp xỉ 9.125 ý kiến', 'about'],
    ['9.125 ý kiến', 'exact'],
  ])('tiếp nhận %s → %s', (phrase, approx) => {
    expect(one(`Năm 2023, tỉnh đã tiếp nhận ${phrase} phản ánh.`).approx).toBe(approx);
  });

  it('reads a qualifier in brackets', () => {
    expect(one('Toàn ngành nộp ngân sách nhà nước năm 2023 (ước khoảng) 341 tỷ đồng.')).toMatchObject({ qualifier: 'estimate', approx: 'about' });
  });
});

describe('changes and plan attainment', () => {
  it('attaches a stated change with its base year', () => {
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, tăng 12% so với năm 2022.')).toMatchObject({ change: 12, vs: 2022 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, tăng 12% so với cùng kỳ.')).toMatchObject({ change: 12, vs: 2022 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, tăng 12% so với năm trước.')).toMatchObject({ change: 12, vs: 2022 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, giảm 3,5% so với năm 2022.')).toMatchObject({ change: -3.5, vs: 2022 });
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, bằng 109% so với cùng kỳ.')).toMatchObject({ change: 9, vs: 2022 });
  });

  it('reads plan attainment, also as an excess', () => {
    expect(one('Doanh thu toàn ngành năm 2023 đạt 5.200 tỷ đồng, đạt 102% kế hoạch.')).toMatchObject({ plan: 102 });
    expect(one('Kim ngạch xuất khẩu phần mềm năm 2023 đạt 132 triệu USD, vượt 20% kế hoạch.')).toMatchObject({ plan: 120 });
    expect(one('Duy trì 146 trạm WiFi công cộng miễn phí, đạt 97,3% so với kế hoạch.')).toMatchObject({ indicator: 'public_wifi_stations', plan: 97.3 });
  });

  it('gives two facts for a move from one level to another', () => {
    expect(facts('Tỷ lệ hồ sơ xử lý trễ hạn giảm từ 4,85% năm 2020 xuống còn 1,92%.', { reportYear: 2021 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['late_processing_share', 2020, 4.85],
      ['late_processing_share', 2021, 1.92],
    ]);
    expect(facts('Tỷ lệ hồ sơ trễ hạn giảm từ 2,4% xuống còn 0,9%.').map((f) => [f.year, f.value])).toEqual([
      [2022, 2.4],
      [2023, 0.9],
    ]);
  });

  it('keeps a target range as a range and a growth range as nothing', () => {
    expect(one('Năm 2024, phấn đấu tỷ trọng của ngành trong GRDP khoảng 8-9%.')).toMatchObject({ value: [8, 9], qualifier: 'target', year: 2024 });
    expect(one('Năm 2024, doanh thu toàn ngành phấn đấu đạt khoảng 5.800 tỷ đồng, tăng 10-11% so với năm 2023.')).not.toHaveProperty('change');
  });
});

describe('breakdowns, lists and shares', () => {
  it('reads a breakdown by channel', () => {
    const text = 'Năm 2023, tỉnh tiếp nhận 2.156 ý kiến phản ánh (trong đó 1.342 ý kiến qua đường dây nóng 1022 và 814 ý kiến qua Cổng Góp ý); đã xử lý, phản hồi 2.071 ý kiến, đạt 96,1%.';
    expect(facts(text).map((f) => [f.indicator, f.value])).toEqual([
      ['feedback_total', 2156],
      ['feedback_hotline', 1342],
      ['feedback_portal', 814],
      ['feedback_resolved', 2071],
      ['feedback_resolved_share', 96.1],
    ]);
  });

  it('pairs `lần lượt` subjects and values in order', () => {
    const text = 'Năm 2023, doanh thu công nghiệp CNTT và kim ngạch xuất khẩu phần mềm lần lượt đạt 1.340 tỷ đồng và 21,5 triệu USD.';
    expect(facts(text).map((f) => [f.indicator, f.value])).toEqual([
      ['it_revenue', 1340],
      ['software_export', 21.5],
    ]);
  });

  it('makes a bare share the share of the count before it', () => {
    const text = 'Năm 2023, mạng 4G đã được triển khai tại 1.530 vị trí trạm BTS, chiếm 80% tổng số vị trí.';
    expect(facts(text).map((f) => [f.indicator, f.value])).toEqual([
      ['bts_4g_sites', 1530],
      ['bts_4g_share', 80],
    ]);
  });

  it('tells a new count from a running total', () => {
    const text = 'Năm 2023, tỉnh triển khai mới 156 dịch vụ công trực tuyến, nâng tổng số lên 1.302 dịch vụ; hệ thống triển khai thêm 30 đơn vị.';
    expect(facts(text).map((f) => [f.indicator, f.value])).toEqual([
      ['online_services_new', 156],
      ['online_services_total', 1302],
    ]);
  });

  it('reads ranks and scores of an index; a rank move is a change, not the rank of the year before', () => {
    const text = 'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 của tỉnh đạt 0,4512 điểm, xếp thứ 21/63, tăng 6 bậc so với năm 2021.';
    expect(facts(text).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['dti_score', 2022, 0.4512],
      ['dti_rank', 2022, 21],
    ]);
    expect(one('Đà Nẵng tiếp tục dẫn đầu cả nước về Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2021.', { region: 'da-nang' })).toMatchObject({ indicator: 'dti_rank', year: 2021, value: 1 });
  });
});

describe('tables', () => {
  it('reads year columns, plan and comparison columns', () => {
    const text = [
      'Chỉ tiêu | ĐVT | Thực hiện 2020 | Kế hoạch 2021 | Ước thực hiện 2021 | So với KH (%) | So với 2020 (%)',
      'Tổng doanh thu toàn ngành | Tỷ đồng | 2.840 | 3.050 | 3.105 | 101,8 | 109,3',
      'Tổng số trạm BTS | Trạm | 1.392 | 1.450 | 1.468 | 101,2 | -',
    ].join('\n');
    expect(facts(text, { reportYear: 2021 })).toEqual([
      { indicator: 'ict_revenue', year: 2020, value: 2840, qualifier: 'actual', approx: 'exact' },
      { indicator: 'ict_revenue', year: 2021, value: 3050, qualifier: 'target', approx: 'exact' },
      { indicator: 'ict_revenue', year: 2021, value: 3105, qualifier: 'estimate', approx: 'exact', change: 9.3, vs: 2020, plan: 101.8 },
      { indicator: 'bts_total', year: 2020, value: 1392, qualifier: 'actual', approx: 'exact' },
      { indicator: 'bts_total', year: 2021, value: 1450, qualifier: 'target', approx: 'exact' },
      { indicator: 'bts_total', year: 2021, value: 1468, qualifier: 'estimate', approx: 'exact', plan: 101.2 },
    ]);
  });

  it('reads a row under its whole that names an indicator of its own, not one naming the whole again or an operator', () => {
    const text = [
      'TT | Chỉ tiêu | ĐVT | TH 2022 | KH 2023 | TH 2023',
      '1 | Tổng doanh thu toàn ngành | Tỷ đồng | 6.850 | 7.400 | 7.620',
      ' | Trong đó: - Doanh thu bưu chính | Tỷ đồng | 410 | 450 | 468',
      ' | - Doanh thu công nghệ thông tin | Tỷ đồng | 2.320 | 2.650 | 2.767',
      '2 | Tổng số trạm BTS | Trạm | 1.980 | 2.050 | 2.061',
      ' | Trong đó: - Trạm BTS của VNPT | Trạm | 812 | 850 | 861',
      ' | - Trạm BTS của Viettel | Trạm | 1.015 | 1.070 | 1.092',
      '3 | Tỷ lệ hồ sơ nộp và xử lý trực tuyến | % | 38,5 | ≥ 50 | 52,1',
    ].join('\n');
    expect(facts(text).map((f) => [f.indicator, f.year, f.value, f.qualifier, f.approx])).toEqual([
      ['ict_revenue', 2022, 6850, 'actual', 'exact'],
      ['ict_revenue', 2023, 7400, 'target', 'exact'],
      ['ict_revenue', 2023, 7620, 'actual', 'exact'],
      ['it_revenue', 2022, 2320, 'actual', 'exact'],
      ['it_revenue', 2023, 2650, 'target', 'exact'],
      ['it_revenue', 2023, 2767, 'actual', 'exact'],
      ['bts_total', 2022, 1980, 'actual', 'exact'],
      ['bts_total', 2023, 2050, 'target', 'exact'],
      ['bts_total', 2023, 2061, 'actual', 'exact'],
      ['online_filing_share', 2022, 38.5, 'actual', 'exact'],
      ['online_filing_share', 2023, 50, 'target', 'over'],
      ['online_filing_share', 2023, 52.1, 'actual', 'exact'],
    ]);
  });

  it('reads a unit cell that names what is counted: a row of BTS sites is no row of stations, its 4G sub-row is the sites`', () => {
    const text = [
      'Chỉ tiêu | Đơn vị tính | 2021 | 2022',
      '1. Số trạm BTS đang hoạt động | Trạm | 1.302 | 1.455',
      '2. Số vị trí đặt trạm BTS | Vị trí | 962 | 1.030',
      'Trong đó: vị trí có phát sóng 4G | Vị trí | 412 | 690',
      '3. Doanh nghiệp công nghệ số trên 1.000 dân | Doanh nghiệp | 0,36 | 0,41',
    ].join('\n');
    expect(facts(text, { reportYear: 2022 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['bts_total', 2021, 1302],
      ['bts_total', 2022, 1455],
      ['bts_4g_sites', 2021, 412],
      ['bts_4g_sites', 2022, 690],
      ['digital_enterprises_per_1000', 2021, 0.36],
      ['digital_enterprises_per_1000', 2022, 0.41],
    ]);
    const english = ['Indicator | Unit | 2021 | 2022', 'BTS stations | stations | 1,302 | 1,455', 'BTS locations | sites | 962 | 1,030'].join('\n');
    expect(facts(english, { reportYear: 2022 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['bts_total', 2021, 1302],
      ['bts_total', 2022, 1455],
    ]);
  });

  it('reads the abbreviated columns of a plan table: TH (result), KH (plan), ƯTH (estimate) and their comparisons', () => {
    const text = ['TT | Chỉ tiêu | ĐVT | TH 2023 | KH 2024 | ƯTH 2024 | ƯTH 2024/TH 2023 (%) | ƯTH 2024/KH 2024 (%)', '1 | Số doanh nghiệp CNTT | DN | 402 | 420 | 436 | 108,5 | 103,8'].join('\n');
    expect(facts(text, { reportYear: 2024 }).map((f) => [f.indicator, f.year, f.value, f.qualifier, f.change, f.vs, f.plan])).toEqual([
      ['it_enterprises', 2023, 402, 'actual', undefined, undefined, undefined],
      ['it_enterprises', 2024, 420, 'target', undefined, undefined, undefined],
      ['it_enterprises', 2024, 436, 'estimate', 8.5, 2023, 103.8],
    ]);
  });

  it('reads a row under its whole with the whole`s label, and a label header naming a group too, over numbered sections', () => {
    const text = [
      'STT | Lĩnh vực / Chỉ tiêu | Đơn vị tính | 2022 | 2023',
      'I | Công nghiệp CNTT | | |',
      '1 | Tổng doanh thu toàn ngành | Tỷ đồng | 4.365 | 4.862',
      ' | Trong đó: công nghiệp CNTT | Tỷ đồng | 1.497 | 1.735',
      ' | - viễn thông | Tỷ đồng | 2.178 | 2.410',
    ].join('\n');
    expect(facts(text).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['ict_revenue', 2022, 4365],
      ['ict_revenue', 2023, 4862],
      ['it_revenue', 2022, 1497],
      ['it_revenue', 2023, 1735],
    ]);
  });

  it('leaves out a column of part of the province (an IT park) beside the province`s own', () => {
    const text = ['Indicator | Unit | IT Park 2020 | Province 2019 | Province 2020', 'IT enterprises | enterprises | 42 | 196 | 214', 'IT workers | persons | 3,150 | 7,240 | 7,800'].join('\n');
    expect(facts(text, { reportYear: 2020 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['it_enterprises', 2019, 196],
      ['it_enterprises', 2020, 214],
      ['it_workforce', 2019, 7240],
      ['it_workforce', 2020, 7800],
    ]);
  });

  it('reads a group header with `số` in it (`Chương trình chuyển đổi số`) as no comparison column', () => {
    const text = [
      'TT | Chỉ tiêu | Đơn vị tính | Chương trình chuyển đổi số: mục tiêu 2025 | Chương trình chuyển đổi số: kết quả 2021 | So kế hoạch (%)',
      '1 | Tỷ trọng kinh tế số trong GRDP | % | 20 | 9,4 | 47,0',
    ].join('\n');
    expect(facts(text, { reportYear: 2021 }).map((f) => [f.indicator, f.year, f.value, f.qualifier])).toEqual([
      ['digital_economy_grdp_share', 2025, 20, 'target'],
      ['digital_economy_grdp_share', 2021, 9.4, 'actual'],
    ]);
  });

  it('reads only the total row of rows under one spanning label (`Tổng đài 1022` over its forms and `Cộng`)', () => {
    const text = [
      'Kênh tiếp nhận | Hình thức | Năm 2023 | Năm 2024',
      'Tổng đài 1022 | Cuộc gọi | 7.215 | 6.804',
      'Tổng đài 1022 | Tin nhắn SMS | 1.102 | 918',
      'Tổng đài 1022 | Cộng tổng đài 1022 | 8.317 | 7.722',
      'Cổng Góp ý | Trang web | 3.006 | 3.540',
      'Cổng Góp ý | Ứng dụng di động | 1.214 | 1.587',
    ].join('\n');
    expect(facts(text, { reportYear: 2024 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['feedback_hotline', 2023, 8317],
      ['feedback_hotline', 2024, 7722],
    ]);
  });

  it('reads years down the first column and units in the header', () => {
    const text = ['Năm | Doanh thu toàn ngành (tỷ đồng) | Tỷ lệ hồ sơ trực tuyến (%)', '2021 | 4.210 | 24,5', '2022 | 4.645 | 38,2'].join('\n');
    expect(facts(text).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['ict_revenue', 2021, 4210],
      ['online_filing_share', 2021, 24.5],
      ['ict_revenue', 2022, 4645],
      ['online_filing_share', 2022, 38.2],
    ]);
  });
});

describe('traps never become facts', () => {
  it.each([
    ['a date', 'Ngày 12/6/2018, Bưu điện thực hiện thí điểm tiếp nhận 120 hồ sơ.'],
    ['a decree number', 'Thực hiện Quyết định số 950/QĐ-TTg ngày 1/8/2018 và Nghị định số 47/2020/NĐ-CP về dịch vụ công trực tuyến.'],
    ['a resolution number', 'Theo Nghị quyết 18 và Nghị quyết 19 năm 2017, ứng dụng dịch vụ công trực tuyến.'],
    ['the hotline', 'Tiếp tục vận hành Cổng Góp ý và Đường dây nóng thống nhất 1022 để tiếp nhận ý kiến.'],
    ['a phone number', 'Điện thoại: (0236) 3840 047; đường dây nóng 1800 1567; ý kiến phản ánh xin gửi về Sở.'],
    ['an address', 'Trụ sở tại số 24 Trần Phú, tầng 24, nơi tiếp nhận ý kiến phản ánh.'],
    ['a page counter', 'Báo cáo doanh thu toàn ngành - Trang 3/12'],
    ['an ordinal', 'Năm thứ 10 liên tiếp dẫn đầu về doanh thu toàn ngành; lần thứ 3 nhận giải.'],
    ['a six-month figure', '6 tháng đầu năm 2023, doanh thu toàn ngành đạt 2.600 tỷ đồng.'],
    ['a nine-month figure', 'Đến hết tháng 9, kim ngạch xuất khẩu phần mềm đạt 83,2 triệu USD, bằng 76% kế hoạch năm.'],
    ['a quarter', 'Quý III/2023, doanh thu toàn ngành đạt 1.400 tỷ đồng.'],
    ['a mid-year stock', 'Tính đến 30/6/2023, toàn tỉnh có 2.903 trạm BTS.'],
    ['a multi-year total', 'Giai đoạn 2016-2020, tổng doanh thu toàn ngành đạt gần 29.300 tỷ đồng.'],
    ['an average', 'Doanh thu toàn ngành tăng bình quân 9,4%/năm.'],
    ['a threshold', 'Một số doanh nghiệp doanh thu trên 1.000 tỷ đồng, nộp ngân sách trên 100 tỷ đồng.'],
    ['another province', 'Trong khi đó, doanh thu toàn ngành của tỉnh Quảng Nam năm 2023 đạt 6.100 tỷ đồng.'],
    ['a national figure', 'Năm 2023, kinh tế số chiếm khoảng 14,26% GDP của cả nước.'],
    ['an operator', 'Năm 2023, riêng Viettel đã triển khai 52 trạm BTS thân thiện môi trường.'],
    ['"4.0" and "Top 10"', 'Cách mạng công nghiệp 4.0; tỉnh lọt Top 10 về chỉ số DTI.'],
    ['levels', 'Cung cấp dịch vụ công trực tuyến mức độ 3, 4 cho người dân.'],
    ['a count of something else', 'Sở tổ chức 14 lớp tập huấn về dịch vụ công trực tuyến cho 1.260 lượt cán bộ.'],
    ['a pillar rank', 'Năm 2023, riêng trụ cột chính quyền số của chỉ số DTI xếp thứ 12.'],
  ])('%s', (_, text) => {
    expect(facts(text)).toEqual([]);
  });

  it('keeps the real figure next to a trap', () => {
    expect(facts('Năm 2018, đã tiếp nhận hơn 9.125 lượt ý kiến, trong đó 4.299 lượt qua đường dây nóng 1022.').map((f) => f.value)).toEqual([9125, 4299]);
  });
});

describe('English', () => {
  it('reads English news conventions', () => {
    const text = 'In 2018, the ICT sector of Da Nang earned VND25.2 trillion in revenue, up 16 percent from 2017. Software exports reached US$78 million, 102 percent of the plan.';
    expect(facts(text, { region: 'da-nang' })).toEqual([
      { indicator: 'ict_revenue', year: 2018, value: 25200, qualifier: 'actual', approx: 'exact', change: 16, vs: 2017 },
      { indicator: 'software_export', year: 2018, value: 78, qualifier: 'actual', approx: 'exact', plan: 102 },
    ]);
  });
});

describe('rules from the blind portal article and English story', () => {
  it('a year in brackets that give their own figure stays with that figure', () => {
    const fs = facts('Tỷ lệ hồ sơ được giải quyết trực tuyến đạt 63,8% (năm 2022 là 51,2%); tỷ lệ hồ sơ giải quyết trễ hạn giảm còn 0,8%.');
    expect(fs.map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['online_filing_share', 2023, 63.8],
      ['online_filing_share', 2022, 51.2],
      ['late_processing_share', 2023, 0.8],
    ]);
  });

  it("an English story dated early in a year and speaking of 'last year' reviews the year before", () => {
    const text = 'City news\n\nJanuary 12, 2024 - Software exports reached US$152 million last year, up from US$140 million in 2022. Mobile networks will grow in 2022 and 2022.';
    expect(facts(text, { region: 'da-nang', reportYear: undefined })[0]).toMatchObject({ indicator: 'software_export', year: 2023, value: 152 });
  });

  it("'4G.' ends a sentence: a lone capital after digits is not an initial", () => {
    const fs = facts('Telecom operators ran 426 base transceiver stations in the city, including 398 sites offering 4G. Viettel alone operates 150 stations.', { region: 'da-nang' });
    expect(fs.map((f) => [f.indicator, f.value])).toEqual([
      ['bts_total', 426],
      ['bts_4g_sites', 398],
    ]);
  });

  it('says on what a report year rests: named in the text, or only guessed from the most frequent year', () => {
    const text = 'Sở đã họp bàn vào tháng 5, năm 2023.\n\nDoanh thu toàn ngành đạt 5.200 tỷ đồng.';
    const guessed = extract(text, { region: 'hoa-son' })[0]!;
    expect(guessed).toMatchObject({ indicator: 'ict_revenue', year: 2023 });
    expect(guessed.evidence.map((e) => e.code)).toEqual(expect.arrayContaining(['year.report', 'document.year-guessed']));
  });

  it("'with a score of' reads a score; 'plans to add N' is an increment", () => {
    expect(facts('Da Nang topped the Digital Transformation Index (DTI) 2022 with a score of 0.6212.', { region: 'da-nang' })).toContainEqual(expect.objectContaining({ indicator: 'dti_score', year: 2022, value: 0.6212 }));
    expect(facts('The city has 426 BTS stations and plans to add 500 stations by 2025.', { region: 'da-nang' }).map((f) => f.value)).toEqual([426]);
  });
});

describe('robustness', () => {
  const keys = new Set(defaultCatalogue().map((i) => i.key));

  it('never throws on arbitrary text and returns only valid facts of catalogue keys', () => {
    const pieces = fc.constantFrom('doanh thu toàn ngành', ' đạt ', '25.200', ' tỷ đồng', ', tăng ', '16%', ' so với năm ', '2017', '\n\n', ' | ', 'năm 2023', '(', ')', 'ước', 'hơn ', '1022', 'trong đó', ';', '.', 'lần lượt', 'từ ', ' xuống còn ', 'quý', '6 tháng');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''))), (text) => {
        const out = extract(text, { region: 'hoa-son' });
        return out.every((f) => keys.has(f.indicator) && ExtractedFact.safeParse(f).success && f.start >= 0 && f.end <= text.normalize('NFC').length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads decomposed (NFD) text like composed text', () => {
    const nfc = 'Năm 2023, doanh thu toàn ngành đạt 5.200 tỷ đồng.';
    expect(facts(nfc.normalize('NFD'))).toEqual(facts(nfc));
  });
});

/** The facts a document's bytes give, as the upload reads them (readers, then the extractor). */
async function documentFacts(text: string, region: string): Promise<[string, number, number | undefined, string][]> {
  const { facts: found } = await extractDocument(new TextEncoder().encode(text), { region });
  return found.map((f) => [f.indicator, f.year, f.value ?? undefined, f.qualifier]);
}

describe('headings of a part of the year', () => {
  it('keeps a stock at the year`s end under a heading of six months, and drops a six-month flow there', async () => {
    const html = [
      '<html><body><h1>Sở Khoa học và Công nghệ: 6 tháng vận hành sau hợp nhất</h1>',
      '<p>Ngày 30/12/2025, Sở tổng kết 6 tháng hoạt động của tỉnh.</p>',
      '<h2>Dịch vụ công trực tuyến: hơn 6 tháng, tỷ lệ nộp trực tuyến tăng nhanh</h2>',
      '<p>Sau rà soát, chuẩn hóa, ước đến ngày 31/12/2025, Cổng Dịch vụ công tỉnh cung cấp 1.874 DVCTT.</p>',
      '<p>Các cơ quan đã gửi, nhận liên thông 486.200 văn bản điện tử.</p>',
      '</body></html>',
    ].join('\n');
    expect(await documentFacts(html, 'da-nang')).toEqual([['online_services_total', 2025, 1874, 'estimate']]);
  });
});

describe('tables set with spaces under a unit line', () => {
  it('reads sector rows under a caption naming the measure, in the unit a `Unit:` line gives, with an estimate column', async () => {
    const text = [
      'Sinh Luong ICT sector, annual report 2024',
      '',
      'Table 1. Revenue of the information and communications sector by sub-sector, 2022-2024',
      'Unit: VND billion',
      '------------------------------------------------------------------------------------------',
      'Sub-sector                              2022        2023    2024 (est.)   2024 vs 2023 (%)',
      '------------------------------------------------------------------------------------------',
      'Telecommunications                     3,412       3,586       3,745           +4.4',
      'Information technology (IT industry)   2,960       3,318       3,842          +15.8',
      'TOTAL ICT SECTOR                       6,916       7,490       8,228           +9.9',
      '------------------------------------------------------------------------------------------',
    ].join('\n');
    expect(await documentFacts(text, 'da-nang')).toEqual([
      ['it_revenue', 2022, 2960, 'actual'],
      ['it_revenue', 2023, 3318, 'actual'],
      ['it_revenue', 2024, 3842, 'estimate'],
      ['ict_revenue', 2022, 6916, 'actual'],
      ['ict_revenue', 2023, 7490, 'actual'],
      ['ict_revenue', 2024, 8228, 'estimate'],
    ]);
  });
});

describe('a table of a merged province beside its former provinces', () => {
  it('reads the merged province`s column, not the former provinces`, nor their sum only when the header says so', async () => {
    const html = [
      '<html><body><h1>Rồng Châu ICT sector at a glance</h1><p>Published December 2025 by the Department of Science and Technology.</p>',
      '<table><thead><tr><th rowspan="2">Indicator</th><th colspan="2">2024 (former provinces)</th><th rowspan="2">Rồng Châu 2025 (estimate)</th></tr>',
      '<tr><th>Vân Khê</th><th>Tân Hải</th></tr></thead><tbody>',
      '<tr><td>IT enterprises</td><td>410</td><td>215</td><td>660</td></tr>',
      '<tr><td>BTS base stations</td><td>3,880</td><td>2,910</td><td>7,100</td></tr>',
      '</tbody></table>',
      '<table><thead><tr><th>Indicator</th><th>2024 (former Vân Khê and Tân Hải combined)</th><th>2025 estimate</th></tr></thead><tbody>',
      '<tr><td>IT workforce</td><td>19,800</td><td>21,500</td></tr>',
      '</tbody></table></body></html>',
    ].join('\n');
    expect(await documentFacts(html, 'rong-chau')).toEqual([
      ['it_enterprises', 2025, 660, 'estimate'],
      ['bts_total', 2025, 7100, 'estimate'],
      ['it_workforce', 2024, 19800, 'actual'],
      ['it_workforce', 2025, 21500, 'estimate'],
    ]);
  });
});

describe('a table with an index column for each pair of years', () => {
  it('gives each year the change its own column names, not the last column`s', () => {
    const table = [
      '| Chỉ tiêu | ĐVT | 2019 | 2020 | Ước tính 2021 | Chỉ số 2020/2019 (%) | Chỉ số 2021/2020 (%) | BQ 2019-2021 (%/năm) |',
      '|---|---|---|---|---|---|---|---|',
      '| Tổng doanh thu ngành TT&TT | Tỷ đồng | 5.690 | 6.210 | 6.980 | 109,1 | 112,4 | 110,8 |',
      '| Tăng trưởng doanh thu (%) | % | 11,1 | 9,1 | 12,4 | - | - | - |',
    ].join('\n');
    expect(facts(table, { reportYear: 2021 }).map((f) => [f.year, f.value, f.qualifier, f.change, f.vs])).toEqual([
      [2019, 5690, 'actual', undefined, undefined],
      [2020, 6210, 'actual', 9.1, 2019],
      [2021, 6980, 'estimate', 12.4, 2020],
    ]);
    const growth = ['| Chỉ tiêu | ĐVT | 2021 | 2022 | Tăng trưởng 2021 (%) | Tăng trưởng 2022 (%) |', '|---|---|---|---|---|---|', '| Kim ngạch xuất khẩu phần mềm | Triệu USD | 120 | 138 | 9,0 | 15,0 |'].join('\n');
    expect(facts(growth, { reportYear: 2022 }).map((f) => [f.year, f.value, f.change])).toEqual([
      [2021, 120, 9],
      [2022, 138, 15],
    ]);
  });
});

describe('a yearbook table whose unit line gives each measure its unit', () => {
  it('reads revenue in billion dong and exports in thousand dollars, and an IT services row as no public services', async () => {
    const text = [
      'Biểu 15.6. Một số chỉ tiêu chủ yếu của công nghiệp công nghệ thông tin',
      'Đơn vị tính: Doanh nghiệp – doanh nghiệp; doanh thu – tỷ đồng; kim ngạch xuất khẩu – nghìn USD',
      '',
      'Chỉ tiêu | 2020 | 2021 | 2022',
      '---|---|---|---',
      'Số doanh nghiệp công nghệ thông tin | 142 | 157 | 171',
      'Doanh thu công nghiệp công nghệ thông tin | 4.407,9 | 5.036,2 | 5.662,0',
      '- Dịch vụ công nghệ thông tin | 689,5 | 791,6 | 896,1',
      'Kim ngạch xuất khẩu phần mềm | 4.406 | 5.128 | 6.037',
    ].join('\n');
    const got = facts(text, { region: 'trau-linh', reportYear: 2022 }).map((f) => [f.indicator, f.year, f.value]);
    expect(got).toEqual([
      ['it_enterprises', 2020, 142],
      ['it_enterprises', 2021, 157],
      ['it_enterprises', 2022, 171],
      ['it_revenue', 2020, 4407.9],
      ['it_revenue', 2021, 5036.2],
      ['it_revenue', 2022, 5662],
      ['software_export', 2020, 4.406],
      ['software_export', 2021, 5.128],
      ['software_export', 2022, 6.037],
    ]);
  });

  it('reads a Vietnamese unit line over the table (Đơn vị tính: tỷ đồng)', () => {
    const text = ['Đơn vị tính: tỷ đồng', '', 'Chỉ tiêu | 2021 | 2022', '---|---|---', 'Doanh thu công nghiệp CNTT | 5.036,2 | 5.662,0'].join('\n');
    expect(facts(text, { reportYear: 2022 }).map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['it_revenue', 2021, 5036.2],
      ['it_revenue', 2022, 5662],
    ]);
  });
});

describe('a change whose own clause names another subject', () => {
  it('is not the change of the figure before it', () => {
    const got = facts('Năm 2023, doanh thu công nghiệp công nghệ thông tin (CNTT) đạt 3.962 tỷ đồng, kim ngạch xuất khẩu phần mềm tăng 21%.');
    expect(got.map((f) => [f.indicator, f.value, f.change])).toEqual([['it_revenue', 3962, undefined]]);
    const own = facts('Năm 2023, doanh thu công nghiệp công nghệ thông tin đạt 3.962 tỷ đồng, tăng 15,7% so với năm 2022.');
    expect(own.map((f) => [f.indicator, f.value, f.change])).toEqual([['it_revenue', 3962, 15.7]]);
  });
});

describe('an appendix of targets under a two-row header, the years in the second row', () => {
  it('gives the baseline its year and each target column its own', async () => {
    const text = [
      'Phụ lục: Các chỉ tiêu chủ yếu về chuyển đổi số đến năm 2025',
      '',
      'TT\tChỉ tiêu\tĐơn vị tính\tHiện trạng năm 2021\tMục tiêu\t\t\t\tGhi chú',
      '\t\t\t\t2022\t2023\t2024\t2025\t',
      '(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)',
      '1\tSố doanh nghiệp công nghệ thông tin\tDoanh nghiệp\t286\t310\t340\t370\t400\t-',
    ].join('\n');
    expect(await documentFacts(text, 'giau-phong')).toEqual([
      ['it_enterprises', 2021, 286, 'actual'],
      ['it_enterprises', 2022, 310, 'target'],
      ['it_enterprises', 2023, 340, 'target'],
      ['it_enterprises', 2024, 370, 'target'],
      ['it_enterprises', 2025, 400, 'target'],
    ]);
  });
});

describe('a title in capitals wrapped after a comma', () => {
  it('is one title naming a review and the next year`s tasks, no heading of targets over the speech', async () => {
    const text = [
      '                    BÀI PHÁT BIỂU',
      '       TẠI HỘI NGHỊ TỔNG KẾT CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024,',
      '                  TRIỂN KHAI NHIỆM VỤ NĂM 2025',
      '',
      'Thưa các đồng chí!',
      '',
      'Tỷ lệ hồ sơ giải quyết trễ hạn so với năm trước giảm từ 1,9% xuống 0,6%. Mật độ doanh nghiệp công nghệ số của tỉnh đạt 0,94 doanh nghiệp trên 1.000 dân.',
    ].join('\n');
    expect(await documentFacts(text, 'tai-phong')).toEqual([
      ['late_processing_share', 2023, 1.9, 'actual'],
      ['late_processing_share', 2024, 0.6, 'actual'],
      ['digital_enterprises_per_1000', 2024, 0.94, 'actual'],
    ]);
  });
});

describe('a ranking table of a region with a column of ranks within the region', () => {
  it('reads the national ranks and the score, not the rank within the region', async () => {
    const text = [
      'Bảng 3. Kết quả Chỉ số DTI năm 2023 các tỉnh, thành phố vùng Bắc Trung Bộ và Duyên hải miền Trung',
      '',
      '| Xếp hạng trong vùng | Tỉnh, thành phố | Điểm DTI 2023 | Xếp hạng cả nước 2023 | Xếp hạng cả nước 2022 |',
      '|---|---|---|---|---|',
      '| 8 | Hà Tĩnh | 0,5089 | 23 | 19 |',
      '| 9 | Vy Lộc | 0,4918 | 26 | 31 |',
      '| 10 | Quảng Ngãi | 0,4870 | 28 | 35 |',
    ].join('\n');
    const found = await documentFacts(text, 'vy-loc');
    expect(found).toContainEqual(['dti_rank', 2023, 26, 'actual']);
    expect(found).toContainEqual(['dti_rank', 2022, 31, 'actual']);
    expect(found).not.toContainEqual(['dti_rank', 2023, 9, 'actual']);
  });
});

describe('parts listed after a paragraph that gave the whole', () => {
  it('reads each channel as a part across semicolons, and a channel of no indicator as none', async () => {
    const text = [
      'Trong năm 2023, hệ thống đã tiếp nhận tổng cộng 12.468 phản ánh, kiến nghị của người dân và doanh nghiệp, tăng 23,6% so với năm 2022 (10.088 phản ánh, kiến nghị).',
      '',
      'Trong đó, tổng đài 1022 vẫn là kênh được người dân sử dụng nhiều nhất với 7.215 phản ánh; Cổng tiếp nhận phản ánh trực tuyến tiếp nhận 2.147 phản ánh; ứng dụng di động tiếp nhận 2.684 phản ánh; số còn lại được gửi qua thư điện tử.',
    ].join('\n');
    expect(await documentFacts(text, 'khoa-dien')).toEqual([
      ['feedback_total', 2023, 12468, 'actual'],
      ['feedback_total', 2022, 10088, 'actual'],
      ['feedback_hotline', 2023, 7215, 'actual'],
      ['feedback_portal', 2023, 2147, 'actual'],
    ]);
  });
});

describe('the index a figureless sentence names last', () => {
  it('is the one `that ranking` refers to', async () => {
    const text = [
      'Oanh Phước climbs the digital rankings',
      '',
      'Published 20 September 2023. The province ranked 29th in the DTI 2022.',
      '',
      'Before the DTI was introduced, provinces were compared through the Vietnam ICT Index, which the ministry published each year until its 2020 edition.',
      '',
      'The province hovered in the lower half of that ranking, placing 44th in 2018, 41st in 2019 and 36th in 2020.',
    ].join('\n');
    expect(await documentFacts(text, 'oanh-phuoc')).toEqual([
      ['dti_rank', 2022, 29, 'actual'],
      ['ict_index_rank', 2018, 44, 'actual'],
      ['ict_index_rank', 2019, 41, 'actual'],
      ['ict_index_rank', 2020, 36, 'actual'],
    ]);
  });
});

describe('list items of a web page written without a full stop', () => {
  it('reads each item as a sentence of its own, each with its own subject', async () => {
    const html = [
      '<html><body><h1>Văn bản điện tử năm 2024</h1><p>Ngày 10/01/2025.</p>',
      '<p><strong>Một số con số năm 2024</strong></p>',
      '<ul><li>612 cơ quan, đơn vị sử dụng Hệ thống quản lý văn bản (năm 2023: 575)</li>',
      '<li>1.248.360 văn bản điện tử gửi, nhận liên thông (năm 2023: 1.036.915)</li></ul>',
      '</body></html>',
    ].join('\n');
    expect(await documentFacts(html, 'nhu-linh')).toEqual([
      ['edoc_agencies', 2024, 612, 'actual'],
      ['edoc_agencies', 2023, 575, 'actual'],
      ['edoc_interagency', 2024, 1248360, 'actual'],
      ['edoc_interagency', 2023, 1036915, 'actual'],
    ]);
  });
});

describe('a table by agency with the province total in its last row', () => {
  it('reads the total row by its columns (the caption naming a total column), and no agency row', async () => {
    const text = [
      'Biểu 01. SỐ LƯỢNG DỊCH VỤ CÔNG TRỰC TUYẾN (DVCTT) THEO CƠ QUAN CHỦ TRÌ',
      '',
      '| STT | Cơ quan chủ trì | Tổng DVCTT | Tổng DVCTT | Thực hiện năm 2024 | Thực hiện năm 2024 | Thực hiện năm 2024 |',
      '|     |                 | TH năm 2023 | KH năm 2024 | Toàn trình | Một phần | Tổng |',
      '|---|---|---|---|---|---|---|',
      '| 1 | Sở Thông tin và Truyền thông | 44 | 45 | 41 | 4 | 45 |',
      '| 2 | Sở Tư pháp | 124 | 128 | 98 | 36 | 134 |',
      '| 3 | UBND cấp huyện (áp dụng chung) | 196 | 208 | 115 | 105 | 220 |',
      '| | Tổng cộng toàn tỉnh | 1.590 | 1.650 | 1.182 | 537 | 1.719 |',
    ].join('\n');
    expect(await documentFacts(text, 'thinh-dien')).toEqual([
      ['online_services_total', 2023, 1590, 'actual'],
      ['online_services_total', 2024, 1650, 'target'],
      ['online_services_total', 2024, 1719, 'actual'],
    ]);
  });

  it('takes a column of a named share with its (%) as a value, not a comparison', async () => {
    const text = [
      'Biểu 02. TIẾP NHẬN HỒ SƠ THỦ TỤC HÀNH CHÍNH TRỰC TUYẾN NĂM 2024',
      '',
      '| STT | Cơ quan, đơn vị | Tỷ lệ hồ sơ trực tuyến TH năm 2023 (%) | Tỷ lệ hồ sơ trực tuyến KH năm 2024 (%) | Tỷ lệ hồ sơ trực tuyến TH năm 2024 (%) | So KH (%) |',
      '|---|---|---|---|---|---|',
      '| 1 | Sở Tư pháp | 71,2 | 80 | 78,2 | 97,8 |',
      '| 2 | Huyện Vân Kiều | 36,2 | 55 | 48,8 | 88,7 |',
      '| | TOÀN TỈNH | 47,8 | 60 | 62,8 | 104,7 |',
    ].join('\n');
    expect(await documentFacts(text, 'thinh-dien')).toEqual([
      ['online_filing_share', 2023, 47.8, 'actual'],
      ['online_filing_share', 2024, 60, 'target'],
      ['online_filing_share', 2024, 62.8, 'actual'],
    ]);
  });
});

describe('list items labelled with a former province', () => {
  it('reads none of an item that opens with another province`s name and a colon, the merged province`s sum after them', async () => {
    const text = [
      'BÁO CÁO TÌNH HÌNH SÁU THÁNG SAU HỢP NHẤT',
      '',
      'Tình hình của hai tỉnh trước hợp nhất năm 2024:',
      '',
      '- Tỉnh Vĩnh Trà: doanh thu toàn ngành đạt 7.845 tỷ đồng; nộp ngân sách nhà nước 692 tỷ đồng; tỷ lệ hồ sơ trực tuyến đạt 61,2%. Chỉ số DTI năm 2024 đạt 0,6288 điểm, xếp thứ 24/63.',
      '',
      '- Tỉnh Đông Khê: doanh thu toàn ngành đạt 4.362 tỷ đồng; nộp ngân sách nhà nước 354 tỷ đồng. Chỉ số DTI năm 2024 đạt 0,5391 điểm, xếp thứ 51/63.',
      '',
      'Tính gộp số liệu của hai tỉnh, năm 2024 doanh thu toàn ngành trên địa bàn tỉnh Trạch Giang đạt 12.207 tỷ đồng.',
    ].join('\n');
    expect(await documentFacts(text, 'trach-giang')).toEqual([['ict_revenue', 2024, 12207, 'actual']]);
  });
});

describe('a share compared with, its year after its base', () => {
  it('dates the share by the year after its base, past the base`s own count', async () => {
    const text = 'Published 3 March 2025.\n\nBy 2024, 60.5 per cent of the 1,712 procedures could be done online, compared with 22.8 per cent of a then-longer list of 1,807 procedures in 2020.';
    const found = await documentFacts(text, 'quyen-thanh');
    expect(found).toContainEqual(['online_services_share', 2020, 22.8, 'actual']);
    expect(found.filter(([key, , value]) => key === 'online_services_share' && value === 22.8)).toHaveLength(1);
  });
});

describe('a table of feedback by channel', () => {
  it('reads each channel`s row, the total row by the caption`s measure, and no share or result column as the row`s', async () => {
    const text = [
      'Bảng 1. Số lượng ý kiến phản ánh, kiến nghị tiếp nhận theo kênh, năm 2024 - 2025',
      '(Đơn vị tính: ý kiến)',
      '',
      'STT | Kênh tiếp nhận | Năm 2024 | Năm 2025 | Đã xử lý, phản hồi năm 2025 | Tỷ trọng năm 2025 (%)',
      '1 | Tổng đài 1022 (gọi điện) | 6.412 | 5.187 | 5.010 | 28,4',
      '2 | Cổng tiếp nhận phản ánh trực tuyến | 3.905 | 5.264 | 5.102 | 28,8',
      '3 | Zalo OA "Tổng đài 1022" | 1.276 | 3.411 | 3.300 | 18,7',
      '  | Tổng cộng | 14.225 | 18.280 | 17.356 | 100',
    ].join('\n');
    const found = await documentFacts(text, 'duyen-phuoc');
    expect(found).toEqual(expect.arrayContaining([
      ['feedback_hotline', 2024, 6412, 'actual'],
      ['feedback_hotline', 2025, 5187, 'actual'],
      ['feedback_portal', 2024, 3905, 'actual'],
      ['feedback_portal', 2025, 5264, 'actual'],
      ['feedback_total', 2024, 14225, 'actual'],
      ['feedback_total', 2025, 18280, 'actual'],
    ]));
    expect(found.filter(([key]) => key === 'feedback_hotline' || key === 'feedback_portal')).toHaveLength(4);
  });
});

describe('a comparison column after a part of the year', () => {
  it('leaves the whole year estimate without the part’s attainment of the plan', () => {
    const text = [
      'Biểu 01. Một số chỉ tiêu chủ yếu năm 2024',
      '',
      'TT | Chỉ tiêu | ĐVT | KH 2024 | TH 6 tháng | % so KH | Ước cả năm',
      '1 | Tổng doanh thu toàn ngành TT&TT | Tỷ đồng | 7.500 | 3.612,4 | 48,2 | 7.650',
      '2 | Nộp ngân sách nhà nước | Tỷ đồng | 520 | 251,7 | 48,4 | 530',
    ].join('\n');
    const found = facts(text, { reportYear: 2024 }).filter((f) => f.qualifier === 'estimate');
    expect(found.map((f) => [f.indicator, f.year, f.value])).toEqual([
      ['ict_revenue', 2024, 7650],
      ['budget_contribution', 2024, 530],
    ]);
    expect(found.every((f) => f.plan === undefined)).toBe(true);
  });

  it('still gives the result its attainment when the comparison follows it', () => {
    const text = ['TT | Chỉ tiêu | ĐVT | KH 2024 | TH 2024 | % so KH', '1 | Tổng doanh thu toàn ngành TT&TT | Tỷ đồng | 7.500 | 7.650 | 102,0'].join('\n');
    expect(facts(text, { reportYear: 2024 }).find((f) => f.value === 7650)).toMatchObject({ plan: 102 });
  });
});

describe('a plan table whose years stand under one cell of the period', () => {
  it('reads each year of the period as that year’s target, and the year before as its estimate', async () => {
    const text = [
      'NGHỊ QUYẾT về kế hoạch chuyển đổi số giai đoạn 2026 - 2030',
      '',
      '| TT | Chỉ tiêu               | Năm 2025  |    Chỉ tiêu kế hoạch giai đoạn 2026 - 2030     | Tăng bình quân  |',
      '|    |                        | (ước đạt) | 2026    | 2027    | 2028    | 2029    | 2030    | (%/năm)         |',
      '|----|------------------------|-----------|---------|---------|---------|---------|---------|-----------------|',
      '| 1  | Số doanh nghiệp CNTT   | 540       | 580     | 630     | 680     | 740     | 800     | 8,2             |',
      '| 2  | Lao động CNTT          | 7.200     | 8.000   | 9.000   | 10.000  | 11.000  | 12.000  | 10,8            |',
    ].join('\n');
    const found = await documentFacts(text, 'ghe-chau');
    expect(found.filter(([key]) => key === 'it_enterprises')).toEqual([
      ['it_enterprises', 2025, 540, 'estimate'],
      ['it_enterprises', 2026, 580, 'target'],
      ['it_enterprises', 2027, 630, 'target'],
      ['it_enterprises', 2028, 680, 'target'],
      ['it_enterprises', 2029, 740, 'target'],
      ['it_enterprises', 2030, 800, 'target'],
    ]);
    expect(found.filter(([key]) => key === 'it_workforce')).toHaveLength(6);
  });
});

describe('a cover dated with a month and year alone', () => {
  it('reads an expected figure of the year under way as an estimate, and a later year`s as a target', async () => {
    const text = [
      'NAM VIEN PROVINCE',
      'INVESTMENT PROFILE',
      '',
      'October 2024',
      '',
      'Total revenue of the ICT sector reached VND8,460 billion in 2023.',
      'In 2023 the province had 412 IT enterprises employing 9,870 people; software exports were US$42.6 million in 2023.',
      '',
      '•   Revenue of the sector is expected to reach about VND9.3 trillion in 2024.',
      '•   Revenue of the sector is expected to reach about VND10.5 trillion in 2025.',
    ].join('\n');
    expect(await documentFacts(text, 'nam-vien')).toEqual([
      ['ict_revenue', 2023, 8460, 'actual'],
      ['it_enterprises', 2023, 412, 'actual'],
      ['it_workforce', 2023, 9870, 'actual'],
      ['software_export', 2023, 42.6, 'actual'],
      ['ict_revenue', 2024, 9300, 'estimate'],
      ['ict_revenue', 2025, 10500, 'target'],
    ]);
  });

  it('keeps the year a brief of the year`s first months reviews (`April 2025` over a review of 2024)', async () => {
    const text = ['POLICY BRIEF', 'April 2025', '', 'In 2024 the province had 412 IT enterprises, up from 380 in 2023.', 'Software exports reached US$12 million in 2024.', '', 'Mobile operators ran 1,508 base transceiver stations.'].join('\n');
    expect(await documentFacts(text, 'nam-vien')).toContainEqual(['bts_total', 2024, 1508, 'actual']);
  });
});

describe('an open-data page of two years laid out as definition lists under ranked headings', () => {
  it('dates each list by the year of the heading above its section, and keeps each figure with its term', async () => {
    const section = (year: number, revenue: string, firms: string) =>
      `<section><h2>Năm ${year}</h2><div class="card"><h3>Doanh thu toàn ngành</h3><dl><dt>Tổng doanh thu toàn ngành Thông tin và Truyền thông</dt><dd>${revenue} <small>tỷ đồng</small></dd></dl></div>` +
      `<div class="card"><h3>Doanh nghiệp</h3><dl><dt>Số doanh nghiệp công nghệ thông tin đang hoạt động</dt><dd>${firms} <small>doanh nghiệp</small></dd></dl></div></section>`;
    const html = [
      '<html><body><main><h1>Số liệu thống kê ngành Thông tin và Truyền thông tỉnh Nam Viên</h1>',
      '<p>Trang công bố các chỉ tiêu chủ yếu của ngành thông tin và truyền thông của tỉnh theo từng năm, cập nhật định kỳ.</p>',
      section(2024, '7.126,4', '412'),
      section(2023, '6.374,2', '389'),
      '</main></body></html>',
    ].join('\n');
    expect(await documentFacts(html, 'nam-vien')).toEqual([
      ['ict_revenue', 2024, 7126.4, 'actual'],
      ['it_enterprises', 2024, 412, 'actual'],
      ['ict_revenue', 2023, 6374.2, 'actual'],
      ['it_enterprises', 2023, 389, 'actual'],
    ]);
  });
});

describe('a slide deck’s chart data', () => {
  it('reads each year of the chart as the indicator its title names, in its unit; an estimate year as an estimate and a part of a year as nothing', async () => {
    const text = ['Slide 5', 'STEADY GROWTH', '', '[Chart: Total ICT sector revenue, VND trillion]', '2022: 11.0', '2023: 12.6', '2024e: 14.1', '9M-2024: 10.2', '', 'Speaker notes:', 'Even during COVID the sector kept growing.'].join('\n');
    expect(await documentFacts(text, 'nam-vien')).toEqual([
      ['ict_revenue', 2022, 11000, 'actual'],
      ['ict_revenue', 2023, 12600, 'actual'],
      ['ict_revenue', 2024, 14100, 'estimate'],
    ]);
  });
});

describe('a page that states the year of its figures', () => {
  it('dates its undated figures by the year it names for them, not by the date it was updated', async () => {
    const html = [
      '<html><body><main><h1>Digital transformation in numbers: your questions answered</h1>',
      '<p>Last updated: 14 November 2025. This page collects the questions we are most often asked by investors, journalists and students.</p>',
      '<p>Unless stated otherwise, figures for 2024 are the final figures of the sector’s annual review.</p>',
      '<h2>How many IT companies are there?</h2><p>There are 412 IT enterprises registered and operating in the province.</p>',
      '</main></body></html>',
    ].join('\n');
    expect(await documentFacts(html, 'nam-vien')).toEqual([['it_enterprises', 2024, 412, 'actual']]);
  });
});

describe('a yearbook table set with spaces, in two languages', () => {
  it('reads footnoted figures, a unit written twice, a label over the rows it measures, a flow row, and no page of the contents', async () => {
    const text = [
      'Biểu - Table                                                          Trang - Page',
      '301  Một số chỉ tiêu về công nghệ thông tin năm 2024                        612',
      '',
      '301. Một số chỉ tiêu về công nghệ thông tin',
      '------------------------------------------------------------------------------------------',
      '                                             Đơn vị tính        2022        2023       2024',
      '                                             Unit',
      '------------------------------------------------------------------------------------------',
      'Giá trị tăng thêm ngành Thông tin và Truyền thông',
      'Value added of information and communication',
      '  Theo giá hiện hành - At current prices     Tỷ đồng         2.840,1     3.102,6   3.455,0',
      '  Theo giá so sánh 2010 - At constant prices Tỷ đồng         1.990,4     2.120,8   2.281,3',
      'Doanh thu công nghiệp công nghệ thông tin    Tỷ đồng      1.410,5(1)     1.622,0   1.874,9',
      'IT industry revenue                          Bill. VND',
      'Số vị trí trạm BTS                           Vị trí            1.102       1.160     1.214',
      'Number of BTS sites                          Site',
      'Dịch vụ công trực tuyến triển khai mới       Dịch vụ             121          96        58',
      'New online public services                   Service',
      '------------------------------------------------------------------------------------------',
      '(1) Số liệu đã điều chỉnh.',
    ].join('\n');
    expect(await documentFacts(text, 'nam-vien')).toEqual([
      ['ict_value_added', 2022, 2840.1, 'actual'],
      ['ict_value_added', 2023, 3102.6, 'actual'],
      ['ict_value_added', 2024, 3455, 'actual'],
      ['it_revenue', 2022, 1410.5, 'actual'],
      ['it_revenue', 2023, 1622, 'actual'],
      ['it_revenue', 2024, 1874.9, 'actual'],
      ['online_services_new', 2022, 121, 'actual'],
      ['online_services_new', 2023, 96, 'actual'],
      ['online_services_new', 2024, 58, 'actual'],
    ]);
  });
});

describe('an e-mail that quotes an earlier message', () => {
  it('reads the quoted message without its marks, its figures dated by the year it announces', async () => {
    const text = [
      'Subject: Re: figures',
      '',
      'Dear members, please find the update below.',
      '',
      '> On Mon, 15 Jan 2024 at 10:02, Secretariat wrote:',
      '>',
      '> The department has shared its preliminary figures for 2023. IT industry revenue',
      '> is estimated at about VND6.4 trillion.',
      '>',
      '> Best regards,',
    ].join('\n');
    expect(await documentFacts(text, 'nam-vien')).toEqual([['it_revenue', 2023, 6400, 'estimate']]);
  });
});
