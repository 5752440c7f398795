import type { FactWithSource, IndicatorWithCoverage } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { Empty, QueryView } from '../../components/status';
import { useI18n } from '../../lib/i18n';
import { factsQuery, indicatorsQuery, pendingSourcesQuery } from '../../lib/queries';
import type { Session } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BulkAccept } from './bulk-accept';
import { DocumentPane } from './document-pane';
import { EditForm } from './edit-form';
import { factLabel } from './fact-label';
import { RejectForm } from './reject-form';
import { RequireEditor } from './require-editor';
import { useReviewKeys, type ReviewAction } from './review-keys';
import { ReviewItem } from './review-item';
import { queueParams, useReview, type ReviewCommand } from './use-review';
import { WriteError } from './write-error';
import './editor.css';

const positiveInt = (s: string | null) => (s && /^\d+$/.test(s) && Number(s) > 0 ? Number(s) : undefined);

function SourceFilter({ value, onChange }: { value: number | undefined; onChange: (source: number | undefined) => void }) {
  const { t } = useI18n();
  const sources = useQuery(pendingSourcesQuery());
  const list = (sources.data?.sources ?? []).filter((s) => s.facts.pending > 0 || s.id === value);
  return (
    <label className="field">
      <span className="field-label">{t('rev.source')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(positiveInt(e.target.value))}>
        <option value="">{t('rev.allSources')}</option>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {(s.title ?? `#${s.id}`).slice(0, 60)} ({s.facts.pending})
          </option>
        ))}
      </select>
    </label>
  );
}

function Queue({
  session,
  facts,
  total,
  indicators,
  source,
  currentId,
  select,
}: {
  session: Session;
  facts: readonly FactWithSource[];
  total: number;
  indicators: readonly IndicatorWithCoverage[];
  source: number | undefined;
  currentId: number | undefined;
  select: (id: number | undefined) => void;
}) {
  const { lang, t } = useI18n();
  const [mode, setMode] = useState<'view' | 'reject' | 'edit'>('view');
  const [done, setDone] = useState<string | null>(null);
  const review = useReview(session, source);
  // When the current figure leaves the queue, the one that took its place comes next.
  const lastIndex = useRef(0);
  const found = facts.findIndex((f) => f.id === currentId);
  const index = found >= 0 ? found : Math.min(lastIndex.current, facts.length - 1);
  if (found >= 0) lastIndex.current = found;
  const current = index >= 0 ? facts[index] : undefined;

  useEffect(() => {
    if (current && current.id !== currentId) select(current.id);
  }, [current, currentId, select]);

  const run = (cmd: ReviewCommand) => {
    setDone(null);
    review.mutate(cmd, {
      onSuccess: ({ accepted }) => {
        setMode('view');
        if (cmd.kind === 'bulk') setDone(accepted === 1 ? t('rev.bulkDone1') : t('rev.bulkDone', { n: accepted }));
        else {
          const what = factLabel(cmd.kind === 'edit' ? { ...cmd.fact, ...cmd.patch } : cmd.fact, indicators, lang);
          setDone(t(cmd.kind === 'accept' ? 'rev.accepted' : cmd.kind === 'reject' ? 'rev.rejected' : 'rev.edited', { what }));
        }
      },
    });
  };

  const move = (by: number) => {
    const next = facts[Math.max(0, Math.min(facts.length - 1, index + by))];
    if (next) select(next.id);
  };

  const act = (action: ReviewAction) => {
    if (!current || review.isPending) return;
    if (action === 'next') move(1);
    else if (action === 'prev') move(-1);
    else if (action === 'accept') run({ kind: 'accept', fact: current });
    else {
      review.reset();
      setMode(action);
    }
  };
  useReviewKeys(mode === 'view', act);

  const bulkSource = source ?? current?.source_id;
  return (
    <>
      <p className="review-count" aria-live="polite">
        <strong>{total === 1 ? t('rev.left1') : t('rev.left', { n: total })}</strong>
        {current && <span className="muted"> · {t('rev.position', { i: index + 1, n: facts.length })}</span>}
      </p>
      <p className="callout callout-info review-done" role="status">
        {done}
      </p>
      {review.isError && <WriteError error={review.error} />}
      {!current ? (
        <Empty>{t('rev.empty')}</Empty>
      ) : (
        <div className="review-layout">
          <section className="review-current" aria-labelledby="review-current-title">
            <h2 id="review-current-title" className="visually-hidden">
              {t('rev.figure')}
            </h2>
            <ReviewItem fact={current} indicators={indicators} />
            {mode === 'view' && (
              <div className="toolbar review-actions">
                <button type="button" className="button button-primary" onClick={() => act('accept')} disabled={review.isPending} aria-keyshortcuts="a">
                  {t('rev.accept')} <kbd>a</kbd>
                </button>
                <button type="button" className="button" onClick={() => act('reject')} disabled={review.isPending} aria-keyshortcuts="r">
                  {t('rev.reject')} <kbd>r</kbd>
                </button>
                <button type="button" className="button" onClick={() => act('edit')} disabled={review.isPending} aria-keyshortcuts="e">
                  {t('rev.edit')} <kbd>e</kbd>
                </button>
                <span className="review-move">
                  <button type="button" className="button" onClick={() => act('prev')} disabled={index <= 0} aria-keyshortcuts="k">
                    <span aria-hidden="true">↑</span> {t('rev.prev')} <kbd>k</kbd>
                  </button>
                  <button type="button" className="button" onClick={() => act('next')} disabled={index >= facts.length - 1} aria-keyshortcuts="j">
                    <span aria-hidden="true">↓</span> {t('rev.next')} <kbd>j</kbd>
                  </button>
                </span>
              </div>
            )}
            {mode === 'reject' && (
              <RejectForm busy={review.isPending} onReject={(reason) => run({ kind: 'reject', fact: current, reason })} onCancel={() => setMode('view')} />
            )}
            {mode === 'edit' && (
              <EditForm
                fact={current}
                indicators={indicators}
                busy={review.isPending}
                onSave={(patch) => run({ kind: 'edit', fact: current, patch })}
                onCancel={() => setMode('view')}
              />
            )}
            <p className="small muted review-shortcuts">{t('rev.shortcuts')}</p>
            {bulkSource !== undefined && (
              <BulkAccept sourceId={bulkSource} pending={facts} busy={review.isPending} onAccept={(sourceId, minConfidence) => run({ kind: 'bulk', sourceId, minConfidence })} />
            )}
          </section>
          <DocumentPane fact={current} indicators={indicators} />
        </div>
      )}
    </>
  );
}

function ReviewView({ session }: { session: Session }) {
  const { t } = useI18n();
  useDocumentTitle(t('rev.title'));
  const [, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const source = positiveInt(params.get('source'));
  const currentId = positiveInt(params.get('fact'));
  const queue = useQuery(factsQuery(queueParams(source)));
  const catalogue = useQuery(indicatorsQuery());

  const go = (next: { source: number | undefined; fact: number | undefined }) => {
    const q = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) q.delete(k);
      else q.set(k, String(v));
    }
    const s = q.toString();
    navigate(`/review${s ? `?${s}` : ''}`, { replace: true });
  };

  return (
    <div className="page review">
      <div className="page-head">
        <div>
          <h1>{t('rev.title')}</h1>
          <p className="lead">{t('rev.intro')}</p>
        </div>
        <SourceFilter value={source} onChange={(s) => go({ source: s, fact: undefined })} />
      </div>
      <QueryView query={queue} loadingHeight={400}>
        {(data) => (
          <Queue
            session={session}
            facts={data.facts}
            total={data.total}
            indicators={catalogue.data?.indicators ?? []}
            source={source}
            currentId={currentId}
            select={(fact) => go({ source, fact })}
          />
        )}
      </QueryView>
    </div>
  );
}

export default function ReviewPage() {
  return <RequireEditor>{(session) => <ReviewView session={session} />}</RequireEditor>;
}
