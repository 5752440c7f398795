import { describe, expect, it } from 'vitest';
import { rekeyed } from './050_regions_facts';

describe('migration 050: cited rows keyed by their region', () => {
  it('puts the region into each key and numbers occurrences again per region, in stored order', () => {
    const url = 'https://dti.gov.vn/xep-hang-2022?a=1|2';
    const keys = rekeyed([
      { id: 1, seed_key: `upload:cited|${url}|dti_rank|2022|actual|1`, region: 'bac-ninh' },
      { id: 2, seed_key: `upload:cited|${url}|dti_rank|2022|actual|2`, region: 'hai-duong' },
      { id: 3, seed_key: `upload:cited|${url}|dti_rank|2022|actual|3`, region: 'bac-ninh' },
      { id: 4, seed_key: 'seed:danang-facts.csv|https://x.vn/a|ict_revenue|2023|estimate|1', region: 'da-nang' },
      { id: 5, seed_key: 'odd', region: 'da-nang' },
    ]);
    expect([...keys]).toEqual([
      [1, `upload:cited|${url}|bac-ninh|dti_rank|2022|actual|1`],
      [2, `upload:cited|${url}|hai-duong|dti_rank|2022|actual|1`],
      [3, `upload:cited|${url}|bac-ninh|dti_rank|2022|actual|2`],
      [4, 'seed:danang-facts.csv|https://x.vn/a|da-nang|ict_revenue|2023|estimate|1'],
    ]);
  });
});
