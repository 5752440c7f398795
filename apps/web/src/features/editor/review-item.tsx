import type { FactWithSource, IndicatorWithCoverage } from '@chiso/shared';
import { Link } from 'wouter';
import { Badge } from '../../components/badge';
import { displayPercent, formatChange, indicatorName, outlet } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { Quote } from '../indicator/quote';
import { factValue } from './fact-label';

/** The figure under review: what was read, the sentence with the figure marked, how sure the reading is. */
export function ReviewItem({ fact, indicators }: { fact: FactWithSource; indicators: readonly IndicatorWithCoverage[] }) {
  const { lang, t } = useI18n();
  const ind = indicators.find((i) => i.key === fact.indicator);
  return (
    <div className="review-item">
      <p className="review-what">
        <span className="review-indicator">{ind ? indicatorName(ind, lang) : fact.indicator}</span>{' '}
        <span className="review-year">{fact.year}</span>
      </p>
      <p className="review-value">{factValue(fact, indicators, lang)}</p>
      <p className="badges">
        {fact.qualifier !== 'actual' && <Badge tone={fact.qualifier}>{t(`q.${fact.qualifier}`)}</Badge>}
        {fact.confidence !== null && <Badge tone="estimate">{t('rev.confidence', { pct: displayPercent(Math.round(fact.confidence * 100), lang) })}</Badge>}
      </p>
      {(fact.change_pct !== null || fact.plan_pct !== null) && (
        <p className="small">
          {fact.change_pct !== null && t('prov.change', { change: formatChange(fact.change_pct, lang), year: fact.change_vs_year ?? fact.year - 1 })}
          {fact.change_pct !== null && fact.plan_pct !== null && '; '}
          {fact.plan_pct !== null && t('prov.plan', { pct: displayPercent(fact.plan_pct, lang) })}
        </p>
      )}
      {fact.quote !== null && <Quote fact={{ ...fact, quote: fact.quote }} />}
      <p className="small muted">
        <span lang="vi">{fact.source.title ?? outlet(fact.source) ?? `#${fact.source_id}`}</span>
        {' · '}
        <Link href={`/facts/${fact.id}/history`}>{t('rev.history')}</Link>
      </p>
    </div>
  );
}
