import { formatNumber, type FactWithSource, type SeriesResponse } from '@chiso/shared';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { displayValue } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { useChartTheme } from '../../lib/palette';
import { reportedPoints } from './reported';

interface Row {
  year: number;
  headline: number | null;
  target: number | null;
}

function chartRows(series: SeriesResponse): Row[] {
  const years = new Set([...series.points.map((p) => p.year), ...series.targets.map((t) => t.year)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      headline: series.points.find((p) => p.year === year)?.value ?? null,
      target: series.targets.find((t) => t.year === year)?.value ?? null,
    }));
}

export default function IndicatorChart({
  series,
  facts,
  selectedYear,
  onSelectYear,
  height = 320,
}: {
  series: SeriesResponse;
  facts: readonly FactWithSource[];
  selectedYear: number | undefined;
  onSelectYear: (year: number) => void;
  height?: number;
}) {
  const { lang, t } = useI18n();
  const theme = useChartTheme();
  const unit = series.indicator.unit;
  const rows = chartRows(series);
  const reported = reportedPoints(series, facts);
  const agreeing = reported.filter((r) => !r.conflict);
  const conflicting = reported.filter((r) => r.conflict);
  const color = theme.series[0]!;
  const tick = { fill: theme.muted, fontSize: 12 };

  const TooltipBody = ({ active, label }: TooltipContentProps) => {
    if (!active || label === undefined) return null;
    const year = Number(label);
    const row = rows.find((r) => r.year === year);
    const others = reported.filter((r) => r.year === year && r.conflict);
    return (
      <div className="chart-tooltip">
        <strong>{year}</strong>
        {row?.headline != null && (
          <div>
            {t('ind.legendHeadline')}: {displayValue(row.headline, unit, lang)}
          </div>
        )}
        {others.map((o) => (
          <div key={o.value}>
            {t('ind.legendConflict')}: {displayValue(o.value, unit, lang)}
          </div>
        ))}
        {row?.target != null && (
          <div>
            {t('ind.legendTarget')}: {displayValue(row.target, unit, lang)}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="chart-frame" style={{ height }}>
      <ComposedChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
        onClick={(state) => {
          if (state.activeLabel !== undefined) onSelectYear(Number(state.activeLabel));
        }}
        className="clickable-chart"
      >
        <CartesianGrid stroke={theme.grid} vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={['dataMin', 'dataMax']}
          allowDecimals={false}
          tickFormatter={(y: number) => String(y)}
          tick={tick}
          stroke={theme.grid}
          padding={{ left: 8, right: 8 }}
        />
        <YAxis
          tick={tick}
          stroke={theme.grid}
          width={64}
          reversed={unit === 'rank'}
          tickFormatter={(v: number) => formatNumber(v, lang, unit)}
          allowDecimals={unit !== 'rank'}
        />
        <Tooltip content={TooltipBody} cursor={{ stroke: theme.muted, strokeDasharray: '3 3' }} />
        {selectedYear !== undefined && <ReferenceLine x={selectedYear} stroke={theme.muted} strokeDasharray="2 3" />}
        <Line
          type="linear"
          dataKey="target"
          name={t('ind.legendTarget')}
          stroke={theme.target}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          dot={{ r: 3, fill: theme.background, stroke: theme.target }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="headline"
          name={t('ind.legendHeadline')}
          stroke={color}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: color, stroke: color }}
          activeDot={{ r: 6 }}
          connectNulls
          isAnimationActive={false}
        />
        <Scatter
          data={agreeing}
          dataKey="value"
          name={t('ind.legendReported')}
          fill={theme.background}
          stroke={color}
          shape="circle"
          isAnimationActive={false}
        />
        <Scatter
          data={conflicting}
          dataKey="value"
          name={t('ind.legendConflict')}
          fill={theme.conflict}
          shape="diamond"
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}
