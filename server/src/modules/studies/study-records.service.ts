import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, StudyError, type StudyRecordStatus, type StudyRecordType } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound, type FieldProblem } from '../../common/errors/app-exception';
import { pageOf, type Page } from '../../common/pagination/page';
import { isPathInScope, scopePrefix } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { FilesService } from '../files/files.service';
import type { StoredFile } from '../files/stored-file.entity';
import { HourRulesService } from '../learning/hour-rules.service';
import { LedgerService } from '../learning/ledger.service';
import { OrgUnit } from '../org/org-unit.entity';
import type { CreateStudyRecordDto, StudyRecordDto, StudyRecordQueryDto, StudyRecordSummaryDto, UpdateStudyRecordDto } from './dto/study-record.dto';
import { StudyRecord, StudyRecordAttachment, StudyRecordPerson, StudyRecordSpeech } from './study-record.entity';

type Row = Record<string, unknown>;

const SUMMARY = `
  r.id, r.unit_id, ou.name AS unit_name, r.unit_path, r.type, r.held_on, r.title, r.host_name, r.host_user_id, r.status,
  r.credited_hours, r.submitted_at, r.material_title, r.material_url, r.conclusions, r.follow_ups, r.created_by_id,
  (SELECT count(*)::int FROM study_record_people p WHERE p.record_id = r.id AND p.present) AS attendee_count,
  (SELECT count(*)::int FROM study_record_people p WHERE p.record_id = r.id AND NOT p.present) AS absentee_count,
  (SELECT count(*)::int FROM study_record_speeches sp WHERE sp.record_id = r.id) AS speech_count`;

/**
 * Study and discussion records (学习研讨记录). Admins keep them for units in their scope; a draft can be edited, a
 * submitted record is final and credits every attendee present with the hours of its type. An attendee (or absentee,
 * or speaker) sees a submitted record through their archive; nobody else does.
 */
@Injectable()
export class StudyRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly files: FilesService,
    private readonly ledger: LedgerService,
    private readonly hourRules: HourRulesService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, query: StudyRecordQueryDto): Promise<Page<StudyRecordSummaryDto>> {
    const params: unknown[] = [scopePrefix(user)];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = ['r.unit_path LIKE $1'];
    if (query.type) where.push(`r.type = ${p(query.type)}`);
    if (query.status) where.push(`r.status = ${p(query.status)}`);
    if (query.unitId) where.push(`r.unit_path LIKE (SELECT path FROM org_units WHERE id = ${p(query.unitId)}) || '%'`);
    if (query.year) where.push(`r.held_on >= make_date(${p(query.year)}, 1, 1) AND r.held_on < make_date($${params.length} + 1, 1, 1)`);
    if (query.from) where.push(`r.held_on >= ${p(query.from)}::date`);
    if (query.to) where.push(`r.held_on <= ${p(query.to)}::date`);
    if (query.q) where.push(`r.title ILIKE ${p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = (await this.db.query(`SELECT count(*)::int AS total FROM study_records r ${clause}`, params)) as [{ total: number }];
    const rows = (await this.db.query(
      `SELECT ${SUMMARY} FROM study_records r JOIN org_units ou ON ou.id = r.unit_id ${clause}
        ORDER BY r.held_on DESC, r.created_at DESC LIMIT ${p(query.pageSize)} OFFSET ${p((query.page - 1) * query.pageSize)}`,
      params,
    )) as Row[];
    return pageOf(rows.map(toSummary), total, query);
  }

  async get(user: AuthUser, id: string): Promise<StudyRecordDto> {
    const [row] = (await this.db.query(
      `SELECT ${SUMMARY}, cb.name AS created_by_name FROM study_records r JOIN org_units ou ON ou.id = r.unit_id JOIN users cb ON cb.id = r.created_by_id WHERE r.id = $1`,
      [id],
    )) as Row[];
    if (!row) throw notFound('Study record');
    const admin = hasRole(user, 'org_admin', 'unit_admin') && isPathInScope(row.unit_path as string, user);
    const [people, speeches, attachments] = await Promise.all([
      this.db.query(
        `SELECT p.user_id AS "userId", u.name, u.position AS post, p.present, p.absence_reason AS "absenceReason"
           FROM study_record_people p JOIN users u ON u.id = p.user_id WHERE p.record_id = $1 ORDER BY p.present DESC, u.name`,
        [id],
      ) as Promise<StudyRecordDto['people']>,
      this.db.query(
        `SELECT s.speaker_id AS "speakerId", u.name AS "speakerName", s.summary FROM study_record_speeches s JOIN users u ON u.id = s.speaker_id
          WHERE s.record_id = $1 ORDER BY s.position`,
        [id],
      ) as Promise<StudyRecordDto['speeches']>,
      this.db.query(
        `SELECT a.kind, f.id, f.purpose, f.original_name, f.mime_type, f.size_bytes, f.thumbnail_key
           FROM study_record_attachments a JOIN stored_files f ON f.id = a.file_id WHERE a.record_id = $1 ORDER BY a.position`,
        [id],
      ) as Promise<Row[]>,
    ]);
    const involved = row.status === 'submitted' && (people.some((p) => p.userId === user.id) || speeches.some((s) => s.speakerId === user.id));
    if (!admin && !involved) throw notFound('Study record');
    return {
      ...toSummary(row),
      hostUserId: (row.host_user_id as string | null) ?? null,
      materialTitle: row.material_title as string,
      materialUrl: (row.material_url as string | null) ?? null,
      conclusions: row.conclusions as string,
      followUps: row.follow_ups as string,
      people,
      speeches,
      attachments: attachments.map((a) => ({
        kind: a.kind as StudyRecordDto['attachments'][number]['kind'],
        file: this.files.toDto(user, {
          id: a.id,
          purpose: a.purpose,
          originalName: a.original_name,
          mimeType: a.mime_type,
          sizeBytes: Number(a.size_bytes),
          thumbnailKey: a.thumbnail_key ?? null,
        } as StoredFile),
      })),
      createdByName: row.created_by_name as string,
      can: { edit: admin && row.status === 'draft' },
    };
  }

  async create(user: AuthUser, dto: CreateStudyRecordDto, origin: RequestOrigin): Promise<StudyRecordDto> {
    const id = await this.db.transaction(async (tx) => {
      const unit = await tx.getRepository(OrgUnit).findOneBy({ id: dto.unitId });
      if (!unit || unit.retiredAt || !isPathInScope(unit.path, user)) {
        throw new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, 'Unit not found', [{ field: 'unitId', message: 'no such active unit in your scope' }]);
      }
      checkHeld(dto.heldOn);
      await this.checkPeople(tx, unit.path, dto);
      await this.checkAttachments(tx, user, dto.attachments ?? []);
      const saved = await tx.getRepository(StudyRecord).save({
        unitId: unit.id,
        unitPath: unit.path,
        type: dto.type,
        heldOn: dto.heldOn,
        title: dto.title,
        hostName: dto.hostName,
        hostUserId: dto.hostUserId ?? null,
        materialTitle: dto.materialTitle ?? '',
        materialUrl: dto.materialUrl || null,
        conclusions: dto.conclusions ?? '',
        followUps: dto.followUps ?? '',
        createdById: user.id,
      });
      await this.writeChildren(tx, saved.id, dto);
      await this.audit.record(
        { action: 'study_record.created', actor: user, target: { type: 'study_record', id: saved.id }, unitPath: unit.path, origin, details: { type: dto.type, heldOn: dto.heldOn, title: dto.title } },
        tx,
      );
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateStudyRecordDto, origin: RequestOrigin): Promise<StudyRecordDto> {
    await this.db.transaction(async (tx) => {
      const record = await this.lockDraft(tx, user, id);
      if (dto.heldOn) checkHeld(dto.heldOn);
      const people = await tx.getRepository(StudyRecordPerson).findBy({ recordId: id });
      const speeches = await tx.getRepository(StudyRecordSpeech).findBy({ recordId: id });
      const merged = {
        hostUserId: dto.hostUserId === undefined ? record.hostUserId : dto.hostUserId,
        attendeeIds: dto.attendeeIds ?? people.filter((x) => x.present).map((x) => x.userId),
        absentees: dto.absentees ?? people.filter((x) => !x.present).map((x) => ({ userId: x.userId, reason: x.absenceReason ?? '' })),
        speeches: dto.speeches ?? speeches.sort((a, b) => a.position - b.position).map((s) => ({ speakerId: s.speakerId, summary: s.summary })),
      };
      await this.checkPeople(tx, record.unitPath, merged);
      if (dto.attachments) await this.checkAttachments(tx, user, dto.attachments, id);
      const { attendeeIds: _a, absentees: _b, speeches: _s, attachments: _f, materialUrl, ...plain } = dto;
      await tx.getRepository(StudyRecord).update({ id }, { ...plain, ...(materialUrl !== undefined ? { materialUrl: materialUrl || null } : {}) });
      await this.writeChildren(tx, id, { ...merged, attachments: dto.attachments }, dto.attendeeIds !== undefined || dto.absentees !== undefined || dto.speeches !== undefined);
      await this.audit.record(
        { action: 'study_record.updated', actor: user, target: { type: 'study_record', id }, unitPath: record.unitPath, origin, details: { fields: Object.keys(dto) } },
        tx,
      );
    });
    return this.get(user, id);
  }

  /** Final: every attendee present earns the hours of the record's type, in the same transaction. */
  async submit(user: AuthUser, id: string, origin: RequestOrigin): Promise<StudyRecordDto> {
    await this.db.transaction(async (tx) => {
      const record = await this.lockDraft(tx, user, id);
      checkHeld(record.heldOn);
      const hours = await this.hourRules.hoursFor(tx, 'study_record', record.type);
      const present = (await tx.getRepository(StudyRecordPerson).findBy({ recordId: id, present: true })).map((p) => p.userId);
      await tx.getRepository(StudyRecord).update({ id }, { status: 'submitted', submittedAt: new Date(), creditedHours: hours });
      for (const userId of present) {
        await this.ledger.grant(tx, {
          userId,
          hours,
          source: 'study_record',
          sourceRefId: id,
          description: `学习研讨：${record.title}`,
          earnedAt: new Date(`${record.heldOn}T12:00:00+08:00`),
        });
      }
      await this.audit.record(
        { action: 'study_record.submitted', actor: user, target: { type: 'study_record', id }, unitPath: record.unitPath, origin, details: { hours, attendees: present.length } },
        tx,
      );
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      const record = await this.lockDraft(tx, user, id);
      await tx.getRepository(StudyRecord).delete({ id });
      await this.audit.record({ action: 'study_record.deleted', actor: user, target: { type: 'study_record', id }, unitPath: record.unitPath, origin, details: { title: record.title } }, tx);
    });
  }

  private async lockDraft(tx: EntityManager, user: AuthUser, id: string): Promise<StudyRecord> {
    const record = await tx.getRepository(StudyRecord).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!record || !isPathInScope(record.unitPath, user)) throw notFound('Study record');
    if (record.status !== 'draft') throw new AppException(HttpStatus.CONFLICT, StudyError.NotEditable, 'A submitted record is final');
    return record;
  }

  /** Everyone named is a cadre of the record's unit or below; speakers attended; nobody is both present and absent. */
  private async checkPeople(
    tx: EntityManager,
    unitPath: string,
    dto: { hostUserId?: string | null; attendeeIds: string[]; absentees?: { userId: string }[]; speeches?: { speakerId: string }[] },
  ): Promise<void> {
    const absentees = dto.absentees ?? [];
    const speeches = dto.speeches ?? [];
    const named = [...new Set([...dto.attendeeIds, ...absentees.map((a) => a.userId), ...speeches.map((s) => s.speakerId), ...(dto.hostUserId ? [dto.hostUserId] : [])])];
    const inside = new Set(
      ((await tx.query(`SELECT u.id FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = ANY($1::uuid[]) AND ou.path LIKE $2`, [named, `${unitPath}%`])) as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    const outside: FieldProblem[] = [];
    dto.attendeeIds.forEach((id, i) => !inside.has(id) && outside.push({ field: `attendeeIds.${i}`, message: 'not a cadre of this unit' }));
    absentees.forEach((a, i) => !inside.has(a.userId) && outside.push({ field: `absentees.${i}.userId`, message: 'not a cadre of this unit' }));
    speeches.forEach((s, i) => !inside.has(s.speakerId) && outside.push({ field: `speeches.${i}.speakerId`, message: 'not a cadre of this unit' }));
    if (dto.hostUserId && !inside.has(dto.hostUserId)) outside.push({ field: 'hostUserId', message: 'not a cadre of this unit' });
    if (outside.length > 0) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, StudyError.PersonOutsideUnit, 'Only cadres of the unit and the units below it can be named', outside);
    }
    const present = new Set(dto.attendeeIds);
    const inconsistent: FieldProblem[] = [];
    const absent = new Set<string>();
    absentees.forEach((a, i) => {
      if (present.has(a.userId)) inconsistent.push({ field: `absentees.${i}.userId`, message: 'also listed as present' });
      if (absent.has(a.userId)) inconsistent.push({ field: `absentees.${i}.userId`, message: 'listed twice' });
      absent.add(a.userId);
    });
    speeches.forEach((s, i) => !present.has(s.speakerId) && inconsistent.push({ field: `speeches.${i}.speakerId`, message: 'a speaker must be among the attendees' }));
    if (inconsistent.length > 0) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, StudyError.InconsistentPeople, 'The attendance list contradicts itself', inconsistent);
    }
  }

  /** Files the caller uploaded as study attachments (or, when editing, already on this record), read inside `tx`. */
  private async checkAttachments(tx: EntityManager, user: AuthUser, attachments: { fileId: string }[], recordId?: string): Promise<void> {
    const existing = recordId ? new Set((await tx.getRepository(StudyRecordAttachment).findBy({ recordId })).map((a) => a.fileId)) : new Set<string>();
    const seen = new Set<string>();
    for (const [i, a] of attachments.entries()) {
      if (seen.has(a.fileId)) {
        throw new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'A file is attached twice', [{ field: `attachments.${i}.fileId`, message: 'duplicate' }]);
      }
      seen.add(a.fileId);
      if (!existing.has(a.fileId)) await this.files.findOwn(user, a.fileId, ['study_attachment'], tx);
    }
  }

  private async writeChildren(
    tx: EntityManager,
    recordId: string,
    dto: { attendeeIds: string[]; absentees?: { userId: string; reason: string }[]; speeches?: { speakerId: string; summary: string }[]; attachments?: { fileId: string; kind: StudyRecordAttachment['kind'] }[] },
    people = true,
  ): Promise<void> {
    if (people) {
      await tx.getRepository(StudyRecordPerson).delete({ recordId });
      await tx.getRepository(StudyRecordPerson).insert([
        ...dto.attendeeIds.map((userId) => ({ recordId, userId, present: true, absenceReason: null })),
        ...(dto.absentees ?? []).map((a) => ({ recordId, userId: a.userId, present: false, absenceReason: a.reason })),
      ]);
      await tx.getRepository(StudyRecordSpeech).delete({ recordId });
      if (dto.speeches?.length) {
        await tx.getRepository(StudyRecordSpeech).insert(dto.speeches.map((s, position) => ({ recordId, speakerId: s.speakerId, summary: s.summary, position })));
      }
    }
    if (dto.attachments) {
      await tx.getRepository(StudyRecordAttachment).delete({ recordId });
      if (dto.attachments.length > 0) {
        await tx.getRepository(StudyRecordAttachment).insert(dto.attachments.map((a, position) => ({ recordId, fileId: a.fileId, kind: a.kind, position })));
      }
    }
  }
}

function checkHeld(heldOn: string): void {
  if (heldOn > todayInShanghai()) {
    throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, StudyError.HeldInFuture, 'A meeting is recorded after it was held', [{ field: 'heldOn', message: 'must not be in the future' }]);
  }
}

function toSummary(r: Row): StudyRecordSummaryDto {
  return {
    id: r.id as string,
    unitId: r.unit_id as string,
    unitName: r.unit_name as string,
    type: r.type as StudyRecordType,
    heldOn: r.held_on as string,
    title: r.title as string,
    hostName: r.host_name as string,
    status: r.status as StudyRecordStatus,
    attendeeCount: Number(r.attendee_count),
    absenteeCount: Number(r.absentee_count),
    speechCount: Number(r.speech_count),
    creditedHours: r.credited_hours === null ? null : Number(r.credited_hours),
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string).toISOString() : null,
  };
}
