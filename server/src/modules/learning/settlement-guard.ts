import { HttpStatus } from '@nestjs/common';
import { RequirementError, type RequirementSource } from '@cadre/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app-exception';
import type { CadreRequirementsDto, RequirementProgressDto } from './dto/requirement.dto';
import { windowOf } from './requirement-rules';
import type { SettledLine } from './settlement.entity';

/**
 * The advisory lock (key, year) that orders grants against the closing of a year: every grant into a year holds it
 * shared while its transaction runs, and closing or reopening the year holds it exclusively. So a closing waits for
 * the grants already under way and then counts them, and a grant that comes later sees the year closed and is refused;
 * no entry can slip into a closed year beside its frozen figures.
 */
const SETTLEMENT_LOCK = 15_2015;

export async function lockYearShared(tx: EntityManager, year: number): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock_shared($1::int, $2::int)', [SETTLEMENT_LOCK, year]);
}

export async function lockYearExclusive(tx: EntityManager, year: number): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [SETTLEMENT_LOCK, year]);
}

export function yearSettled(year: number): AppException {
  return new AppException(HttpStatus.UNPROCESSABLE_ENTITY, RequirementError.YearSettled, `${year} is settled (年度学时结算): reopen it before changing its hours or lines`, [
    { field: 'year', message: `${year} is settled` },
  ]);
}

/**
 * Refuses a grant into a year the cadre's city has closed (422 requirements/year_settled), inside the grant's own
 * transaction, so the event that earned the hours (a claim's approval, a class's closing ...) is refused as a whole.
 */
export async function assertYearOpenFor(tx: EntityManager, userId: string, year: number): Promise<void> {
  await lockYearShared(tx, year);
  const rows = (await tx.query(
    `SELECT 1 FROM requirement_settlements s
       JOIN org_units ou ON starts_with(ou.path, s.unit_path)
       JOIN users u ON u.unit_id = ou.id
      WHERE u.id = $1 AND s.year = $2 AND s.reopened_at IS NULL
      LIMIT 1`,
    [userId, year],
  )) as unknown[];
  if (rows.length > 0) throw yearSettled(year);
}

/** The same refusal for a change that binds a whole city (the year's lines), by the root path of the caller's scope. */
export async function assertYearOpenForPath(tx: EntityManager, scopePath: string, year: number): Promise<void> {
  await lockYearShared(tx, year);
  const rows = (await tx.query('SELECT 1 FROM requirement_settlements WHERE year = $1 AND reopened_at IS NULL AND starts_with($2::text, unit_path) LIMIT 1', [
    year,
    scopePath,
  ])) as unknown[];
  if (rows.length > 0) throw yearSettled(year);
}

interface FrozenRow {
  settled_at: Date;
  lines: SettledLine[];
  line_key: string | null;
  required: string;
  earned: string;
  remaining: string;
  met: boolean;
  days: number | null;
  by_source: Record<string, number>;
  by_year: Record<string, number>;
}

/**
 * A cadre's figures of a settled year as they were frozen (null when the cadre's city has not closed the year): the
 * archive, /my/requirements and /users/:id/requirements of a closed year say what was sent to 年度考核, whatever the
 * cadre's rank or unit became later. A cadre to whom no line applied at the closing gets `lines: []`.
 */
export async function frozenRequirements(db: DataSource, userId: string, year: number): Promise<CadreRequirementsDto | null> {
  const rows = (await db.query(
    `SELECT s.closed_at AS settled_at, s.lines, f.line_key, f.required, f.earned, f.remaining, f.met, f.days, f.by_source, f.by_year
       FROM requirement_settlements s
       JOIN org_units ou ON starts_with(ou.path, s.unit_path)
       JOIN users u ON u.unit_id = ou.id
       LEFT JOIN requirement_settled_figures f ON f.settlement_id = s.id AND f.user_id = u.id
      WHERE u.id = $1 AND s.year = $2 AND s.reopened_at IS NULL
      ORDER BY f.position`,
    [userId, year],
  )) as FrozenRow[];
  const first = rows[0];
  if (!first) return null;
  const lines: RequirementProgressDto[] = [];
  for (const r of rows) {
    const line = r.lines.find((l) => l.key === r.line_key);
    if (!line) continue;
    const { start, end } = windowOf(line, year);
    lines.push({
      key: line.key,
      label: line.label,
      required: Number(r.required),
      earned: Number(r.earned),
      remaining: Number(r.remaining),
      met: r.met,
      windowStart: start,
      windowEnd: end,
      dueDate: `${end}-12-31`,
      bySource: Object.fromEntries(line.sources.map((s: RequirementSource) => [s, Number(r.by_source[s] ?? 0)])),
      days: r.days,
      requiredDays: line.days ?? null,
      byYear: Array.from({ length: end - start + 1 }, (_, i) => ({ year: start + i, hours: Number(r.by_year[String(start + i)] ?? 0) })),
    });
  }
  return { year, userId, settled: true, settledAt: new Date(first.settled_at).toISOString(), lines };
}
