import type { Lang } from './format';

/**
 * Figures the machine read and accepted without a person: how they are named on every surface (card, chart point,
 * table, download column, API field `machine_read`). Apart from machine-read.ts so that the chart (and the embed,
 * which has no zod) can name them without the headline rule's schemas.
 */
export const machineReadLabel: Record<Lang, string> = {
  vi: 'đọc tự động, chưa duyệt',
  en: 'machine-read, not yet reviewed',
};
