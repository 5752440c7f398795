import type { Lang } from '../format';
import { formatNumber, formatRank, formatValue, unitLabels } from '../format';
import type { CombineMethod, RankingItem, RankingResponse } from '../regions/api';
import { reorganisedOn } from '../regions/check';
import { binCount } from './colour';
import { gridOf, tiles34, type Tile } from './tiles';

export interface MapTile extends Tile {
  name: string;
  item: RankingItem | null;
  /** Colour step, 0 (weakest) to binCount - 1 (best); null without a figure. */
  bin: number | null;
  /** What the tile says: its short label's value line. */
  value: string;
  /** What a reader hears and a tooltip shows: name, figure, rank. */
  label: string;
}

export interface TileMapSpec {
  title: string;
  subtitle: string;
  lang: Lang;
  cols: number;
  rows: number;
  tiles: MapTile[];
  legend: { bin: number; label: string }[];
  /** "No figure for 23 provinces" or null. */
  gaps: string | null;
}

const text = {
  vi: { noData: 'không có số liệu', gaps: (n: number) => `Không có số liệu cho ${n} tỉnh, thành phố`, of: (n: number) => `${n} tỉnh, thành phố có số liệu` },
  en: { noData: 'no figure', gaps: (n: number) => `No figure for ${n} provinces`, of: (n: number) => `${n} provinces with a figure` },
};

/** Equal steps between the lowest and the highest value; step binCount - 1 holds the best ones. */
function binner(values: readonly number[], better: 'higher' | 'lower') {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = (hi - lo) / binCount;
  const raw = (v: number) => (step === 0 ? binCount - 1 : Math.min(binCount - 1, Math.floor((v - lo) / step)));
  return {
    bin: (v: number) => (better === 'higher' ? raw(v) : binCount - 1 - raw(v)),
    bounds: (b: number) => {
      const r = better === 'higher' ? b : binCount - 1 - b;
      return [lo + r * step, lo + (r + 1) * step] as const;
    },
  };
}

/**
 * The tile map of a ranking of the 34 provinces of today's map, coloured by value in the direction the catalogue
 * calls better. Null when the ranking is of a map before 1 July 2025 (the 63 provinces): those years are shown as
 * the table only.
 */
export function tileMapSpec(input: {
  ranking: RankingResponse;
  names: ReadonlyMap<string, { name_vi: string; name_en: string }>;
  lang: Lang;
}): TileMapSpec | null {
  const { ranking, lang } = input;
  const t = text[lang];
  const units = new Set([...ranking.items.map((i) => i.region), ...ranking.missing]);
  // Units outside the grid (a deployment's own regions) stay in the table; a map before 2025 has no tile grid.
  if (ranking.map < reorganisedOn || !tiles34.every((tile) => units.has(tile.key))) return null;
  const { indicator } = ranking;
  const byKey = new Map(ranking.items.map((i) => [i.region, i]));
  const { bin, bounds } = binner(ranking.items.length ? ranking.items.map((i) => i.value) : [0], indicator.better);
  const tiles = tiles34.map((tile): MapTile => {
    const names = input.names.get(tile.key);
    const name = names ? (lang === 'vi' ? names.name_vi : names.name_en) : tile.key;
    const item = byKey.get(tile.key) ?? null;
    if (!item) return { ...tile, name, item, bin: null, value: '–', label: `${name}: ${t.noData}` };
    const isRank = indicator.unit === 'rank';
    const figure = isRank ? formatRank(item.rank, item.denominator, lang) : formatValue(item.value, indicator.unit, lang);
    const place = isRank ? '' : `, ${formatRank(item.rank, item.denominator, lang)}`;
    return { ...tile, name, item, bin: bin(item.value), value: formatNumber(item.value, lang, indicator.unit), label: `${name}: ${figure}${place}` };
  });
  const whole = ranking.items.every((i) => Number.isInteger(i.value));
  const bound = (v: number) => formatNumber(whole ? Math.round(v) : v, lang, indicator.unit);
  const legend = ranking.items.length
    ? Array.from({ length: binCount }, (_, b) => {
        const [a, z] = bounds(b);
        return { bin: b, label: `${bound(a)}–${bound(z)}` };
      })
    : [];
  const { cols, rows } = gridOf(tiles34);
  return {
    title: `${lang === 'vi' ? indicator.name_vi : indicator.name_en} ${ranking.year}`,
    subtitle: `${unitLabels[indicator.unit][lang]} · ${t.of(ranking.items.length)}`,
    lang,
    cols,
    rows,
    tiles,
    legend,
    gaps: ranking.missing.length ? t.gaps(ranking.missing.length) : null,
  };
}

/** A ranking's row as the table alternative writes it (the ranking page, the map embed). */
export interface RankingRow {
  region: string;
  name: string;
  rank: string;
  value: string;
  /** "▲ 2", "▼ 1", "=" or "" without a year before on the same map. */
  rankChange: string;
  /** "+1,2", "−0,5" (the value's change since the year before; "" for a rank, whose change is rankChange). */
  valueChange: string;
  /** Combined from former provinces: which, and which are missing. */
  note: string;
}

const rowText = {
  vi: { sum: 'tổng của', missing: 'thiếu', published: 'số liệu gộp do nơi công bố tính', carried: 'số liệu của' },
  en: { sum: 'sum of', missing: 'missing', published: 'merged figure computed by the publisher', carried: 'figure of' },
};

type Names = ReadonlyMap<string, { name_vi: string; name_en: string }>;

/** How a figure of today's territory for a year before its merger was obtained, in words ("" for a reported one). */
export function combinedNote(p: { method: 'reported' | CombineMethod; from: readonly string[]; missing: readonly string[] }, names: Names, lang: Lang): string {
  const t = rowText[lang];
  const nameOf = (key: string) => {
    const n = names.get(key);
    return n ? (lang === 'vi' ? n.name_vi : n.name_en) : key;
  };
  const parts = p.from.map(nameOf).join(', ');
  const missing = p.missing.length ? `; ${t.missing} ${p.missing.map(nameOf).join(', ')}` : '';
  if (p.method === 'reported') return '';
  if (p.method === 'published') return t.published;
  if (p.method === 'carried') return `${t.carried} ${parts}`;
  return `${t.sum} ${parts}${missing}`;
}

const signed = (v: number | null, lang: Lang, unit: RankingResponse['indicator']['unit']) =>
  v === null ? '' : v === 0 ? '0' : `${v > 0 ? '+' : '−'}${formatNumber(Math.abs(v), lang, unit)}`;

/** The rows of a ranking's table, in rank order, in the page's language. */
export function rankingRows(ranking: RankingResponse, names: Names, lang: Lang): RankingRow[] {
  const nameOf = (key: string) => {
    const n = names.get(key);
    return n ? (lang === 'vi' ? n.name_vi : n.name_en) : key;
  };
  const { unit } = ranking.indicator;
  return ranking.items.map((i) => {
    const note = combinedNote(i, names, lang);
    const c = i.rank_change;
    return {
      region: i.region,
      name: nameOf(i.region),
      rank: formatRank(i.rank, i.denominator, lang),
      value: unit === 'rank' ? formatRank(i.value, i.denominator, lang) : formatValue(i.value, unit, lang),
      rankChange: c === null ? '' : c > 0 ? `▲ ${c}` : c < 0 ? `▼ ${-c}` : '=',
      valueChange: signed(unit === 'rank' ? null : i.value_change, lang, unit),
      note,
    };
  });
}
