import { formatMeasured, formatTick, layoutChart, measureOfSeries, type ChartSpec } from '@chiso/shared/chart';
import { Bar, CartesianGrid, Cell, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useI18n } from '../../lib/i18n';
import { useChartTheme } from '../../lib/palette';

/**
 * The compare page's bar chart, drawn by Recharts (loaded on demand) from the same chart spec as every other
 * chart: its panels, axes, 1-2-5 ticks, unit captions, colours and hollow estimates. Every year from the first to
 * the last has its place on the axis, so a missing year shows as an empty slot.
 */
export default function CompareBars({ spec, height }: { spec: ChartSpec; height: number }) {
  const { lang } = useI18n();
  const theme = useChartTheme();
  const L = layoutChart(spec);
  const all = spec.series.flatMap((s) => s.points.map((p) => p.year));
  const first = Math.min(...all);
  const years = Array.from({ length: Math.max(...all) - first + 1 }, (_, i) => first + i);
  const tick = { fill: theme.muted, fontSize: 12 };
  const panelHeight = Math.max(180, Math.round(height / spec.panels.length));

  return (
    <div className="compare-bars">
      {spec.panels.map((panel, pi) => {
        const mine = spec.series.filter((s) => s.panel === pi);
        const geometry = L.panels[pi]!;
        const data = years.map((year) => ({ year, ...Object.fromEntries(mine.map((s) => [s.key, s.points.find((p) => p.year === year)?.value ?? null])) }));
        const axis = (side: 'left' | 'right') => {
          const g = side === 'left' ? geometry.left : geometry.right!;
          const ticks = g.ticks.map((x) => x.value);
          return (
            <YAxis
              key={side}
              yAxisId={side}
              orientation={side}
              ticks={ticks}
              domain={[Math.min(...ticks), Math.max(...ticks)]}
              reversed={g.inverted}
              tick={tick}
              stroke={theme.grid}
              width={64}
              tickFormatter={(v: number) => formatTick(v, g.measure, lang)}
            />
          );
        };
        const TooltipBody = ({ active, label }: TooltipContentProps) => {
          if (!active || label === undefined) return null;
          return (
            <div className="chart-tooltip">
              <strong>{label}</strong>
              {mine.map((s) => {
                const p = s.points.find((q) => q.year === Number(label));
                return p ? (
                  <div key={s.key}>
                    {s.label}: {formatMeasured(p.value, measureOfSeries(spec, s), lang)}
                  </div>
                ) : null;
              })}
            </div>
          );
        };
        return (
          <div key={pi} className="compare-bars-panel">
            <p className="axis-captions small">
              <span>{spec.panels.length > 1 ? `${geometry.left.caption}: ${panel.title ?? ''}` : geometry.left.caption}</span>
              {geometry.right && <span>{geometry.right.caption}</span>}
            </p>
            <ComposedChart responsive style={{ width: '100%', height: panelHeight }} data={data} margin={{ top: 8, right: 8, bottom: 4, left: 4 }}>
              <CartesianGrid stroke={theme.grid} vertical={false} />
              <XAxis dataKey="year" type="category" interval="preserveStartEnd" tick={tick} stroke={theme.grid} />
              {axis('left')}
              {geometry.right && axis('right')}
              {geometry.left.zeroY !== null && <ReferenceLine y={0} yAxisId="left" stroke={theme.axis} />}
              <Tooltip content={TooltipBody} cursor={{ fill: theme.grid, opacity: 0.4 }} />
              {mine.map((s) => {
                const colour = theme.series[s.index % theme.series.length]!;
                return (
                  <Bar key={s.key} dataKey={s.key} yAxisId={s.side} name={s.label} fill={colour} stroke={colour} isAnimationActive={false}>
                    {data.map((d) => (
                      <Cell key={d.year} fill={s.points.find((p) => p.year === d.year)?.estimate ? theme.background : colour} strokeWidth={1.8} />
                    ))}
                  </Bar>
                );
              })}
            </ComposedChart>
          </div>
        );
      })}
    </div>
  );
}
