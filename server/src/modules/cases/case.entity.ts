import type { CaseField, CaseKind, CaseSourceKind, CaseState } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { StudyRecord } from '../studies/study-record.entity';
import { InspectionFinding, SupervisionNotice } from '../supervision/supervision.entity';
import { User } from '../users/user.entity';

/**
 * A typical case (典型案例): 正面典型 or 反面警示, about a unit, from a supervision finding or entered by hand. Drafted by
 * the admins of the unit's scope, proposed by a unit admin, published (or returned) by the org admin, withdrawn with a reason.
 */
@Entity('cases')
@Index('idx_cases_unit_path', ['unitPath'])
@Index('idx_cases_state_published', ['state', 'publishedAt'])
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CaseKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000 })
  summary!: string;

  /** Plain text; paragraphs separated by blank lines or line breaks. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 24 })
  field!: CaseField;

  @Column({ type: 'varchar', length: 16 })
  sourceKind!: CaseSourceKind;

  @Column({ type: 'uuid', nullable: true })
  sourceFindingId!: string | null;

  @ManyToOne(() => InspectionFinding, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_finding_id', foreignKeyConstraintName: 'fk_cases_source_finding' })
  sourceFinding?: Relation<InspectionFinding>;

  /** The published public notice (公开通报) the case comes from, when sourceKind is notice. */
  @Column({ type: 'uuid', nullable: true })
  sourceNoticeId!: string | null;

  @ManyToOne(() => SupervisionNotice, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_notice_id', foreignKeyConstraintName: 'fk_cases_source_notice' })
  sourceNotice?: Relation<SupervisionNotice>;

  /** The unit the case concerns; its admins and the org admins over it see the case before it is published. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_cases_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attachmentFileIds!: string[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  state!: CaseState;

  /** Why the org admin returned the proposal (kept until it is proposed again). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  proposedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  withdrawReason!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_cases_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A cadre opened the published case: once per cadre, for the read count. */
@Entity('case_reads')
export class CaseRead {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_reads_case' })
  case?: Relation<Case>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_case_reads_user' })
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt!: Date;
}

/** A case as material of a study or discussion meeting (学习研讨), so the meeting that discussed it is on record. */
@Entity('study_record_cases')
@Index('idx_study_record_cases_case', ['caseId'])
export class StudyRecordCase {
  @PrimaryColumn({ type: 'uuid' })
  recordId!: string;

  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => StudyRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'fk_study_record_cases_record' })
  record?: Relation<StudyRecord>;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_study_record_cases_case' })
  case?: Relation<Case>;

  @Column({ type: 'uuid' })
  attachedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attached_by_id', foreignKeyConstraintName: 'fk_study_record_cases_attached_by' })
  attachedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt!: Date;
}
