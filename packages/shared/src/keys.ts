/** Key patterns of the catalogue, without zod, for code that ships in the embed bundle too. */
export const indicatorKeyPattern = /^[a-z][a-z0-9_]{1,63}$/;
export const regionKeyPattern = /^[a-z][a-z0-9-]{1,63}$/;
