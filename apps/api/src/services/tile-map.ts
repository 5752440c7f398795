import type { RankingResponse } from '@chiso/shared';
import { renderTileMapSvg, tileMapSpec, type TileMapSpec } from '@chiso/shared/map';
import type { MapQuery } from '@chiso/shared/embed';
import type { AppDeps } from '../context';
import { ranking } from './ranking';

export interface LoadedMap {
  ranking: RankingResponse;
  /** Null when the ranking is not of the 34 provinces of today's map (a year of the 63-unit map). */
  spec: TileMapSpec | null;
  /** The SVG of the spec, or null with it. */
  svg: string | null;
  names: ReadonlyMap<string, { name_vi: string; name_en: string }>;
}

/** An indicator's ranking for a year and its tile map (shared/map), drawn once for the image and the embed page. */
export async function loadMap(deps: AppDeps, key: string, q: Pick<MapQuery, 'year' | 'map' | 'lang' | 'theme' | 'width'>, id?: string): Promise<LoadedMap> {
  const catalogue = deps.catalogue();
  const r = await ranking(deps.db.db, catalogue, key, q.year, q.map);
  const names = new Map(catalogue.regions.map((x) => [x.key, { name_vi: x.name_vi, name_en: x.name_en }]));
  const spec = tileMapSpec({ ranking: r, names, lang: q.lang });
  const svg = spec ? renderTileMapSvg(spec, { width: q.width, theme: q.theme, ...(id ? { id } : {}) }) : null;
  return { ranking: r, spec, svg, names };
}
