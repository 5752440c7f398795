export * from './tiles';
export * from './colour';
export * from './spec';
export * from './svg';
