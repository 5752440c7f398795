import './chart.css';
import { formatMeasured, formatPoint, machineReadLabel, measureOfSeries, palettes, type ChartLayout, type ChartSpec } from '@chiso/shared/chart';

const NS = 'http://www.w3.org/2000/svg';

const words = {
  vi: {
    estimate: 'ước tính',
    other: 'nguồn khác',
    target: 'mục tiêu',
    since: (y: number) => `so với ${y}`,
    hint: 'Dùng phím mũi tên trái, phải để đọc từng năm.',
    select: 'Nhấn Enter để xem nguồn gốc số liệu của năm.',
  },
  en: {
    estimate: 'estimate',
    other: 'other source',
    target: 'target',
    since: (y: number) => `against ${y}`,
    hint: 'Use the left and right arrow keys to read each year.',
    select: 'Press Enter to see where the year’s figures come from.',
  },
} as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What a year holds, as rows of text: each series' value, with other sources' figures and targets. */
function yearRows(spec: ChartSpec, year: number): { colour: string; text: string | null; label: string; note: string }[] {
  const w = words[spec.lang];
  const dark = spec.theme === 'dark' || (spec.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  const colours = palettes[dark ? 'dark' : 'light'].series;
  return spec.series.map((s) => {
    const p = s.points.find((q) => q.year === year);
    const measure = measureOfSeries(spec, s);
    const f = (v: number) => formatMeasured(v, measure, spec.lang);
    const notes = [
      ...(p?.estimate ? [w.estimate] : []),
      ...(p?.machineRead ? [machineReadLabel[spec.lang]] : []),
      ...(p?.since !== undefined ? [w.since(p.since)] : []),
      ...s.others.filter((o) => o.year === year).map((o) => `${w.other}: ${f(o.value)}`),
      ...s.targets.filter((t) => t.year === year).map((t) => `${w.target}: ${f(t.value)}`),
    ];
    const value = p ? formatPoint(p, measure, spec.lang) : null;
    const named = (v: string) => (spec.series.length > 1 ? `${s.label}: ${v}` : v);
    return { colour: colours[s.index % colours.length]!, text: value === null ? null : named(value), label: named(''), note: notes.join(' · ') };
  });
}

export interface InteractOptions {
  /** Click or Enter on a year (the app's indicator page opens the year's provenance). */
  onSelect?: ((year: number) => void) | undefined;
}

/**
 * Tooltips on hover and touch, and reading year by year with the arrow keys (announced in a live region),
 * on top of the drawn SVG; the embed page and the app's charts both use it. The years come from the same
 * layout the SVG was drawn with.
 */
export function interact(host: HTMLElement, svg: SVGSVGElement, spec: ChartSpec, L: ChartLayout, opts: InteractOptions = {}): void {
  const years = [...new Set([...L.years, ...spec.series.flatMap((s) => s.targets.map((t) => t.year))])].sort((a, b) => a - b);
  if (years.length === 0) return;
  const w = words[spec.lang];
  const tip = el('div', 'chiso-tip');
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  const live = el('p', 'chiso-sr');
  live.setAttribute('aria-live', 'polite');
  const hint = el('p', 'chiso-sr', opts.onSelect ? `${w.hint} ${w.select}` : w.hint);
  hint.id = `${spec.id}-hint`;
  host.append(tip, live, hint);

  const guide = document.createElementNS(NS, 'line');
  guide.setAttribute('y1', String(L.plot.top));
  guide.setAttribute('y2', String(L.plot.bottom));
  guide.setAttribute('class', 'ax');
  guide.setAttribute('stroke', palettes[spec.theme === 'dark' ? 'dark' : 'light'].axis);
  guide.setAttribute('stroke-dasharray', '3 3');
  guide.setAttribute('visibility', 'hidden');
  svg.insertBefore(guide, svg.querySelector('g[data-key]'));

  // A group, not an image, so screen readers reach the source link and the link back inside the drawing.
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-roledescription', spec.lang === 'vi' ? 'biểu đồ' : 'chart');
  svg.setAttribute('aria-labelledby', `${spec.id}-t`);
  svg.setAttribute('aria-describedby', `${spec.id}-d ${hint.id}`);
  svg.setAttribute('tabindex', '0');
  if (opts.onSelect) svg.style.cursor = 'pointer';
  let current = -1;

  const show = (index: number) => {
    current = Math.max(0, Math.min(years.length - 1, index));
    const year = years[current]!;
    const x = L.x(year);
    guide.setAttribute('x1', String(x));
    guide.setAttribute('x2', String(x));
    guide.setAttribute('visibility', 'visible');
    const rows = yearRows(spec, year).filter((r) => r.text !== null || r.note);
    tip.replaceChildren(el('b', '', String(year)));
    for (const r of rows) {
      const row = el('div', 'row');
      const sw = el('span', 'sw');
      sw.style.background = r.colour;
      row.append(sw, el('span', '', r.text ?? r.label.replace(/: $/, '')));
      tip.append(row);
      if (r.note) tip.append(el('div', 'note', r.note));
    }
    tip.hidden = false;
    const scale = svg.getBoundingClientRect().width / L.width;
    const px = x * scale;
    const left = px + 12 + tip.offsetWidth > host.clientWidth ? px - 12 - tip.offsetWidth : px + 12;
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${L.plot.top * scale}px`;
    live.textContent = `${year}: ${rows.map((r) => [r.text ?? r.label.replace(/: $/, ''), r.note].filter(Boolean).join(', ')).join('; ')}`;
  };
  const hide = () => {
    tip.hidden = true;
    guide.setAttribute('visibility', 'hidden');
  };
  const nearest = (clientX: number) => {
    const rect = svg.getBoundingClientRect();
    const x = ((clientX - rect.left) * L.width) / rect.width;
    let best = 0;
    years.forEach((y, i) => {
      if (Math.abs(L.x(y) - x) < Math.abs(L.x(years[best]!) - x)) best = i;
    });
    return best;
  };

  svg.addEventListener('pointermove', (e) => show(nearest(e.clientX)));
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('blur', hide);
  if (opts.onSelect) {
    const select = opts.onSelect;
    svg.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a')) return;
      select(years[nearest(e.clientX)]!);
    });
  }
  svg.addEventListener('keydown', (e) => {
    const moves: Record<string, number> = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: years.length - 1 };
    if (e.key === 'Escape') return hide();
    if (e.key === 'Enter' && opts.onSelect && current >= 0) {
      e.preventDefault();
      return opts.onSelect(years[current]!);
    }
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    show(current < 0 && e.key !== 'Home' ? years.length - 1 : to);
  });
}
