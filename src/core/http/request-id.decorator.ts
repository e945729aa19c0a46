import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The request's X-Request-Id (set by the logger for every request), e.g. for audit entries. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const id = context.switchToHttp().getRequest<{ id?: unknown }>().id;
  return id === undefined || id === null ? null : String(id);
});
