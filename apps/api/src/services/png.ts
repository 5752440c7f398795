import { existsSync } from 'node:fs';

/** Fonts the PNG renderer reads: DejaVu Sans from Debian's `fonts-dejavu-core`, or the files `CHART_FONTS` lists. */
const fontCandidates = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
];

export function chartFonts(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = env.CHART_FONTS?.split(':').filter(Boolean);
  return (listed?.length ? listed : fontCandidates).filter((f) => existsSync(f));
}

export class PngUnavailable extends Error {}

type Resvg = typeof import('@resvg/resvg-js').Resvg;
let loaded: Promise<Resvg> | undefined;

/** resvg-js is a native module: loaded on the first PNG, so the API starts (and serves SVG) without it. */
function resvg(): Promise<Resvg> {
  loaded ??= import('@resvg/resvg-js').then((m) => m.Resvg);
  return loaded;
}

/** Rasterises one of our chart SVGs with resvg (no browser); `scale` for high-density screens. */
export async function svgToPng(svg: string, scale = 1): Promise<Uint8Array<ArrayBuffer>> {
  const fonts = chartFonts();
  if (fonts.length === 0) throw new PngUnavailable('No font for PNG charts: install fonts-dejavu-core or set CHART_FONTS.');
  let Resvg: Resvg;
  try {
    Resvg = await resvg();
  } catch (e) {
    loaded = undefined;
    throw new PngUnavailable(`The PNG renderer (@resvg/resvg-js) could not load: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(r.render().asPng());
}
