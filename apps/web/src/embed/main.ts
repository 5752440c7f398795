import './embed.css';
import { chartSpec, fitHeight, heightForWidth, layoutChart, renderChartSvg } from '@chiso/shared/chart';
import type { EmbedData } from '@chiso/shared/embed';
import { embedData } from './data';
import { postHeights } from './height';
import { interact } from '../chart/interact';

/**
 * The embed page: redraws the server's chart at the frame's width with the same renderer, adds tooltips and
 * keyboard reading, and keeps the parent informed of its height. No framework: this is all the page loads.
 */
function draw(host: HTMLElement, data: EmbedData): void {
  const width = Math.max(280, Math.round(host.clientWidth || document.documentElement.clientWidth));
  // The server writes `axes` into the chart it draws; the page reads it from its own address.
  const axes = new URLSearchParams(location.search).get('axes') === 'dual' ? 'dual' : data.axes;
  const spec = fitHeight(chartSpec({ ...data, axes, width, height: heightForWidth(width), id: 'chiso-chart-svg' }));
  const layout = layoutChart(spec);
  host.innerHTML = renderChartSvg(spec, layout);
  const svg = host.querySelector('svg');
  if (svg) interact(host, svg, spec, layout);
}

async function main(): Promise<void> {
  let host = document.getElementById('chiso-chart');
  if (!host) {
    host = document.createElement('main');
    host.id = 'chiso-chart';
    document.body.prepend(host);
  }
  const data = await embedData(document, location);
  document.documentElement.lang = data.lang;
  document.documentElement.dataset.theme = data.theme;
  let drawnWidth = -1;
  const redraw = () => {
    const w = host.clientWidth;
    if (w === drawnWidth) return;
    drawnWidth = w;
    draw(host, data);
  };
  redraw();
  let frame = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(redraw);
  });
  postHeights(window);
}

main().catch((e: unknown) => {
  const p = document.createElement('p');
  p.textContent = `Chỉ số: ${e instanceof Error ? e.message : String(e)}`;
  document.body.append(p);
});
