import type { Region } from '../catalogue';

/**
 * A name as text compares it: lower case, without diacritics (đ as d, so "Hoà" and "Hòa" meet), punctuation as
 * spaces. "TP. Hồ Chí Minh" → "tp ho chi minh".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every spelling a region goes by: its names and aliases. */
export const namesOf = (r: Region): string[] => [r.name_vi, r.name_en, ...r.aliases];
