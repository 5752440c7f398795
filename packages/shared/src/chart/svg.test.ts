import { describe, expect, it } from 'vitest';
import { describeChart } from './describe';
import { long, rank, revenue, share, synthetic } from './fixture.test-helper';
import { chartSpec, type ChartInput } from './spec';
import { fitHeight, layoutChart } from './layout';
import { renderChartSvg } from './svg';
import { renderSparkline } from './sparkline';
import { findAll, parseXml, unescapeXml, type XmlNode } from './xml.test-helper';

const origin = 'https://chiso.example';
const render = (input: Omit<ChartInput, 'origin'>) => renderChartSvg(chartSpec({ origin, ...input }));
const byClass = (root: XmlNode, tag: string, cls: string) => findAll(root, tag).filter((n) => n.attrs.class === cls);

/** Synthetic series, one per case the visual language must draw the same on every surface. */
const gaps = synthetic('gaps', 'billion_vnd', [[2012, 9021], [2013, 10100], [2018, 25200], [2019, 30050], [2020, 31000]]);
const onePoint = synthetic('one', 'million_usd', [[2022, 132]]);
const twoPoints = synthetic('two', 'items', [[2021, 480], [2022, 1248]]);
const estimates = synthetic('est', 'billion_vnd', [[2020, 100], [2021, 120, 'e'], [2022, 150], [2023, 170, 'e']]);
const conflicts = synthetic('conf', 'billion_vnd', [[2021, 31287], [2022, 34293], [2023, 36571, 17598]]);
const targets = synthetic('tgt', 'percent', [[2021, 12.7], [2022, 17], [2023, 20.69]], [[2025, 20], [2030, 40]]);
const falling = synthetic('fall', 'enterprises', [[2019, 800], [2020, 760], [2021, 700], [2023, 650]]);

const cases: [string, Omit<ChartInput, 'origin'>][] = [
  ['gaps', { series: [gaps] }],
  ['one-point', { series: [onePoint] }],
  ['two-points', { series: [twoPoints], lang: 'en' }],
  ['estimates', { series: [estimates] }],
  ['conflicts', { series: [conflicts], lang: 'en' }],
  ['targets', { series: [targets] }],
  ['negative-growth', { series: [falling], mode: 'growth' }],
  ['index-common-base', { series: [gaps, estimates, onePoint], mode: 'index' }],
  ['multiples', { series: [gaps, targets, rank], height: 520 }],
  ['dual-axis', { series: [gaps, onePoint], axes: 'dual', lang: 'en' }],
  ['rank', { series: [rank] }],
  ['dark', { series: [conflicts], theme: 'dark' }],
];

describe('renderChartSvg snapshots (any change of drawing fails here; review the .svg files)', () => {
  it.each(cases)('%s', async (name, input) => {
    const svg = render(input);
    parseXml(svg);
    await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });

  it('sparklines', async () => {
    const spark = [gaps, onePoint, twoPoints, estimates].map((s) => renderSparkline(s.points.map((p) => ({ year: p.year, value: p.value, estimate: p.qualifier === 'estimate' })))).join('\n');
    await expect(spark).toMatchFileSnapshot('__snapshots__/sparklines.svg.txt');
  });
});

describe('honest series', () => {
  it('a missing year breaks the line and bridges it with a dotted line; every figure has a marker', () => {
    const root = parseXml(render({ series: [gaps] }));
    const solid = byClass(root, 'path', 'ln');
    const bridge = byClass(root, 'path', 'gap');
    expect(solid).toHaveLength(1);
    expect(solid[0]!.attrs.d!.match(/M/g)).toHaveLength(2);
    expect(bridge).toHaveLength(1);
    expect(bridge[0]!.attrs['stroke-dasharray']).toBeTruthy();
    const markers = findAll(root, 'g').find((g) => g.attrs['data-key'] === 'gaps')!.children.filter((c) => c.name === 'circle');
    expect(markers).toHaveLength(5);
    expect(describeChart(chartSpec({ origin, series: [gaps] }))).toContain('Không có số liệu năm 2014–2017.');
  });

  it('one or two figures are values, not a line, and no trend is told', () => {
    for (const s of [onePoint, twoPoints]) {
      const root = parseXml(render({ series: [s], lang: 'en' }));
      expect(findAll(root, 'path')).toHaveLength(0);
      expect(findAll(root, 'text').map((t) => t.text)).toContain(s === onePoint ? '132' : '1,248');
    }
    expect(describeChart(chartSpec({ origin, series: [twoPoints], lang: 'en' }))).toBe('Indicator two in Da Nang: 480 items in 2021; 1,248 items in 2022.');
  });

  it('estimates are hollow, conflicts a dashed ring, targets dashed with their own legend key, each only when present', () => {
    const est = parseXml(render({ series: [estimates] }));
    const drawn = findAll(est, 'g').find((g) => g.attrs['data-key'] === 'est')!;
    expect(findAll(drawn, 'circle').filter((c) => c.attrs.class === 'h')).toHaveLength(2);
    expect(findAll(est, 'text').map((t) => t.text)).toContain('ước tính');
    expect(findAll(est, 'text').map((t) => t.text)).not.toContain('mục tiêu kế hoạch');
    const conf = parseXml(render({ series: [conflicts] }));
    expect(byClass(conf, 'circle', 'cf')).toHaveLength(1);
    const tgt = parseXml(render({ series: [targets] }));
    expect(byClass(tgt, 'line', 'tg')).toHaveLength(2);
    expect(findAll(tgt, 'text').map((t) => t.text)).toContain('mục tiêu kế hoạch');
  });

  it('negative growth crosses a zero line, and growth across a gap says against which year', () => {
    const spec = chartSpec({ origin, series: [falling], mode: 'growth', lang: 'en' });
    expect(spec.series[0]!.points.map((p) => [p.year, p.since])).toEqual([
      [2020, undefined],
      [2021, undefined],
      [2023, 2021],
    ]);
    expect(spec.panels[0]!.left).toEqual({ kind: 'growth', acrossGaps: true });
    expect(spec.subtitle).toContain('Growth on the previous year with data, %');
    expect(layoutChart(spec).panels[0]!.left.zeroY).not.toBeNull();
    expect(describeChart(spec)).toContain('growth is against the previous year with data: 2023 against 2021');
  });

  it('ticks step by 1, 2 or 5 and every value axis names its unit', () => {
    for (const s of [gaps, targets, falling, onePoint]) {
      const L = layoutChart(chartSpec({ origin, series: [s] }));
      const t = L.panels[0]!.left.ticks.map((x) => x.value);
      const step = t[1]! - t[0]!;
      const f = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5]).toContain(Math.round(f * 1e9) / 1e9);
      expect(L.panels[0]!.left.caption).not.toBe('');
    }
    const root = parseXml(render({ series: [gaps] }));
    expect(findAll(root, 'text').map((t) => t.text)).toContain('tỷ đồng');
  });
});

describe('honest comparisons', () => {
  it('index mode uses one base year for all, and leaves out (with a note) a series without it', () => {
    const spec = chartSpec({ origin, series: [gaps, estimates, onePoint], mode: 'index' });
    expect(spec.panels).toHaveLength(1);
    expect(spec.panels[0]!.left).toEqual({ kind: 'index', baseYear: 2020 });
    expect(spec.series.map((s) => s.key)).toEqual(['gaps', 'est']);
    expect(spec.series.every((s) => s.points.find((p) => p.year === 2020)?.value === 100)).toBe(true);
    expect(spec.notes).toEqual(['Không có số liệu năm 2020 nên không vẽ theo chỉ số: Chỉ tiêu one.']);
    const from = chartSpec({ origin, series: [gaps, estimates], mode: 'index', from: 2021, lang: 'en' });
    expect(from.panels[0]!.left).toEqual({ kind: 'index', baseYear: 2021 });
    expect(from.notes).toEqual(['Left out of the index for lack of a 2021 figure: Indicator gaps.']);
  });

  it('different units default to small multiples on one year axis, each panel saying its unit', () => {
    const spec = chartSpec({ origin, series: [gaps, targets, rank] });
    expect(spec.axes).toBe('multiples');
    expect(spec.panels.map((p) => p.left)).toEqual([
      { kind: 'unit', unit: 'billion_vnd' },
      { kind: 'unit', unit: 'percent' },
      { kind: 'unit', unit: 'rank' },
    ]);
    const L = layoutChart(spec);
    expect(L.panels.map((p) => p.header?.text.split(':')[0])).toEqual(['tỷ đồng', '%', 'hạng']);
    expect(L.panels[2]!.left.inverted).toBe(true);
  });

  it('a dual axis only for exactly two units, both labelled; asked for three, small multiples', () => {
    const dual = chartSpec({ origin, series: [gaps, onePoint], axes: 'dual' });
    expect(dual.panels).toHaveLength(1);
    expect(dual.panels[0]!.right).toEqual({ kind: 'unit', unit: 'million_usd' });
    expect(dual.series.map((s) => s.side)).toEqual(['left', 'right']);
    const texts = findAll(parseXml(renderChartSvg(dual)), 'text').map((t) => unescapeXml(t.text));
    expect(texts).toContain('tỷ đồng');
    expect(texts).toContain('triệu USD');
    expect(texts.some((t) => t.includes('(trục phải)'))).toBe(true);
    expect(chartSpec({ origin, series: [gaps, onePoint, rank], axes: 'dual' }).axes).toBe('multiples');
  });
});

describe('renderChartSvg', () => {
  it('writes well-formed SVG with title and desc', () => {
    const root = parseXml(render({ series: [revenue] }));
    expect(root.name).toBe('svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs['aria-labelledby']).toBe('chiso-t chiso-d');
    expect(findAll(root, 'title')[0]!.text).toBe('Tổng doanh thu toàn ngành Thông tin và Truyền thông');
    expect(findAll(root, 'desc')).toHaveLength(1);
  });

  it('describes the data in Vietnamese and in English', () => {
    const vi = unescapeXml(findAll(parseXml(render({ series: [revenue], lang: 'vi' })), 'desc')[0]!.text);
    expect(vi).toContain('Tổng doanh thu toàn ngành Thông tin và Truyền thông của Đà Nẵng tăng từ 5.700 tỷ đồng năm 2009 lên 39.888 tỷ đồng năm 2024.');
    expect(vi).toContain('Năm 2023 có nguồn báo cáo số liệu khác.');
    const en = unescapeXml(findAll(parseXml(render({ series: [revenue], lang: 'en' })), 'desc')[0]!.text);
    expect(en).toContain('Total ICT sector revenue in Da Nang rose from 5,700 billion VND in 2009 to 39,888 billion VND in 2024.');
    expect(en).toContain('For 2023 other sources report different figures.');
  });

  it('describes targets and ranks', () => {
    expect(describeChart(chartSpec({ origin, series: [share], lang: 'en' }))).toContain('Target for 2030: 40%.');
    expect(describeChart(chartSpec({ origin, series: [rank] }))).toContain('chuyển từ hạng 3 năm 2018 sang hạng 1 năm 2024');
  });

  it('escapes text and keeps ticks in the language format', () => {
    const root = parseXml(render({ series: [long('x_y', 'billion_vnd')] }));
    expect(unescapeXml(findAll(root, 'title')[0]!.text)).toBe('Chỉ tiêu x_y <đo> & "kiểm"');
    expect(findAll(root, 'text').map((t) => t.text)).toContain('10.000');
    expect(findAll(parseXml(render({ series: [long('x_y', 'billion_vnd')], lang: 'en' })), 'text').map((t) => t.text)).toContain('10,000');
  });

  it('themes: dark colours inline, auto adds a dark media query scoped to the chart', () => {
    expect(render({ series: [revenue], theme: 'dark' })).toContain('fill="#111827"');
    const auto = render({ series: [revenue], theme: 'auto', id: 'c1' });
    expect(auto).toContain('@media (prefers-color-scheme: dark){#c1 .bg{fill:#111827}');
    expect(auto).toContain('fill="#ffffff"');
  });

  it('says so when there are no figures', () => {
    const svg = render({ series: [{ ...revenue, points: [] }], lang: 'en' });
    expect(findAll(parseXml(svg), 'path')).toHaveLength(0);
    expect(svg).toContain('No figures for this selection');
  });

  it('draws tiny and huge values without failing (issue 15: 1e-100 and 5e-324)', () => {
    for (const v of [1e-100, 5e-324, 1e300]) {
      const svg = render({ series: [synthetic('tiny', 'billion_vnd', [[2020, v]])] });
      expect(svg).not.toContain('NaN');
      parseXml(svg);
    }
  });

  it('links the source line to the indicator page', () => {
    const root = parseXml(render({ series: [revenue], lang: 'en' }));
    expect(findAll(root, 'a')[0]!.attrs.href).toBe('https://chiso.example/indicators/ict_revenue?lang=en');
    expect(findAll(root, 'a')[0]!.children[0]!.text).toMatch(/^Source: /);
  });

  it('stays under 40 kB for six long series', () => {
    const svg = render({ series: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'].map((k) => long(k, 'billion_vnd')), width: 1200, height: 700 });
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
  });

  it('draws ranks with 1 at the top', () => {
    const L = layoutChart(chartSpec({ origin, series: [rank] }));
    const axis = L.panels[0]!.left;
    expect(axis.ticks[0]).toMatchObject({ value: 1, y: L.panels[0]!.top });
    expect(axis.y(3)).toBeGreaterThan(axis.y(1));
  });

  it('grows a chart so each panel keeps its room under a long legend', () => {
    const spec = chartSpec({ origin, series: [revenue, share, rank], width: 320, height: 340 });
    const fitted = fitHeight(spec, 200);
    const L = layoutChart(fitted);
    expect(fitted.height).toBeGreaterThan(340);
    expect(Math.min(...L.panels.map((p) => Math.round(p.bottom - p.top)))).toBeGreaterThanOrEqual(110);
  });
});
