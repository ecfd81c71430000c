import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LearningError } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import type { ClaimDto, ClaimQueryDto, CreateClaimDto } from './dto/claim.dto';
import { LedgerService } from './ledger.service';
import { OfflineClaim } from './offline-claim.entity';

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
  ) {}

  async submit(user: AuthUser, dto: CreateClaimDto): Promise<ClaimDto> {
    if (dto.endDate < dto.startDate || dto.endDate > todayInShanghai()) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, LearningError.InvalidPeriod, 'The training must have ended, and end after it began', [
        { field: 'endDate', message: 'must not be before startDate or in the future' },
      ]);
    }
    if (dto.attachmentFileId) await this.files.findOwn(user, dto.attachmentFileId, ['claim_attachment']);
    const saved = await this.db.getRepository(OfflineClaim).save({
      userId: user.id,
      title: dto.title,
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

  /** Claims to review: in the admin's scope; an admin's own claims are reviewed by someone else. */
  async listForReview(user: AuthUser, query: ClaimQueryDto): Promise<Page<ClaimDto>> {
    return this.list(user, query, 'c.unit_path LIKE :scope', { scope: scopePrefix(user) });
  }

  async approve(user: AuthUser, id: string, origin: RequestOrigin): Promise<ClaimDto> {
    await this.db.transaction(async (tx) => {
      const claim = await this.lockForReview(tx, user, id);
      await tx.getRepository(OfflineClaim).update({ id }, { status: 'approved', reviewedById: user.id, reviewedAt: new Date() });
      await this.ledger.grant(tx, {
        userId: claim.userId,
        hours: Number(claim.hours),
        source: 'offline_training',
        sourceRefId: claim.id,
        description: `线下培训：${claim.title}`,
        earnedAt: new Date(`${claim.endDate}T12:00:00+08:00`),
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
    if (claim.status !== 'pending') {
      throw new AppException(HttpStatus.CONFLICT, LearningError.ClaimDecided, 'This claim has already been decided');
    }
    return claim;
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
