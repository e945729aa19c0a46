import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ACCESS = Symbol('Access');

/** Everyone may call the route, signed in or not. */
export const PUBLIC = 'public';
/** Any signed-in user may call the route; the service scopes what they see. */
export const SIGNED_IN = 'signed-in';

export type AccessRule = typeof PUBLIC | typeof SIGNED_IN | readonly Role[];

/**
 * Every route declares who may call it; a route without a declaration is refused (and the
 * API refuses to start, see AccessDeclarationsCheck). A role outside the list gets 403;
 * records outside the caller's scope are the service's business and answer 404.
 */
export const Access = (...roles: Role[]) => SetMetadata(ACCESS, roles satisfies AccessRule);
export const Public = () => SetMetadata(ACCESS, PUBLIC satisfies AccessRule);
export const SignedIn = () => SetMetadata(ACCESS, SIGNED_IN satisfies AccessRule);
