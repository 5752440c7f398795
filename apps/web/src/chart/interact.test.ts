import { chartSpec, layoutChart, renderChartSvg } from '@chiso/shared/chart';
import { afterEach, describe, expect, it } from 'vitest';
import { dtiRankSeries } from '../test/fixtures';
import { interact } from './interact';

afterEach(() => document.body.replaceChildren());

/** The chart as the app draws it, with its tooltip and keyboard reading; the years read with the arrow keys. */
function drawn(lang: 'vi' | 'en') {
  const host = document.createElement('div');
  document.body.append(host);
  const spec = chartSpec({ series: [dtiRankSeries], lang, width: 640, height: 400, origin: 'https://chiso.example', id: 'c', theme: 'light', frame: false });
  const layout = layoutChart(spec);
  host.innerHTML = renderChartSvg(spec, layout);
  const svg = host.querySelector('svg')!;
  interact(host, svg, spec, layout);
  const key = (k: string) => svg.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  const tip = () => host.querySelector('.chiso-tip')!.textContent;
  const live = () => host.querySelector('[aria-live]')!.textContent;
  return { key, tip, live, svg };
}

describe('chart tooltip', () => {
  it('reads a rank with its denominator, and a rank stated without one as it was stated', () => {
    const c = drawn('vi');
    c.key('Home');
    expect(c.tip()).toBe('2021hạng 7/63');
    expect(c.live()).toBe('2021: hạng 7/63');
    c.key('End');
    expect(c.live()).toBe('2023: hạng 5');
    const en = drawn('en');
    en.key('Home');
    en.key('ArrowRight');
    expect(en.live()).toBe('2022: rank 3/63');
  });

  it('and the chart’s text alternative says the denominators too', () => {
    expect(drawn('en').svg.querySelector('desc')?.textContent ?? '').toContain('rank 7/63 in 2021');
  });
});
