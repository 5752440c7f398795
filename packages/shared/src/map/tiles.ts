/**
 * The tile-grid map of Viet Nam's 34 provincial units since 2025-07-01: one equal tile per unit, placed like the
 * country (column 0 west, row 0 north; the S-shape from Lai Châu to Cà Mau), so no province looks larger because its
 * land is. `short` is the label a tile has room for; the full name comes from the catalogue.
 */
export interface Tile {
  key: string;
  col: number;
  row: number;
  short: string;
}

export const tiles34: readonly Tile[] = [
  { key: 'lai-chau', col: 1, row: 0, short: 'LCh' },
  { key: 'lao-cai', col: 2, row: 0, short: 'LCa' },
  { key: 'tuyen-quang', col: 3, row: 0, short: 'TQ' },
  { key: 'cao-bang', col: 4, row: 0, short: 'CB' },
  { key: 'dien-bien', col: 0, row: 1, short: 'ĐB' },
  { key: 'son-la', col: 1, row: 1, short: 'SL' },
  { key: 'phu-tho', col: 2, row: 1, short: 'PT' },
  { key: 'thai-nguyen', col: 3, row: 1, short: 'TN' },
  { key: 'lang-son', col: 4, row: 1, short: 'LS' },
  { key: 'ha-noi', col: 3, row: 2, short: 'HN' },
  { key: 'bac-ninh', col: 4, row: 2, short: 'BN' },
  { key: 'quang-ninh', col: 5, row: 2, short: 'QNi' },
  { key: 'ninh-binh', col: 3, row: 3, short: 'NB' },
  { key: 'hung-yen', col: 4, row: 3, short: 'HY' },
  { key: 'hai-phong', col: 5, row: 3, short: 'HP' },
  { key: 'thanh-hoa', col: 2, row: 4, short: 'TH' },
  { key: 'nghe-an', col: 2, row: 5, short: 'NA' },
  { key: 'ha-tinh', col: 3, row: 6, short: 'HT' },
  { key: 'quang-tri', col: 3, row: 7, short: 'QT' },
  { key: 'hue', col: 4, row: 8, short: 'Huế' },
  { key: 'da-nang', col: 4, row: 9, short: 'ĐN' },
  { key: 'quang-ngai', col: 5, row: 10, short: 'QNg' },
  { key: 'gia-lai', col: 5, row: 11, short: 'GL' },
  { key: 'dak-lak', col: 5, row: 12, short: 'ĐL' },
  { key: 'lam-dong', col: 4, row: 13, short: 'LĐ' },
  { key: 'khanh-hoa', col: 5, row: 13, short: 'KH' },
  { key: 'tay-ninh', col: 2, row: 14, short: 'TNi' },
  { key: 'dong-nai', col: 3, row: 14, short: 'ĐNa' },
  { key: 'an-giang', col: 0, row: 15, short: 'AG' },
  { key: 'dong-thap', col: 1, row: 15, short: 'ĐT' },
  { key: 'ho-chi-minh', col: 2, row: 15, short: 'HCM' },
  { key: 'ca-mau', col: 0, row: 16, short: 'CM' },
  { key: 'can-tho', col: 1, row: 16, short: 'CT' },
  { key: 'vinh-long', col: 2, row: 16, short: 'VL' },
];

export const gridOf = (tiles: readonly Tile[]) => ({
  cols: Math.max(...tiles.map((t) => t.col)) + 1,
  rows: Math.max(...tiles.map((t) => t.row)) + 1,
});
