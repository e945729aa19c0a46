import type { AppConfig } from './config/app-config.js';
import { loadConfig } from './config/load-config.js';
import { resolveDatabase, type ResolvedDatabase } from './database/resolve-database.js';
import { selectQueueConnection, type QueueConnection } from './queues/queue-backend.js';
import type { CoreOptions } from './core.module.js';

export interface Runtime extends CoreOptions {
  database: ResolvedDatabase;
}

/**
 * Everything a process needs before Nest starts: validated config (fails fast with every
 * bad value listed), the database to use and the queue backend.
 */
export async function prepareRuntime({ allowEmbedded = false, config = loadConfig() }: { allowEmbedded?: boolean; config?: AppConfig } = {}): Promise<Runtime> {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const database = await resolveDatabase(config, log, { allowEmbedded });
  const queueConnection: QueueConnection = selectQueueConnection(config, database.url);
  return { config, databaseUrl: database.url, queueConnection, database };
}

/** Prints a startup failure readably (a config error is a list, not a stack) and exits. */
export function failStartup(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`JobBridge failed to start: ${message}\n`);
  process.exit(1);
}
