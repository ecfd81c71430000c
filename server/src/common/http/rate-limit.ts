import {
  type CanActivate,
  type ExecutionContext,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { CommonError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { Scheduler } from '../scheduler/scheduler.service';
import { AppException } from '../errors/app-exception';

const LOGIN_LIMITED = 'cadre:login-limited';
export const NOT_LIMITED = 'cadre:not-limited';

/** Sign-in endpoints: also count against the per-address sign-in limit. */
export const LoginRateLimit = () => SetMetadata(LOGIN_LIMITED, true);
const EXTRA_LIMIT = 'cadre:extra-limit';
/**
 * A further per-address limit for one kind of public write (audience feedback): `perMinute` hits per address, counted
 * under `name` across every handler that uses the same name.
 */
export const ExtraRateLimit = (name: string, perMinute: number) => SetMetadata(EXTRA_LIMIT, { name, perMinute });
/** Probes (health): never limited. */
export const NoRateLimit = () => SetMetadata(NOT_LIMITED, true);

/** Counts hits per key in fixed windows. The in-memory store serves one instance; a shared store serves several. */
export interface RateLimitStore {
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Drops expired windows (a scheduled job calls it for stores that keep them). */
  sweep?(): Promise<number>;
  close?(): Promise<void>;
}

export const RATE_LIMIT_STORE = Symbol('RateLimitStore');

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const now = Date.now();
    if (now - this.lastSweep > windowMs) this.dropExpired(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetAt: window.resetAt };
  }

  private dropExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    this.lastSweep = now;
  }
}

/** Counters in Redis, shared by every instance: one atomic script per hit (INCR, and the expiry on the first hit). */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 });
    // Errors surface per hit; without a listener ioredis would also print each reconnect failure as unhandled.
    this.redis.on('error', () => undefined);
  }

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const [count, ttl] = (await this.redis.eval(
      `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return {n, redis.call('PTTL', KEYS[1])}`,
      1,
      `cadre:rl:${key}`,
      windowMs,
    )) as [number, number];
    return { count, resetAt: Date.now() + Math.max(0, ttl) };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/** Counters in an UNLOGGED PostgreSQL table, for several instances without Redis: one upsert per hit. */
export class PostgresRateLimitStore implements RateLimitStore {
  constructor(private readonly db: DataSource) {}

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const [row] = (await this.db.query(
      `INSERT INTO rate_limit_windows (key, count, reset_at) VALUES ($1, 1, now() + make_interval(secs => $2 / 1000.0))
       ON CONFLICT (key) DO UPDATE
         SET count = CASE WHEN rate_limit_windows.reset_at <= now() THEN 1 ELSE rate_limit_windows.count + 1 END,
             reset_at = CASE WHEN rate_limit_windows.reset_at <= now() THEN EXCLUDED.reset_at ELSE rate_limit_windows.reset_at END
       RETURNING count, reset_at`,
      [key.slice(0, 200), windowMs],
    )) as [{ count: number; reset_at: Date }];
    return { count: row.count, resetAt: new Date(row.reset_at).getTime() };
  }

  async sweep(): Promise<number> {
    const [, deleted] = (await this.db.query('DELETE FROM rate_limit_windows WHERE reset_at < now()')) as [unknown, number];
    return deleted;
  }
}

/** Sweeps expired windows of a store that keeps them (a scheduled job), and closes the store when the app stops. */
@Injectable()
export class RateLimitStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    private readonly scheduler: Scheduler,
  ) {}

  onModuleInit(): void {
    const store = this.store;
    if (store.sweep) this.scheduler.register({ name: 'rate-limit-sweep', everyMs: 10 * MINUTE, run: async () => ({ deleted: await store.sweep!() }) });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close?.();
  }
}

const MINUTE = 60_000;

/**
 * Two per-address limits per minute: every API call, and sign-ins. Generous by default (a whole department signs in
 * from one NAT address at nine in the morning); both come from the configuration.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
  ) {}

  private readonly logger = new Logger('RateLimit');
  private lastStoreError = 0;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(NOT_LIMITED, targets)) return true;
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const address = req.ip ?? 'unknown';
    await this.check(`api:${address}`, this.config.rateLimitApiPerMin, res);
    if (this.reflector.getAllAndOverride<boolean>(LOGIN_LIMITED, targets)) {
      await this.check(`login:${address}`, this.config.rateLimitLoginPerMin, res);
    }
    const extra = this.reflector.getAllAndOverride<{ name: string; perMinute: number } | undefined>(EXTRA_LIMIT, targets);
    if (extra) await this.check(`${extra.name}:${address}`, extra.perMinute, res);
    return true;
  }

  private async check(key: string, limit: number, res: Response): Promise<void> {
    let hit: { count: number; resetAt: number };
    try {
      hit = await this.store.hit(key, MINUTE);
    } catch (error) {
      // A limit is a protection, not a condition of service: when the shared store is unreachable, requests pass and
      // the outage is logged (at most once a minute).
      if (Date.now() - this.lastStoreError > MINUTE) {
        this.lastStoreError = Date.now();
        this.logger.error(`Rate-limit store unavailable, not limiting: ${error instanceof Error ? error.message : String(error)}`);
      }
      return;
    }
    const { count, resetAt } = hit;
    if (count > limit) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
      throw new AppException(HttpStatus.TOO_MANY_REQUESTS, CommonError.RateLimited, 'Too many requests from your address, please wait a moment');
    }
  }
}
