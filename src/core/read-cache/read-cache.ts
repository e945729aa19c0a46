import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { ReadModelChanges, type ReadTopic } from './read-model-changes.js';

interface Entry {
  value: unknown;
  /** Rough size in bytes (the JSON length), counted against the cache's size. */
  size: number;
}

export interface Cached<T> {
  value: T;
  /** Served from the cache, not computed. */
  hit: boolean;
}

/** Says whether an answer came from an API process's cache ("hit") or was read ("miss"). */
export const READ_CACHE_HEADER = 'X-Read-Cache';

/** JSON text of a T, as sent: cached pages are kept and served as text. */
export type JsonText<T> = string & { readonly json?: T };

export const toJson = <T>(value: T): JsonText<T> => JSON.stringify(value) as JsonText<T>;

/**
 * Answers of reads kept per API process until any table of their topic changes
 * (ReadModelChanges). The key must hold everything the answer depends on besides those
 * tables (who asks where access differs, the record, the query, the hour where reasons age
 * with time). Least recently used answers go first once the size is reached; 0 MB = off.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  /** The version every entry was read under; a newer one empties the cache. */
  private entriesVersion = -1;
  private readonly maxBytes: number;
  private bytes = 0;

  constructor(
    private readonly changes: ReadModelChanges,
    private readonly topic: ReadTopic,
    megabytes: number,
  ) {
    this.maxBytes = megabytes * 1024 * 1024;
  }

  /** The answer cached under `key` for the current version, else `compute`'s, kept when nothing changed meanwhile. */
  async read<T>(key: string, compute: () => Promise<T>): Promise<Cached<T>> {
    const version = this.changes.version(this.topic);
    if (version === undefined || this.maxBytes === 0) return { value: await compute(), hit: false };
    if (version !== this.entriesVersion) this.clear(version);
    const entry = this.entries.get(key);
    if (entry) {
      // Map order is insertion order: moving the entry to the end keeps the oldest first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { value: entry.value as T, hit: true };
    }
    const value = await compute();
    // A change committed while this read ran may or may not be in `value`: not kept then.
    if (this.changes.version(this.topic) === version && this.entriesVersion === version) {
      this.store(key, { value, size: key.length + (typeof value === 'string' ? value : JSON.stringify(value)).length });
    }
    return { value, hit: false };
  }

  private clear(version: number): void {
    this.entries.clear();
    this.bytes = 0;
    this.entriesVersion = version;
  }

  private store(key: string, entry: Entry): void {
    this.forget(key);
    if (entry.size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  private forget(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.size;
  }
}

/** Whole pages of recommendations and candidates (READ_CACHE_MB per API process). */
@Injectable()
export class PageCache extends ReadCache {
  constructor(changes: ReadModelChanges, config: AppConfig) {
    super(changes, 'pages', config.READ_CACHE_MB);
  }
}

/** Live sessions with their accounts: a few hundred bytes each, so a few MB hold tens of thousands. */
@Injectable()
export class SessionCache extends ReadCache {
  constructor(changes: ReadModelChanges, config: AppConfig) {
    super(changes, 'accounts', Math.min(8, config.READ_CACHE_MB));
  }
}
