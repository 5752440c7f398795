import { formatChange, formatDate, pointValue, type FactWithSource, type Lang, type SeriesPoint, type StatedValue, type Unit } from '@chiso/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { Badge } from '../../components/badge';
import { displayPercent, displayRange, displayValue, outlet, textLang } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { Quote } from './quote';

const qualifierOrder = { actual: 0, estimate: 1, target: 2 } as const;

/** Sources give a day, a month or only a year; the sentence differs ("đăng ngày 16/01/2024", "đăng năm 2025"). */
function publishedKey(date: string) {
  return date.length >= 10 ? 'prov.published' : date.length >= 7 ? 'prov.publishedMonth' : 'prov.publishedYear';
}

function FactItem({ fact }: { fact: FactWithSource }) {
  const { lang, t } = useI18n();
  const s = fact.source;
  const who = outlet(s);
  const inDocument = s.format !== null && s.format !== 'csv' && fact.start !== null && fact.end !== null;
  // Only the note written for the public; the curators' internal note stays on the editors' pages.
  const note = lang === 'vi' ? (fact.public_note_vi ?? fact.public_note_en) : (fact.public_note_en ?? fact.public_note_vi);
  const publicNote = note ? { text: note, lang: note === fact.public_note_vi ? 'vi' : 'en' } : null;
  return (
    <li className="fact" data-fact={fact.id}>
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
        {s.published_on ? t(publishedKey(s.published_on), { date: formatDate(s.published_on, lang) }) : t('prov.noDate')}
        {fact.qualifier !== 'actual' && <> · {t(`q.${fact.qualifier}`)}</>}
        {' · '}
        {t(`method.${fact.method}`)}
        {fact.method === 'extracted' && fact.confidence !== null && <> ({t('prov.confidence', { pct: displayPercent(Math.round(fact.confidence * 100), lang) })})</>}
      </p>
      {s.title && (
        <p className="fact-title small" lang={textLang(s.title)}>
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
        {inDocument && <Link href={`/sources/${s.id}?fact=${fact.id}`}>{t('prov.inDocument')}</Link>}
        <Link href={`/facts/${fact.id}/history`}>{t('prov.history')}</Link>
      </p>
      {publicNote && (
        <p className="small muted">
          {t('prov.note')}: <span lang={publicNote.lang}>{publicNote.text}</span>
        </p>
      )}
    </li>
  );
}

interface ValueGroup {
  value: string;
  kind: 'actual' | 'estimate' | 'target';
  headline: boolean;
  /** How the value stands to the headline (the series' `values`); targets have none. */
  relation: StatedValue['relation'] | null;
  facts: FactWithSource[];
}

/**
 * Facts of a year grouped by the value they state (exactly: figures that differ by rounding stay apart and are
 * labelled so), the headline's group first; each group takes its relation from the series point.
 */
function groupFacts(facts: readonly FactWithSource[], point: SeriesPoint | undefined, unit: Unit, lang: Lang): ValueGroup[] {
  const groups: (ValueGroup & { n: number | null; approx: string })[] = [];
  for (const f of facts) {
    const n = pointValue(f);
    const label =
      f.value !== null
        ? displayValue(f.value, unit, lang, f.approx)
        : f.value_min !== null && f.value_max !== null
          ? displayRange(f.value_min, f.value_max, unit, lang)
          : '–';
    const same = groups.find((g) => g.kind === f.qualifier && g.n === n && g.approx === f.approx);
    if (same) {
      same.facts.push(f);
      if (f.id === point?.fact_id) same.headline = true;
      continue;
    }
    const stated = point?.values.find((v) => v.value === n && v.qualifier === f.qualifier && v.approx === f.approx);
    groups.push({ value: label, n, approx: f.approx, kind: f.qualifier, headline: f.id === point?.fact_id, relation: f.qualifier === 'target' ? null : (stated?.relation ?? null), facts: [f] });
  }
  return groups.sort((a, b) => Number(b.headline) - Number(a.headline) || qualifierOrder[a.kind] - qualifierOrder[b.kind]);
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
  const { t, tn } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    // When the reader picks a year and the panel sits below the chart (narrow screens), bring it into view.
    if (mounted.current) {
      const box = heading.current?.getBoundingClientRect();
      if (box && box.top > window.innerHeight - 80) heading.current?.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
    }
    mounted.current = true;
  }, [year]);
  const { lang } = useI18n();
  const list = facts
    .filter((f) => f.year === year)
    .sort(
      (a, b) =>
        Number(b.id === point?.fact_id) - Number(a.id === point?.fact_id) ||
        qualifierOrder[a.qualifier] - qualifierOrder[b.qualifier] ||
        (b.source.published_on ?? '').localeCompare(a.source.published_on ?? ''),
    );
  const groups = groupFacts(list, point, unit, lang);
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
        groups.map((g) => (
          <div key={`${g.kind}-${g.value}`} className={`value-group${g.headline ? ' is-headline' : ''}`}>
            <div className="fact-head">
              <span className="fact-value">{g.value}</span>
              <span className="badges">
                {g.headline && <Badge tone="info">{t('prov.headline')}</Badge>}
                {!g.headline && g.relation && g.relation !== 'headline' && (
                  <Badge tone={g.relation === 'conflict' ? 'conflict' : 'neutral'} title={t(`rel.${g.relation}Title`)}>
                    {t(`rel.${g.relation}`)}
                  </Badge>
                )}
                <Badge tone={g.kind === 'actual' ? 'neutral' : g.kind}>{t(`q.${g.kind}`)}</Badge>
                <Badge>{tn('prov.sources', new Set(g.facts.map((f) => f.source_id)).size)}</Badge>
              </span>
            </div>
            <ol className="fact-list" role="list">
              {g.facts.map((f) => (
                <FactItem key={f.id} fact={f} />
              ))}
            </ol>
          </div>
        ))
      )}
    </section>
  );
}
