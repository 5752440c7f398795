import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Region } from '../catalogue';
import { parseCsvStrict } from '../csv';
import { defaultRegionKey } from '../settings';
import { RegionsResponse } from './api';
import { regionsResponse } from './list';

const shipped = parseCsvStrict(readFileSync(new URL('../../../../data/regions.csv', import.meta.url), 'utf8'), Region, 'regions.csv');

describe('regionsResponse', () => {
  it('lists the country, then current, then former provinces, each with what merged into it', () => {
    const r = RegionsResponse.parse(regionsResponse(shipped));
    expect(r.default_region).toBe(defaultRegionKey);
    expect(r.regions).toHaveLength(shipped.length);
    expect(r.regions[0]!.key).toBe('viet-nam');
    const firstFormer = r.regions.findIndex((x) => !x.current);
    expect(r.regions.slice(1, firstFormer)).toHaveLength(34);
    expect(r.regions.slice(firstFormer).every((x) => !x.current && x.successor !== null)).toBe(true);
    expect(r.regions.find((x) => x.key === 'ho-chi-minh')!.predecessors.sort()).toEqual(['ba-ria-vung-tau', 'binh-duong']);
    expect(r.regions.find((x) => x.key === 'hue')!.predecessors).toEqual(['thua-thien-hue']);
    expect(r.regions.slice(1, 3).map((x) => x.name_vi)).toEqual(['An Giang', 'Bắc Ninh']);
  });
});
