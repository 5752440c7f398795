import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Region, type Indicator } from '../catalogue';
import { palettes } from '../chart/theme';
import { parseXml, type XmlNode } from '../chart/xml.test-helper';
import { parseCsvStrict } from '../csv';
import type { RankingItem, RankingResponse } from '../regions/api';
import { lineageOf } from '../regions/lineage';
import { binCount, contrast, mapPalette } from './colour';
import { rankingRows, tileMapSpec } from './spec';
import { renderTileMapSvg } from './svg';
import { gridOf, tiles34 } from './tiles';

const regions = parseCsvStrict(readFileSync(new URL('../../../../data/regions.csv', import.meta.url), 'utf8'), Region, 'regions.csv');
const names = new Map(regions.map((r) => [r.key, r]));
const at = (key: string) => tiles34.find((t) => t.key === key)!;

describe('the tile grid of the 34 provinces', () => {
  it('has one tile per province of today’s map, each in its own cell, with its own label', () => {
    const current = lineageOf(regions).provincesOn('2025-07-01').map((r) => r.key).sort();
    expect(tiles34.map((t) => t.key).sort()).toEqual(current);
    expect(new Set(tiles34.map((t) => `${t.col},${t.row}`)).size).toBe(34);
    expect(new Set(tiles34.map((t) => t.short)).size).toBe(34);
  });

  it('is one piece: every tile touches another, side or corner, and all are reachable', () => {
    const seen = new Set([tiles34[0]!.key]);
    const queue = [tiles34[0]!];
    while (queue.length) {
      const t = queue.shift()!;
      for (const u of tiles34) {
        if (!seen.has(u.key) && Math.abs(u.col - t.col) <= 1 && Math.abs(u.row - t.row) <= 1) {
          seen.add(u.key);
          queue.push(u);
        }
      }
    }
    expect(seen.size).toBe(34);
  });

  it('is laid out like the country: north to south, west to east', () => {
    const southward = ['cao-bang', 'ha-noi', 'thanh-hoa', 'nghe-an', 'quang-tri', 'hue', 'da-nang', 'gia-lai', 'khanh-hoa', 'dong-nai', 'ho-chi-minh', 'ca-mau'];
    for (let i = 1; i < southward.length; i++) expect(at(southward[i]!).row, southward[i]).toBeGreaterThan(at(southward[i - 1]!).row);
    expect(at('dien-bien').col).toBe(0);
    expect(at('quang-ninh').col).toBeGreaterThan(at('ha-noi').col);
    expect(at('an-giang').col).toBeLessThan(at('vinh-long').col);
    expect(gridOf(tiles34)).toEqual({ cols: 6, rows: 17 });
  });
});

const indicator = (unit: 'rank' | 'score', better: 'higher' | 'lower'): Indicator => ({
  key: unit === 'rank' ? 'dti_rank' : 'dti_score', category: 'ranking', name_vi: 'Xếp hạng DTI', name_en: 'DTI rank', unit, better, description_en: '', description_vi: '', aggregation: 'none',
});
const item = (region: string, value: number, rank: number, denominator: number): RankingItem => ({
  region, value, rank, denominator, method: 'published', from: [region], missing: [], partial: false, conflict: false, estimate: false, machine_read: false, previous: null, rank_change: null, value_change: null,
});
const ranked: [string, number][] = [['ha-noi', 1], ['hue', 2], ['hai-phong', 3], ['ho-chi-minh', 4], ['da-nang', 17]];
const ranking: RankingResponse = {
  indicator: indicator('rank', 'lower'),
  year: 2024,
  map: '2025-07-01',
  items: ranked.map(([k, r]) => item(k, r, r, 34)),
  missing: tiles34.map((t) => t.key).filter((k) => !ranked.some(([r]) => r === k)),
  country: null,
};

describe('tileMapSpec', () => {
  it('colours the best darkest in the catalogue’s direction and names every tile with its figure', () => {
    const spec = tileMapSpec({ ranking, names, lang: 'vi' })!;
    const tile = (k: string) => spec.tiles.find((t) => t.key === k)!;
    expect(tile('ha-noi').bin).toBe(binCount - 1);
    expect(tile('da-nang').bin).toBe(0);
    expect(tile('da-nang').label).toBe('Đà Nẵng: hạng 17/34');
    expect(tile('cao-bang')).toMatchObject({ bin: null, label: 'Cao Bằng: không có số liệu' });
    expect(spec.gaps).toBe('Không có số liệu cho 29 tỉnh, thành phố');
    expect(spec.legend.map((l) => l.label)).toEqual(['14–17', '11–14', '7–11', '4–7', '1–4']);
    const scores = [item('ha-noi', 0.8241, 1, 2), item('da-nang', 0.7069, 2, 2)];
    const missing = tiles34.map((t) => t.key).filter((k) => k !== 'ha-noi' && k !== 'da-nang');
    const score = tileMapSpec({ ranking: { ...ranking, indicator: indicator('score', 'higher'), items: scores, missing }, names, lang: 'en' })!;
    expect(score.tiles.find((t) => t.key === 'ha-noi')).toMatchObject({ bin: binCount - 1, label: 'Hanoi: 0.8241 points, rank 1/2' });
  });

  it('has no tile map for a year of the 63-province map: the table stands alone', () => {
    const old = { ...ranking, map: '2024-12-31', missing: [...ranking.missing, 'quang-nam', 'thua-thien-hue'] };
    expect(tileMapSpec({ ranking: old, names, lang: 'vi' })).toBeNull();
  });

  it('writes the table rows: rank with denominator, changes since the year before, how a combined figure was made', () => {
    const rows = rankingRows(
      {
        ...ranking,
        indicator: indicator('score', 'higher'),
        items: [
          { ...item('hue', 0.7951, 1, 2), method: 'carried', from: ['thua-thien-hue'], previous: { value: 0.7, rank: 2, denominator: 2 }, rank_change: 1, value_change: 0.0951 },
          { ...item('da-nang', 0.5, 2, 2), method: 'sum', from: ['da-nang'], missing: ['quang-nam'], partial: true, rank_change: -1, value_change: -0.2 },
        ],
      },
      new Map<string, { name_vi: string; name_en: string }>([...names, ['thua-thien-hue', { name_vi: 'Thừa Thiên Huế', name_en: 'Thua Thien Hue' }], ['quang-nam', { name_vi: 'Quảng Nam', name_en: 'Quang Nam' }]]),
      'vi',
    );
    expect(rows.map((r) => [r.name, r.rank, r.rankChange, r.valueChange, r.note])).toEqual([
      ['Huế', 'hạng 1/2', '▲ 1', '+0,0951', 'số liệu của Thừa Thiên Huế'],
      ['Đà Nẵng', 'hạng 2/2', '▼ 1', '−0,2', 'tổng của Đà Nẵng; thiếu Quảng Nam'],
    ]);
  });

  it('leaves a unit outside the grid to the table', () => {
    const extra = { ...ranking, items: [...ranking.items, item('tinh-01', 9, 9, 34)] };
    expect(tileMapSpec({ ranking: extra, names, lang: 'vi' })!.tiles.map((t) => t.key)).toEqual(tiles34.map((t) => t.key));
  });
});

const all = (n: XmlNode, name: string): XmlNode[] => [...(n.name === name ? [n] : []), ...n.children.flatMap((c) => all(c, name))];

describe('renderTileMapSvg', () => {
  const spec = tileMapSpec({ ranking, names, lang: 'vi' })!;

  it('is well-formed, one focusable named tile per province, north to south, in the theme’s colours', () => {
    const svg = renderTileMapSvg(spec, { width: 360, theme: 'light' });
    const doc = parseXml(svg);
    const tiles = all(doc, 'g').filter((g) => g.attrs.tabindex === '0');
    expect(tiles).toHaveLength(34);
    expect(tiles[0]!.attrs['data-region']).toBe('lai-chau');
    expect(tiles.at(-1)!.attrs['data-region']).toBe('vinh-long');
    const daNang = tiles.find((g) => g.attrs['data-region'] === 'da-nang')!;
    expect(daNang.attrs['aria-label']).toBe('Đà Nẵng: hạng 17/34');
    const fill = (g: XmlNode) => all(g, 'rect')[0]!.attrs.fill;
    const p = mapPalette('light');
    expect(fill(tiles.find((g) => g.attrs['data-region'] === 'ha-noi')!)).toBe(p.ramp[binCount - 1]!.fill);
    expect(fill(tiles.find((g) => g.attrs['data-region'] === 'cao-bang')!)).toBe(palettes.light.grid);
    expect(svg).toContain('Không có số liệu cho 29 tỉnh, thành phố');
  });

  it('draws dark, and with `auto` repaints dark by CSS', () => {
    expect(renderTileMapSvg(spec, { width: 360, theme: 'dark' })).toContain(`fill="${palettes.dark.background}"`);
    expect(renderTileMapSvg(spec, { width: 360, theme: 'auto' })).toContain('@media (prefers-color-scheme: dark)');
  });

  it('keeps the value readable on every colour step (WCAG AA for text)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const step of mapPalette(theme).ramp) expect(contrast(step.fill, step.text), `${theme} ${step.fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
