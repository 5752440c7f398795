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
    expect(text).toContain('+34% vs 2021');
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
});
