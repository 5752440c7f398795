export * from './theme';
export * from './scale';
export * from './spec';
export * from './values';
export * from './describe';
export * from './text';
export * from './layout';
export * from './svg';
export { formatNumber, formatValue, formatChange, unitLabels, languages, type Lang } from '../format';
