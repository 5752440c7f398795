import { chartSpec, fitHeight, heightForWidth, layoutChart, renderChartSvg, type ChartInput, type ChartSpec } from '@chiso/shared/chart';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useChartTheme } from '../lib/palette';
import { interact } from './interact';

export type ChartViewInput = Omit<ChartInput, 'width' | 'height' | 'origin' | 'id' | 'theme' | 'frame'>;

/**
 * A chart drawn by the shared renderer (the same drawing as the server's images and the embeds) at its box's width,
 * with the shared tooltips, keyboard reading and, where given, a click or Enter that selects a year.
 */
export function ChartView({ input, onSelect, minHeight = 300 }: { input: ChartViewInput; onSelect?: (year: number) => void; minHeight?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const theme = useChartTheme();
  const id = `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const select = useRef(onSelect);
  select.current = onSelect;

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el || width === 0) return;
    const spec: ChartSpec = fitHeight(
      chartSpec({ ...input, width, height: Math.max(minHeight, heightForWidth(width) - 60), origin: window.location.origin, id, theme: theme.dark ? 'dark' : 'light', frame: false }),
    );
    const layout = layoutChart(spec);
    el.innerHTML = renderChartSvg(spec, layout);
    const svg = el.querySelector('svg');
    if (svg) interact(el, svg, spec, layout, select.current ? { onSelect: (y) => select.current?.(y) } : {});
  }, [input, width, theme, id, minHeight]);

  return <div ref={host} className="chart-host" style={width === 0 ? { minHeight } : undefined} />;
}
