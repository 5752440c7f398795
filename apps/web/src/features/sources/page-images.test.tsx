import type { Fact, SourcePageImage } from '@chiso/shared';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pendingFact } from '../editor/test-data';
import { renderIn } from '../../test/render';
import { hasPageBox, PageImages } from './page-images';

const text = 'Trang một. Năm 2023, doanh thu đạt 4.250 tỷ đồng.\nTrang hai.';
const fact = (id: number, machineRead: boolean): Fact => {
  const { source: _, ...f } = { ...pendingFact(id, 'ict_revenue', 4250, 0.9), status: 'accepted' as const, machine_read: machineRead };
  return f;
};
const pages: SourcePageImage[] = [
  { page: 1, image: '/api/v1/sources/4/pages/1.jpg', width: 1240, height: 1754, text_start: 0, text_end: 50, boxes: [{ fact_id: 9, box: { x: 0.25, y: 0.5, w: 0.1, h: 0.02 } }, { fact_id: 10, box: { x: 0.5, y: 0.6, w: 0.1, h: 0.02 } }] },
  { page: 2, image: '/api/v1/sources/4/pages/2.jpg', width: 1240, height: 1754, text_start: 51, text_end: 61, boxes: [] },
];
const scrolled = vi.fn();

beforeEach(() => {
  // jsdom lays nothing out
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(() => {
  cleanup();
  scrolled.mockReset();
});

describe('PageImages (the public source page of a scan)', () => {
  it('shows each page with its OCR text as the text alternative, and a box for each accepted figure', () => {
    renderIn('en', <PageImages pages={pages} text={text} facts={[fact(9, false), fact(10, true)]} focusFact={10} describe={(f) => `Revenue ${f.year}: ${f.value}`} />);
    const images = screen.getAllByRole('img');
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['/api/v1/sources/4/pages/1.jpg', '/api/v1/sources/4/pages/2.jpg']);
    expect(images[0]?.getAttribute('alt')).toBe('Scan of page 1 of the document; the text read from this page follows the image.');
    const described = document.getElementById(images[0]?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(text.slice(0, 50));
    const checked = screen.getByRole('link', { name: 'Revenue 2020: 4250' });
    expect(checked.getAttribute('href')).toBe('#fact-9');
    expect(checked.style.left).toBe('25.00%');
    expect(checked.className).toBe('page-box');
    // the machine-read figure stays named and drawn as machine-read; it is the one arrived from, emphasised and scrolled to
    const machine = screen.getByRole('link', { name: 'Revenue 2020: 4250 (Machine-read, not yet reviewed)' });
    expect(machine.className).toBe('page-box is-focus is-machine-read');
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(machine);
  });

  it('shows nothing for a source without page images, and knows when a figure has a box', () => {
    const { container } = renderIn('en', <PageImages pages={[]} text={text} facts={[]} focusFact={undefined} describe={() => ''} />);
    expect(container.innerHTML).toBe('');
    expect(hasPageBox(pages, 9)).toBe(true);
    expect(hasPageBox(pages, 11)).toBe(false);
    expect(hasPageBox(pages, undefined)).toBe(false);
  });
});
