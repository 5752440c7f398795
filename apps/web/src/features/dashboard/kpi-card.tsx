import { formatChange, formatValue, type DashboardItem } from '@chiso/shared';
import { Link } from 'wouter';
import { Badge } from '../../components/badge';
import { Sparkline } from '../../components/sparkline';
import { displayPercent, displayValue, formatSigned, indicatorName, isImprovement, sameChange } from '../../lib/display';
import { useI18n } from '../../lib/i18n';

function ChangeLine({ item, year }: { item: DashboardItem; year: number }) {
  const { lang, t } = useI18n();
  const { previous, change_pct: change, indicator } = item;
  if (!previous) return <p className="kpi-change muted">{t('dash.noPrevious', { year: year - 1 })}</p>;

  const vs = t('dash.vs', { year: previous.year });
  if (indicator.unit === 'rank') {
    const places = previous.value - item.value;
    if (places === 0) return <p className="kpi-change">{t('dash.rankSame')} <span className="muted">{vs}</span></p>;
    const tone = places > 0 ? 'good' : 'bad';
    return (
      <p className="kpi-change">
        <span className={`change change-${tone}`}>
          <span aria-hidden="true">{places > 0 ? '▲ ' : '▼ '}</span>
          {t(places > 0 ? 'dash.rankUp' : 'dash.rankDown', { n: Math.abs(places) })}
        </span>{' '}
        <span className="muted">{vs}</span>
      </p>
    );
  }
  if (indicator.unit === 'percent') {
    // A share moves in percentage points; a percent change of a percentage misleads.
    const diff = Math.round((item.value - previous.value) * 10) / 10;
    const tone = diff === 0 ? 'flat' : isImprovement(diff, indicator.better) ? 'good' : 'bad';
    return (
      <p className="kpi-change">
        <span className={`change change-${tone}`}>
          <span aria-hidden="true">{diff > 0 ? '▲ ' : diff < 0 ? '▼ ' : ''}</span>
          {t(Math.abs(diff) === 1 ? 'dash.point1' : 'dash.points', { change: formatSigned(diff, lang) })}
        </span>{' '}
        <span className="muted">{vs}</span>
      </p>
    );
  }
  if (change === null) return null;
  const tone = change === 0 ? 'flat' : isImprovement(change, indicator.better) ? 'good' : 'bad';
  const stated = item.stated_change_pct;
  const statedYear = item.stated_change_vs_year;
  const showStated = stated !== null && (!sameChange(stated, change) || (statedYear !== null && statedYear !== previous.year));
  return (
    <p className="kpi-change">
      <span className={`change change-${tone}`}>
        <span aria-hidden="true">{change > 0 ? '▲ ' : change < 0 ? '▼ ' : ''}</span>
        {formatChange(change, lang)}
      </span>{' '}
      <span className="muted">{vs}</span>
      {showStated && (
        <span className="kpi-stated">
          {' '}
          ({statedYear !== null && statedYear !== year - 1
            ? t('dash.statedVs', { change: formatChange(stated, lang), year: statedYear })
            : t('dash.stated', { change: formatChange(stated, lang) })}
          )
        </span>
      )}
    </p>
  );
}

function PlanLine({ item }: { item: DashboardItem }) {
  const { lang, t } = useI18n();
  const unit = item.indicator.unit;
  const attained =
    item.plan_pct ??
    (item.target !== null && item.target !== 0 && unit !== 'rank' && unit !== 'percent' ? (item.value / item.target) * 100 : null);
  if (attained === null && item.target === null) return null;
  return (
    <div className="kpi-plan">
      {attained !== null && (
        <>
          <p>{t('dash.plan', { pct: displayPercent(Math.round(attained * 100) / 100, lang) })}</p>
          <span className="meter" aria-hidden="true">
            <span className={attained >= 100 ? 'meter-fill meter-done' : 'meter-fill'} style={{ width: `${Math.min(100, attained)}%` }} />
          </span>
        </>
      )}
      {item.target !== null && attained === null && (
        <p>
          {(item.indicator.better === 'higher' ? item.value >= item.target : item.value <= item.target) ? (
            <span className="change change-good">
              <span aria-hidden="true">✓ </span>
              {t('dash.targetMet', { value: formatValue(item.target, unit, lang) })}
            </span>
          ) : (
            <span className="change change-bad">{t('dash.targetMissed', { value: formatValue(item.target, unit, lang) })}</span>
          )}
        </p>
      )}
      {item.target !== null && attained !== null && <p className="muted">{t('dash.target', { value: formatValue(item.target, unit, lang) })}</p>}
    </div>
  );
}

export function KpiCard({ item, year, region }: { item: DashboardItem; year: number; region: string | undefined }) {
  const { lang, t } = useI18n();
  const name = indicatorName(item.indicator, lang);
  const href = `/indicators/${item.indicator.key}?${region ? `region=${region}&` : ''}year=${year}`;
  const first = item.spark[0];
  const last = item.spark[item.spark.length - 1];
  return (
    <article className="card kpi" data-indicator={item.indicator.key}>
      <h3 className="kpi-name">
        <Link href={href} className="stretched">
          {name}
        </Link>
      </h3>
      {(item.qualifier !== 'actual' || item.conflict) && (
        <p className="badges">
          {item.qualifier === 'estimate' && <Badge tone="estimate">{t('q.estimate')}</Badge>}
          {item.qualifier === 'target' && <Badge tone="target">{t('q.target')}</Badge>}
          {item.conflict && (
            <Badge tone="conflict" title={t('badge.conflictTitle')}>
              {t('badge.conflict')}
            </Badge>
          )}
        </p>
      )}
      <p className="kpi-value">{displayValue(item.value, item.indicator.unit, lang, item.approx)}</p>
      <ChangeLine item={item} year={year} />
      <PlanLine item={item} />
      {first && last && item.spark.length > 1 && (
        <div className="kpi-spark">
          <Sparkline points={item.spark} />
          <span className="muted small">{t('dash.trend', { from: first.year, to: last.year })}</span>
        </div>
      )}
    </article>
  );
}
