import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../core/config/app-config.js';
import { preparedQuery } from '../core/database/prepared-query.js';
import { UnauthenticatedError } from '../core/errors/domain-error.js';
import { SessionCache } from '../core/read-cache/read-cache.js';
import type { Actor } from './actor.js';
import { AuthSession } from './auth-session.entity.js';
import { passwordMatches } from './passwords.js';
import type { Role } from './roles.js';
import { hashRefreshToken, newRefreshToken, type AccessClaims } from './tokens.js';
import { UserAccount } from './user-account.entity.js';

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface LiveAccount {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  region_code: string | null;
  enterprise_id: string | null;
  seeker_id: string | null;
}

const LIVE_ACCOUNT_SQL = `SELECT u.id, u.username, u.display_name, u.role, u.region_code, u.enterprise_id, u.seeker_id
  FROM auth_session s JOIN user_account u ON u.id = s.user_id
 WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND u.active`;

const INVALID_CREDENTIALS = () => new UnauthenticatedError('INVALID_CREDENTIALS', 'Wrong username or password');
const INVALID_REFRESH = () => new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is unknown, expired or revoked; sign in again');

@Injectable()
export class AuthService {
  /**
   * JWT_SECRET as a key object, made once. Given the secret as a string, jsonwebtoken first
   * tries to parse it as a PEM public key on every verification and builds the key after
   * that throws: about an eighth of the API's CPU in the API benchmark's first profile.
   */
  private readonly verificationKey: KeyObject;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly sessions: SessionCache,
  ) {
    this.verificationKey = createSecretKey(Buffer.from(config.JWT_SECRET));
  }

  async login(username: string, password: string, ip: string | null): Promise<TokenPair & { account: UserAccount }> {
    const account = await this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username: username.toLowerCase() })
      .getOne();
    const matches = await passwordMatches(password, account?.passwordHash);
    if (!account || !matches || !account.active) throw INVALID_CREDENTIALS();

    const refreshToken = newRefreshToken();
    const session = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: account.id }, { lastLoginAt: new Date() });
      return manager.save(
        manager.create(AuthSession, {
          userId: account.id,
          refreshTokenHash: hashRefreshToken(refreshToken),
          refreshExpiresAt: this.refreshExpiry(),
          createdFromIp: ip,
        }),
      );
    });
    const { passwordHash: _secret, ...withoutHash } = account;
    return { ...this.tokens(account.id, session.id, account.role, refreshToken, session.refreshExpiresAt), account: withoutHash as UserAccount };
  }

  /**
   * Trades a refresh token for a new pair; the old refresh token stops working. Presenting
   * an already rotated token means it was copied: the whole session is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const presented = hashRefreshToken(refreshToken);
    const next = newRefreshToken();
    const rows: Array<{ id: string; user_id: string; refresh_expires_at: Date }> = (
      await this.dataSource.query(
        `UPDATE auth_session s
            SET refresh_token_hash = $2, previous_refresh_token_hash = s.refresh_token_hash, refresh_expires_at = $3
           FROM user_account u
          WHERE s.refresh_token_hash = $1 AND s.revoked_at IS NULL AND s.refresh_expires_at > now()
            AND u.id = s.user_id AND u.active
        RETURNING s.id, s.user_id, s.refresh_expires_at`,
        [presented, hashRefreshToken(next), this.refreshExpiry()],
      )
    )[0];
    const session = rows[0];
    if (!session) {
      await this.revokeWhere('previous_refresh_token_hash = $1 AND revoked_at IS NULL', [presented], 'refresh_reused');
      throw INVALID_REFRESH();
    }
    const role = (await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: session.user_id })).role;
    return this.tokens(session.user_id, session.id, role, next, session.refresh_expires_at);
  }

  async logout(sessionId: string): Promise<void> {
    await this.revokeWhere('id = $1 AND revoked_at IS NULL', [sessionId], 'logout');
  }

  /** Ends every session of a user (password change, deactivation), except `keepSessionId`. */
  async revokeSessionsOf(userId: string, reason: string, keepSessionId?: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $3`,
      [userId, reason, keepSessionId ?? null],
    );
  }

  /**
   * The actor behind an access token. The signature and expiry are checked first, then the
   * session and account live, so logout and deactivation take effect on the next request.
   */
  async authenticate(accessToken: string): Promise<Actor> {
    let claims: AccessClaims;
    try {
      // @nestjs/jwt types the secret as string | Buffer; jsonwebtoken takes a KeyObject as it is.
      const secret = this.verificationKey as unknown as Buffer;
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken, { algorithms: ['HS256'], secret });
    } catch (error) {
      if (error instanceof TokenExpiredError) throw new UnauthenticatedError('TOKEN_EXPIRED', 'The access token has expired; refresh it');
      throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is not valid');
    }
    // Kept per process until a session or an account changes anywhere (sign-out, revocation, deactivation).
    const { value: account } = await this.sessions.read(`${claims.sid}/${claims.sub}`, () => this.liveAccount(claims.sid, claims.sub));
    if (!account) throw new UnauthenticatedError('SESSION_ENDED', 'This sign-in has ended (signed out, revoked or deactivated); sign in again');
    return {
      userId: account.id,
      sessionId: claims.sid,
      username: account.username,
      displayName: account.display_name,
      role: account.role,
      regionCode: account.region_code,
      enterpriseId: account.enterprise_id,
      seekerId: account.seeker_id,
    };
  }

  /** The account behind a live session, or null (a prepared statement). */
  private async liveAccount(sessionId: string, userId: string): Promise<LiveAccount | null> {
    const [account] = await preparedQuery<LiveAccount>(this.dataSource, LIVE_ACCOUNT_SQL, [sessionId, userId]);
    return account ?? null;
  }

  private tokens(userId: string, sessionId: string, role: Role, refreshToken: string, refreshExpiresAt: Date): TokenPair {
    const claims: AccessClaims = { sub: userId, sid: sessionId, role };
    return {
      tokenType: 'Bearer',
      accessToken: this.jwt.sign(claims, { algorithm: 'HS256', expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS }),
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
      refreshExpiresAt,
    };
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
  }

  private async revokeWhere(condition: string, params: unknown[], reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $${params.length + 1} WHERE ${condition}`,
      [...params, reason],
    );
  }
}
