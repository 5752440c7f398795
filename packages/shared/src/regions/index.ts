export * from './dates';
export * from './lineage';
export * from './names';
export * from './check';
export * from './attribution';
