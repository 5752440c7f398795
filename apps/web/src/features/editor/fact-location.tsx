import type { FactLocation } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { displayPercent } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { factLocationQuery } from '../../lib/queries';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const weakest = (words: readonly { confidence: number }[]) => (words.length > 0 ? Math.round(Math.min(...words.map((w) => w.confidence))) : null);

/** The scanned page a figure was read from, with the figure's box marked, scrolled into view; and what OCR said. */
function PageImage({ page, ocr }: { page: NonNullable<FactLocation['page']>; ocr: FactLocation['ocr'] }) {
  const { lang, t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLSpanElement>(null);

  // Scroll the frame (not the page) so the box sits a third of the way down, centred across.
  useLayoutEffect(() => {
    const f = frame.current;
    const b = box.current;
    if (!f || !b) return;
    const place = () => {
      f.scrollTop = Math.max(0, b.offsetTop - f.clientHeight / 3);
      f.scrollLeft = Math.max(0, b.offsetLeft + b.offsetWidth / 2 - f.clientWidth / 2);
    };
    place();
    // the pane's layout settles after this (the image beside the text once the location is known): place again
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    resized?.observe(f);
    return () => resized?.disconnect();
  }, [page.image, page.box.x, page.box.y]);

  const numberConf = ocr ? weakest(ocr.number) : null;
  const unitConf = ocr ? weakest(ocr.unit) : null;
  return (
    <figure className="page-image">
      <figcaption className="small muted">{t('rev.page', { n: page.page })}</figcaption>
      <div ref={frame} className="page-image-frame" tabIndex={0} aria-label={t('rev.pageAlt', { n: page.page })}>
        <div className="page-image-sheet" style={{ aspectRatio: `${page.width} / ${page.height}` }}>
          <img src={page.image} alt={t('rev.pageAlt', { n: page.page })} width={page.width} height={page.height} />
          <span
            ref={box}
            className="page-image-box"
            data-testid="page-box"
            style={{ left: pct(page.box.x), top: pct(page.box.y), width: pct(page.box.w), height: pct(page.box.h) }}
          />
        </div>
      </div>
      {ocr && (
        <div className="small">
          {numberConf !== null && <p>{t('rev.ocrWords', { number: numberConf, unit: unitConf ?? '–' })}</p>}
          {ocr.corrected && <p className="callout">{t('rev.ocrCorrected')}</p>}
          {ocr.penalty > 0 && <p className="muted">{t('rev.ocrPenalty', { pct: displayPercent(Math.round(ocr.penalty * 100), lang) })}</p>}
        </div>
      )}
    </figure>
  );
}

/** Where the figure is in its file beyond the text: the scanned page with its box, or the workbook cell. */
export function FactLocationView({ factId }: { factId: number }) {
  const { t } = useI18n();
  const location = useQuery(factLocationQuery(factId));
  const at = location.data;
  if (!at) return null;
  if (at.page) return <PageImage page={at.page} ocr={at.ocr} />;
  if (at.cell) return <p className="small muted">{t('rev.cell', { sheet: at.cell.sheet, cell: at.cell.cell })}</p>;
  return null;
}

/** Whether the figure has a page image to show (the pane then sets the image beside the text). */
export function useHasPageImage(factId: number): boolean {
  return useQuery(factLocationQuery(factId)).data?.page != null;
}
