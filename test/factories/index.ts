import { randomUUID } from 'node:crypto';
import type { AssignableCadreGroup, OrgUnitKind, Role } from '@cadre/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../server/src/common/crypto/password';

export const TEST_PASSWORD = 'Test@2026pw';
let testHash: Promise<string> | undefined;
/** One scrypt hash per test file: hashing is deliberately slow. */
const passwordHash = () => (testHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
/** Unique per process and call, readable in failures. */
export function uniq(prefix: string): string {
  counter += 1;
  return `${prefix}${process.pid.toString(36)}${Date.now().toString(36).slice(-4)}${counter}`;
}

export interface UnitRef {
  id: string;
  name: string;
  kind: OrgUnitKind;
  path: string;
  depth: number;
}

/** A new root (a city of its own), so a test file's rows never mix with another file's. */
export async function createRoot(db: DataSource, name = uniq('测试市')): Promise<UnitRef> {
  const id = randomUUID();
  const unit: UnitRef = { id, name, kind: 'city', path: `/${id}/`, depth: 0 };
  await db.query(`INSERT INTO org_units (id, parent_id, name, kind, path, depth) VALUES ($1, NULL, $2, 'city', $3, 0)`, [id, name, unit.path]);
  return unit;
}

export async function createUnit(db: DataSource, parent: UnitRef, kind: OrgUnitKind, name = uniq(kind)): Promise<UnitRef> {
  const id = randomUUID();
  const unit: UnitRef = { id, name, kind, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
  await db.query(`INSERT INTO org_units (id, parent_id, name, kind, path, depth) VALUES ($1, $2, $3, $4, $5, $6)`, [
    id,
    parent.id,
    name,
    kind,
    unit.path,
    unit.depth,
  ]);
  return unit;
}

export interface CadreRef {
  id: string;
  username: string;
  password: string;
  name: string;
  unitId: string;
}

export interface CadreOptions {
  username?: string;
  name?: string;
  roles?: Role[];
  scopeUnit?: UnitRef;
  phone?: string | null;
  appointmentDate?: string | null;
  keyGroups?: AssignableCadreGroup[];
  mustChangePassword?: boolean;
  status?: 'active' | 'disabled';
  rank?: string;
}

export async function createCadre(db: DataSource, unit: UnitRef, opts: CadreOptions = {}): Promise<CadreRef> {
  const id = randomUUID();
  const username = opts.username ?? uniq('u');
  const name = opts.name ?? uniq('测试');
  await db.query(
    `INSERT INTO users (id, username, password_hash, must_change_password, status, roles, scope_unit_id, name, gender, unit_id,
                        phone, appointment_date, key_groups, rank)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'male', $9, $10, $11, $12, $13)`,
    [
      id,
      username,
      await passwordHash(),
      opts.mustChangePassword ?? false,
      opts.status ?? 'active',
      opts.roles ?? ['cadre'],
      opts.scopeUnit?.id ?? null,
      name,
      unit.id,
      opts.phone === undefined ? '13812345678' : opts.phone,
      opts.appointmentDate ?? null,
      opts.keyGroups ?? [],
      opts.rank ?? 'other',
    ],
  );
  return { id, username, password: TEST_PASSWORD, name, unitId: unit.id };
}
