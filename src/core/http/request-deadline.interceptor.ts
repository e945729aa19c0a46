import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { catchError, throwError, timeout, TimeoutError, type Observable } from 'rxjs';
import { BackendTimeoutError } from '../with-timeout.js';

/**
 * No handler runs past the deadline: the client gets 503 (the error filter's answer to a
 * backend that did not answer) instead of waiting on a call that hangs. The handler's
 * work is not cancelled; writes are transactional, so it commits whole or not at all.
 */
export class RequestDeadlineInterceptor implements NestInterceptor {
  constructor(private readonly ms: number) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      timeout({ first: this.ms }),
      catchError((error: unknown) =>
        throwError(() => (error instanceof TimeoutError ? new BackendTimeoutError(`the request did not finish within ${this.ms} ms`) : error)),
      ),
    );
  }
}
