import type { AuthUser } from '../auth/auth-user';

/**
 * Organisation scope. Units carry a materialised path of ids (`/<root>/<town>/<village>/`, collation "C", indexed), so
 * "inside the caller's scope" is one indexed prefix predicate: `unit.path LIKE :scopePrefix`.
 */
export function scopePrefix(user: AuthUser): string {
  if (!user.scopePath) {
    // Callers reach here only through a handler restricted to scoped roles; a missing scope sees nothing.
    return '\u0000';
  }
  return `${user.scopePath}%`;
}

export function isPathInScope(path: string, user: AuthUser): boolean {
  return user.scopePath !== null && path.startsWith(user.scopePath);
}

/** True when the caller's scope is the root of the tree (a path with one segment), which also sees unit-less events. */
export function isRootScope(user: AuthUser): boolean {
  return user.scopePath !== null && user.scopePath.split('/').filter(Boolean).length === 1;
}
