import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RANK_LABELS, RequirementError, type Rank } from '@cadre/shared';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { isRootScope } from '../../common/scope/scope';
import { scopedUnit, type ScopedUnit } from '../../common/scope/scoped-unit';
import { chineseDate, currentYear, minuteInShanghai, todayInShanghai } from '../../common/time';
import { safeWorkbookBuffer } from '../../common/xlsx/safe-cell';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { groupsReferenceDate, newLeaderWindow } from '../users/key-groups';
import type { RequirementLineDto } from './dto/requirement.dto';
import type { SettlementDto, SettlementHistoryDto, SettlementLineTotalDto } from './dto/settlement.dto';
import { RequirementsService } from './requirements.service';
import { lockYearExclusive, yearSettled } from './settlement-guard';
import { settlementFiguresSql } from './settlement-sql';
import type { SettledLine } from './settlement.entity';

/** One cadre's figure on one line, frozen or counted now. */
interface FigureRow {
  user_id: string;
  user_name: string;
  unit_name: string;
  rank: Rank;
  line_key: string;
  required: string;
  earned: string;
  met: boolean;
}

interface SettlementRow {
  id: string;
  closed_at: Date;
  closed_by_name: string;
  reopened_at: Date | null;
  reopened_by_name: string | null;
  reopen_reason: string | null;
  cadres: number;
  lines: SettledLine[];
}

const rootIdOf = (path: string): string => path.split('/').filter(Boolean)[0] ?? '';

function rootAdminOnly(): AppException {
  return new AppException(HttpStatus.FORBIDDEN, RequirementError.RootAdminOnly, 'Only the city organisation department settles a year');
}

/**
 * Year-end settlement (年度学时结算): the city's root org admin closes a year once it is over, freezing every active
 * cadre's figure on every line that applies (with their unit and rank of that moment) in one transaction; while the year
 * stands closed no hours are granted into it (LedgerService.grant) and its lines are not replaced. An audited reopening
 * (with a reason) keeps the closing and its figures as history; closing again freezes a new set.
 */
@Injectable()
export class SettlementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requirements: RequirementsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async state(user: AuthUser, year: number, unitId?: string): Promise<SettlementDto> {
    const unit = await scopedUnit(this.db, user, unitId);
    const history = await this.history(rootIdOf(unit.path), year);
    const standing = history.find((h) => h.reopened_at === null) ?? null;
    const { lines, rows } = standing ? { lines: standing.lines, rows: await this.frozenRows(standing.id, unit) } : await this.liveRows(unit, year);
    const totals = totalsOf(lines, rows);
    return {
      year,
      state: standing ? 'settled' : history.length > 0 ? 'reopened' : 'open',
      yearOver: year < currentYear(),
      canManage: hasRole(user, 'org_admin') && isRootScope(user),
      settledAt: standing ? new Date(standing.closed_at).toISOString() : null,
      settledBy: standing?.closed_by_name ?? null,
      live: standing === null,
      ...totals,
      history: history.map(toHistory),
    };
  }

  /**
   * Closes the year for the city: one transaction that waits for the grants into the year already under way, freezes
   * the figures of every active cadre to whom a line applies (one INSERT … SELECT over the whole city) and writes the
   * audit record. Only once the year is over, so no credit of the running year can meet a closed year.
   */
  async close(user: AuthUser, year: number, origin: RequestOrigin): Promise<SettlementDto> {
    if (!isRootScope(user) || !user.scopePath || !user.scopeUnitId) throw rootAdminOnly();
    if (year >= currentYear()) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, RequirementError.YearNotOver, `${year} is not over yet`, [{ field: 'year', message: 'a year is settled once it is over' }]);
    }
    const scopePath = user.scopePath;
    const rootId = user.scopeUnitId;
    const { lines } = await this.requirements.get(year);
    await this.db.transaction(async (tx) => {
      await lockYearExclusive(tx, year);
      if (await this.standingIn(tx, rootId, year)) throw yearSettled(year);
      const [settlement] = (await tx.query(
        `INSERT INTO requirement_settlements (year, unit_id, unit_path, lines, cadres, closed_at, closed_by)
         VALUES ($1, $2, $3, $4::jsonb, 0, now(), $5) RETURNING id`,
        [year, rootId, scopePath, JSON.stringify(lines satisfies SettledLine[]), user.id],
      )) as { id: string }[];
      let cadres = 0;
      let figures = 0;
      if (lines.length > 0) {
        const params = this.figureParams(scopePath, year);
        const select = settlementFiguresSql(lines, year, params);
        params.push(settlement!.id);
        const inserted = (await tx.query(
          `INSERT INTO requirement_settled_figures
             (settlement_id, user_id, user_name, unit_id, unit_name, rank, line_key, position, required, earned, remaining, met, days, by_source, by_year)
           SELECT $${params.length}::uuid, f.user_id, f.user_name, f.unit_id, f.unit_name, f.rank, f.line_key, f.position, f.required, f.earned, f.remaining, f.met, f.days, f.by_source, f.by_year
             FROM (${select}) f
           RETURNING user_id`,
          params,
        )) as { user_id: string }[];
        figures = inserted.length;
        cadres = new Set(inserted.map((r) => r.user_id)).size;
        await tx.query('UPDATE requirement_settlements SET cadres = $2 WHERE id = $1', [settlement!.id, cadres]);
      }
      await this.audit.record(
        {
          action: 'requirements.settled',
          actor: user,
          target: null,
          unitPath: scopePath,
          origin,
          details: { year, settlementId: settlement!.id, cadres, figures, lines: lines.map((l) => `${l.key}:${l.hours}`) },
        },
        tx,
      );
    });
    return this.state(user, year);
  }

  /** Reopens a closed year with a reason; the closing and its figures stay as history. Audited. */
  async reopen(user: AuthUser, year: number, reason: string, origin: RequestOrigin): Promise<SettlementDto> {
    if (!isRootScope(user) || !user.scopePath || !user.scopeUnitId) throw rootAdminOnly();
    const rootId = user.scopeUnitId;
    await this.db.transaction(async (tx) => {
      await lockYearExclusive(tx, year);
      const standing = await this.standingIn(tx, rootId, year);
      if (!standing) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, RequirementError.YearNotSettled, `${year} is not settled`, [{ field: 'year', message: `${year} is not settled` }]);
      }
      await tx.query('UPDATE requirement_settlements SET reopened_at = now(), reopened_by = $2, reopen_reason = $3 WHERE id = $1', [standing.id, user.id, reason]);
      await this.audit.record(
        {
          action: 'requirements.reopened',
          actor: user,
          target: null,
          unitPath: user.scopePath,
          origin,
          details: { year, settlementId: standing.id, reason, settledAt: new Date(standing.closed_at).toISOString() },
        },
        tx,
      );
    });
    return this.state(user, year);
  }

  /**
   * The sheet units send to 年度考核: per cadre 单位, 姓名, 职级, per line 应修/已修/是否达标, and 总体达标. A settled year
   * reads the frozen figures (unit, rank and name as at the closing; the scope follows the frozen unit); an open year
   * is counted now and says so in its title. No personal numbers. Audited.
   */
  async export(user: AuthUser, year: number, unitId: string | undefined, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const unit = await scopedUnit(this.db, user, unitId);
    const history = await this.history(rootIdOf(unit.path), year);
    const standing = history.find((h) => h.reopened_at === null) ?? null;
    const { lines, rows } = standing ? { lines: standing.lines, rows: await this.frozenRows(standing.id, unit) } : await this.liveRows(unit, year);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('年度学时结算', { views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }] });
    const width = 3 + lines.length * 3 + 1;
    ws.addRow([`${unit.name}${year}年度干部教育培训学时${standing ? '结算表' : '统计表（未结算）'}`]);
    ws.addRow([standing ? `结算时间：${minuteInShanghai(new Date(standing.closed_at))}` : `尚未结算，为${chineseDate(todayInShanghai())}的实时统计，仅供参考`]);
    ws.mergeCells(1, 1, 1, width);
    ws.mergeCells(2, 1, 2, width);
    ws.getRow(1).font = { bold: true, size: 14 };
    const head1: string[] = ['单位', '姓名', '职级'];
    const head2: string[] = ['', '', ''];
    for (const l of lines) {
      head1.push(l.label, '', '');
      head2.push('应修学时', '已修学时', '是否达标');
    }
    head1.push('总体达标');
    head2.push('');
    ws.addRow(head1);
    ws.addRow(head2);
    for (const c of [1, 2, 3, width]) ws.mergeCells(3, c, 4, c);
    lines.forEach((_, i) => ws.mergeCells(3, 4 + i * 3, 3, 6 + i * 3));
    for (const r of [3, 4]) {
      ws.getRow(r).font = { bold: true };
      ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle' };
    }
    ws.getColumn(1).width = 24;
    ws.getColumn(2).width = 12;
    ws.getColumn(3).width = 14;

    let cadres = 0;
    for (const cadre of byCadre(rows)) {
      const values: (string | number)[] = [cadre.unitName, cadre.userName, RANK_LABELS[cadre.rank] ?? cadre.rank];
      for (const l of lines) {
        const f = cadre.lines.get(l.key);
        if (f) values.push(Number(f.required), Number(f.earned), f.met ? '达标' : '未达标');
        else values.push('', '', '不适用');
      }
      values.push([...cadre.lines.values()].every((f) => f.met) ? '达标' : '未达标');
      ws.addRow(values);
      cadres += 1;
    }
    await this.audit.record({
      action: 'settlement.exported',
      actor: user,
      target: { type: 'org_unit', id: unit.id },
      unitPath: unit.path,
      origin,
      details: { year, settled: standing !== null, settlementId: standing?.id ?? null, rows: cadres },
    });
    return { buffer: await safeWorkbookBuffer(wb), filename: `${unit.name}-${year}年度学时${standing ? '结算表' : '统计表（未结算）'}.xlsx` };
  }

  private figureParams(pathPrefix: string, year: number): unknown[] {
    const { after, until } = newLeaderWindow(this.config.newLeaderMonths, groupsReferenceDate(year));
    return [`${pathPrefix}%`, after, until];
  }

  private async standingIn(tx: EntityManager, rootId: string, year: number): Promise<{ id: string; closed_at: Date } | null> {
    const [row] = (await tx.query('SELECT id, closed_at FROM requirement_settlements WHERE unit_id = $1 AND year = $2 AND reopened_at IS NULL', [rootId, year])) as {
      id: string;
      closed_at: Date;
    }[];
    return row ?? null;
  }

  private async history(rootId: string, year: number): Promise<SettlementRow[]> {
    return (await this.db.query(
      `SELECT s.id, s.closed_at, cu.name AS closed_by_name, s.reopened_at, ru.name AS reopened_by_name, s.reopen_reason, s.cadres, s.lines
         FROM requirement_settlements s
         JOIN users cu ON cu.id = s.closed_by
         LEFT JOIN users ru ON ru.id = s.reopened_by
        WHERE s.unit_id = $1 AND s.year = $2
        ORDER BY s.closed_at DESC, s.id`,
      [rootId, year],
    )) as SettlementRow[];
  }

  /** The frozen figures of the cadres whose unit at the closing lies under `unit` now. */
  private async frozenRows(settlementId: string, unit: ScopedUnit): Promise<FigureRow[]> {
    return (await this.db.query(
      `SELECT f.user_id, f.user_name, f.unit_name, f.rank, f.line_key, f.required, f.earned, f.met
         FROM requirement_settled_figures f JOIN org_units ou ON ou.id = f.unit_id
        WHERE f.settlement_id = $1 AND ou.path LIKE $2
        ORDER BY ou.path, f.user_name, f.user_id, f.position`,
      [settlementId, `${unit.path}%`],
    )) as FigureRow[];
  }

  /** The figures counted now, by the same query a closing freezes. */
  private async liveRows(unit: ScopedUnit, year: number): Promise<{ lines: RequirementLineDto[]; rows: FigureRow[] }> {
    const { lines } = await this.requirements.get(year);
    if (lines.length === 0) return { lines, rows: [] };
    const params = this.figureParams(unit.path, year);
    const select = settlementFiguresSql(lines, year, params);
    const rows = (await this.db.query(
      `SELECT f.user_id, f.user_name, f.unit_name, f.rank, f.line_key, f.required, f.earned, f.met
         FROM (${select}) f JOIN org_units ou ON ou.id = f.unit_id
        ORDER BY ou.path, f.user_name, f.user_id, f.position`,
      params,
    )) as FigureRow[];
    return { lines, rows };
  }
}

function byCadre(rows: FigureRow[]): { userName: string; unitName: string; rank: Rank; lines: Map<string, FigureRow> }[] {
  const out = new Map<string, { userName: string; unitName: string; rank: Rank; lines: Map<string, FigureRow> }>();
  for (const r of rows) {
    const c = out.get(r.user_id) ?? { userName: r.user_name, unitName: r.unit_name, rank: r.rank, lines: new Map<string, FigureRow>() };
    c.lines.set(r.line_key, r);
    out.set(r.user_id, c);
  }
  return [...out.values()];
}

function totalsOf(lines: Pick<RequirementLineDto, 'key' | 'label'>[], rows: FigureRow[]): { cadres: number; metAll: number; lines: SettlementLineTotalDto[] } {
  const cadres = byCadre(rows);
  return {
    cadres: cadres.length,
    metAll: cadres.filter((c) => [...c.lines.values()].every((f) => f.met)).length,
    lines: lines.map((l) => {
      const of = rows.filter((r) => r.line_key === l.key);
      return { key: l.key, label: l.label, applicable: of.length, met: of.filter((r) => r.met).length };
    }),
  };
}

function toHistory(h: SettlementRow): SettlementHistoryDto {
  return {
    id: h.id,
    settledAt: new Date(h.closed_at).toISOString(),
    settledBy: h.closed_by_name,
    reopenedAt: h.reopened_at ? new Date(h.reopened_at).toISOString() : null,
    reopenedBy: h.reopened_by_name,
    reopenReason: h.reopen_reason,
    cadres: h.cadres,
  };
}
