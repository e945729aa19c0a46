import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from './actor.js';

export interface RequestWithActor {
  actor?: Actor;
}

/** The signed-in user of the request; only on routes the AuthGuard let through signed in. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route that is not signed in');
  return actor;
});
