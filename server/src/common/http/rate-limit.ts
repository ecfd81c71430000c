import {
  type CanActivate,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { AppException } from '../errors/app-exception';

const LOGIN_LIMITED = 'cadre:login-limited';
const NOT_LIMITED = 'cadre:not-limited';

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
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  async hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }> {
    const now = Date.now();
    if (now - this.lastSweep > windowMs) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetAt: window.resetAt };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    this.lastSweep = now;
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
    private readonly store: MemoryRateLimitStore,
  ) {}

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
    const { count, resetAt } = await this.store.hit(key, MINUTE);
    if (count > limit) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))));
      throw new AppException(HttpStatus.TOO_MANY_REQUESTS, CommonError.RateLimited, 'Too many requests from your address, please wait a moment');
    }
  }
}
