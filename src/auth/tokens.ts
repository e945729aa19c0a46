import { createHash, randomBytes } from 'node:crypto';

/** What an access token carries: the user and the session it belongs to. */
export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
}

/** 256 random bits; only its hash is stored, so a database dump cannot sign anyone in. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
