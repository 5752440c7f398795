import { formatChange, formatNumber, unitLabels } from '@chiso/shared';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { axesOf, type CompareColumn, type CompareTable } from '../../lib/compare';
import { indicatorName } from '../../lib/display';
import { useI18n } from '../../lib/i18n';
import { dashPatterns, useChartTheme } from '../../lib/palette';
import { columnValue } from '../../lib/summary';
import type { ChartType } from '../../lib/url-state';



export default function CompareChart({
  table,
  chart,
  height,
}: {
  table: CompareTable;
  chart: ChartType;
  height: number;
}) {
  const { lang, t } = useI18n();
  const theme = useChartTheme();
  const axes = axesOf(table.columns);
  const data = table.rows.map((r) => ({ year: r.year, ...r.values }));
  const tick = { fill: theme.muted, fontSize: 12 };

  const axisLabel = (axis: string): string => {
    if (axis === 'index') return t('exp.axisIndex');
    if (axis === 'growth') return t('exp.axisGrowth');
    const column = table.columns.find((c) => c.axis === axis);
    return column && column.unit.kind === 'unit' ? unitLabels[column.unit.unit][lang] : axis;
  };
  const tickFormat = (axis: string) => (v: number) => {
    if (axis === 'growth') return formatChange(v, lang);
    const column = table.columns.find((c) => c.axis === axis);
    return formatNumber(v, lang, column?.unit.kind === 'unit' ? column.unit.unit : undefined);
  };

  const TooltipBody = ({ active, label }: TooltipContentProps) => {
    if (!active || label === undefined) return null;
    const row = table.rows.find((r) => r.year === Number(label));
    if (!row) return null;
    return (
      <div className="chart-tooltip">
        <strong>{row.year}</strong>
        {table.columns.map((c: CompareColumn) => {
          const v = row.values[c.key];
          return v === null || v === undefined ? null : (
            <div key={c.key}>
              {indicatorName(c.indicator, lang)}: {columnValue(c, v, lang)}
            </div>
          );
        })}
      </div>
    );
  };

  return (
    <div className="chart-frame" style={{ height }}>
      <ComposedChart responsive style={{ width: '100%', height }} data={data} margin={{ top: 12, right: 8, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={theme.grid} vertical={false} />
        {chart === 'bar' ? (
          <XAxis dataKey="year" type="category" tick={tick} stroke={theme.grid} />
        ) : (
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
        )}
        {axes.map((axis, i) => (
          <YAxis
            key={axis}
            yAxisId={axis}
            orientation={i % 2 === 0 ? 'left' : 'right'}
            hide={i > 1}
            tick={tick}
            stroke={theme.grid}
            width={64}
            tickFormatter={tickFormat(axis)}
            label={{ value: axisLabel(axis), angle: i % 2 === 0 ? -90 : 90, position: i % 2 === 0 ? 'insideLeft' : 'insideRight', fill: theme.muted, fontSize: 12, style: { textAnchor: 'middle' } }}
          />
        ))}
        {axes.includes('growth') && <ReferenceLine y={0} yAxisId="growth" stroke={theme.muted} />}
        <Tooltip content={TooltipBody} cursor={chart === 'bar' ? { fill: theme.grid, opacity: 0.4 } : { stroke: theme.muted, strokeDasharray: '3 3' }} />
        {table.columns.map((c, i) => {
          const color = theme.series[i % theme.series.length]!;
          const name = indicatorName(c.indicator, lang);
          return chart === 'bar' ? (
            <Bar key={c.key} dataKey={c.key} yAxisId={c.axis} name={name} fill={color} isAnimationActive={false} />
          ) : (
            <Line
              key={c.key}
              type="linear"
              dataKey={c.key}
              yAxisId={c.axis}
              name={name}
              stroke={color}
              strokeWidth={2.25}
              strokeDasharray={dashPatterns[i % dashPatterns.length]}
              dot={{ r: 3, fill: color, stroke: color, strokeDasharray: '0' }}
              activeDot={{ r: 5, strokeDasharray: '0' }}
              connectNulls
              isAnimationActive={false}
            />
          );
        })}
      </ComposedChart>
    </div>
  );
}
