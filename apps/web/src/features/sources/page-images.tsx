import type { Fact, SourcePageImage } from '@chiso/shared';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../lib/i18n';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** Whether the figure arrived from has a box on a page image (the page is then scrolled to the box, not the text). */
export function hasPageBox(pages: readonly SourcePageImage[], factId: number | undefined): boolean {
  return factId !== undefined && pages.some((p) => p.boxes.some((b) => b.fact_id === factId));
}

/**
 * One scanned page: the image with a box around each accepted figure (a link to the figure in the text; a
 * machine-read one dashed and named so), the figure arrived from emphasised and scrolled to. The text OCR read from
 * the page is the image's text alternative, under it.
 */
function PageView({ page, text, facts, focusFact, describe }: { page: SourcePageImage; text: string | null; facts: readonly Fact[]; focusFact: number | undefined; describe: (f: Fact) => string }) {
  const { t } = useI18n();
  const focused = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' });
    focused.current?.focus({ preventScroll: true });
  }, [focusFact]);
  const ocrText = text !== null && page.text_start !== null && page.text_end !== null ? text.slice(page.text_start, page.text_end) : null;
  const textId = `page-${page.page}-text`;
  return (
    <figure className="source-page-image" id={`page-${page.page}`}>
      <figcaption className="small muted">{t('src.page', { n: page.page })}</figcaption>
      <div className="source-page-sheet" style={{ aspectRatio: `${page.width} / ${page.height}` }}>
        <img src={page.image} alt={t('src.pageAlt', { n: page.page })} aria-describedby={ocrText ? textId : undefined} width={page.width} height={page.height} loading="lazy" />
        {page.boxes.map(({ fact_id, box }) => {
          const fact = facts.find((f) => f.id === fact_id);
          if (!fact) return null;
          const name = fact.machine_read ? `${describe(fact)} (${t('badge.machineRead')})` : describe(fact);
          return (
            <a
              key={fact_id}
              href={`#fact-${fact_id}`}
              ref={fact_id === focusFact ? focused : undefined}
              className={['page-box', fact_id === focusFact ? 'is-focus' : '', fact.machine_read ? 'is-machine-read' : ''].join(' ').trim()}
              data-fact={fact_id}
              style={{ left: pct(box.x), top: pct(box.y), width: pct(box.w), height: pct(box.h) }}
              title={name}
              aria-label={name}
            />
          );
        })}
      </div>
      {ocrText !== null && (
        <details className="page-ocr">
          <summary>{t('src.pageText', { n: page.page })}</summary>
          <p id={textId} className="document-text">
            {ocrText}
          </p>
        </details>
      )}
    </figure>
  );
}

/** The page images of a source read by OCR (scans), in page order. */
export function PageImages(props: { pages: readonly SourcePageImage[]; text: string | null; facts: readonly Fact[]; focusFact: number | undefined; describe: (f: Fact) => string }) {
  const { t } = useI18n();
  if (props.pages.length === 0) return null;
  return (
    <section aria-labelledby="pages-title" className="source-pages">
      <h2 id="pages-title">{t('src.pages')}</h2>
      <p className="small muted">{t('src.pagesIntro')}</p>
      {props.pages.map((page) => (
        <PageView key={page.page} page={page} text={props.text} facts={props.facts} focusFact={hasPageBox([page], props.focusFact) ? props.focusFact : undefined} describe={props.describe} />
      ))}
    </section>
  );
}
