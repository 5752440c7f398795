import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { dtiRankSeries, machineReadRevenue, revenueSeries } from '../../test/fixtures';
import { renderIn } from '../../test/render';
import { SeriesTable } from './series-table';
import { seriesSummary } from './summary';

afterEach(cleanup);

const valueCell = (container: HTMLElement, year: number) =>
  [...container.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent === String(year))?.querySelector('td');

describe('series table and summary', () => {
  it('mark the figure no person has reviewed, and only that one', () => {
    const { container } = renderIn('vi', <SeriesTable series={machineReadRevenue} facts={[]} selectedYear={undefined} onSelectYear={() => {}} />);
    expect(valueCell(container, 2022)?.textContent).toBe('34.293 tỷ đồng Đọc tự động, chưa duyệt');
    expect(valueCell(container, 2021)?.textContent).toBe('31.287 tỷ đồng');
    expect(valueCell(container, 2020)?.textContent).toBe('không có số liệu');
    expect(seriesSummary(machineReadRevenue, 'vi')).toContain('Số liệu năm 2022 đọc tự động, chưa duyệt.');
    expect(seriesSummary(machineReadRevenue, 'en')).toContain('Figures for 2022: machine-read, not yet reviewed.');
    expect(seriesSummary(revenueSeries, 'en')).not.toContain('machine-read');
  });

  it('give a rank with its denominator where the source stated one', () => {
    const { container } = renderIn('vi', <SeriesTable series={dtiRankSeries} facts={[]} selectedYear={undefined} onSelectYear={() => {}} />);
    expect(valueCell(container, 2022)?.textContent).toBe('hạng 3/63');
    expect(valueCell(container, 2023)?.textContent).toBe('hạng 5');
    expect(seriesSummary(dtiRankSeries, 'en')).toContain('from rank 7/63 in 2021 to rank 5 in 2023');
  });
});
