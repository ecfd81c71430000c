import { HttpStatus } from '@nestjs/common';
import { CommonError, PublicityError } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, type FieldProblem } from '../../common/errors/app-exception';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';

/**
 * Channels, columns, episodes and contests belong to the unit whose organisation department manages them (an org
 * admin's scope unit). An admin sees those owned by a unit above their scope (the city's channels, for a town) or inside
 * it; `o` is the owner unit. $1 the path seen from (the caller's scope path, or a unit's path), $2 that path's prefix.
 */
export const OWNER_VISIBLE = `(strpos($1::text, o.path) = 1 OR o.path LIKE $2)`;

/** The visibility parameters for the caller's scope. */
export function scopeArgs(user: AuthUser): [string, string] {
  return [user.scopePath ?? '\u0000', scopePrefix(user)];
}

/** The visibility parameters for a unit's point of view. */
export function unitArgs(path: string): [string, string] {
  return [path, `${path}%`];
}

/** An org admin changes what is owned inside their scope. */
export function canManage(user: AuthUser, ownerPath: string): boolean {
  return hasRole(user, 'org_admin') && isPathInScope(ownerPath, user);
}

export function badPeriod(field = 'to'): AppException {
  return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, PublicityError.InvalidPeriod, 'The period ends before it starts', [{ field, message: 'before the start' }]);
}

export function notFoundWith(problems: FieldProblem[]): AppException {
  return new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Not found', problems);
}

/** Active units in the caller's scope among `ids`, with their paths. */
export async function unitsInScope(tx: EntityManager, user: AuthUser, ids: string[]): Promise<Map<string, { path: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = (await tx.query('SELECT id, path, name FROM org_units WHERE id = ANY($1::uuid[]) AND retired_at IS NULL AND path LIKE $2', [
    [...new Set(ids)],
    scopePrefix(user),
  ])) as { id: string; path: string; name: string }[];
  return new Map(rows.map((r) => [r.id, { path: r.path, name: r.name }]));
}

export function duplicateName(field = 'name'): AppException {
  return new AppException(HttpStatus.CONFLICT, PublicityError.DuplicateName, 'The name is taken', [{ field, message: 'already used' }]);
}

/** A unique-index violation from PostgreSQL. */
export function isUniqueViolation(e: unknown): boolean {
  return (e as { driverError?: { code?: string } }).driverError?.code === '23505' || (e as { code?: string }).code === '23505';
}
