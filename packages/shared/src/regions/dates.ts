/** ISO dates (YYYY-MM-DD) compare as strings; these are the few steps the catalogue needs. */

export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const yearStart = (year: number): string => `${String(year).padStart(4, '0')}-01-01`;
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;
export const yearOf = (date: string): number => Number(date.slice(0, 4));
