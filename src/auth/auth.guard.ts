import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../core/errors/domain-error.js';
import { ACCESS, PUBLIC, SIGNED_IN, type AccessRule } from './access.decorator.js';
import { AuthService } from './auth.service.js';
import type { RequestWithActor } from './current-actor.decorator.js';
import { bearerToken } from './tokens.js';

/**
 * Global guard: signs the request in from its bearer token and applies the route's
 * declared access rule. Default deny: a route that declares nothing is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    if (rule === undefined) throw new ForbiddenError('ACCESS_UNDECLARED', 'This route declares no access rule and is closed');
    if (rule === PUBLIC) return true;

    const request = context.switchToHttp().getRequest<Request & RequestWithActor>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthenticatedError('AUTH_REQUIRED', 'Sign in and send the access token as "Authorization: Bearer <token>"');
    const actor = await this.auth.authenticate(token);
    request.actor = actor;
    if (rule !== SIGNED_IN && !rule.includes(actor.role)) {
      throw new ForbiddenError('ROLE_NOT_ALLOWED', `A ${actor.role} may not call this route`);
    }
    return true;
  }
}
