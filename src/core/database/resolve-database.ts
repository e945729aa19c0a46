import { Socket } from 'node:net';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export type DatabaseSource = 'configured' | 'local' | 'embedded';

export interface ResolvedDatabase {
  url: string;
  source: DatabaseSource;
  stop(): Promise<void>;
}

/**
 * Picks the database the way the README promises: DATABASE_URL when given; otherwise the
 * local server on the default port (creating the database if needed); otherwise an
 * embedded PostgreSQL kept under the project folder.
 */
export async function resolveDatabase(
  config: AppConfig,
  log: (message: string) => void,
  { allowEmbedded }: { allowEmbedded: boolean },
): Promise<ResolvedDatabase> {
  const noop = async () => undefined;
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, source: 'configured', stop: noop };

  const local = new URL(config.LOCAL_DATABASE_URL);
  if (await isPortOpen(local.hostname, Number(local.port || 5432))) {
    await ensureDatabaseExists(config.LOCAL_DATABASE_URL);
    return { url: config.LOCAL_DATABASE_URL, source: 'local', stop: noop };
  }
  if (!allowEmbedded) {
    throw new Error(
      `No DATABASE_URL and nothing answers at ${local.host}. Set DATABASE_URL, or run ` +
        '`npm start`, which starts an embedded PostgreSQL for the API and the worker together.',
    );
  }
  const embedded = await startEmbeddedPostgres(config, log);
  return { url: embedded.url, source: 'embedded', stop: embedded.stop };
}

export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function isPortOpen(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}
