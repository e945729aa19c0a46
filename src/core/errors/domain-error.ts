export type DomainErrorKind = 'not_found' | 'conflict' | 'invalid' | 'unauthenticated' | 'forbidden' | 'too_many';

/**
 * An error the domain raises on purpose. It carries a stable code for clients and a kind
 * that the HTTP layer maps to a status once, in the exception filter.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string | number) {
    super('not_found', `${entity.toUpperCase()}_NOT_FOUND`, `${entity} ${id} not found`, { id });
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super('conflict', code, message, details);
  }
}

/** Input that passed DTO validation but breaks a rule across fields (e.g. min > max). */
export class InvalidInputError extends DomainError {
  constructor(field: string, message: string) {
    super('invalid', 'VALIDATION_FAILED', message, { errors: [{ field, messages: [message] }] });
  }
}

/** No valid sign-in: missing, expired or revoked token, wrong password. */
export class UnauthenticatedError extends DomainError {
  constructor(code: string, message: string) {
    super('unauthenticated', code, message);
  }
}

/** Signed in, but the role may not call this route at all (records out of scope answer 404 instead). */
export class ForbiddenError extends DomainError {
  constructor(code: string, message: string) {
    super('forbidden', code, message);
  }
}
