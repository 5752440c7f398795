import { describe, expect, it } from 'vitest';
import { blockTexts, expectWellFormed, rowsOf } from './fixtures/invariants';
import { readText } from './text';
import { ReadError } from './types';

const read = (s: string) => readText(new TextEncoder().encode(s));

describe('readText', () => {
  it('strips the BOM, normalises spaces and invisible characters, and makes CRLF into LF', () => {
    const doc = read('\ufeffDoanh thu\u00a0đạt 8\u202f740 tỷ\u200b đồng.\r\n\r\nTỷ lệ đạt 98,1\u00a0%.\r\n');
    expect(doc.text).toBe('Doanh thu đạt 8 740 tỷ đồng.\n\nTỷ lệ đạt 98,1 %.');
    expect(blockTexts(doc)).toEqual(['Doanh thu đạt 8 740 tỷ đồng.', 'Tỷ lệ đạt 98,1 %.']);
    expectWellFormed(doc);
  });

  it('returns NFC text for NFD input', () => {
    const doc = read('Kim ngạch xuất khẩu phần mềm đạt 78 triệu USD.'.normalize('NFD'));
    expect(doc.text).toBe('Kim ngạch xuất khẩu phần mềm đạt 78 triệu USD.');
    expect(/xuất khẩu/.test(doc.text)).toBe(true);
    expectWellFormed(doc);
  });

  it('cuts paragraphs at blank lines and rejoins lines wrapped inside a sentence', () => {
    const doc = read('BÁO CÁO\nSơ kết công tác 6 tháng đầu năm 2021,\nnhiệm vụ 6 tháng cuối năm\n\n\n\nĐoạn hai.');
    expect(blockTexts(doc)).toEqual(['BÁO CÁO\nSơ kết công tác 6 tháng đầu năm 2021, nhiệm vụ 6 tháng cuối năm', 'Đoạn hai.']);
    expectWellFormed(doc);
  });

  it('marks headings and list items', () => {
    const doc = read('II. KẾT QUẢ THỰC HIỆN\n\n1. Các chỉ tiêu kinh tế\n\nNơi nhận:\n- Bộ TT&TT;\n- UBND tỉnh.\n\nĐoạn văn.');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph', 'list_item', 'list_item', 'paragraph']);
    expect(doc.text).toContain('Nơi nhận:\n\n- Bộ TT&TT;\n- UBND tỉnh.');
    expectWellFormed(doc);
  });

  it('reads a table set with spaces: figures aligned in columns, the header lines above joined per column', () => {
    const doc = read(
      [
        'Biểu 265. Một số chỉ tiêu chủ yếu',
        '',
        '                         Tổng doanh   Số trạm   Thuê bao',
        '                         thu ngành    BTS       di động',
        '                         (Tỷ đồng)    (Trạm)    (Nghìn thuê',
        '                                                bao)',
        '2021                       2.236      1.476      566,9',
        'Sơ bộ 2022                 2.431      1.563      580,3',
        '',
        'Doanh thu  tăng  khá, đạt 2.431 tỷ đồng.',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([' | Tổng doanh thu ngành (Tỷ đồng) | Số trạm BTS (Trạm) | Thuê bao di động (Nghìn thuê bao)', '2021 | 2.236 | 1.476 | 566,9', 'Sơ bộ 2022 | 2.431 | 1.563 | 580,3']);
    expect(doc.tables?.map((t) => t.headerRows)).toEqual([1]);
    // a sentence with double spaces and one figure is no table
    expect(doc.blocks.at(-1)?.kind).toBe('paragraph');
    expect(blockTexts(doc).at(-1)).toBe('Doanh thu  tăng  khá, đạt 2.431 tỷ đồng.');
    // (not `expectWellFormed`: a header row whose corner cell is empty starts with ` | `, as an HTML table's does)
  });

  it('reads a table set with spaces that has a unit column, rules of dashes, dashes for missing figures and a label wrapped onto a second line', () => {
    const doc = read(
      [
        '-------------------------------------------------------------------',
        'Chỉ tiêu                       Đơn vị tính     2021      2022     Ước TH',
        '                                                                   2023',
        '-------------------------------------------------------------------',
        '1. Doanh thu toàn ngành        Tỷ đồng        4.597     5.215     5.861',
        '2. Tỷ lệ hồ sơ TTHC nộp và     %                  -      35,2      52,7',
        '   xử lý trực tuyến',
        '-------------------------------------------------------------------',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Đơn vị tính | 2021 | 2022 | Ước TH 2023',
      '1. Doanh thu toàn ngành | Tỷ đồng | 4.597 | 5.215 | 5.861',
      '2. Tỷ lệ hồ sơ TTHC nộp và xử lý trực tuyến | % | - | 35,2 | 52,7',
    ]);
    expectWellFormed(doc);
  });

  it('reads a numbered label whose figures stand on its second line as that row, not the rest of the row above', () => {
    const doc = read(
      [
        '                                              Đơn vị tính     2022       2023   Sơ bộ 2024',
        '-------------------------------------------------------------------------------------------',
        '1. Số dịch vụ công trực tuyến                 Dịch vụ        1.265      1.318        1.352',
        '   (từ năm 2022: một phần và toàn trình)',
        '2. Tỷ lệ dịch vụ công trực tuyến toàn trình trên',
        '   tổng số dịch vụ công trực tuyến            %               48,3       53,3         58,1',
        '3. Tỷ lệ hồ sơ nộp và xử lý',
        '   trực tuyến                                 %               41,7       52,8         63,4',
        '-------------------------------------------------------------------------------------------',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      ' | Đơn vị tính | 2022 | 2023 | Sơ bộ 2024',
      '1. Số dịch vụ công trực tuyến (từ năm 2022: một phần và toàn trình) | Dịch vụ | 1.265 | 1.318 | 1.352',
      '2. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số dịch vụ công trực tuyến | % | 48,3 | 53,3 | 58,1',
      '3. Tỷ lệ hồ sơ nộp và xử lý trực tuyến | % | 41,7 | 52,8 | 63,4',
    ]);
  });

  it('repeats a header cell drawn over several columns in each of them, placed by its bars', () => {
    const doc = read(
      [
        '| TT | Chỉ tiêu               | Năm 2025  |    Chỉ tiêu kế hoạch giai đoạn 2026 - 2030     | Tăng bình quân  |',
        '|    |                        | (ước đạt) | 2026    | 2027    | 2028    | 2029    | 2030    | (%/năm)         |',
        '|----|------------------------|-----------|---------|---------|---------|---------|---------|-----------------|',
        '| 1  | Số doanh nghiệp CNTT   | 540       | 580     | 630     | 680     | 740     | 800     | 8,2             |',
        '| 2  | Lao động CNTT          | 7.200     | 8.000   | 9.000   | 10.000  | 11.000  | 12.000  | 10,8            |',
      ].join('\n'),
    );
    expect(rowsOf(doc).slice(0, 2)).toEqual([
      'TT | Chỉ tiêu | Năm 2025 | Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 | Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 | Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 | Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 | Chỉ tiêu kế hoạch giai đoạn 2026 - 2030 | Tăng bình quân',
      ' |  | (ước đạt) | 2026 | 2027 | 2028 | 2029 | 2030 | (%/năm)',
    ]);
  });

  it('reads a table set with spaces whose rows number themselves in a column of their own', () => {
    const doc = read(
      [
        'No.  Indicator                     Unit          Plan 2023   Result 2023   vs plan (%)',
        '---  ----------------------------  ------------  ---------   -----------   -----------',
        '1    Total ICT sector revenue      VND billion       9,300         9,512         102.3',
        '2    IT enterprises in operation   enterprises         340           347         102.1',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'No. Indicator | Unit | Plan 2023 | Result 2023 | vs plan (%)',
      '1 Total ICT sector revenue | VND billion | 9,300 | 9,512 | 102.3',
      '2 IT enterprises in operation | enterprises | 340 | 347 | 102.1',
    ]);
    expectWellFormed(doc);
  });

  it('reads a figure with a footnote mark in a table set with spaces as a figure, the row as a row of the table', () => {
    const doc = read(
      [
        '  Chỉ tiêu                       Đơn vị tính    2019      2020    Bình quân (%/năm)',
        '  1. Số vị trí đặt trạm BTS      Vị trí        1.118     1.215         7,6',
        '     Trong đó: có phát sóng 4G   Vị trí          905     1.082       38,0(*)',
        '  2. Số thuê bao di động          Thuê bao      1.110*    1.121         1,6',
        '  (*) Bình quân giai đoạn 2017-2020.',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Đơn vị tính | 2019 | 2020 | Bình quân (%/năm)',
      '1. Số vị trí đặt trạm BTS | Vị trí | 1.118 | 1.215 | 7,6',
      'Trong đó: có phát sóng 4G | Vị trí | 905 | 1.082 | 38,0(*)',
      '2. Số thuê bao di động | Thuê bao | 1.110* | 1.121 | 1,6',
    ]);
    expect(blockTexts(doc, 'paragraph').join(' ')).toContain('(*) Bình quân giai đoạn 2017-2020.');
    expectWellFormed(doc);
  });

  it('reads a table drawn with + - and |: a header cell spanning two columns, a wrapped label, the note after it', () => {
    const doc = read(
      [
        'Phụ lục: chỉ tiêu chủ yếu',
        '',
        '+----+------------------------+---------+-----------------------+----------+',
        '| TT | Chỉ tiêu               | KH 2024 |      So sánh (%)      | KH 2025  |',
        '|    |                        |         +-----------+-----------+          |',
        '|    |                        |         | 2024/2023 | 2024/KH   |          |',
        '+----+------------------------+---------+-----------+-----------+----------+',
        '| 1  | Tổng doanh thu toàn    | 6.600   | 111,2     | 103,6     | 7.500    |',
        '|    | ngành                  |         |           |           |          |',
        '|    | Trong đó: Doanh thu    | 2.100   | 115,8     | 100,7     | 2.450    |',
        '|    | CNTT                   |         |           |           |          |',
        '+----+------------------------+---------+-----------+-----------+----------+',
        '| 2  | Số doanh nghiệp CNTT   | 420     | 108,5     | 103,8     | 470      |',
        '+----+------------------------+---------+-----------+-----------+----------+',
        'Ghi chú: KH: kế hoạch.',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'TT | Chỉ tiêu | KH 2024 | So sánh (%) 2024/2023 | So sánh (%) 2024/KH | KH 2025',
      '1 | Tổng doanh thu toàn ngành | 6.600 | 111,2 | 103,6 | 7.500',
      ' | Trong đó: Doanh thu CNTT | 2.100 | 115,8 | 100,7 | 2.450',
      '2 | Số doanh nghiệp CNTT | 420 | 108,5 | 103,8 | 470',
    ]);
    expect(blockTexts(doc, 'paragraph').join(' ')).toContain('Ghi chú: KH: kế hoạch.');
    expectWellFormed(doc);
  });

  it('keeps `Trong đó:` alone between rows set with spaces as a row of its own, not the rest of the label above', () => {
    const doc = read(
      [
        '                                  Đơn vị      2021      2022',
        '1. Tổng doanh thu ngành TT&TT     Tỷ đồng   3.520,7   3.967,3',
        '   Trong đó:',
        '   - Công nghiệp CNTT             Tỷ đồng     884,0   1.046,2',
        '2. Số doanh nghiệp CNTT           DN           124       139',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      ' | Đơn vị | 2021 | 2022',
      '1. Tổng doanh thu ngành TT&TT | Tỷ đồng | 3.520,7 | 3.967,3',
      'Trong đó: |  |  | ',
      '- Công nghiệp CNTT | Tỷ đồng | 884,0 | 1.046,2',
      '2. Số doanh nghiệp CNTT | DN | 124 | 139',
    ]);
    expectWellFormed(doc);
  });

  it('ends a table set with spaces at the rule under its rows: the notes after it are a paragraph', () => {
    const doc = read(
      [
        '  Indicator                  Unit           2021       2022',
        '  ------------------------------------------------------------',
        '  Total ICT sector revenue   VND billion    4,365      4,862',
        '  Mobile subscribers         thousand       1,176      1,203',
        '  ------------------------------------------------------------',
        '  Notes:',
        '  (a) Revenue at current prices.',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual(['Indicator | Unit | 2021 | 2022', 'Total ICT sector revenue | VND billion | 4,365 | 4,862', 'Mobile subscribers | thousand | 1,176 | 1,203']);
    expect(blockTexts(doc, 'paragraph').join(' ')).toContain('(a) Revenue at current prices.');
    expectWellFormed(doc);
  });

  it('reads a table of one year set with spaces (a label, a unit, one figure), its indented parts as rows of their own', () => {
    const doc = read(
      [
        '  Chỉ tiêu                                  Đơn vị       2024',
        '  --------------------------------------------------------------',
        '  Phản ánh, kiến nghị tiếp nhận             ý kiến      4.210',
        '     qua đường dây nóng                     ý kiến      2.530',
        '     qua Cổng góp ý                         ý kiến      1.680',
        '  Văn bản điện tử gửi nhận liên thông       văn bản   918.400',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'Chỉ tiêu | Đơn vị | 2024',
      'Phản ánh, kiến nghị tiếp nhận | ý kiến | 4.210',
      'qua đường dây nóng | ý kiến | 2.530',
      'qua Cổng góp ý | ý kiến | 1.680',
      'Văn bản điện tử gửi nhận liên thông | văn bản | 918.400',
    ]);
    expectWellFormed(doc);
  });

  it('reads a report table set with spaces: sub-numbered rows, labels and units wrapped over two lines, bounded figures', () => {
    const doc = read(
      [
        'TT   Chỉ tiêu                        ĐVT        Thực hiện   Kế hoạch   Kế hoạch',
        '                                                năm 2023    năm 2024   năm 2025',
        '1    Tổng doanh thu toàn ngành       Tỷ đồng    8.410       9.200      10.100',
        '1.1  Doanh thu công nghiệp công nghệ',
        '     thông tin                       Tỷ đồng    3.020       3.500      4.000',
        '2    Số doanh nghiệp công nghệ       Doanh',
        '     thông tin                       nghiệp     311         330        350',
        '3    Tỷ lệ hồ sơ trễ hạn             %          1,4         < 1        < 0,5',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'TT Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Kế hoạch năm 2024 | Kế hoạch năm 2025',
      '1 Tổng doanh thu toàn ngành | Tỷ đồng | 8.410 | 9.200 | 10.100',
      '1.1 Doanh thu công nghiệp công nghệ thông tin | Tỷ đồng | 3.020 | 3.500 | 4.000',
      '2 Số doanh nghiệp công nghệ thông tin | Doanh nghiệp | 311 | 330 | 350',
      '3 Tỷ lệ hồ sơ trễ hạn | % | 1,4 | < 1 | < 0,5',
    ]);
    expectWellFormed(doc);
  });

  it('reads a table set with spaces whose last column is a source in words, its wrapped lines too', () => {
    const doc = read(
      [
        'Indicator                     Unit          2022     2023     2024    Source',
        '----------------------------  ------------  -------  -------  ------  -------------------',
        'IT enterprises                number        151      167      184     Business registry',
        'BTS stations                  stations      2,105    2,263    2,418   DIC; operators',
        'DTI rank (out of 63)          rank          41       47       n/a     MIC, DTI reports',
        '                                                                      (annual)',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'Indicator | Unit | 2022 | 2023 | 2024 | Source',
      'IT enterprises | number | 151 | 167 | 184 | Business registry',
      'BTS stations | stations | 2,105 | 2,263 | 2,418 | DIC; operators',
      'DTI rank (out of 63) | rank | 41 | 47 | n/a | MIC, DTI reports (annual)',
    ]);
    expectWellFormed(doc);
  });

  it('reads a tab-separated table under its caption line, with numbered section rows, and a note line after it', () => {
    const doc = read(
      [
        'PHỤ LỤC 1. MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025',
        'STT\tLĩnh vực / Chỉ tiêu\tĐơn vị tính\tThực hiện năm 2024\tƯớc thực hiện năm 2025',
        'I\tHạ tầng số\t\t\t',
        '1\tTổng số trạm BTS\tTrạm\t5.430\t5.912',
        'Ghi chú: Số liệu năm 2024 là số hợp nhất của hai tỉnh trước sắp xếp.',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual(['STT | Lĩnh vực / Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Ước thực hiện năm 2025', 'I | Hạ tầng số |  |  | ', '1 | Tổng số trạm BTS | Trạm | 5.430 | 5.912']);
    expect(doc.tables?.[0]?.headerRows).toBe(1);
    expect(blockTexts(doc).filter((t) => !t.includes(' | '))).toEqual(['PHỤ LỤC 1. MỘT SỐ CHỈ TIÊU CHỦ YẾU NĂM 2025', 'Ghi chú: Số liệu năm 2024 là số hợp nhất của hai tỉnh trước sắp xếp.']);
    expectWellFormed(doc);
  });

  it('keeps the empty first cell of a row that starts with `|` in a table whose rows do not (no Markdown edges)', () => {
    const doc = read('TT | Chỉ tiêu | ĐVT | 2023\n1 | Doanh thu toàn ngành | Tỷ đồng | 7.620\n | - Doanh thu CNTT | Tỷ đồng | 2.767\n2 | Số trạm BTS | Trạm | 2.061');
    expect(rowsOf(doc)).toEqual(['TT | Chỉ tiêu | ĐVT | 2023', '1 | Doanh thu toàn ngành | Tỷ đồng | 7.620', ' | - Doanh thu CNTT | Tỷ đồng | 2.767', '2 | Số trạm BTS | Trạm | 2.061']);
    expectWellFormed(doc);
  });

  it('keeps the empty first cell of a tab-separated total row when every row has as many tabs', () => {
    const doc = read('STT\tDoanh nghiệp\tTrạm BTS đến 31/12/2023\tTrạm BTS đến 31/12/2024\n1\tViettel\t1.046\t1.120\n2\tVNPT\t612\t628\n\tTổng cộng toàn tỉnh\t1.658\t1.748');
    expect(rowsOf(doc)).toEqual(['STT | Doanh nghiệp | Trạm BTS đến 31/12/2023 | Trạm BTS đến 31/12/2024', '1 | Viettel | 1.046 | 1.120', '2 | VNPT | 612 | 628', ' | Tổng cộng toàn tỉnh | 1.658 | 1.748']);
    expectWellFormed(doc);
  });

  it('reads a spreadsheet exported with `;` between cells: its rows as a table, its titles and notes as paragraphs', () => {
    const doc = read(
      [
        'Tên tệp: Bieu_so_lieu.xlsx',
        'Xuất ra văn bản (CSV, dấu phân cách ;) ngày 16/10/2025',
        '',
        'UBND TỈNH NAM VIÊN;;;;;',
        'Biểu 01/CĐS-TH;;;;;',
        ';;;;;',
        'STT;Chỉ tiêu;Đơn vị tính;Thực hiện;;Ước thực hiện',
        ';;;2023;2024;ƯTH 2025',
        '1;Tổng doanh thu toàn ngành;Tỷ đồng;9.037,0;10.112,6;11.350,0',
        ';Trong đó:;;;;',
        '1.1;- Doanh thu công nghiệp CNTT;Tỷ đồng;3.318,5;3.802,0;4.300,0',
        ';;;;;',
        'Ghi chú:;;;;;',
        '"1. Số liệu năm 2025 là số ước; chưa bao gồm doanh thu báo chí.";;;;;',
      ].join('\n'),
    );
    expect(rowsOf(doc)).toEqual([
      'STT | Chỉ tiêu | Đơn vị tính | Thực hiện |  | Ước thực hiện',
      ' |  |  | 2023 | 2024 | ƯTH 2025',
      '1 | Tổng doanh thu toàn ngành | Tỷ đồng | 9.037,0 | 10.112,6 | 11.350,0',
      'Trong đó: | Trong đó: | Trong đó: | Trong đó: | Trong đó: | Trong đó:',
      '1.1 | - Doanh thu công nghiệp CNTT | Tỷ đồng | 3.318,5 | 3.802,0 | 4.300,0',
    ]);
    expect(blockTexts(doc).filter((t) => !t.includes(' | '))).toEqual(['Tên tệp: Bieu_so_lieu.xlsx', 'Xuất ra văn bản (CSV, dấu phân cách ;) ngày 16/10/2025', 'UBND TỈNH NAM VIÊN', 'Biểu 01/CĐS-TH', 'Ghi chú:', '1. Số liệu năm 2025 là số ước; chưa bao gồm doanh thu báo chí.']);
    expectWellFormed(doc);
  });

  it('keeps prose with semicolons as prose', () => {
    const doc = read('Doanh thu đạt 9.037 tỷ đồng; lao động 15.870 người; doanh nghiệp 1.208; xuất khẩu 12,4 triệu USD.\nNăm 2024, doanh thu đạt 10.112 tỷ đồng; lao động 17.240 người; doanh nghiệp 1.296.');
    expect(doc.tables ?? []).toEqual([]);
  });

  it('reads the data of a chart written as lines of a year and a figure under its title as a table of years', () => {
    const doc = read('[Chart: Total ICT sector revenue, VND trillion]\n2022: 11.0\n2023: 12.6\n2024e: 14.1\n9M-2024: 10.2');
    expect(rowsOf(doc)).toEqual(['Year | Total ICT sector revenue (VND trillion)', '2022 | 11.0', '2023 | 12.6', '2024e | 14.1', '9M-2024 | 10.2']);
    expectWellFormed(doc);
  });

  it('keeps a line of one text between tab-separated rows (`Trong đó:`) as a row of the table', () => {
    const doc = read('Chỉ tiêu\tĐơn vị tính\t2022\t2023\nDoanh thu toàn ngành\tTỷ đồng\t5.108,4\t5.563,9\nTrong đó:\n  - Doanh thu CNTT\tTỷ đồng\t1.046,2\t1.284,5');
    expect(rowsOf(doc)).toEqual(['Chỉ tiêu | Đơn vị tính | 2022 | 2023', 'Doanh thu toàn ngành | Tỷ đồng | 5.108,4 | 5.563,9', 'Trong đó: | Trong đó: | Trong đó: | Trong đó:', '- Doanh thu CNTT | Tỷ đồng | 1.046,2 | 1.284,5']);
    expect(doc.tables?.[0]?.rows[2]?.spanning).toBe(true);
    expectWellFormed(doc);
  });

  it('reads tab- and pipe-separated lines as table rows', () => {
    const doc = read('Chỉ tiêu\t2019\t2020\nDoanh thu\t850\t1.150\n\n| Chỉ tiêu | 2021 |\n|---|---|\n| Trạm BTS | 1.468 |');
    expect(rowsOf(doc)).toEqual(['Chỉ tiêu | 2019 | 2020', 'Doanh thu | 850 | 1.150', 'Chỉ tiêu | 2021', 'Trạm BTS | 1.468']);
    expect(doc.tables?.map((t) => [t.headerRows, t.columns])).toEqual([
      [1, ['Chỉ tiêu', '2019', '2020']],
      [1, ['Chỉ tiêu', '2021']],
    ]);
    expectWellFormed(doc);
  });

  it('finds the date line of an administrative document', () => {
    const doc = read('Số: 156/BC-STTTT          Bình Nguyên, ngày 12 tháng 7 năm 2021\n\nBÁO CÁO');
    expect(doc.published).toBe('2021-07-12');
  });

  it('rejects white space, text in an encoding it cannot tell, and binary data', () => {
    expect(() => read(' \n ')).toThrow(ReadError);
    expect(() => readText(new Uint8Array([0xc3, 0x28]))).toThrow(/save it as UTF-8/);
    expect(() => readText(new Uint8Array([0x41, 0, 0x42]))).toThrow(/binary/);
  });
});

describe('readText: a tab-separated table whose lines all have as many tabs', () => {
  it('keeps empty cells in place, leading ones too; runs of tabs in a table of uneven lines still count as one', () => {
    const even = read(['TT\tChỉ tiêu\tHiện trạng 2021\tMục tiêu\t\t', '\t\t\t2022\t2023\t2024', '1\tSố doanh nghiệp CNTT\t286\t310\t340\t370'].join('\n'));
    expect(rowsOf(even)).toEqual(['TT | Chỉ tiêu | Hiện trạng 2021 | Mục tiêu |  | ', ' |  |  | 2022 | 2023 | 2024', '1 | Số doanh nghiệp CNTT | 286 | 310 | 340 | 370']);
    const uneven = read(['Chỉ tiêu\t\tĐVT\t2022', 'Doanh thu CNTT\tTỷ đồng\t5.662'].join('\n'));
    expect(rowsOf(uneven)).toEqual(['Chỉ tiêu | ĐVT | 2022', 'Doanh thu CNTT | Tỷ đồng | 5.662']);
  });
});
