import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { insertMany } from '../../database/bulk';
import { DomainEvents } from '../../common/events/domain-events';
import { AppException } from '../../common/errors/app-exception';
import { receiveSheet } from '../../common/http/receive-sheet';
import { scopePrefix } from '../../common/scope/scope';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import type { RosterImportMode, RosterImportResultDto, RosterProblemDto } from './dto/roster-import.dto';
import { MalformedRoster, parseRoster, rosterTemplate, type RosterRow } from './roster-sheet';

export const ROSTER_IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The same answer for a unit that does not exist and one outside the caller's scope: never reveal which. */
const UNIT_NOT_FOUND = '单位不存在或不在您的管理范围内';

const USER_COLUMNS = [
  'id', 'username', 'password_hash', 'must_change_password', 'status', 'roles', 'name', 'gender', 'birth_date', 'ethnicity',
  'political_status', 'education', 'unit_id', 'rank', 'position', 'phone', 'id_number_enc', 'id_number_hash',
  'appointment_date', 'key_groups',
];

interface ScopeUnit {
  id: string;
  /** Names from the root down, joined by `/`: 示范市/龙门镇/东庄村 */
  namePath: string;
  path: string;
}

interface CheckedRow extends RosterRow {
  unitId: string;
  idNumberHash: string | null;
}

/**
 * The roster import (干部名册导入): an .xlsx in the template's shape, checked row by row (formats, the unit inside the
 * caller's scope, duplicates in the file and against stored cadres), then imported whole in one transaction or not at
 * all. Imported cadres get no password (a null hash never verifies, so sign-in answers the usual 401): an admin issues
 * initial passwords for a whole unit (InitialPasswordsService) or one by one with reset-password, and ten thousand
 * scrypt hashes stay out of the import.
 */
@Injectable()
export class RosterImportService {
  private readonly cipher: FieldCipher;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    config: AppConfig,
  ) {
    this.cipher = new FieldCipher(config.encryptionKey);
  }

  async template(user: AuthUser): Promise<Buffer> {
    return rosterTemplate((await this.scopeUnits(this.db.manager, user)).map((u) => ({ path: u.namePath, id: u.id })));
  }

  async import(user: AuthUser, req: Request, res: Response, mode: RosterImportMode, origin: RequestOrigin): Promise<RosterImportResultDto> {
    const buffer = await receiveSheet(req, res, ROSTER_IMPORT_MAX_BYTES);
    let parsed: Awaited<ReturnType<typeof parseRoster>>;
    try {
      parsed = await parseRoster(buffer);
    } catch (e) {
      if (!(e instanceof MalformedRoster)) throw e;
      throw new AppException(HttpStatus.BAD_REQUEST, UserError.ImportMalformed, 'The file is not a roster in the template’s shape', [{ field: e.field, message: e.message }]);
    }
    const { rows, total } = parsed;
    if (mode === 'preview') {
      const { checked, problems } = await this.check(this.db.manager, user, rows, parsed.problems);
      return { rows: total, valid: checked.length, imported: 0, problems };
    }
    // Hashing happens before the transaction, so the one connection of the embedded database is held only for SQL.
    const hashes = new Map(rows.filter((r) => r.idNumber).map((r) => [r.row, this.cipher.hash(r.idNumber!)]));
    try {
      const imported = await this.db.transaction(async (tx) => {
        const { checked, problems } = await this.check(tx, user, rows, parsed.problems, hashes);
        if (problems.length) {
          throw new AppException(
            HttpStatus.UNPROCESSABLE_ENTITY,
            UserError.ImportInvalid,
            `${problems.length} problems: nothing was imported`,
            problems.map((p) => ({ field: `row ${p.row} ${p.column}`, message: p.message })),
          );
        }
        const ids = checked.map(() => randomUUID());
        // DO NOTHING rather than an error: a row taken since the check is counted, not logged with its personal data.
        const inserted = await insertMany(
          tx,
          'users',
          USER_COLUMNS,
          checked.map((r, i) => [
            ids[i], r.username, null, true, 'active', ['cadre'], r.name, r.gender, r.birthDate, r.ethnicity,
            r.politicalStatus, r.education, r.unitId, r.rank, r.position, r.phone, r.idNumber ? this.cipher.encrypt(r.idNumber) : null,
            r.idNumberHash, r.appointmentDate, r.keyGroups,
          ]),
          'ON CONFLICT DO NOTHING RETURNING id',
        );
        if (inserted !== ids.length) throw conflict();
        await this.events.emit('cadres.imported', { tx, userIds: ids });
        await this.audit.record(
          { action: 'user.imported', actor: user, target: null, unitPath: user.scopePath, origin, details: { count: ids.length } },
          tx,
        );
        return ids.length;
      });
      return { rows: total, valid: imported, imported, problems: [] };
    } catch (e) {
      // Another import or a new account took a username or an ID number after the check: the whole file rolls back.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string } | undefined)?.code === '23505') throw conflict();
      throw e;
    }
  }

  /** Resolves units and finds clashes with stored cadres; rows with any problem drop out of `checked`. */
  private async check(
    manager: EntityManager,
    user: AuthUser,
    rows: RosterRow[],
    sheetProblems: RosterProblemDto[],
    hashes?: Map<number, string>,
  ): Promise<{ checked: CheckedRow[]; problems: RosterProblemDto[] }> {
    const problems = [...sheetProblems];
    const units = await this.scopeUnits(manager, user);
    const byId = new Map(units.map((u) => [u.id, u]));
    const byName = new Map<string, ScopeUnit[]>();
    for (const u of units) byName.set(u.namePath, [...(byName.get(u.namePath) ?? []), u]);

    const hashOf = (r: RosterRow) => (r.idNumber ? (hashes?.get(r.row) ?? this.cipher.hash(r.idNumber)) : null);
    const withHashes = rows.map((r) => ({ ...r, idNumberHash: hashOf(r) }));
    const [takenNames, takenIds] = await Promise.all([
      this.existing(manager, 'SELECT username AS v FROM users WHERE username = ANY($1::text[])', withHashes.map((r) => r.username)),
      this.existing(manager, 'SELECT id_number_hash AS v FROM users WHERE id_number_hash = ANY($1::text[])', withHashes.flatMap((r) => (r.idNumberHash ? [r.idNumberHash] : []))),
    ]);

    const checked: CheckedRow[] = [];
    for (const r of withHashes) {
      const before = problems.length;
      const problem = (column: string, message: string) => problems.push({ row: r.row, column, message });
      let unit: ScopeUnit | undefined;
      if (!r.unitRef) {
        // reported as empty while reading the sheet
      } else if (UUID.test(r.unitRef)) unit = byId.get(r.unitRef.toLowerCase());
      else {
        const matches = byName.get(normaliseNamePath(r.unitRef)) ?? [];
        if (matches.length > 1) problem('单位', '有多个同名单位，请改填“单位列表”中的单位编号');
        unit = matches.length === 1 ? matches[0] : undefined;
      }
      if (!unit && r.unitRef && problems.length === before) problem('单位', UNIT_NOT_FOUND);
      if (takenNames.has(r.username)) problem('用户名', '用户名已被使用');
      if (r.idNumberHash && takenIds.has(r.idNumberHash)) problem('身份证号', '该身份证号码已登记在其他干部名下');
      if (r.valid && problems.length === before) checked.push({ ...r, unitId: unit!.id });
    }
    problems.sort((a, b) => a.row - b.row);
    return { checked, problems };
  }

  private async existing(manager: EntityManager, sql: string, values: string[]): Promise<Set<string>> {
    if (values.length === 0) return new Set();
    return new Set(((await manager.query(sql, [values])) as { v: string }[]).map((r) => r.v));
  }

  /** Units an import may name: the caller's scope unit and every active unit under it, with their name paths. */
  private async scopeUnits(manager: EntityManager, user: AuthUser): Promise<ScopeUnit[]> {
    const above = (user.scopePath ?? '').split('/').filter(Boolean);
    const rows = (await manager.query(
      `SELECT id, name, path, retired_at IS NULL AS active FROM org_units
        WHERE path LIKE $1 OR id = ANY($2::uuid[])
        ORDER BY depth, sort_order, name`,
      [scopePrefix(user), above],
    )) as { id: string; name: string; path: string; active: boolean }[];
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return rows
      .filter((r) => r.active && user.scopePath !== null && r.path.startsWith(user.scopePath))
      .map((r) => ({
        id: r.id,
        path: r.path,
        namePath: r.path
          .split('/')
          .filter(Boolean)
          .map((id) => names.get(id) ?? '')
          .join('/'),
      }));
  }
}

function conflict(): AppException {
  return new AppException(HttpStatus.CONFLICT, UserError.ImportConflict, 'A username or ID number was taken during the import: nothing was imported');
}

/** `示范市 / 龙门镇／东庄村` and `示范市/龙门镇/东庄村` name the same unit. */
function normaliseNamePath(text: string): string {
  return text
    .split(/[/／\\]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join('/');
}
