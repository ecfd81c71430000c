export * from './audit.js';
export * from './domain.js';
export * from './errors.js';
export * from './policy.js';
export * from './text.js';
