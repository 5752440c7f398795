import { renderSparkline, type SparkPoint } from '@chiso/shared/chart/sparkline';
import { useChartTheme } from '../lib/palette';

/** A card's sparkline in the charts' visual language (the shared renderer), in the text colour where it sits. */
export function Sparkline({ points }: { points: readonly SparkPoint[] }) {
  const theme = useChartTheme();
  return <span className="sparkline-box" dangerouslySetInnerHTML={{ __html: renderSparkline(points, 120, 32, theme.background) }} />;
}
