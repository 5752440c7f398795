import { formatChange, formatValue, planAttainment, rankBasesDiffer, yearChange, type DashboardItem, type YearChange } from '@chiso/shared';
import { Link } from 'wouter';
import { Sparkline } from '../../chart/sparkline';
import { Badge, MachineReadBadge } from '../../components/badge';
import { displayPercent, displayValue, formatSigned, indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';

/** ▲ up, ▼ down in number (a rank: up the table); the colour says whether that is better. */
function arrow(item: DashboardItem, c: YearChange): string {
  const d = c.abs ?? c.pct ?? 0;
  const up = item.indicator.unit === 'rank' ? d < 0 : d > 0;
  return Math.abs(d) < 1e-9 ? '' : up ? '▲ ' : '▼ ';
}

/** The change in words: places for a rank, points for a share, percent and the difference for the rest. */
export function useChangeText(): (item: DashboardItem, c: YearChange) => { main: string; abs: string | null } {
  const { lang, t, tn } = useI18n();
  return (item, c) => {
    const unit = item.indicator.unit;
    if (c.basis === 'stated' || c.abs === null) return { main: c.pct === null ? '' : formatChange(c.pct, lang), abs: null };
    if (unit === 'rank') {
      const places = -c.abs;
      if (places === 0) return { main: t('dash.rankSame'), abs: null };
      return { main: tn(places > 0 ? 'dash.rankUp' : 'dash.rankDown', Math.abs(places)), abs: null };
    }
    if (unit === 'percent') return { main: tn('dash.points', Math.abs(Math.round(c.abs * 10) / 10), { change: formatSigned(c.abs, lang) }), abs: null };
    const abs = `${c.abs > 0 ? '+' : c.abs < 0 ? '−' : ''}${formatValue(Math.abs(c.abs), unit, lang)}`;
    return { main: c.pct === null ? abs : formatChange(c.pct, lang), abs: c.pct === null ? null : abs };
  };
}

function ChangeLine({ item, year }: { item: DashboardItem; year: number }) {
  const { t } = useI18n();
  const text = useChangeText();
  const c = yearChange(item, year);
  const rankings = rankBasesDiffer(item, year);
  if (rankings) return <p className="kpi-change muted" data-basis="other-ranking">{t('dash.otherRanking', { year: rankings.vsYear, base: rankings.base, value: rankings.value })}</p>;
  if (!c) return <p className="kpi-change muted">{t('dash.noPrevious', { year: year - 1 })}</p>;
  const { main, abs } = text(item, c);
  const vs =
    c.basis === 'previous' ? t('dash.vs', { year: c.vsYear }) : c.basis === 'earlier' ? t('dash.vsEarlier', { year: c.vsYear }) : t('dash.statedVs', { year: c.vsYear });
  const estimate = c.baseEstimate ? t('dash.baseEstimate', { year: c.vsYear }) : c.valueEstimate ? t('dash.valueEstimate') : null;
  return (
    <p className="kpi-change" data-basis={c.basis}>
      <span className={`change change-${c.direction === 'better' ? 'good' : c.direction === 'worse' ? 'bad' : 'flat'}`}>
        <span aria-hidden="true">{arrow(item, c)}</span>
        {main}
      </span>
      {abs && <span className="kpi-abs"> ({abs})</span>} <span className="muted">{vs}</span>
      {estimate && (
        <span className="kpi-estimate" data-estimate-flag="">
          {' '}
          <Badge tone="estimate">{estimate}</Badge>
        </span>
      )}
      {c.basis === 'previous' && <StatedAside item={item} computed={c} />}
    </p>
  );
}

/** What the source says when it differs from the computed change (or compares with another year). */
function StatedAside({ item, computed }: { item: DashboardItem; computed: YearChange }) {
  const { lang, t } = useI18n();
  const stated = item.stated_change_pct;
  if (stated === null || computed.pct === null) return null;
  const statedYear = item.stated_change_vs_year ?? computed.vsYear;
  if (Math.abs(stated - computed.pct) < 0.75 && statedYear === computed.vsYear) return null;
  return (
    <span className="kpi-stated">
      {' '}
      ({statedYear !== computed.vsYear ? t('dash.statedOther', { change: formatChange(stated, lang), year: statedYear }) : t('dash.stated', { change: formatChange(stated, lang) })})
    </span>
  );
}

function PlanLine({ item }: { item: DashboardItem }) {
  const { lang, t } = useI18n();
  const unit = item.indicator.unit;
  const attained = planAttainment(item);
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
      {(item.qualifier !== 'actual' || item.conflict || item.machine_read) && (
        <p className="badges">
          {item.machine_read && <MachineReadBadge />}
          {item.qualifier === 'estimate' && <Badge tone="estimate">{t('q.estimate')}</Badge>}
          {item.qualifier === 'target' && <Badge tone="target">{t('q.target')}</Badge>}
          {item.conflict && (
            <Badge tone="conflict" title={t('badge.conflictTitle')}>
              {t('badge.conflict')}
            </Badge>
          )}
        </p>
      )}
      <p className="kpi-value">{displayValue(item.value, item.indicator.unit, lang, item.approx, item.denominator)}</p>
      <ChangeLine item={item} year={year} />
      <PlanLine item={item} />
      {first && last && (
        <div className="kpi-spark">
          <Sparkline points={item.spark.map((p) => ({ year: p.year, value: p.value, estimate: p.qualifier === 'estimate', machineRead: p.machine_read }))} />
          <span className="muted small">{first.year === last.year ? first.year : t('dash.trend', { from: first.year, to: last.year })}</span>
        </div>
      )}
    </article>
  );
}
