import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/** The channel the ReadModelNotify migration's triggers notify, once per changing statement. */
export const READ_MODEL_CHANNEL = 'jobbridge_read_model';
const RETRY_MS = 1000;
/**
 * A connection cut without a word (a network partition, a dead NAT entry) would go on
 * "listening" and hear nothing: asking the server something this often, with a deadline,
 * finds that out within seconds rather than at TCP keep-alive's hours.
 */
const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5000;

/**
 * What a cache watches: sign-ins (sessions, accounts) or everything else a page reads.
 * Kept apart so that signing in does not empty the cache of pages.
 */
export type ReadTopic = 'accounts' | 'pages';
const ACCOUNT_TABLES: ReadonlySet<string> = new Set(['auth_session', 'user_account']);
const topicOf = (table: string): ReadTopic => (ACCOUNT_TABLES.has(table) ? 'accounts' : 'pages');

/**
 * Tells this process when a table behind its cached reads may have changed. Statement
 * triggers notify READ_MODEL_CHANNEL, and PostgreSQL delivers that after commit to every
 * listening process, so a change made by another API process or by the worker reaches
 * this one within milliseconds. A write made through this process's own routes waits for
 * its notifications before its answer leaves (LocalWritesInterceptor, caughtUp()).
 *
 * `version(topic)` is a number that moves on every change of the topic's tables, or
 * undefined while nothing listens (not yet connected, connection lost): then no read may
 * be served from a cache, since a change could pass unseen.
 */
@Injectable()
export class ReadModelChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadModelChanges.name);
  private readonly generations: Record<ReadTopic, number> = { accounts: 0, pages: 0 };
  private listening = false;
  private client?: pg.Client;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  private stopped = false;
  /** When the last connection was lost, while not listening again yet. */
  private silentSince?: number;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  version(topic: ReadTopic): number | undefined {
    return this.listening ? this.generations[topic] : undefined;
  }

  /**
   * Resolves once every notification of a transaction committed before the call has
   * arrived. PostgreSQL sends a listening session its pending notifications before it
   * answers that session's next query, so one round trip on the listening connection is
   * the barrier. Nothing to wait for while not listening: nothing is cached then.
   */
  async caughtUp(): Promise<void> {
    const client = this.client;
    if (!this.listening || !client) return;
    await client.query('SELECT 1').catch((error: Error) => this.lost(client, error));
  }

  /** Something changed that no notification tells (a lost connection): every cached read is void. */
  private changed(): void {
    this.generations.accounts++;
    this.generations.pages++;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // The pool's own connection settings; a client of its own, as LISTEN holds the connection for good.
    const options = (this.dataSource.driver as unknown as { master: { options: pg.ClientConfig } }).master.options;
    const client = new pg.Client({ ...options, application_name: 'jobbridge-read-model', keepAlive: true, query_timeout: HEARTBEAT_TIMEOUT_MS });
    client.on('notification', ({ payload }) => this.generations[topicOf(payload ?? '')]++);
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${READ_MODEL_CHANNEL}`);
      if (this.stopped) return void client.end().catch(() => undefined);
      // Whatever changed while nobody listened is unknown: start from a new version.
      this.changed();
      this.listening = true;
      if (this.silentSince !== undefined) this.logger.log(`listening for read-model changes again after ${Date.now() - this.silentSince} ms; cached reads on`);
      this.silentSince = undefined;
      this.heartbeat = setInterval(() => void client.query('SELECT 1').catch((error: Error) => this.lost(client, error)), HEARTBEAT_MS);
      this.heartbeat.unref();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    this.listening = false;
    clearInterval(this.heartbeat);
    this.changed();
    // Once per outage, not on every retry while PostgreSQL is away.
    if (this.silentSince === undefined) {
      this.silentSince = Date.now();
      this.logger.warn(`read-model notifications lost${error ? ` (${error.message})` : ''}; cached reads off until listening again`);
    }
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => void this.listen(), RETRY_MS);
  }
}
