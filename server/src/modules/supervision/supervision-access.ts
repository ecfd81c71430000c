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

/** The parts of an inspection row the access rules read. */
export interface InspectionAccessRow {
  team_ids: string[];
  organiser_unit_path: string;
}

/** The organising org admin: changes the inspection, draws its targets, publishes its findings. */
export function canManage(user: AuthUser, i: InspectionAccessRow): boolean {
  return hasRole(user, 'org_admin') && isPathInScope(i.organiser_unit_path, user);
}

/** The team (any role) and the organising org admin: record findings, assign rectifications, close or return them. */
export function canInspect(user: AuthUser, i: InspectionAccessRow): boolean {
  return i.team_ids.includes(user.id) || canManage(user, i);
}

/** SQL: the caller is on the team of inspection `i`, or organises it. */
export function inspectSql(user: AuthUser, p: Param, i = 'i'): string {
  const parts = [`${p(user.id)}::uuid = ANY(${i}.team_ids)`];
  if (hasRole(user, 'org_admin')) parts.push(`${i}.organiser_unit_path LIKE ${p(scopePrefix(user))}`);
  return `(${parts.join(' OR ')})`;
}

/**
 * SQL: inspection `i` is visible to the caller. Inspectors see only the inspections they are on (or organise); the admins of
 * inspected units see an announced inspection of a unit in their scope, a 明察暗访 only once its findings are published,
 * and any inspection that assigned a rectification in their scope.
 */
export function visibleInspectionSql(user: AuthUser, p: Param, i = 'i'): string {
  const parts = [inspectSql(user, p, i)];
  if (hasRole(user, 'org_admin', 'unit_admin')) {
    const scope = p(scopePrefix(user));
    parts.push(
      `((${i}.kind <> 'undercover' OR ${i}.published_at IS NOT NULL) AND (
          EXISTS (SELECT 1 FROM org_units tu WHERE tu.id = ANY(${i}.target_unit_ids) AND tu.path LIKE ${scope})
          OR EXISTS (SELECT 1 FROM inspection_findings vf WHERE vf.inspection_id = ${i}.id AND vf.unit_path LIKE ${scope})))`,
      `EXISTS (SELECT 1 FROM inspection_findings rf JOIN rectifications rr ON rr.finding_id = rf.id WHERE rf.inspection_id = ${i}.id AND rr.unit_path LIKE ${scope})`,
    );
  }
  parts.push(`EXISTS (SELECT 1 FROM inspection_findings pf JOIN rectifications pr ON pr.finding_id = pf.id WHERE pf.inspection_id = ${i}.id AND pr.responsible_id = ${p(user.id)})`);
  return `(${parts.join(' OR ')})`;
}

/**
 * SQL: finding `f` of inspection `i` is visible. Inspectors see all of them; an admin sees those about their scope once
 * published or once a rectification of it is assigned; the responsible person sees the finding of their rectification.
 */
export function visibleFindingSql(user: AuthUser, p: Param, f = 'f', i = 'i'): string {
  const parts = [inspectSql(user, p, i)];
  if (hasRole(user, 'org_admin', 'unit_admin')) {
    const scope = p(scopePrefix(user));
    parts.push(
      `(${f}.unit_path LIKE ${scope} AND (${i}.published_at IS NOT NULL OR EXISTS (SELECT 1 FROM rectifications fx WHERE fx.finding_id = ${f}.id)))`,
      `EXISTS (SELECT 1 FROM rectifications fy WHERE fy.finding_id = ${f}.id AND fy.unit_path LIKE ${scope})`,
    );
  }
  parts.push(`EXISTS (SELECT 1 FROM rectifications fz WHERE fz.finding_id = ${f}.id AND fz.responsible_id = ${p(user.id)})`);
  return `(${parts.join(' OR ')})`;
}

/** SQL: rectification `r` (of inspection `i`) is visible: inspectors, admins over its unit, its responsible person. */
export function visibleRectificationSql(user: AuthUser, p: Param, r = 'r', i = 'i'): string {
  const parts = [inspectSql(user, p, i), `${r}.responsible_id = ${p(user.id)}`];
  if (hasRole(user, 'org_admin', 'unit_admin')) parts.push(`${r}.unit_path LIKE ${p(scopePrefix(user))}`);
  return `(${parts.join(' OR ')})`;
}

/** The responsible unit's admins and the responsible person report progress. */
export function canReport(user: AuthUser, r: { unit_path: string; responsible_id: string | null }): boolean {
  return r.responsible_id === user.id || (hasRole(user, 'org_admin', 'unit_admin') && isPathInScope(r.unit_path, user));
}
