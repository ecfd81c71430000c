import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ROLE_LABELS, type Role } from '@cadre/shared';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';

export const ACCESS_KEY = 'cadre:access';

export interface AccessRule {
  /** Anyone, signed in or not. */
  public?: boolean;
  /** Roles that may call the handler; empty or absent: any signed-in user. */
  roles?: Role[];
  /** Callable while the account must still change its initial password. */
  beforePasswordChange?: boolean;
}

/**
 * The one statement of who may call a handler. Every route carries exactly one `@Access` (a test walks the routes to
 * make sure); the global guard enforces it and the OpenAPI document shows it.
 */
export function Access(rule: AccessRule & { summary: string }) {
  const { summary, ...access } = rule;
  const who = access.public
    ? 'Anyone.'
    : access.roles?.length
      ? `Roles: ${access.roles.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ')}.`
      : 'Any signed-in user.';
  const decorators = [SetMetadata(ACCESS_KEY, access), ApiOperation({ summary, description: who })];
  // The 401 and 403 answers this rule implies are declared with the other error answers (server/src/openapi/error-responses.ts).
  if (!access.public) decorators.push(ApiBearerAuth());
  return applyDecorators(...decorators);
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
  if (!req.user) throw new Error('CurrentUser used on a public handler');
  return req.user;
});

/** Where a request came from, for the audit trail and rate limits. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const Origin = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestOrigin => {
  const req = ctx.switchToHttp().getRequest<Request & { id?: unknown }>();
  const ua = req.headers['user-agent'];
  return {
    ip: req.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
    requestId: typeof req.id === 'string' ? req.id : null,
  };
});

/** Documents the success response (status and body type), so the generated client knows what a call returns. */
export function Returns(type: Type<unknown> | null, status = 200) {
  return type ? ApiResponse({ status, type }) : ApiResponse({ status, description: 'No content' });
}
