import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LearningError, RANKS, requirementRankLevel, type Rank } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, isRootScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import { User } from '../users/user.entity';
import type { ClaimDto, ClaimQueryDto, CreateClaimDto } from './dto/claim.dto';
import { assertYearOpenFor } from './settlement-guard';
import { HourRulesService } from './hour-rules.service';
import { LedgerService } from './ledger.service';
import { OfflineClaim } from './offline-claim.entity';

/**
 * 干部管理权限: the ranks at 处级, whether a leading post (正处、副处) or a 职级 (一至四级调研员), whose claims the city
 * organisation department alone decides.
 */
const CHU_RANKS: readonly Rank[] = RANKS.filter((r) => requirementRankLevel(r) === 'chu');

const DAY_MS = 86_400_000;

interface ClaimRow extends OfflineClaim {
  userName: string;
  unitName: string;
}

/** Offline training claims (学时申报): submitted by the cadre, decided by an admin whose scope covers the cadre's unit. */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly ledger: LedgerService,
    private readonly audit: AuditService,
    private readonly hourRules: HourRulesService,
  ) {}

  async submit(user: AuthUser, dto: CreateClaimDto): Promise<ClaimDto> {
    if (dto.endDate < dto.startDate || dto.endDate > todayInShanghai()) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LearningError.InvalidPeriod, 'The training must have ended, and end after it began', [
        { field: 'endDate', message: 'must not be before startDate or in the future' },
      ]);
    }
    // A claim that reaches into a closed year (年度学时结算) could never be approved: refuse it now, not at the review.
    for (const y of new Set([dto.startDate.slice(0, 4), dto.endDate.slice(0, 4)])) await assertYearOpenFor(this.db.manager, user.id, Number(y));
    // Both ends count: a one-day class is one day. The cap is the city's hour rule (8 a day unless it says otherwise).
    const days = Math.round((Date.parse(`${dto.endDate}T00:00:00Z`) - Date.parse(`${dto.startDate}T00:00:00Z`)) / DAY_MS) + 1;
    const dailyCap = await this.hourRules.hoursFor(this.db.manager, 'offline_training', 'daily_cap');
    if (dto.hours > days * dailyCap) {
      throw new AppException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        LearningError.HoursAboveDailyCap,
        `At most ${dailyCap} 学时 a day: ${days} day(s) allow ${days * dailyCap}`,
        [{ field: 'hours', message: `must not exceed ${days * dailyCap} (${days} day(s) × ${dailyCap})` }],
      );
    }
    if (dto.attachmentFileId) await this.files.findOwn(user, dto.attachmentFileId, ['claim_attachment']);
    const saved = await this.db.getRepository(OfflineClaim).save({
      userId: user.id,
      title: dto.title,
      kind: dto.kind,
      organizer: dto.organizer,
      startDate: dto.startDate,
      endDate: dto.endDate,
      hours: dto.hours,
      attachmentFileId: dto.attachmentFileId ?? null,
      unitPath: user.unitPath,
    });
    return this.get(user, saved.id);
  }

  async listMine(user: AuthUser, query: ClaimQueryDto): Promise<Page<ClaimDto>> {
    return this.list(user, query, 'c.user_id = :me', { me: user.id });
  }

  /**
   * The queue: the claims this admin may decide, by the same rule as lockForReview. In scope; not their own (someone
   * else reviews those); and claims of 处级 cadres only for the city organisation department.
   */
  async listForReview(user: AuthUser, query: ClaimQueryDto): Promise<Page<ClaimDto>> {
    const cityDepartment = this.isCityDepartment(user);
    return this.list(
      user,
      query,
      `c.unit_path LIKE :scope AND c.user_id <> :me${cityDepartment ? '' : ' AND u.rank NOT IN (:...chuRanks)'}`,
      { scope: scopePrefix(user), me: user.id, ...(cityDepartment ? {} : { chuRanks: CHU_RANKS }) },
    );
  }

  async approve(user: AuthUser, id: string, origin: RequestOrigin): Promise<ClaimDto> {
    await this.db.transaction(async (tx) => {
      const claim = await this.lockForReview(tx, user, id);
      await tx.getRepository(OfflineClaim).update({ id }, { status: 'approved', reviewedById: user.id, reviewedAt: new Date() });
      // Training across New Year counts in both years, by its days in each (one entry per year, this transaction).
      const parts = splitByYear(Number(claim.hours), claim.startDate, claim.endDate).map((p) => ({ hours: p.hours, earnedAt: new Date(`${p.lastDay}T12:00:00+08:00`) }));
      await this.ledger.grant(tx, {
        userId: claim.userId,
        hours: Number(claim.hours),
        parts,
        source: 'offline_training',
        sourceRefId: claim.id,
        description: `线下培训：${claim.title}`,
      });
      await this.audit.record(
        { action: 'claim.approved', actor: user, target: { type: 'offline_claim', id }, unitPath: claim.unitPath, origin, details: { hours: Number(claim.hours) } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async reject(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<ClaimDto> {
    await this.db.transaction(async (tx) => {
      const claim = await this.lockForReview(tx, user, id);
      await tx.getRepository(OfflineClaim).update({ id }, { status: 'rejected', rejectReason: reason, reviewedById: user.id, reviewedAt: new Date() });
      await this.audit.record(
        { action: 'claim.rejected', actor: user, target: { type: 'offline_claim', id }, unitPath: claim.unitPath, origin, details: { reason } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /**
   * The claim as its owner or a reviewer in scope sees it; 404 for anyone else. A reviewer is an admin: the auditor's
   * scope covers the same units, but an auditor reads the audit trail, not cadres' records and their attachments.
   */
  async getVisible(user: AuthUser, id: string): Promise<ClaimDto> {
    const claim = await this.db.getRepository(OfflineClaim).findOneBy({ id });
    const reviewer = hasRole(user, 'unit_admin', 'org_admin') && claim !== null && isPathInScope(claim.unitPath, user);
    if (!claim || (claim.userId !== user.id && !reviewer)) throw notFound('Claim');
    return this.get(user, id);
  }

  private async lockForReview(tx: EntityManager, user: AuthUser, id: string): Promise<OfflineClaim> {
    const claim = await tx.getRepository(OfflineClaim).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim || !isPathInScope(claim.unitPath, user)) throw notFound('Claim');
    if (claim.userId === user.id) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LearningError.SelfReview, 'Another admin must review your own claim');
    }
    // The cadre's rank now, not at submission: the 干部管理权限 of whoever is deciding follows the current post.
    const cadre = await tx.getRepository(User).findOne({ where: { id: claim.userId }, select: { id: true, rank: true } });
    if (cadre && CHU_RANKS.includes(cadre.rank as Rank) && !this.isCityDepartment(user)) {
      throw new AppException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        LearningError.NotYourDecision,
        'Claims of 处级 cadres are decided by the city organisation department',
      );
    }
    if (claim.status !== 'pending') {
      throw new AppException(HttpStatus.CONFLICT, LearningError.ClaimDecided, 'This claim has already been decided');
    }
    return claim;
  }

  /** The city organisation department: an org admin scoped to the root of the tree. */
  private isCityDepartment(user: AuthUser): boolean {
    return hasRole(user, 'org_admin') && isRootScope(user);
  }

  private async list(user: AuthUser, query: ClaimQueryDto, where: string, params: Record<string, unknown>): Promise<Page<ClaimDto>> {
    const qb = this.baseQuery().where(where, params);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const total = await qb.clone().getCount();
    const rows = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    return pageOf(rows.map((r) => this.toDto(user, r)), total, query);
  }

  /** The claim as `viewer` gets it: the attachment's link belongs to their session. */
  private async get(viewer: AuthUser, id: string): Promise<ClaimDto> {
    const row = await this.baseQuery().where('c.id = :id', { id }).getRawOne<Record<string, unknown>>();
    if (!row) throw notFound('Claim');
    return this.toDto(viewer, row);
  }

  private baseQuery() {
    return this.db
      .getRepository(OfflineClaim)
      .createQueryBuilder('c')
      .innerJoin('users', 'u', 'u.id = c.user_id')
      .innerJoin('org_units', 'ou', 'ou.id = u.unit_id')
      .leftJoin('stored_files', 'f', 'f.id = c.attachment_file_id')
      .select([
        'c.id AS id',
        'c.user_id AS "userId"',
        'u.name AS "userName"',
        'ou.name AS "unitName"',
        'c.title AS title',
        'c.kind AS kind',
        'c.organizer AS organizer',
        'c.start_date AS "startDate"',
        'c.end_date AS "endDate"',
        'c.hours AS hours',
        'c.status AS status',
        'c.reject_reason AS "rejectReason"',
        'c.attachment_file_id AS "attachmentFileId"',
        'f.original_name AS "fileName"',
        'f.mime_type AS "fileMime"',
        'f.size_bytes AS "fileSize"',
        'c.reviewed_at AS "reviewedAt"',
        'c.created_at AS "createdAt"',
      ]);
  }

  private toDto(viewer: AuthUser, r: Record<string, unknown>): ClaimDto {
    const row = r as unknown as ClaimRow & { attachmentFileId: string | null; fileName: string; fileMime: string; fileSize: number };
    return {
      id: row.id,
      userId: row.userId,
      userName: row.userName,
      unitName: row.unitName,
      title: row.title,
      kind: row.kind,
      organizer: row.organizer,
      startDate: row.startDate,
      endDate: row.endDate,
      hours: Number(row.hours),
      status: row.status,
      rejectReason: row.rejectReason,
      attachment: row.attachmentFileId
        ? {
            id: row.attachmentFileId,
            purpose: 'claim_attachment',
            name: row.fileName,
            mimeType: row.fileMime,
            sizeBytes: Number(row.fileSize),
            url: this.files.link(viewer, row.attachmentFileId),
            thumbnailUrl: null,
          }
        : null,
      reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

/**
 * Hours of a period (both ends count) shared between the calendar years it spans in proportion to its days in each,
 * in hundredths; the last year takes what rounding left, so the parts add up to the hours exactly.
 */
export function splitByYear(hours: number, startDate: string, endDate: string): { year: number; lastDay: string; hours: number }[] {
  const dayCount = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
  const total = dayCount(startDate, endDate);
  const first = Number(startDate.slice(0, 4));
  const last = Number(endDate.slice(0, 4));
  const parts: { year: number; lastDay: string; hours: number }[] = [];
  let given = 0;
  for (let year = first; year <= last; year++) {
    const from = year === first ? startDate : `${year}-01-01`;
    const to = year === last ? endDate : `${year}-12-31`;
    const share = year === last ? Math.round((hours - given) * 100) / 100 : Math.round(((hours * dayCount(from, to)) / total) * 100) / 100;
    given += share;
    parts.push({ year, lastDay: to, hours: share });
  }
  return parts;
}
