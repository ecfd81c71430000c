import type { FindingCategory, FindingSeverity, InspectionKind, NoticeStatus, RectificationStatus } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * An inspection (督导检查) organised by a unit: its team (cadres of the organiser's scope), the units and cadres to check,
 * the checklist. A 明察暗访 stays unknown to the inspected until `publishedAt`; so do the findings of any kind, except
 * those whose rectification has been assigned.
 */
@Entity('inspections')
@Index('idx_inspections_organiser_path', ['organiserUnitPath'])
export class Inspection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: InspectionKind;

  @Column({ type: 'date' })
  periodFrom!: string;

  @Column({ type: 'date' })
  periodTo!: string;

  @Column({ type: 'uuid' })
  organiserUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_unit_id', foreignKeyConstraintName: 'fk_inspections_organiser_unit' })
  organiserUnit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  organiserUnitPath!: string;

  /** The inspection team (督导组). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  teamIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  targetUnitIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  targetCadreIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist!: string[];

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_inspections_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One random draw (随机抽取): the seed, every candidate id and the result, so that anyone can recompute it outside the
 * platform (candidates ordered by HMAC-SHA256(key = seed hex, message = id), ascending, first N).
 */
@Entity('inspection_draws')
@Index('idx_inspection_draws_inspection', ['inspectionId', 'drawnAt'])
export class InspectionDraw {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_inspection_draws_inspection' })
  inspection?: Relation<Inspection>;

  @Column({ type: 'char', length: 64 })
  seed!: string;

  @Column({ type: 'uuid' })
  scopeUnitId!: string;

  @Column({ type: 'integer' })
  unitCount!: number;

  @Column({ type: 'integer' })
  cadreCount!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  filters!: { unitKinds?: string[]; keyGroups?: string[] };

  @Column({ type: 'uuid', array: true })
  candidateUnitIds!: string[];

  @Column({ type: 'uuid', array: true })
  candidateCadreIds!: string[];

  @Column({ type: 'uuid', array: true })
  unitIds!: string[];

  @Column({ type: 'uuid', array: true })
  cadreIds!: string[];

  /** Why the inspection was drawn again; null for its first draw. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  drawnById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'drawn_by_id', foreignKeyConstraintName: 'fk_inspection_draws_drawn_by' })
  drawnBy?: Relation<User>;

  @Column({ type: 'timestamptz' })
  drawnAt!: Date;
}

/** A problem the team found (问题清单): at a unit (and a cadre), under a checklist item, with evidence. */
@Entity('inspection_findings')
@Index('idx_inspection_findings_inspection', ['inspectionId'])
@Index('idx_inspection_findings_unit_path', ['unitPath'])
export class InspectionFinding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  inspectionId!: string;

  @ManyToOne(() => Inspection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id', foreignKeyConstraintName: 'fk_inspection_findings_inspection' })
  inspection?: Relation<Inspection>;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_inspection_findings_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'uuid', nullable: true })
  cadreId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cadre_id', foreignKeyConstraintName: 'fk_inspection_findings_cadre' })
  cadre?: Relation<User>;

  @Column({ type: 'varchar', length: 100 })
  checklistItem!: string;

  @Column({ type: 'varchar', length: 16 })
  category!: FindingCategory;

  @Column({ type: 'varchar', length: 16 })
  severity!: FindingSeverity;

  @Column({ type: 'text' })
  description!: string;

  /** When and where it was seen (taken on a phone). */
  @Column({ type: 'timestamptz' })
  foundAt!: Date;

  @Column({ type: 'varchar', length: 200, default: '' })
  place!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  evidenceFileIds!: string[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_inspection_findings_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The rectification of one finding (整改台账): the responsible unit and person, measures, a deadline; reported by the
 * unit, closed (销号) or returned by the inspection team.
 */
@Entity('rectifications')
@Index('uq_rectifications_finding', ['findingId'], { unique: true })
@Index('idx_rectifications_unit_path', ['unitPath'])
@Index('idx_rectifications_open_deadline', ['deadline'], { where: "status <> 'closed'" })
export class Rectification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => InspectionFinding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id', foreignKeyConstraintName: 'fk_rectifications_finding' })
  finding?: Relation<InspectionFinding>;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_rectifications_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  /** The responsible person (责任人). */
  @Column({ type: 'uuid', nullable: true })
  responsibleId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_id', foreignKeyConstraintName: 'fk_rectifications_responsible' })
  responsible?: Relation<User>;

  @Column({ type: 'text' })
  measures!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'varchar', length: 16, default: 'assigned' })
  status!: RectificationStatus;

  /** The unit's latest progress report and its evidence. */
  @Column({ type: 'text', nullable: true })
  report!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  reportFileIds!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  returnReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  /** The deadline the overdue reminder was sent for (a new deadline that passes too is reminded again). */
  @Column({ type: 'date', nullable: true })
  overdueNotifiedFor!: string | null;

  @Column({ type: 'uuid' })
  assignedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_by_id', foreignKeyConstraintName: 'fk_rectifications_assigned_by' })
  assignedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Each step of a rectification, oldest first: assigned, reported, returned, closed; with the note and evidence. */
@Entity('rectification_events')
@Index('idx_rectification_events_rectification', ['rectificationId', 'createdAt'])
export class RectificationEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  rectificationId!: string;

  @ManyToOne(() => Rectification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rectification_id', foreignKeyConstraintName: 'fk_rectification_events_rectification' })
  rectification?: Relation<Rectification>;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: RectificationStatus;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  fileIds!: string[];

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_rectification_events_actor' })
  actor?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A good-practice item (正面典型) typed into a notice: the unit it commends (if any) and what it did. */
export interface NoticeGoodPractice {
  unitId: string | null;
  text: string;
}

/** The text of a notice as it reads: headed parts of paragraphs. Frozen when published. */
export interface NoticeSection {
  heading: string | null;
  paragraphs: string[];
}

/**
 * A public notice (公开通报) composed from findings and good practice, published to a unit's subtree. A draft renders its
 * text from the findings as they are; publishing freezes the text in `sections`, and from then on the notice never
 * changes: a correction is a new notice whose `correctsId` names it.
 */
@Entity('supervision_notices')
@Index('idx_supervision_notices_scope_path', ['scopeUnitPath'])
@Index('idx_supervision_notices_published', ['publishedAt'])
@Index('idx_supervision_notices_corrects', ['correctsId'])
export class SupervisionNotice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The opening paragraph (optional). */
  @Column({ type: 'text', default: '' })
  intro!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  findingIds!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  goodPractices!: NoticeGoodPractice[];

  /** Name the cadres of the findings in full; otherwise 张*明. */
  @Column({ type: 'boolean', default: false })
  nameCadres!: boolean;

  /** Published to the cadres of this unit's subtree. */
  @Column({ type: 'uuid' })
  scopeUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_unit_id', foreignKeyConstraintName: 'fk_supervision_notices_scope_unit' })
  scopeUnit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  scopeUnitPath!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: NoticeStatus;

  /** The text as published; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  sections!: NoticeSection[] | null;

  /** The published notice this one corrects. */
  @Column({ type: 'uuid', nullable: true })
  correctsId!: string | null;

  @ManyToOne(() => SupervisionNotice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_id', foreignKeyConstraintName: 'fk_supervision_notices_corrects' })
  corrects?: Relation<SupervisionNotice>;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_supervision_notices_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
