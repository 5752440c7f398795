import type { Fact, IndicatorWithCoverage } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import { QueryView } from '../../components/status';
import { useI18n } from '../../lib/i18n';
import { sourceQuery } from '../../lib/queries';
import { MarkedText } from '../sources/marked-text';
import { factLabel } from './fact-label';
import { FactLocationView, useHasPageImage } from './fact-location';

/**
 * The source document beside the queue, every figure read from it marked, the current one scrolled to; for a scanned
 * page, the page image with the figure's box beside the OCR text; for a workbook, the figure's sheet and cell.
 */
export function DocumentPane({ fact, indicators }: { fact: Fact; indicators: readonly IndicatorWithCoverage[] }) {
  const { lang, t } = useI18n();
  const source = useQuery(sourceQuery(fact.source_id));
  const scanned = useHasPageImage(fact.id);
  const box = useRef<HTMLDivElement>(null);
  const text = source.data?.text;

  // Scroll the panel, not the page: the figure's card stays where the editor is looking.
  useLayoutEffect(() => {
    const panel = box.current;
    const mark = panel?.querySelector<HTMLElement>('.mark-focus');
    if (!panel || !mark) return;
    const top = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
  }, [fact.id, text]);

  return (
    <section className="review-document" aria-labelledby="review-doc-title">
      <div className="review-document-head">
        <h2 id="review-doc-title">{t('rev.document')}</h2>
        <Link href={`/sources/${fact.source_id}?fact=${fact.id}`} className="small">
          {t('rev.openSource')}
        </Link>
      </div>
      <QueryView query={source} loadingHeight={200}>
        {(s) => (
          <>
            <p className="small muted" lang="vi">
              {s.title ?? `#${s.id}`}
            </p>
            <div className={scanned ? 'review-document-body review-document-scanned' : 'review-document-body'}>
              <FactLocationView factId={fact.id} />
              {s.text ? (
                <div ref={box} className="review-document-text" tabIndex={0} aria-label={t('rev.document')}>
                  <MarkedText
                    text={s.text}
                    facts={s.fact_list.filter((f) => f.status !== 'rejected')}
                    focusFact={fact.id}
                    describe={(f) => factLabel(f, indicators, lang)}
                    scrollPage={false}
                  />
                </div>
              ) : (
                <p className="status status-empty">{t('src.noText')}</p>
              )}
            </div>
          </>
        )}
      </QueryView>
    </section>
  );
}
