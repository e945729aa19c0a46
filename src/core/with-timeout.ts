/** A backend (Redis, PostgreSQL, a webhook) or the whole request did not answer in time. */
export class BackendTimeoutError extends Error {
  readonly code = 'BACKEND_TIMEOUT';
}

/**
 * Rejects when `promise` has not settled within `ms`, so a call to a backend that went
 * away (Redis, PostgreSQL) fails instead of hanging. A late failure is not left unhandled.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BackendTimeoutError(`${message} within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
