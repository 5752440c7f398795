import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Region } from '../catalogue';
import { parseCsvStrict } from '../csv';
import { defaultRegionKey } from '../settings';
import { catalogueProblems, codeOn } from './check';
import { foldName, namesOf } from './names';
import { isCurrent, lineageOf } from './lineage';

const shipped = parseCsvStrict(readFileSync(new URL('../../../../data/regions.csv', import.meta.url), 'utf8'), Region, 'regions.csv');
const lineage = lineageOf(shipped);
const keys = (date: string) => lineage.provincesOn(date).map((r) => r.key);

describe('the shipped catalogue (data/regions.csv)', () => {
  it('holds: no problem, the default region of data/settings.json among the current ones', () => {
    expect(catalogueProblems(shipped, defaultRegionKey)).toEqual([]);
    expect(isCurrent(lineage.byKey.get(defaultRegionKey)!)).toBe(true);
  });

  it('has the country, 34 current provinces and 63 on 2025-06-30', () => {
    expect(shipped.filter((r) => r.level === 'country').map((r) => r.key)).toEqual(['viet-nam']);
    expect(shipped.filter((r) => r.level === 'province' && isCurrent(r))).toHaveLength(34);
    expect(keys('2025-07-01')).toHaveLength(34);
    expect(keys('2025-06-30')).toHaveLength(63);
    expect(keys('2025-06-30')).toContain('hue');
    expect(keys('2024-12-31')).toHaveLength(63);
    expect(keys('2024-12-31')).toContain('thua-thien-hue');
    expect(keys('2024-12-31')).not.toContain('hue');
  });

  it('has a closed lineage: every former province leads to a current one; 23 merged units took in 29', () => {
    const former = shipped.filter((r) => !isCurrent(r));
    expect(former).toHaveLength(30);
    for (const r of former) expect(isCurrent(lineage.byKey.get(r.successor!)!)).toBe(true);
    const merged = lineage.provincesOn('2025-07-01').filter((r) => lineage.shapeOn(r.key, '2025-07-01').parts.length > 1);
    expect(merged).toHaveLength(23);
    expect(merged.flatMap((r) => lineage.shapeOn(r.key, '2025-07-01').parts.filter((k) => k !== r.key))).toHaveLength(29);
    expect(lineage.shapeOn('da-nang', '2025-07-01')).toEqual({ region: 'da-nang', since: '2025-07-01', parts: ['da-nang', 'quang-nam'] });
    expect(lineage.shapeOn('hue', '2025-07-01')).toEqual({ region: 'hue', since: '2025-01-01', parts: ['thua-thien-hue'] });
    expect(lineage.shapeOn('ha-noi', '2025-07-01')).toEqual({ region: 'ha-noi', since: null, parts: ['ha-noi'] });
  });

  it('has aliases unique across regions, also without case and diacritics', () => {
    const owner = new Map<string, string>();
    for (const r of shipped) {
      for (const n of new Set(namesOf(r).map(foldName))) {
        expect(owner.get(n) ?? r.key, `"${n}"`).toBe(r.key);
        owner.set(n, r.key);
      }
    }
    expect(owner.get(foldName('TP.HCM'))).toBe('ho-chi-minh');
    expect(owner.get(foldName('Thừa Thiên - Huế'))).toBe('thua-thien-hue');
    expect(owner.get(foldName('Huế'))).toBe('hue');
  });

  it('has one code per unit on every map, the continuing units changing theirs on 2025-07-01', () => {
    for (const date of ['2024-12-31', '2025-06-30', '2025-07-01']) {
      const codes = lineage.provincesOn(date).map((r) => codeOn(r, date));
      expect(new Set(codes).size, date).toBe(codes.length);
    }
    expect(codeOn(lineage.byKey.get('lao-cai')!, '2025-06-30')).toBe('10');
    expect(codeOn(lineage.byKey.get('lao-cai')!, '2025-07-01')).toBe('15');
  });
});
