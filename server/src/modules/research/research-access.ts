import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';

/** Adds a query parameter and returns its placeholder. */
export type Param = (value: unknown) => string;

export function params(initial: unknown[] = []): { list: unknown[]; p: Param } {
  const list = [...initial];
  return {
    list,
    p: (value: unknown) => {
      list.push(value);
      return `$${list.length}`;
    },
  };
}

/** SQL: topic `t` is visible to the caller: the leader holding it, and the admins over its unit. */
export function visibleTopicSql(user: AuthUser, p: Param, t = 't'): string {
  const parts = [`${t}.leader_id = ${p(user.id)}::uuid`];
  if (hasRole(user, 'org_admin', 'unit_admin')) parts.push(`${t}.unit_path LIKE ${p(scopePrefix(user))}`);
  return `(${parts.join(' OR ')})`;
}

/** The leader and the admins over the topic's unit record its visits and problems, solve them and conclude it. */
export function canRecord(user: AuthUser, t: { leader_id: string; unit_path: string }): boolean {
  return t.leader_id === user.id || (hasRole(user, 'org_admin', 'unit_admin') && isPathInScope(t.unit_path, user));
}
