import { createPostgresBackend, createRedisBackend, setDefaultBackendFactory } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { redisOptionsFromUrl } from './redis-options.js';

export type QueueBackendKind = 'redis' | 'postgres';

export interface QueueConnection {
  kind: QueueBackendKind;
  /** What BullMQ's Queue and Worker take as `connection` for the chosen backend. */
  connection: unknown;
  prefix: string;
}

/**
 * Redis when REDIS_URL is set; otherwise BullMQ's PostgreSQL backend in the service's own
 * database (schema `bullmq`), so a single PostgreSQL is enough to run everything.
 */
export function selectQueueConnection(config: AppConfig, databaseUrl: string): QueueConnection {
  if (config.REDIS_URL) {
    setDefaultBackendFactory(createRedisBackend);
    return {
      kind: 'redis',
      connection: { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null, connectTimeout: 5000 },
      prefix: config.QUEUE_PREFIX,
    };
  }
  setDefaultBackendFactory(createPostgresBackend as never);
  return {
    kind: 'postgres',
    connection: { connectionString: databaseUrl, schema: 'bullmq', max: 5, migrate: true },
    prefix: config.QUEUE_PREFIX,
  };
}
