import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { DomainEvents } from '../../common/events/domain-events';
import { isPathInScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import type { CorrectLedgerEntryDto, LedgerEntryCorrectionDto } from './dto/ledger-correction.dto';
import { SOURCE_COLUMN } from './ledger.service';
import { assertYearOpenFor } from './settlement-guard';

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Correcting one ledger entry's hours (a class's hours recounted, a claim granted too much): the entry, the cadre's
 * yearly totals and whatever was certified on the entry (announced as `ledger.corrected`) change in one transaction.
 * A settled year (年度学时结算) is frozen: its entries are corrected only after the year is reopened.
 */
@Injectable()
export class LedgerCorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async correct(user: AuthUser, id: string, dto: CorrectLedgerEntryDto, origin: RequestOrigin): Promise<LedgerEntryCorrectionDto> {
    return this.db.transaction(async (tx) => {
      const [entry] = (await tx.query('SELECT id, user_id, year, source, hours, unit_path FROM ledger_entries WHERE id = $1 FOR UPDATE', [id])) as {
        id: string;
        user_id: string;
        year: number;
        source: keyof typeof SOURCE_COLUMN;
        hours: string;
        unit_path: string;
      }[];
      if (!entry || !isPathInScope(entry.unit_path, user)) throw notFound('Ledger entry');
      await assertYearOpenFor(tx, entry.user_id, entry.year);
      const before = Number(entry.hours);
      const after = round2(dto.hours);
      if (after === before) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CommonError.ValidationFailed, 'The hours are unchanged', [{ field: 'hours', message: 'same as now' }]);
      const delta = round2(after - before);
      const column = SOURCE_COLUMN[entry.source];
      await tx.query('UPDATE ledger_entries SET hours = $2 WHERE id = $1', [id, after]);
      await tx.query(`UPDATE cadre_year_hours SET total_hours = total_hours + $3, ${column} = ${column} + $3, updated_at = now() WHERE user_id = $1 AND year = $2`, [
        entry.user_id,
        entry.year,
        delta,
      ]);
      await this.events.emit('ledger.corrected', { tx, entryIds: [id] });
      await this.audit.record(
        { action: 'ledger_entry.corrected', actor: user, target: { type: 'ledger_entry', id }, unitPath: entry.unit_path, origin, details: { before, after, reason: dto.reason } },
        tx,
      );
      return { id, hours: after, previousHours: before };
    });
  }
}
