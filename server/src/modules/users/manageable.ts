import type { Role } from '@cadre/shared';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { isPathInScope } from '../../common/scope/scope';

/** Roles only an org admin may grant; a unit admin manages cadres and lecturers. */
export const ORG_ADMIN_GRANTS: readonly Role[] = ['unit_admin', 'org_admin', 'auditor'];

/**
 * Whether the caller may manage an account in their scope (see UsersService.findManageable): not one holding a role or
 * a scope the caller could not grant. `scopeUnitPath` is the path of the account's scope unit, when it has one.
 */
export function mayManageAccount(user: AuthUser, target: { roles: readonly Role[]; scopeUnitId: string | null; scopeUnitPath: string | null }): boolean {
  const privileged = target.roles.some((r) => ORG_ADMIN_GRANTS.includes(r));
  const scopeGrantable = target.scopeUnitId === null || (target.scopeUnitPath !== null && isPathInScope(target.scopeUnitPath, user));
  return !(privileged && !hasRole(user, 'org_admin')) && scopeGrantable;
}
