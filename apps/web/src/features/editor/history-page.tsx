import type { Fact, IndicatorWithCoverage, Lang, Revision } from '@chiso/shared';
import { formatNumber } from '@chiso/shared';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'wouter';
import { Badge } from '../../components/badge';
import { Empty, QueryView } from '../../components/status';
import { indicatorName } from '../../lib/display';
import { useI18n, type Translate } from '../../lib/i18n';
import { indicatorsQuery, revisionsQuery } from '../../lib/queries';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { factLabel } from './fact-label';
import { revisionChanges, type DiffField } from './revision-diff';
import './editor.css';

function show(field: DiffField, fact: Fact | null, indicators: readonly IndicatorWithCoverage[], lang: Lang, t: Translate): string {
  if (!fact || fact[field] === null) return '–';
  switch (field) {
    case 'indicator': {
      const ind = indicators.find((i) => i.key === fact.indicator);
      return ind ? indicatorName(ind, lang) : fact.indicator;
    }
    case 'status':
      return t(`status.${fact.status}`);
    case 'qualifier':
      return t(`q.${fact.qualifier}`);
    case 'method':
      return t(`method.${fact.method}`);
    case 'approx':
      return fact.approx === 'exact' ? t('edit.exact') : t(`approx.${fact.approx}`);
    case 'note':
      return fact.note ?? '–';
    case 'year':
    case 'change_vs_year':
      return String(fact[field]);
    default: {
      const n = fact[field];
      return n === null ? '–' : formatNumber(n, lang);
    }
  }
}

function when(at: string, lang: Lang): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function RevisionItem({ rev, indicators }: { rev: Revision; indicators: readonly IndicatorWithCoverage[] }) {
  const { lang, t } = useI18n();
  const changes = revisionChanges(rev);
  return (
    <li className="revision">
      <p className="revision-head">
        <Badge tone={rev.action === 'reject' ? 'conflict' : rev.action === 'accept' ? 'info' : 'neutral'}>{t(`action.${rev.action}`)}</Badge>{' '}
        <span>{t('hist.by', { who: rev.actor, when: when(rev.at, lang) })}</span>
      </p>
      {rev.reason && (
        <p className="small">
          {t('hist.reason', { reason: '' })}
          <q>{rev.reason}</q>
        </p>
      )}
      {changes.length === 0 ? (
        <p className="small muted">{t('hist.noChange')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table revision-table">
            <thead>
              <tr>
                <th scope="col">{t('hist.field')}</th>
                {rev.before && <th scope="col">{t('hist.before')}</th>}
                <th scope="col">{rev.before ? t('hist.after') : t('hist.created')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{t(`field.${c.field}`)}</th>
                  {rev.before && (
                    <td>
                      <del>{show(c.field, rev.before, indicators, lang, t)}</del>
                    </td>
                  )}
                  <td>
                    <ins>{show(c.field, rev.after, indicators, lang, t)}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

/** Every change to one figure, newest first: the fields before and after, who, when and why. Public, like the figure. */
export default function HistoryPage() {
  const { lang, t } = useI18n();
  const { id } = useParams<{ id: string }>();
  const factId = /^\d+$/.test(id) ? Number(id) : -1;
  useDocumentTitle(t('hist.title', { id }));
  const revisions = useQuery(revisionsQuery(factId));
  const catalogue = useQuery(indicatorsQuery());
  const session = useSession();
  const indicators = catalogue.data?.indicators ?? [];
  return (
    <div className="page history editor-narrow">
      {session && (
        <p className="eyebrow">
          <Link href="/review">{t('hist.back')}</Link>
        </p>
      )}
      <h1>{t('hist.title', { id })}</h1>
      <p className="lead">{t('hist.intro')}</p>
      <QueryView query={revisions} loadingHeight={300}>
        {(data) => {
          const latest = data.revisions.reduce<Revision | undefined>((a, r) => (!a || r.id > a.id ? r : a), undefined);
          if (!latest) return <Empty>{t('hist.empty')}</Empty>;
          const now = latest.after;
          return (
            <>
              <p className="callout callout-info">
                <strong>{t('hist.current')}:</strong> {factLabel(now, indicators, lang)} · {t(`status.${now.status}`)} ·{' '}
                <Link href={`/sources/${now.source_id}?fact=${now.id}`}>{t('prov.inDocument')}</Link>
              </p>
              <ol className="revision-list" role="list" reversed>
                {[...data.revisions]
                  .sort((a, b) => b.id - a.id)
                  .map((r) => (
                    <RevisionItem key={r.id} rev={r} indicators={indicators} />
                  ))}
              </ol>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
