import { Inject, Injectable, SetMetadata, type CanActivate, type ExecutionContext, type OnModuleDestroy } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../core/config/app-config.js';
import { DomainError } from '../core/errors/domain-error.js';
import { redisOptionsFromUrl } from '../core/queues/redis-options.js';
import type { RequestWithActor } from './current-actor.decorator.js';

const LOGIN_THROTTLED = Symbol('LoginThrottled');

/** Sign-in routes: counted per client address and username instead of by the writes limit. */
export const LoginThrottled = () => SetMetadata(LOGIN_THROTTLED, true);

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many', 'TOO_MANY_REQUESTS', `Too many requests; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/**
 * The counters behind the two limits: guessing passwords (per address + username) and
 * writing (per signed-in user). With Redis they are shared by every API process; should
 * Redis fail, each process falls back to counting in its own memory rather than refusing
 * or waving everyone through.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  readonly login: RateLimiterAbstract;
  readonly writes: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(config: AppConfig) {
    const login = { points: config.THROTTLE_LOGIN_LIMIT, duration: config.THROTTLE_LOGIN_WINDOW_SECONDS };
    const writes = { points: config.THROTTLE_WRITE_LIMIT, duration: config.THROTTLE_WRITE_WINDOW_SECONDS };
    if (config.REDIS_URL) {
      // No offline queue: while Redis is away a count fails at once and the memory fallback answers.
      this.redis = new Redis({ ...redisOptionsFromUrl(config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on('error', () => undefined);
      const shared = (name: string, limits: typeof login) =>
        new RateLimiterRedis({
          ...limits,
          storeClient: this.redis,
          keyPrefix: `${config.QUEUE_PREFIX}:rate:${name}`,
          insuranceLimiter: new RateLimiterMemory(limits),
        });
      this.login = shared('login', login);
      this.writes = shared('writes', writes);
    } else {
      this.login = new RateLimiterMemory(login);
      this.writes = new RateLimiterMemory(writes);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** Global guard after the AuthGuard, so writes are counted per signed-in user. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(RateLimits) private readonly limits: RateLimits,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request & RequestWithActor>();
    const isLogin = this.reflector.get<boolean | undefined>(LOGIN_THROTTLED, context.getHandler()) === true;
    if (!isLogin && READS.has(request.method)) return true;
    const [limiter, key] = isLogin
      ? [this.limits.login, `${String(request.ip)}|${usernameOf(request.body)}`]
      : [this.limits.writes, request.actor?.userId ?? String(request.ip)];
    try {
      await limiter.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
      throw new TooManyRequestsError(retryAfterSeconds);
    }
  }
}

function usernameOf(body: unknown): string {
  const username = (body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase() : '';
}
