import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, NEVER, of, throwError } from 'rxjs';
import { BackendTimeoutError } from '../with-timeout.js';
import { RequestDeadlineInterceptor } from './request-deadline.interceptor.js';

const context = {} as ExecutionContext;
const handler = (result: CallHandler['handle']): CallHandler => ({ handle: result });

describe('RequestDeadlineInterceptor', () => {
  const interceptor = new RequestDeadlineInterceptor(30);

  it('passes an answer in time through', async () => {
    await expect(firstValueFrom(interceptor.intercept(context, handler(() => of('ok'))))).resolves.toBe('ok');
  });

  it('turns a handler that never answers into a backend timeout', async () => {
    const started = Date.now();
    await expect(firstValueFrom(interceptor.intercept(context, handler(() => NEVER)))).rejects.toBeInstanceOf(BackendTimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('leaves the handler’s own errors alone', async () => {
    const own = new Error('not found');
    await expect(firstValueFrom(interceptor.intercept(context, handler(() => throwError(() => own))))).rejects.toBe(own);
  });
});
