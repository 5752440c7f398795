/**
 * The words of the extractor, as data: every phrase any reader matches is here, grouped by what it tells
 * (indicators and their facets, units, roles of numbers, time, scope, qualifiers, traps, tables, language).
 */
export * from './indicators';
export * from './units';
export * from './roles';
export * from './time';
export * from './scope';
export * from './qualifiers';
export * from './traps';
export * from './tables';
export * from './language';
