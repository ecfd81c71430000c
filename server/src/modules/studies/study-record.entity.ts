import type { StudyAttachmentKind, StudyRecordStatus, StudyRecordType } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * A study or discussion meeting of a unit (学习研讨记录): 第一议题, 中心组学习, 专题学习研讨, 研讨交流, 大学习大讨论大实践.
 * Kept by the unit's admins; once submitted it is final and each attendee present earns the hours of its type.
 */
@Entity('study_records')
@Index('idx_study_records_unit_path', ['unitPath'])
@Index('idx_study_records_held_on', ['heldOn'])
@Index('idx_study_records_unit', ['unitId'])
export class StudyRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_study_records_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'varchar', length: 24 })
  type!: StudyRecordType;

  @Column({ type: 'date' })
  heldOn!: string;

  /** The topic studied or discussed. */
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 50 })
  hostName!: string;

  @Column({ type: 'uuid', nullable: true })
  hostUserId!: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  materialTitle!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  materialUrl!: string | null;

  @Column({ type: 'text', default: '' })
  conclusions!: string;

  @Column({ type: 'text', default: '' })
  followUps!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: StudyRecordStatus;

  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  creditedHours!: number | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_study_records_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Who was expected: present, or absent with a reason. */
@Entity('study_record_people')
@Index('idx_study_record_people_user', ['userId'])
export class StudyRecordPerson {
  @PrimaryColumn({ type: 'uuid' })
  recordId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => StudyRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'fk_study_record_people_record' })
  record?: Relation<StudyRecord>;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_study_record_people_user' })
  user?: Relation<User>;

  @Column({ type: 'boolean' })
  present!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  absenceReason!: string | null;
}

/** A speech (发言): the speaker (an attendee) and a summary of what they said. */
@Entity('study_record_speeches')
@Index('idx_study_record_speeches_record', ['recordId'])
export class StudyRecordSpeech {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recordId!: string;

  @ManyToOne(() => StudyRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'fk_study_record_speeches_record' })
  record?: Relation<StudyRecord>;

  @Column({ type: 'uuid' })
  speakerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_study_record_speeches_speaker' })
  speaker?: Relation<User>;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/** Minutes, the sign-in sheet photo, the material studied. */
@Entity('study_record_attachments')
export class StudyRecordAttachment {
  @PrimaryColumn({ type: 'uuid' })
  recordId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StudyRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'record_id', foreignKeyConstraintName: 'fk_study_record_attachments_record' })
  record?: Relation<StudyRecord>;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_study_record_attachments_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'varchar', length: 16 })
  kind!: StudyAttachmentKind;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
