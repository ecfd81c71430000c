import { randomUUID } from 'node:crypto';
import type { LedgerSource } from '@cadre/shared';
import type { DataSource } from 'typeorm';
import { addMonths, todayInShanghai } from '../../server/src/common/time';
import { LedgerService } from '../../server/src/modules/learning/ledger.service';
import type { TalentEntryDto } from '../../server/src/modules/talent/dto/talent.dto';
import { createCadre, uniq, type CadreRef, type UnitRef } from '../factories';
import type { Agent } from './agent';
import type { TestApp } from './app';
import { expectOk } from './studies';

/**
 * Builders for the talent-pool tests: cadres of a given age and rank with a given record of credit hours (the entry
 * criteria), and nomination / decision through the HTTP API.
 */

/** A birth date that makes the cadre exactly `age` today (their birthday was a month ago). */
export function birthDateForAge(age: number): string {
  return addMonths(todayInShanghai(), -(age * 12 + 1));
}

/** Hours earned `monthsAgo` months ago (ledger entries through the ledger service, as any source would write them). */
export async function grantHours(t: TestApp, userId: string, hours: number, monthsAgo = 1, source: LedgerSource = 'offline_training'): Promise<void> {
  const earnedAt = new Date(`${addMonths(todayInShanghai(), -monthsAgo)}T12:00:00+08:00`);
  await t.app.get(LedgerService).grant(t.db.manager, { userId, hours, source, sourceRefId: randomUUID(), description: '测试学时', earnedAt });
}

/** A cadre of `unit` aged `age` at `rank`, with `hours` credit hours earned last month. */
export async function candidate(t: TestApp, unit: UnitRef, opts: { age: number; rank?: string; hours?: number; name?: string }): Promise<CadreRef> {
  const cadre = await createCadre(t.db, unit, { rank: opts.rank ?? 'fu_ke', name: opts.name ?? uniq('苗子') });
  await t.db.query('UPDATE users SET birth_date = $2 WHERE id = $1', [cadre.id, birthDateForAge(opts.age)]);
  if (opts.hours) await grantHours(t, cadre.id, opts.hours);
  return cadre;
}

export async function nominate(agent: Agent, userId: string, extra: Record<string, unknown> = {}): Promise<TalentEntryDto> {
  return expectOk<TalentEntryDto>(await agent.post('/api/talent-pool', { userId, reasons: '政治素质好，工作实绩突出', ...extra }), 201);
}

export async function admit(agent: Agent, id: string, track = 'tempering', extra: Record<string, unknown> = {}): Promise<TalentEntryDto> {
  return expectOk<TalentEntryDto>(await agent.post(`/api/talent-pool/${id}/decision`, { admit: true, track, mentorName: '王导师', ...extra }), 200);
}

export async function auditCount(db: DataSource, targetId: string, action: string): Promise<number> {
  const [row] = (await db.query('SELECT count(*)::int AS n FROM audit_logs WHERE target_id = $1 AND action = $2', [targetId, action])) as { n: number }[];
  return row!.n;
}
