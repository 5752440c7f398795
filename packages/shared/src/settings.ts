import raw from '../../../data/settings.json';
import { regionKeyPattern } from './keys';

/**
 * The deployment's settings (`data/settings.json`): which region the dashboard, the API and embeds answer for
 * when a request names none. Read when the code is built or started; the seed checks the region is in the
 * catalogue. Without zod, because the embed bundle's URLs need the default region too.
 */
export interface DeploymentSettings {
  default_region: string;
}

export function parseSettings(value: unknown): DeploymentSettings {
  const region = (value as { default_region?: unknown } | null)?.default_region;
  if (typeof region !== 'string' || !regionKeyPattern.test(region)) {
    throw new Error('data/settings.json: default_region must be a region key such as "da-nang"');
  }
  return { default_region: region };
}

export const settings: DeploymentSettings = parseSettings(raw);

/** The region a request without `region` is about. */
export const defaultRegionKey: string = settings.default_region;
