import type { DataSource } from 'typeorm';
import type { Server } from 'node:http';
import { createCadre, createRoot, createUnit, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from './agent';

/**
 * A small city of its own for one test file: two towns (A and B) with a village each, a department, and one signed-in
 * agent per role. Town A's unit admin must never see town B.
 */
export interface World {
  root: UnitRef;
  townA: UnitRef;
  villageA: UnitRef;
  townB: UnitRef;
  villageB: UnitRef;
  dept: UnitRef;
  users: Record<'orgAdmin' | 'unitAdminA' | 'unitAdminB' | 'lecturerA' | 'cadreA' | 'cadreB' | 'auditor', CadreRef>;
  as: Record<'orgAdmin' | 'unitAdminA' | 'unitAdminB' | 'lecturerA' | 'cadreA' | 'cadreB' | 'auditor', Agent>;
}

export async function buildWorld(db: DataSource, http: Server): Promise<World> {
  const root = await createRoot(db);
  const townA = await createUnit(db, root, 'town');
  const villageA = await createUnit(db, townA, 'village');
  const townB = await createUnit(db, root, 'town');
  const villageB = await createUnit(db, townB, 'village');
  const dept = await createUnit(db, root, 'department');
  const users = {
    orgAdmin: await createCadre(db, dept, { roles: ['cadre', 'org_admin'], scopeUnit: root }),
    unitAdminA: await createCadre(db, townA, { roles: ['cadre', 'unit_admin'], scopeUnit: townA }),
    unitAdminB: await createCadre(db, townB, { roles: ['cadre', 'unit_admin'], scopeUnit: townB }),
    lecturerA: await createCadre(db, townA, { roles: ['cadre', 'lecturer'] }),
    cadreA: await createCadre(db, villageA),
    cadreB: await createCadre(db, villageB),
    auditor: await createCadre(db, dept, { roles: ['cadre', 'auditor'], scopeUnit: root }),
  };
  const entries = await Promise.all(Object.entries(users).map(async ([key, user]) => [key, await signIn(http, user)] as const));
  return { root, townA, villageA, townB, villageB, dept, users, as: Object.fromEntries(entries) as World['as'] };
}
