import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { generateInitialPassword, hashPassword } from '../../common/crypto/password';
import { todayInShanghai } from '../../common/time';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AuditService } from '../audit/audit.service';
import { OrgService } from '../org/org.service';
import type { InitialPasswordSlipDto, InitialPasswordsPendingDto, IssuedInitialPasswordsDto, PasswordlessCadreDto } from './dto/initial-passwords.dto';
import { mayManageAccount } from './manageable';

/**
 * The most cadres one issuance covers. Each password is hashed with scrypt (about 50 ms, four at a time), so a round
 * stays within a request's patience; a larger unit is issued in several rounds, each covering those still without one.
 */
export const INITIAL_PASSWORDS_BATCH_MAX = 500;
/** Hashes computed at once: libuv's default thread pool has four threads, and each scrypt takes 32 MiB. */
const HASH_CONCURRENCY = 4;

interface PasswordlessRow {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  scope_unit_id: string | null;
  scope_path: string | null;
  unit_name: string;
}

/**
 * Bulk issuance of initial passwords (批量发放初始密码) for a unit: every active cadre of the unit and the units under it
 * who has no password (imported cadres: `password_hash IS NULL`) and whom the caller may manage gets a readable random
 * password, hashed as every password is, and must change it at first sign-in. The passwords leave the server once, in
 * the answer (slips and a workbook made from them); a second issuance covers only cadres still without a password.
 */
@Injectable()
export class InitialPasswordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly audit: AuditService,
  ) {}

  /** How many cadres an issuance for the unit would cover, and who would be left out because the caller may not manage them. */
  async pending(user: AuthUser, unitId: string): Promise<InitialPasswordsPendingDto> {
    const unit = await this.org.findInScope(user, unitId);
    const { manageable, notManageable } = this.split(user, await this.passwordless(this.db.manager, user, unit.path, false));
    return { unitId: unit.id, unitName: unit.name, pending: manageable.length, batchMax: INITIAL_PASSWORDS_BATCH_MAX, notManageable };
  }

  async issue(user: AuthUser, unitId: string, platformUrl: string, origin: RequestOrigin): Promise<IssuedInitialPasswordsDto> {
    const unit = await this.org.findInScope(user, unitId);
    // Passwords are drawn and hashed before the transaction, so the slow hashing holds no row locks.
    const candidates = this.split(user, await this.passwordless(this.db.manager, user, unit.path, false)).manageable.slice(0, INITIAL_PASSWORDS_BATCH_MAX);
    const drawn = new Map<string, { password: string; hash: string }>();
    for (let i = 0; i < candidates.length; i += HASH_CONCURRENCY) {
      await Promise.all(
        candidates.slice(i, i + HASH_CONCURRENCY).map(async (c) => {
          const password = generateInitialPassword(c.username);
          drawn.set(c.id, { password, hash: await hashPassword(password) });
        }),
      );
    }
    const issuedAt = new Date();
    const { slips, remaining, notManageable } = await this.db.transaction(async (tx) => {
      // Locked and read again: a cadre who got a password meanwhile (another admin's issuance, a reset) is left out, and
      // a concurrent issuance waits here, then finds these cadres done.
      const now = this.split(user, await this.passwordless(tx, user, unit.path, true));
      const issued = now.manageable.filter((c) => drawn.has(c.id));
      if (issued.length > 0) {
        await tx.query(
          `UPDATE users SET password_hash = v.hash, must_change_password = true, password_changed_at = now(), updated_at = now()
             FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::text[]) AS hash) v
            WHERE users.id = v.id AND users.password_hash IS NULL`,
          [issued.map((c) => c.id), issued.map((c) => drawn.get(c.id)!.hash)],
        );
        await this.audit.record(
          {
            action: 'user.initial_passwords_issued',
            actor: user,
            target: { type: 'org_unit', id: unit.id },
            unitPath: unit.path,
            origin,
            details: { unitId: unit.id, count: issued.length, users: issued.map((c) => c.id) },
          },
          tx,
        );
      }
      return {
        slips: issued.map((c): InitialPasswordSlipDto => ({ userId: c.id, name: c.name, unitName: c.unit_name, username: c.username, password: drawn.get(c.id)!.password })),
        remaining: now.manageable.length - issued.length,
        notManageable: now.notManageable,
      };
    });
    const filename = `${unit.name}-初始密码-${todayInShanghai(issuedAt)}.xlsx`;
    const workbook = await slipWorkbook(unit.name, platformUrl, slips);
    return { unitId: unit.id, unitName: unit.name, platformUrl, issuedAt: issuedAt.toISOString(), slips, remaining, notManageable, workbook: workbook.toString('base64'), filename };
  }

  /** Active cadres without a password in the unit and every unit under it, by unit (higher levels first) and name. */
  private async passwordless(manager: EntityManager, user: AuthUser, unitPath: string, lock: boolean): Promise<PasswordlessRow[]> {
    return (await manager.query(
      `SELECT u.id, u.username, u.name, u.roles, u.scope_unit_id, su.path AS scope_path, o.name AS unit_name
         FROM users u
         JOIN org_units o ON o.id = u.unit_id
         LEFT JOIN org_units su ON su.id = u.scope_unit_id
        WHERE o.path LIKE $1 AND u.status = 'active' AND u.password_hash IS NULL AND u.id <> $2
        ORDER BY o.depth, o.sort_order, o.name, u.name, u.id${lock ? ' FOR UPDATE OF u' : ''}`,
      [`${unitPath}%`, user.id],
    )) as PasswordlessRow[];
  }

  private split(user: AuthUser, rows: PasswordlessRow[]): { manageable: PasswordlessRow[]; notManageable: PasswordlessCadreDto[] } {
    const manageable: PasswordlessRow[] = [];
    const notManageable: PasswordlessCadreDto[] = [];
    for (const r of rows) {
      if (mayManageAccount(user, { roles: r.roles, scopeUnitId: r.scope_unit_id, scopeUnitPath: r.scope_path })) manageable.push(r);
      else notManageable.push({ userId: r.id, name: r.name, username: r.username, unitName: r.unit_name });
    }
    return { manageable, notManageable };
  }
}

/** The slips as a sheet to print or hand on: one row per cadre, and a second sheet saying how the passwords work. */
export async function slipWorkbook(unitName: string, platformUrl: string, slips: InitialPasswordSlipDto[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('初始密码');
  sheet.addRow(['序号', '姓名', '单位', '用户名', '初始密码', '登录地址']);
  sheet.getRow(1).font = { bold: true };
  slips.forEach((s, i) => sheet.addRow([i + 1, s.name, s.unitName, s.username, s.password, platformUrl]));
  [6, 12, 28, 18, 18, 36].forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = width;
    if (i === 3 || i === 4) column.numFmt = '@';
  });
  const notes = wb.addWorksheet('说明');
  [
    ['单位', unitName],
    ['登录地址', platformUrl],
    ['初始密码', '每人一个，仅在发放时显示一次，平台不保存明文，无法再次查看；请妥善保管本表，分发后及时删除'],
    ['首次登录', '干部使用初始密码登录后，须先修改密码才能使用平台'],
    ['遗失', '初始密码遗失的，由管理员在干部详情中“重置密码”'],
  ].forEach((r) => notes.addRow(r));
  notes.getColumn(1).width = 12;
  notes.getColumn(2).width = 90;
  return await safeWorkbookBuffer(wb);
}
