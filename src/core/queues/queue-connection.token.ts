export type { QueueConnection } from './queue-backend.js';
export const QueueConnectionToken = Symbol('QueueConnection');
