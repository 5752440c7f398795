import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chartSpec, type ChartMode } from '@chiso/shared/chart';
import { compareTable } from './compare';
import { exportSeries, revenueSeries } from '../../test/fixtures';
import { renderIn } from '../../test/render';
import { CompareTableView } from './compare-table-view';

afterEach(cleanup);

function cells(container: HTMLElement, year: number): string[] {
  const row = [...container.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent === String(year));
  return [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent ?? '');
}

describe('compare table in the three modes', () => {
  const series = [revenueSeries, exportSeries];
  const table = (mode: ChartMode, from?: number) => compareTable(chartSpec({ series, mode, from, origin: 'http://x' }), series);

  it('values with their units', () => {
    const { container } = renderIn('vi', <CompareTableView table={table('value')} caption="x" />);
    expect(cells(container, 2022)).toEqual(['34.293 tỷ đồng', '132 triệu USD']);
    expect(cells(container, 2018)).toEqual(['25.200 tỷ đồng', '–']);
  });

  it('index with the first year at 100', () => {
    const { container } = renderIn('en', <CompareTableView table={table('index', 2019)} caption="x" />);
    expect(cells(container, 2019)).toEqual(['100', '100']);
    expect(cells(container, 2022)).toEqual(['114.1', '148.3']);
  });

  it('growth as signed percentages', () => {
    const { container } = renderIn('vi', <CompareTableView table={table('growth')} caption="x" />);
    expect(cells(container, 2019)).toEqual(['+19,2%', '–']);
    expect(cells(container, 2022)).toEqual(['+9,6%', '+34%']);
  });
});
