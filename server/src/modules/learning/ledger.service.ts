import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LEDGER_SOURCES, type LedgerSource } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/time';
import { assertYearOpenFor } from './settlement-guard';

/** Which cadre_year_hours column counts each source. */
const SOURCE_COLUMN: Record<LedgerSource, string> = {
  course: 'course_hours',
  quiz: 'quiz_hours',
  study_record: 'study_record_hours',
  lecture_given: 'lecture_given_hours',
  offline_training: 'offline_training_hours',
  class: 'class_hours',
};

export interface Grant {
  userId: string;
  hours: number;
  source: LedgerSource;
  /** The record the hours come from (a course, a claim, a lecture session ...): one grant per cadre and record. */
  sourceRefId: string;
  description: string;
  earnedAt?: Date;
}

export type HoursBySource = Record<LedgerSource, number>;

/** The credit-hour ledger: every source of hours writes through here, inside the transaction of the event itself. */
@Injectable()
export class LedgerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Grants hours once: a second grant for the same cadre, source and record does nothing and returns false. The
   * cadre's unit at this moment is recorded with the entry, and the yearly totals move in the same transaction.
   */
  async grant(tx: EntityManager, grant: Grant): Promise<boolean> {
    const earnedAt = grant.earnedAt ?? new Date();
    const year = Number(todayInShanghai(earnedAt).slice(0, 4));
    // A closed year (年度学时结算) takes no more hours: the whole event is refused with requirements/year_settled.
    await assertYearOpenFor(tx, grant.userId, year);
    const inserted = (await tx.query(
      `INSERT INTO ledger_entries (user_id, year, hours, source, source_ref_id, description, unit_id, unit_path, earned_at)
       SELECT u.id, $2, $3, $4, $5, $6, u.unit_id, ou.path, $7
         FROM users u JOIN org_units ou ON ou.id = u.unit_id
        WHERE u.id = $1
       ON CONFLICT (user_id, source, source_ref_id) DO NOTHING
       RETURNING id`,
      [grant.userId, year, grant.hours, grant.source, grant.sourceRefId, grant.description.slice(0, 200), earnedAt],
    )) as unknown[];
    if (inserted.length === 0) return false;
    const column = SOURCE_COLUMN[grant.source];
    await tx.query(
      `INSERT INTO cadre_year_hours (user_id, year, total_hours, ${column}) VALUES ($1, $2, $3, $3)
       ON CONFLICT (user_id, year) DO UPDATE
         SET total_hours = cadre_year_hours.total_hours + EXCLUDED.total_hours,
             ${column} = cadre_year_hours.${column} + EXCLUDED.${column},
             updated_at = now()`,
      [grant.userId, year, grant.hours],
    );
    return true;
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
      `SELECT id, hours, source, source_ref_id AS "sourceRefId", description, earned_at AS "earnedAt"
         FROM ledger_entries WHERE user_id = $1 AND year = $2 ORDER BY earned_at DESC`,
      [userId, year],
    )) as { id: string; hours: number; source: LedgerSource; sourceRefId: string; description: string; earnedAt: Date }[];
  }
}
