import { formatNumber, type FactWithSource, type SeriesResponse } from '@chiso/shared';
import { linear, niceTicks, yearTicks } from '@chiso/shared/chart';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { displayValue } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { useChartTheme } from '../../lib/palette';
import { reportedPoints } from './reported';

const margin = { top: 12, right: 16, bottom: 28, left: 60 };

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

function path(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
}

/**
 * The indicator's series drawn directly as SVG: the headline line, every other figure a source reported as its
 * own point (differing ones as diamonds), targets dashed. Small enough to need no chart library, so the page
 * stays fast on phones; the same data is in the table view and the summary for screen readers.
 */
export function SeriesChart({
  series,
  facts,
  selectedYear,
  onSelectYear,
  height,
}: {
  series: SeriesResponse;
  facts: readonly FactWithSource[];
  selectedYear: number | undefined;
  onSelectYear: (year: number) => void;
  height: number;
}) {
  const { lang, t } = useI18n();
  const theme = useChartTheme();
  const [box, width] = useWidth();
  const [hover, setHover] = useState<number | null>(null);
  const unit = series.indicator.unit;
  const reported = reportedPoints(series, facts).filter((r) => {
    const h = series.points.find((p) => p.year === r.year);
    return !h || r.conflict || r.value !== h.value;
  });
  const targets = series.targets.filter((x): x is typeof x & { value: number } => x.value !== null);
  const years = [...new Set([...series.points.map((p) => p.year), ...targets.map((x) => x.year)])].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const plotW = Math.max(0, width - margin.left - margin.right);
  const plotH = height - margin.top - margin.bottom;

  if (first === undefined || last === undefined || width === 0) return <div ref={box} className="chart-frame" style={{ height }} />;

  const values = [...series.points.map((p) => p.value), ...reported.map((r) => r.value), ...targets.map((x) => x.value)];
  const isRank = unit === 'rank';
  // Ranks run from 1 at the top down to a few places below the worst one, on whole numbers.
  const rankMax = Math.max(5, Math.max(...values) + 1);
  const ticks = isRank ? niceTicks(1, rankMax, 4) : niceTicks(Math.min(0, ...values), Math.max(...values), 5);
  const yMin = isRank ? 1 : ticks.min;
  const yMax = isRank ? rankMax : ticks.max;
  const yTickValues = isRank ? [1, ...ticks.values.filter((v) => v > 1 && v <= rankMax && Number.isInteger(v))] : ticks.values;
  const x = linear(first, last, margin.left + 8, margin.left + plotW - 8);
  const y = isRank ? linear(yMin, yMax, margin.top, margin.top + plotH) : linear(yMin, yMax, margin.top + plotH, margin.top);
  const band = years.length > 1 ? (x(last) - x(first)) / (last - first) : plotW;
  const color = theme.series[0]!;

  const headline = series.points.map((p) => [x(p.year), y(p.value)] as [number, number]);
  const targetLine = targets.map((p) => [x(p.year), y(p.value)] as [number, number]);
  const hovered = hover === null ? null : { year: hover, point: series.points.find((p) => p.year === hover), target: targets.find((p) => p.year === hover), others: reported.filter((r) => r.year === hover && r.conflict) };
  const tipLeft = hover === null ? 0 : Math.min(Math.max(x(hover) - 90, 0), Math.max(0, width - 200));

  return (
    <div ref={box} className="chart-frame series-chart" style={{ height }} onMouseLeave={() => setHover(null)}>
      <svg width={width} height={height} className="clickable-chart" aria-hidden="true" focusable="false">
        {yTickValues.map((v) => (
          <g key={v}>
            <line x1={margin.left} x2={margin.left + plotW} y1={y(v)} y2={y(v)} stroke={theme.grid} />
            <text x={margin.left - 8} y={y(v)} dy="0.32em" textAnchor="end" fill={theme.muted} fontSize="12">
              {formatNumber(v, lang, unit)}
            </text>
          </g>
        ))}
        {yearTicks(first, last, plotW).map((yr) => (
          <text key={yr} x={x(yr)} y={height - 8} textAnchor="middle" fill={theme.muted} fontSize="12">
            {yr}
          </text>
        ))}
        {selectedYear !== undefined && selectedYear >= first && selectedYear <= last && (
          <line x1={x(selectedYear)} x2={x(selectedYear)} y1={margin.top} y2={margin.top + plotH} stroke={theme.muted} strokeDasharray="2 3" />
        )}
        {targetLine.length > 0 && (
          <g>
            <path d={path(targetLine)} fill="none" stroke={theme.target} strokeWidth="1.5" strokeDasharray="6 4" />
            {targetLine.map(([cx, cy], i) => (
              <circle key={i} cx={cx} cy={cy} r="3" fill={theme.background} stroke={theme.target} />
            ))}
          </g>
        )}
        <path d={path(headline)} fill="none" stroke={color} strokeWidth="2.5" strokeLinejoin="round" />
        {headline.map(([cx, cy], i) => (
          <circle key={i} cx={cx} cy={cy} r={series.points[i]!.year === hover ? 6 : 4} fill={color} />
        ))}
        {reported.map((r) => {
          const cx = x(r.year);
          const cy = y(r.value);
          return r.conflict ? (
            <path key={`${r.year}-${r.value}`} className="point-conflict" d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} fill={theme.conflict} />
          ) : (
            <circle key={`${r.year}-${r.value}`} cx={cx} cy={cy} r="5.5" fill={theme.background} stroke={color} strokeWidth="1.5" />
          );
        })}
        {years.map((yr) => (
          <rect
            key={yr}
            x={x(yr) - band / 2}
            y={margin.top}
            width={band}
            height={plotH}
            fill="transparent"
            onMouseEnter={() => setHover(yr)}
            onClick={() => onSelectYear(yr)}
          />
        ))}
      </svg>
      {hovered && (
        <div className="chart-tooltip chart-tooltip-float" style={{ left: tipLeft }}>
          <strong>{hovered.year}</strong>
          {hovered.point && (
            <div>
              {t('ind.legendHeadline')}: {displayValue(hovered.point.value, unit, lang, hovered.point.approx)}
            </div>
          )}
          {hovered.others.map((o) => (
            <div key={o.value}>
              {t('ind.legendConflict')}: {displayValue(o.value, unit, lang)}
            </div>
          ))}
          {hovered.target && (
            <div>
              {t('ind.legendTarget')}: {displayValue(hovered.target.value, unit, lang)}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
