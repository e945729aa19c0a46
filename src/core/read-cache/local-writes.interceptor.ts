import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, concatMap, type Observable } from 'rxjs';
import { ReadModelChanges } from './read-model-changes.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write made through this process answers only once this process has heard of it: its
 * handler is done (its transaction committed), then ReadModelChanges waits for the
 * notifications of that commit. So the caller's next read from this process never gets a
 * page cached before the write. Failed writes wait too, as one may have committed a part.
 */
@Injectable()
export class LocalWritesInterceptor implements NestInterceptor {
  constructor(private readonly changes: ReadModelChanges) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || READS.has(context.switchToHttp().getRequest<Request>().method)) return next.handle();
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await this.changes.caughtUp();
        return value;
      }),
      catchError(async (error: unknown) => {
        await this.changes.caughtUp();
        throw error;
      }),
    );
  }
}
