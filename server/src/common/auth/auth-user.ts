import type { Role } from '@cadre/shared';

/** The signed-in caller, loaded fresh from the database on every request (so revoked roles stop at once). */
export interface AuthUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  unitId: string;
  /** Materialised path of the cadre's own unit: courses owned by any unit on it are visible to them. */
  unitPath: string;
  /** The unit an admin or auditor role is scoped to, and its path; null for plain cadres and lecturers. */
  scopeUnitId: string | null;
  scopePath: string | null;
  mustChangePassword: boolean;
  sessionId: string;
}

export function hasRole(user: AuthUser, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
