import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { softwareExportItem } from '../../test/fixtures';
import { renderIn } from '../../test/render';
import { KpiCard } from './kpi-card';

afterEach(cleanup);

describe('KPI card', () => {
  it('shows value, change, plan and a link in Vietnamese', () => {
    const { container, getByRole } = renderIn('vi', <KpiCard item={softwareExportItem} year={2022} region={undefined} />);
    const text = container.textContent ?? '';
    expect(text).toContain('132 triệu USD');
    expect(text).toContain('+34%');
    expect(text).toContain('so với 2021');
    expect(text).toContain('Đạt 120% kế hoạch');
    // The stated +34 % equals the computed change, so it is not repeated.
    expect(text).not.toContain('nguồn nêu');
    expect(getByRole('link').getAttribute('href')).toBe('/indicators/software_export?year=2022');
  });

  it('shows the same card in English', () => {
    const { container } = renderIn('en', <KpiCard item={softwareExportItem} year={2022} region="da-nang" />);
    const text = container.textContent ?? '';
    expect(text).toContain('Software export turnover');
    expect(text).toContain('132 million USD');
    expect(text).toContain('+34% (+33.5 million USD) vs 2021');
    expect(text).toContain('120% of plan');
  });

  it('adds the stated change where the source says something else, and badges', () => {
    const item = { ...softwareExportItem, stated_change_pct: 12, conflict: true, qualifier: 'estimate' as const };
    const { container } = renderIn('vi', <KpiCard item={item} year={2022} region={undefined} />);
    const text = container.textContent ?? '';
    expect(text).toContain('(nguồn nêu +12%)');
    expect(text).toContain('Ước tính');
    expect(text).toContain('Nguồn chênh lệch');
  });

  it('without the year before: the source’s stated change, else the latest earlier year, named', () => {
    const gap = { ...softwareExportItem, spark: [{ year: 2019, value: 89 }, { year: 2022, value: 132 }] };
    const stated = renderIn('vi', <KpiCard item={{ ...gap, stated_change_pct: 16, stated_change_vs_year: 2021 }} year={2022} region={undefined} />);
    expect(stated.container.textContent).toContain('+16% theo nguồn, so với 2021');
    cleanup();
    const earlier = renderIn('en', <KpiCard item={{ ...gap, stated_change_pct: null, stated_change_vs_year: null }} year={2022} region={undefined} />);
    expect(earlier.container.textContent).toContain('+48.3% (+43 million USD) vs 2019 (latest earlier year with data)');
  });

  it('flags a change computed against an estimate', () => {
    const item = { ...softwareExportItem, spark: [{ year: 2021, value: 98.5, qualifier: 'estimate' as const }, { year: 2022, value: 132 }] };
    const { container } = renderIn('en', <KpiCard item={item} year={2022} region={undefined} />);
    expect(container.querySelector('[data-estimate-flag]')?.textContent).toContain('against an estimate for 2021');
  });
});
