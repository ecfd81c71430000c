import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, LearningError, type LedgerCutReason } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { DomainEvents } from '../../common/events/domain-events';
import { isPathInScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { CorrectLedgerEntryDto, LedgerEntryCorrectionDto } from './dto/ledger-correction.dto';
import { HourRulesService } from './hour-rules.service';
import { SOURCE_COLUMN } from './ledger.service';
import { assertYearOpenFor } from './settlement-guard';

const round2 = (n: number) => Math.round(n * 100) / 100;

interface LockedEntry {
  id: string;
  user_id: string;
  year: number;
  source: keyof typeof SOURCE_COLUMN;
  source_ref_id: string;
  hours: string;
  cut_hours: string;
  unit_path: string;
}

/**
 * Correcting one ledger entry's hours (a class's hours recounted, a claim granted too much): the entry, the cadre's
 * yearly totals and whatever was certified on the entry (announced as `ledger.corrected`) change in one transaction.
 * A settled year (年度学时结算) is frozen: its entries are corrected only after the year is reopened.
 *
 * The corrected figure is what the event is worth, and the ledger's hour rules apply to it as they did to the grant,
 * so a correction can never credit what a grant could not: a class's daily cap cuts it day by day, an offline claim
 * above its days × the daily cap is refused as the claim form refuses it, and the source's yearly cap counts the
 * cadre's other entries of that source in the year. What was cut, and why, is kept on the entry.
 *
 * Lowering an entry frees room under a yearly cap; entries cut earlier are not re-credited by it (as a grant never
 * re-credits them): an admin corrects those too when they should count.
 */
@Injectable()
export class LedgerCorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly rules: HourRulesService,
  ) {}

  async correct(user: AuthUser, id: string, dto: CorrectLedgerEntryDto, origin: RequestOrigin): Promise<LedgerEntryCorrectionDto> {
    return this.db.transaction(async (tx) => {
      const [entry] = (await tx.query(
        'SELECT id, user_id, year, source, source_ref_id, hours, cut_hours, unit_path FROM ledger_entries WHERE id = $1 FOR UPDATE',
        [id],
      )) as LockedEntry[];
      if (!entry || !isPathInScope(entry.unit_path, user)) throw notFound('Ledger entry');
      await assertYearOpenFor(tx, entry.user_id, entry.year);
      const before = Number(entry.hours);
      const worth = round2(dto.hours);

      let { credited, cut } = await this.applyDailyCap(tx, entry, worth);
      const daily = cut > 0;
      let yearly = false;
      const column = SOURCE_COLUMN[entry.source];
      // The year's totals row is locked first, as a grant locks it, so a grant and a correction cannot both fill the cap.
      const [totals] = (await tx.query(`SELECT ${column} AS used FROM cadre_year_hours WHERE user_id = $1 AND year = $2 FOR UPDATE`, [entry.user_id, entry.year])) as {
        used: string;
      }[];
      const cap = await this.rules.yearlyCap(tx, entry.source);
      if (cap > 0) {
        const others = round2(Number(totals?.used ?? 0) - before);
        const room = Math.max(0, round2(cap - others));
        if (credited > room) {
          cut = round2(cut + credited - room);
          credited = room;
          yearly = true;
        }
      }
      const reason: LedgerCutReason | null = daily && yearly ? 'daily_and_yearly_cap' : daily ? 'daily_cap' : yearly ? 'yearly_cap' : null;
      if (credited === before && cut === round2(Number(entry.cut_hours))) {
        throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'The credited hours would not change', [
          { field: 'hours', message: `credits ${credited} 学时, as now` },
        ]);
      }
      const delta = round2(credited - before);
      await tx.query('UPDATE ledger_entries SET hours = $2, cut_hours = $3, cut_reason = $4 WHERE id = $1', [id, credited, cut, reason]);
      await tx.query(`UPDATE cadre_year_hours SET total_hours = total_hours + $3, ${column} = ${column} + $3, updated_at = now() WHERE user_id = $1 AND year = $2`, [
        entry.user_id,
        entry.year,
        delta,
      ]);
      if (entry.source === 'class') {
        // The class roster shows what each cadre was credited: it follows the ledger.
        await tx.query(
          `UPDATE training_class_enrolments SET credited_hours = (SELECT coalesce(sum(hours), 0) FROM ledger_entries WHERE user_id = $1 AND source = 'class' AND source_ref_id = $2)
            WHERE user_id = $1 AND class_id = $2`,
          [entry.user_id, entry.source_ref_id],
        );
      }
      await this.events.emit('ledger.corrected', { tx, entryIds: [id] });
      await this.audit.record(
        {
          action: 'ledger_entry.corrected',
          actor: user,
          target: { type: 'ledger_entry', id },
          unitPath: entry.unit_path,
          origin,
          details: { before, after: credited, worth, cut, cutReason: reason, reason: dto.reason },
        },
        tx,
      );
      return { id, hours: credited, previousHours: before, cutHours: cut, cutReason: reason };
    });
  }

  /**
   * What the daily cap leaves of the corrected figure. A class's: the figure spread over the days the cadre attended in
   * the entry's year, in proportion to the minutes attended each day, at most the cap a day (the rule of the class's
   * closing). An offline claim's: its days in that year times the cap, where a figure above it is refused (422), as the
   * claim form refuses it. Other sources have no daily cap.
   */
  private async applyDailyCap(tx: EntityManager, entry: LockedEntry, worth: number): Promise<{ credited: number; cut: number }> {
    if (entry.source === 'class') {
      const cap = await this.rules.hoursFor(tx, 'class', 'daily_cap');
      const days = (await tx.query(
        `SELECT sum(extract(epoch FROM s.ends_at - s.starts_at) / 60)::float8 AS minutes
           FROM training_class_attendance a JOIN training_class_sessions s ON s.id = a.session_id
          WHERE s.class_id = $1 AND a.user_id = $2 AND a.present
            AND extract(year FROM s.starts_at AT TIME ZONE 'Asia/Shanghai') = $3
          GROUP BY (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date`,
        [entry.source_ref_id, entry.user_id, entry.year],
      )) as { minutes: number }[];
      const total = days.reduce((sum, d) => sum + Number(d.minutes), 0);
      // No attendance on record (an entry from before attendance was kept): nothing to spread the figure over.
      if (total <= 0) return { credited: worth, cut: 0 };
      const credited = days.reduce((sum, d) => sum + Math.min((worth * Number(d.minutes)) / total, cap), 0);
      return { credited: round2(credited), cut: round2(worth - credited) };
    }
    if (entry.source === 'offline_training') {
      const cap = await this.rules.hoursFor(tx, 'offline_training', 'daily_cap');
      const [claim] = (await tx.query(
        `SELECT (least(end_date, make_date($2, 12, 31)) - greatest(start_date, make_date($2, 1, 1)) + 1)::int AS days
           FROM offline_claims WHERE id = $1`,
        [entry.source_ref_id, entry.year],
      )) as { days: number }[];
      if (claim) {
        const allowed = round2(Math.max(0, claim.days) * cap);
        if (worth > allowed) {
          throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LearningError.HoursAboveDailyCap, `At most ${cap} 学时 a day: ${claim.days} day(s) allow ${allowed}`, [
            { field: 'hours', message: `must not exceed ${allowed} (${claim.days} day(s) × ${cap})` },
          ]);
        }
      }
    }
    return { credited: worth, cut: 0 };
  }
}
