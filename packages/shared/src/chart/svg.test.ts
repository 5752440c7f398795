import { describe, expect, it } from 'vitest';
import { describeChart } from './describe';
import { long, rank, revenue, share } from './fixture.test-helper';
import { chartSpec, type ChartInput } from './spec';
import { fitHeight, layoutChart } from './layout';
import { renderChartSvg } from './svg';
import { findAll, parseXml, unescapeXml } from './xml.test-helper';

const origin = 'https://chiso.example';
const render = (input: Omit<ChartInput, 'origin'>) => renderChartSvg(chartSpec({ origin, ...input }));

describe('renderChartSvg', () => {
  it('writes well-formed SVG with title, desc and one path per series', () => {
    const svg = render({ series: [revenue] });
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs['aria-labelledby']).toBe('chiso-t chiso-d');
    expect(findAll(root, 'title')[0]!.text).toBe('Tổng doanh thu toàn ngành Thông tin và Truyền thông');
    expect(findAll(root, 'desc')).toHaveLength(1);
    expect(findAll(root, 'path')).toHaveLength(1);
    expect(findAll(root, 'path')[0]!.attrs.d).toMatch(/^M[\d. ]+(L[\d. ]+){6}$/);
  });

  it('describes the data in Vietnamese and in English', () => {
    const vi = unescapeXml(findAll(parseXml(render({ series: [revenue], lang: 'vi' })), 'desc')[0]!.text);
    expect(vi).toContain('Tổng doanh thu toàn ngành Thông tin và Truyền thông của Đà Nẵng tăng từ 5.700 tỷ đồng năm 2009 lên 39.888 tỷ đồng năm 2024.');
    expect(vi).toContain('Năm 2023 có nguồn báo cáo số liệu khác.');
    const en = unescapeXml(findAll(parseXml(render({ series: [revenue], lang: 'en' })), 'desc')[0]!.text);
    expect(en).toContain('Total ICT sector revenue in Da Nang rose from 5,700 billion VND in 2009 to 39,888 billion VND in 2024.');
    expect(en).toContain('For 2023 other sources report different figures.');
  });

  it('one path per series when comparing, dots for other sources, dashed targets', () => {
    const root = parseXml(render({ series: [revenue, share, rank], mode: 'index' }));
    expect(findAll(root, 'path')).toHaveLength(3);
    expect(findAll(root, 'polyline').some((p) => p.attrs['stroke-dasharray'])).toBe(true);
    expect(findAll(root, 'circle').filter((c) => c.attrs['stroke-dasharray']).length).toBeGreaterThanOrEqual(1);
    expect(findAll(root, 'title')[0]!.text).toBe('So sánh 3 chỉ số');
  });

  it('value mode with different units falls back to an index', () => {
    const spec = chartSpec({ origin, series: [revenue, share] });
    expect(spec.mode).toBe('index');
    expect(spec.subtitle).toContain('chỉ số, năm đầu = 100');
  });

  it('describes targets, ranks and growth', () => {
    const s = describeChart(chartSpec({ origin, series: [share], lang: 'en' }));
    expect(s).toContain('Target for 2030: 40%.');
    const r = describeChart(chartSpec({ origin, series: [rank] }));
    expect(r).toContain('chuyển từ hạng 3 năm 2018 sang hạng 1 năm 2024');
    const g = describeChart(chartSpec({ origin, series: [revenue], mode: 'growth', lang: 'en' }));
    expect(g).toMatch(/^Year-on-year growth of Total ICT sector revenue in Da Nang was \+\d/);
  });

  it('escapes text and keeps ticks in the language format', () => {
    const svg = render({ series: [long('x_y', 'billion_vnd')] });
    const root = parseXml(svg);
    expect(unescapeXml(findAll(root, 'title')[0]!.text)).toBe('Chỉ tiêu x_y <đo> & "kiểm"');
    const labels = findAll(root, 'text').map((t) => t.text);
    expect(labels).toContain('10.000');
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

  it('links the source line to the indicator page', () => {
    const root = parseXml(render({ series: [revenue], lang: 'en' }));
    const links = findAll(root, 'a').map((a) => a.attrs.href);
    expect(links[0]).toBe('https://chiso.example/indicators/ict_revenue?lang=en');
    expect(findAll(root, 'a')[0]!.children[0]!.text).toMatch(/^Source: /);
  });

  it('stays under 40 kB for six long series', () => {
    const svg = render({ series: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'].map((k) => long(k, 'billion_vnd')), width: 1200, height: 700 });
    expect(findAll(parseXml(svg), 'path')).toHaveLength(6);
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
  });

  it('breaks the growth line where a year is missing, still one path', () => {
    const full = long('g_x', 'billion_vnd');
    const gappy = { ...full, points: full.points.filter((p) => p.year !== 2000) };
    const root = parseXml(render({ series: [gappy], mode: 'growth' }));
    const paths = findAll(root, 'path');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.attrs.d!.match(/M/g)).toHaveLength(2);
  });

  it('draws ranks with 1 at the top', () => {
    const spec = chartSpec({ origin, series: [rank] });
    const L = layoutChart(spec);
    expect(L.yTicks[0]).toMatchObject({ value: 1, y: L.plot.top });
    expect(L.y(3)).toBeGreaterThan(L.y(1));
  });

  it('grows a narrow chart so the plot keeps its room under a long legend', () => {
    const spec = chartSpec({ origin, series: [revenue, share, rank], width: 320, height: 340 });
    const fitted = fitHeight(spec, 200);
    const L = layoutChart(fitted);
    expect(fitted.height).toBeGreaterThan(340);
    expect(Math.round(L.plot.bottom - L.plot.top)).toBeGreaterThanOrEqual(200);
  });
});

