import { HttpStatus } from '@nestjs/common';
import { ClassError } from '@cadre/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { TrainingClass } from './training-class.entity';

/**
 * How the caller stands to a class: `manage` (an admin whose scope holds the organising unit), `view` (an admin whose
 * scope holds one of its enrollees: they see the class and their own cadres' records), `enrollee` (enrolled
 * themselves). Anyone else gets a 404, as for a row that does not exist.
 */
export type ClassAccess = 'manage' | 'view' | 'enrollee';

export interface ClassWithAccess {
  cls: TrainingClass;
  access: ClassAccess;
  enrolled: boolean;
}

export async function classFor(db: DataSource | EntityManager, user: AuthUser, id: string, opts: { lock?: boolean } = {}): Promise<ClassWithAccess> {
  const cls = await db.getRepository(TrainingClass).findOne({ where: { id }, ...(opts.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!cls) throw notFound('Training class');
  const [row] = (await db.query(
    `SELECT EXISTS (SELECT 1 FROM training_class_enrolments e WHERE e.class_id = $1 AND e.user_id = $2) AS mine,
            EXISTS (SELECT 1 FROM training_class_enrolments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
                     WHERE e.class_id = $1 AND ou.path LIKE $3) AS scoped`,
    [id, user.id, scopeLike(user)],
  )) as { mine: boolean; scoped: boolean }[];
  const admin = hasRole(user, 'org_admin', 'unit_admin');
  const access: ClassAccess | null =
    admin && isPathInScope(cls.organiserUnitPath, user) ? 'manage' : admin && row!.scoped ? 'view' : row!.mine ? 'enrollee' : null;
  if (!access) throw notFound('Training class');
  return { cls, access, enrolled: row!.mine };
}

/** The same, but only organisers go on; others who may see the class get a 403-free 404 for the action. */
export async function managedClass(db: DataSource | EntityManager, user: AuthUser, id: string, opts: { lock?: boolean; open?: boolean } = {}): Promise<TrainingClass> {
  const { cls, access } = await classFor(db, user, id, opts);
  if (access !== 'manage') throw notFound('Training class');
  if (opts.open && cls.status === 'closed') throw new AppException(HttpStatus.CONFLICT, ClassError.InvalidState, 'The class is closed');
  return cls;
}

/** The caller's scope as a LIKE pattern; an empty pattern (matching no unit path) for callers without a scope. */
export function scopeLike(user: AuthUser): string {
  return user.scopePath && hasRole(user, 'org_admin', 'unit_admin') ? scopePrefix(user) : '';
}
