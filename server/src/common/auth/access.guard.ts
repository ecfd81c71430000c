import { type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AuthError, CommonError } from '@cadre/shared';
import type { Request } from 'express';
import { AppException } from '../errors/app-exception';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import type { AuthUser } from './auth-user';

/**
 * The global guard: verifies the bearer token (passport-jwt, which also loads the live session and user), then applies
 * the handler's `@Access` rule. A route without a rule needs a signed-in user.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]) ?? {};
    if (rule.public) return true;
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<Request & { user: AuthUser }>().user;
    if (user.mustChangePassword && !rule.beforePasswordChange) {
      throw new AppException(HttpStatus.FORBIDDEN, AuthError.PasswordChangeRequired, 'Change your initial password first');
    }
    if (rule.roles?.length && !rule.roles.some((role) => user.roles.includes(role))) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Your role may not do this');
    }
    return true;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser {
    if (err instanceof AppException) throw err;
    if (err || !user) {
      throw new AppException(HttpStatus.UNAUTHORIZED, CommonError.Unauthenticated, 'Sign in to continue');
    }
    return user;
  }
}
