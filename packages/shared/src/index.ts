export * from './catalogue';
export * from './fact';
export * from './source';
export * from './api';
export * from './headline';
export * from './series';
export * from './format';
