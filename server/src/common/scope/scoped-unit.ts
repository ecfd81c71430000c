import type { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../errors/app-exception';
import { isPathInScope } from './scope';

export interface ScopedUnit {
  id: string;
  name: string;
  path: string;
}

/**
 * The unit a figures or export request is about: the one asked for, or the caller's scope unit. A unit that does not
 * exist or lies outside the caller's scope is a 404, like any row out of scope.
 */
export async function scopedUnit(db: DataSource, user: AuthUser, unitId: string | undefined): Promise<ScopedUnit> {
  const id = unitId ?? user.scopeUnitId;
  const [unit] = id ? ((await db.query('SELECT id, name, path FROM org_units WHERE id = $1', [id])) as ScopedUnit[]) : [];
  if (!unit || !isPathInScope(unit.path, user)) throw notFound('Unit');
  return unit;
}
