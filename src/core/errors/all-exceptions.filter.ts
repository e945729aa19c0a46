import { randomUUID } from 'node:crypto';
import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, type DomainErrorKind } from './domain-error.js';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  too_many: HttpStatus.TOO_MANY_REQUESTS,
};

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  [extra: string]: unknown;
}

/**
 * The one place where errors become HTTP answers. Domain errors and client mistakes get
 * their 4xx; anything else is logged with an id that the client receives, never a stack.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception, request);
    if (response.headersSent) return;
    if (body.statusCode === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer');
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json({ ...body, requestId: request.id });
  }

  private toBody(exception: unknown, request: Request & { id?: string }): ErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: STATUS_BY_KIND[exception.kind],
        error: exception.code,
        message: exception.message,
        ...exception.details,
      };
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    const fromDatabase = exception instanceof QueryFailedError ? fromQueryError(exception) : undefined;
    if (fromDatabase) return fromDatabase;
    const unavailable =
      (exception as { code?: unknown } | null)?.code === 'BACKEND_TIMEOUT'
        ? { error: 'BACKEND_TIMEOUT', message: 'A service this request needs did not answer in time; try again in a few seconds.' }
        : isDatabaseUnavailable(exception)
          ? { error: 'DATABASE_UNAVAILABLE', message: 'The database cannot be reached just now; try again in a few seconds.' }
          : undefined;
    if (unavailable) {
      // Not a fault of ours or the client's: a warning without a stack, and the client retries.
      this.logger.warn(`${unavailable.error}: ${(exception as Error).message}`);
      return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, ...unavailable, retryAfterSeconds: RETRY_AFTER_SECONDS };
    }

    const errorId = randomUUID();
    this.logger.error(
      { errorId, requestId: request.id, method: request.method, url: request.originalUrl, err: exception },
      `Unhandled error ${errorId}`,
    );
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side; quote the errorId when reporting it.',
      errorId,
    };
  }
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const defaultCode = codeOf(HttpStatus[statusCode] ?? 'ERROR');
  const raw = exception.getResponse();
  if (typeof raw !== 'object' || raw === null) return { statusCode, error: defaultCode, message: exception.message };
  const { error, message, statusCode: _ignored, ...rest } = raw as Record<string, unknown>;
  return {
    statusCode,
    ...rest,
    // Some producers (the health check) put an object of failures under `error`.
    ...(error !== undefined && typeof error !== 'string' ? { failures: error } : {}),
    error: typeof error === 'string' ? codeOf(error) : defaultCode,
    message: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message,
  };
}

/** Database errors a client can cause (a race on a unique key, a malformed value). */
function fromQueryError(error: QueryFailedError): ErrorBody | undefined {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') {
    return { statusCode: HttpStatus.CONFLICT, error: 'DUPLICATE', message: 'A record with these values already exists' };
  }
  if (code === '23503') {
    return { statusCode: HttpStatus.CONFLICT, error: 'REFERENCED', message: 'The record is referenced by or references a missing record' };
  }
  // 22P02 bad text representation, 22003 out of range, 22007/22008 bad date, 22021 NUL in text, 22001 too long
  if (['22P02', '22003', '22007', '22008', '22021', '22001'].includes(code ?? '')) {
    return { statusCode: HttpStatus.BAD_REQUEST, error: 'INVALID_VALUE', message: 'A value has the wrong format or is out of range' };
  }
  return undefined;
}

const RETRY_AFTER_SECONDS = 5;

/**
 * PostgreSQL is down, restarting or overloaded: refused or dropped connections, a pool that
 * could not connect in time, a statement cancelled by its timeout (57014), or the server
 * shutting down or starting (SQLSTATE class 08, 57P01-57P03). The client may retry;
 * nothing is wrong with the request.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  // Duck-typed: errors raised by Node's own sockets may come from another realm than Error.
  if (typeof cause !== 'object' || cause === null) return false;
  const { code, message } = cause as { code?: unknown; message?: unknown };
  const sqlState = String(code ?? '');
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57014', '57P01', '57P02', '57P03'].includes(sqlState) || sqlState.startsWith('08')) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(String(message ?? ''));
}

const codeOf = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
