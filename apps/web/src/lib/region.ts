import { defaultRegionKey } from '@chiso/shared';

/** The region pages show when the URL names none: `default_region` of data/settings.json. */
export const defaultRegion = defaultRegionKey;
