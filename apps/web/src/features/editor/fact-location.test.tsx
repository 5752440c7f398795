import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FactLocation } from '@chiso/shared';
import { LangProvider } from '../../lib/i18n';
import { FactLocationView } from './fact-location';

const scanned: FactLocation = {
  fact_id: 9,
  source_id: 4,
  cell: null,
  page: { page: 2, image: '/api/v1/sources/4/pages/2.jpg', width: 1240, height: 1754, box: { x: 0.25, y: 0.5, w: 0.1, h: 0.02 } },
  ocr: {
    page: 2,
    box: { x: 0.25, y: 0.5, w: 0.1, h: 0.02 },
    number: [{ text: '4.250', confidence: 81.5 }],
    unit: [{ text: 'tỷ', confidence: 93 }, { text: 'đồng', confidence: 96 }],
    quote: { min: 60, mean: 90, words: 14 },
    corrected: true,
    penalty: 0.36,
  },
};

function show(location: FactLocation) {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(location), { status: 200, headers: { 'content-type': 'application/json' } }));
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={qc}>
      <LangProvider initial="en">
        <FactLocationView factId={location.fact_id} />
      </LangProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FactLocationView', () => {
  it('shows the scanned page with the figure boxed, and what OCR said of its words', async () => {
    show(scanned);
    const img = await screen.findByRole('img');
    expect(img.getAttribute('src')).toBe('/api/v1/sources/4/pages/2.jpg');
    const box = screen.getByTestId('page-box');
    expect(box.style.left).toBe('25.00%');
    expect(box.style.top).toBe('50.00%');
    expect(box.style.width).toBe('10.00%');
    expect(screen.getByText('OCR confidence 82 for the number, 93 for its unit (out of 100).')).toBeTruthy();
    expect(screen.getByText(/OCR turned letters into digits/)).toBeTruthy();
    expect(screen.getByText(/Page 2, scanned image/)).toBeTruthy();
  });

  it('names the sheet and cell of a figure read from a workbook', async () => {
    show({ fact_id: 3, source_id: 1, cell: { sheet: 'Số liệu', cell: 'D4' }, page: null, ocr: null });
    expect(await screen.findByText('Sheet “Số liệu”, cell D4')).toBeTruthy();
  });
});
