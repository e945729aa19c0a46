export * from './education.js';
export * from './employment-type.js';
export * from './target-group.js';
export * from './certificate-level.js';
export * from './weekly-schedule.js';
export * from './benefit.js';
