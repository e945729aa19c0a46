import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LocalWritesInterceptor } from './local-writes.interceptor.js';
import { PageCache, SessionCache } from './read-cache.js';
import { ReadModelChanges } from './read-model-changes.js';

/** The API's caches of reads (pages, sessions) and what empties them. The worker has none. */
@Global()
@Module({
  providers: [ReadModelChanges, PageCache, SessionCache, { provide: APP_INTERCEPTOR, useClass: LocalWritesInterceptor }],
  exports: [PageCache, SessionCache, ReadModelChanges],
})
export class ReadCacheModule {}
