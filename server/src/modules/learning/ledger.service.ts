import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LEDGER_SOURCES, type LedgerCutReason, type LedgerSource } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/time';
import { HourRulesService } from './hour-rules.service';
import { assertYearOpenFor } from './settlement-guard';

/** Which cadre_year_hours column counts each source. */
export const SOURCE_COLUMN: Record<LedgerSource, string> = {
  course: 'course_hours',
  quiz: 'quiz_hours',
  study_record: 'study_record_hours',
  lecture_given: 'lecture_given_hours',
  offline_training: 'offline_training_hours',
  class: 'class_hours',
};

export interface GrantPart {
  hours: number;
  earnedAt: Date;
  /** What a rule cut before the ledger (a class's daily cap), recorded with the entry. */
  cutHours?: number;
}

export interface Grant {
  userId: string;
  hours: number;
  source: LedgerSource;
  /** The record the hours come from (a course, a claim, a lecture session ...): one grant per cadre and record. */
  sourceRefId: string;
  description: string;
  earnedAt?: Date;
  /** What a rule cut before the ledger (a class's daily cap). */
  cutHours?: number;
  /**
   * A record spanning New Year: one part per year, written as one entry each in this transaction. `hours` and
   * `earnedAt` are then ignored.
   */
  parts?: GrantPart[];
}

export type HoursBySource = Record<LedgerSource, number>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The credit-hour ledger: every source of hours writes through here, inside the transaction of the event itself. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rules: HourRulesService,
  ) {}

  /**
   * Grants hours once: a second grant for the same cadre, source and record does nothing and returns false. The
   * cadre's unit at this moment is recorded with the entry, and the yearly totals move in the same transaction.
   *
   * The source's yearly cap (hour rule `<source>`/`yearly_cap`, 0 = none) applies here, so every reader sees capped
   * hours: a grant that would take the cadre's year total of that source above the cap is credited up to the cap, and
   * the entry keeps what was cut and why. The year's row of totals is locked first, so two grants cannot both fill it.
   */
  async grant(tx: EntityManager, grant: Grant): Promise<boolean> {
    const already = (await tx.query('SELECT 1 FROM ledger_entries WHERE user_id = $1 AND source = $2 AND source_ref_id = $3 LIMIT 1', [
      grant.userId,
      grant.source,
      grant.sourceRefId,
    ])) as unknown[];
    if (already.length > 0) return false;
    const parts = grant.parts ?? [{ hours: grant.hours, earnedAt: grant.earnedAt ?? new Date(), cutHours: grant.cutHours ?? 0 }];
    const cap = await this.rules.yearlyCap(tx, grant.source);
    const column = SOURCE_COLUMN[grant.source];
    let any = false;
    for (const part of parts) {
      const year = Number(todayInShanghai(part.earnedAt).slice(0, 4));
      // A closed year (年度学时结算) takes no more hours: the whole event is refused with requirements/year_settled,
      // and each year of a grant split across New Year is checked on its own.
      await assertYearOpenFor(tx, grant.userId, year);
      let hours = round2(part.hours);
      let cut = round2(part.cutHours ?? 0);
      let reason: LedgerCutReason | null = cut > 0 ? 'daily_cap' : null;
      if (cap > 0) {
        await tx.query('INSERT INTO cadre_year_hours (user_id, year) VALUES ($1, $2) ON CONFLICT (user_id, year) DO NOTHING', [grant.userId, year]);
        const [row] = (await tx.query(`SELECT ${column} AS used FROM cadre_year_hours WHERE user_id = $1 AND year = $2 FOR UPDATE`, [grant.userId, year])) as { used: string }[];
        const room = Math.max(0, round2(cap - Number(row?.used ?? 0)));
        if (hours > room) {
          cut = round2(cut + hours - room);
          hours = room;
          reason = reason ? 'daily_and_yearly_cap' : 'yearly_cap';
        }
      }
      const inserted = (await tx.query(
        `INSERT INTO ledger_entries (user_id, year, hours, cut_hours, cut_reason, source, source_ref_id, description, unit_id, unit_path, earned_at)
         SELECT u.id, $2, $3, $4, $5, $6, $7, $8, u.unit_id, ou.path, $9
           FROM users u JOIN org_units ou ON ou.id = u.unit_id
          WHERE u.id = $1
         ON CONFLICT (user_id, source, source_ref_id, year) DO NOTHING
         RETURNING id`,
        [grant.userId, year, hours, cut, reason, grant.source, grant.sourceRefId, grant.description.slice(0, 200), part.earnedAt],
      )) as unknown[];
      if (inserted.length === 0) continue;
      any = true;
      await tx.query(
        `INSERT INTO cadre_year_hours (user_id, year, total_hours, ${column}) VALUES ($1, $2, $3, $3)
         ON CONFLICT (user_id, year) DO UPDATE
           SET total_hours = cadre_year_hours.total_hours + EXCLUDED.total_hours,
               ${column} = cadre_year_hours.${column} + EXCLUDED.${column},
               updated_at = now()`,
        [grant.userId, year, hours],
      );
    }
    return any;
  }

  /** A cadre's hours in a year, by source (zeros when nothing was earned). */
  async hours(userId: string, year: number): Promise<{ total: number; bySource: HoursBySource }> {
    const [row] = (await this.db.query(
      `SELECT total_hours, course_hours, quiz_hours, study_record_hours, lecture_given_hours, offline_training_hours, class_hours
         FROM cadre_year_hours WHERE user_id = $1 AND year = $2`,
      [userId, year],
    )) as Record<string, number>[];
    const bySource = Object.fromEntries(LEDGER_SOURCES.map((s) => [s, Number(row?.[SOURCE_COLUMN[s]] ?? 0)])) as HoursBySource;
    return { total: Number(row?.total_hours ?? 0), bySource };
  }

  /** Years in which the cadre earned hours, newest first. */
  async years(userId: string): Promise<number[]> {
    const rows = (await this.db.query('SELECT year FROM cadre_year_hours WHERE user_id = $1 ORDER BY year DESC', [userId])) as { year: number }[];
    return rows.map((r) => r.year);
  }

  async entries(userId: string, year: number) {
    return (await this.db.query(
      `SELECT id, hours, cut_hours AS "cutHours", cut_reason AS "cutReason", source, source_ref_id AS "sourceRefId", description, earned_at AS "earnedAt"
         FROM ledger_entries WHERE user_id = $1 AND year = $2 ORDER BY earned_at DESC`,
      [userId, year],
    )) as { id: string; hours: string; cutHours: string; cutReason: LedgerCutReason | null; source: LedgerSource; sourceRefId: string; description: string; earnedAt: Date }[];
  }
}
