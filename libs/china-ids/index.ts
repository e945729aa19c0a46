export * from './unified-social-credit-code.js';
export * from './resident-id.js';
