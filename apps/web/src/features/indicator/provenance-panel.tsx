import { formatChange, formatDate, type FactWithSource, type SeriesPoint, type Unit } from '@chiso/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { Badge } from '../../components/badge';
import { displayPercent, displayRange, displayValue, outlet } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { Quote } from './quote';

const qualifierOrder = { actual: 0, estimate: 1, target: 2 } as const;

function FactItem({ fact, unit, headline }: { fact: FactWithSource; unit: Unit; headline: boolean }) {
  const { lang, t } = useI18n();
  const s = fact.source;
  const value =
    fact.value !== null
      ? displayValue(fact.value, unit, lang, fact.approx)
      : fact.value_min !== null && fact.value_max !== null
        ? displayRange(fact.value_min, fact.value_max, unit, lang)
        : '–';
  const who = outlet(s);
  const inDocument = s.format !== null && s.format !== 'csv' && fact.start !== null && fact.end !== null;
  return (
    <li className={`fact${headline ? ' fact-headline' : ''}`} data-fact={fact.id}>
      <div className="fact-head">
        <span className="fact-value">{value}</span>
        <span className="badges">
          {headline && <Badge tone="info">{t('prov.headline')}</Badge>}
          <Badge tone={fact.qualifier === 'actual' ? 'neutral' : fact.qualifier}>{t(`q.${fact.qualifier}`)}</Badge>
        </span>
      </div>
      {fact.quote !== null ? <Quote fact={{ ...fact, quote: fact.quote }} /> : <p className="muted small">{t('prov.noQuote')}</p>}
      {(fact.change_pct !== null || fact.plan_pct !== null) && (
        <p className="small">
          {fact.change_pct !== null &&
            t('prov.change', { change: formatChange(fact.change_pct, lang), year: fact.change_vs_year ?? fact.year - 1 })}
          {fact.change_pct !== null && fact.plan_pct !== null && '; '}
          {fact.plan_pct !== null && t('prov.plan', { pct: displayPercent(fact.plan_pct, lang) })}
        </p>
      )}
      <p className="fact-source">
        {who && <strong>{who}</strong>}
        {who && ' · '}
        {t(`kind.${s.kind}`)}
        {' · '}
        {s.published_on ? t('prov.published', { date: formatDate(s.published_on, lang) }) : t('prov.noDate')}
      </p>
      {s.title && (
        <p className="fact-title small" lang="vi">
          {s.title}
        </p>
      )}
      <p className="fact-links small">
        {s.url && (
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {t('prov.open')}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        {inDocument && (
          <Link href={`/sources/${s.id}?fact=${fact.id}`}>{t('prov.inDocument')}</Link>
        )}
      </p>
      {fact.note && (
        <p className="small muted">
          {t('prov.note')}: <span lang="en">{fact.note}</span>
        </p>
      )}
    </li>
  );
}

export function ProvenancePanel({
  year,
  unit,
  point,
  facts,
  onClose,
}: {
  year: number;
  unit: Unit;
  point: SeriesPoint | undefined;
  facts: readonly FactWithSource[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [year]);
  const list = facts
    .filter((f) => f.year === year)
    .sort(
      (a, b) =>
        Number(b.id === point?.fact_id) - Number(a.id === point?.fact_id) ||
        qualifierOrder[a.qualifier] - qualifierOrder[b.qualifier] ||
        (b.source.published_on ?? '').localeCompare(a.source.published_on ?? ''),
    );
  return (
    <section className="panel provenance" aria-labelledby="provenance-title" id="provenance">
      <div className="panel-head">
        <h2 id="provenance-title" ref={heading} tabIndex={-1}>
          {t('prov.title', { year })}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('prov.close')}
        </button>
      </div>
      {point?.conflict && <p className="callout">{t('prov.conflict')}</p>}
      {list.length === 0 ? (
        <p>{t('prov.none', { year })}</p>
      ) : (
        <ol className="fact-list" role="list">
          {list.map((f) => (
            <FactItem key={f.id} fact={f} unit={unit} headline={f.id === point?.fact_id} />
          ))}
        </ol>
      )}
    </section>
  );
}
