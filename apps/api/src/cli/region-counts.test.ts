import { describe, expect, it } from 'vitest';
import { regionCountsTable } from './region-counts';

describe('regionCountsTable', () => {
  it('has a row per indicator, a column per year with figures, and the most regions of any year', () => {
    const out = regionCountsTable([
      { indicator: 'dti_rank', year: 2022, regions: 63 },
      { indicator: 'dti_rank', year: 2024, regions: 7 },
      { indicator: 'ict_revenue', year: 2023, regions: 2 },
    ]);
    expect(out.split('\n')).toEqual([
      'indicator    2022  2023  2024  most',
      '-----------  ----  ----  ----  ----',
      'dti_rank       63     -     7    63',
      'ict_revenue     -     2     -     2',
      '',
    ]);
  });
});
