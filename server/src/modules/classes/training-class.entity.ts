import type { ClassAttachmentKind, ClassEnrolmentStatus, ClassLeaveStatus, ClassTeacherKind, TrainingClassKind, TrainingClassStatus } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * A training class (培训班 / 专题学习班) or study trip organised by a unit: a timetable of sessions, enrollees who sign
 * in per session or ask for leave, and hours in the ledger for everyone who completed it when the organiser closes it.
 */
@Entity('training_classes')
@Index('idx_training_classes_organiser_path', ['organiserUnitPath'])
@Index('idx_training_classes_start_date', ['startDate'])
export class TrainingClass {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: TrainingClassKind;

  @Column({ type: 'uuid' })
  organiserUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_unit_id', foreignKeyConstraintName: 'fk_training_classes_organiser_unit' })
  organiserUnit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  organiserUnitPath!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  /** Where it is held (one or more places, e.g. the party school and the red-education sites visited). */
  @Column({ type: 'varchar', length: 300, default: '' })
  venue!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetRanks!: string[];

  @Column({ type: 'int' })
  capacity!: number;

  /** Hours written to the ledger for each cadre who completes the class. */
  @Column({ type: 'numeric', precision: 5, scale: 1 })
  creditHours!: number;

  @Column({ type: 'varchar', length: 16, default: 'planning' })
  status!: TrainingClassStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_training_classes_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One timetable session: when, where, what and who teaches; optionally an online course or a red-education site. */
@Entity('training_class_sessions')
@Index('idx_training_class_sessions_class', ['classId', 'startsAt'])
@Index('idx_training_class_sessions_starts_at', ['startsAt'])
export class TrainingClassSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  classId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_sessions_class' })
  trainingClass?: Relation<TrainingClass>;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  place!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'varchar', length: 16 })
  teacherKind!: ClassTeacherKind;

  @Column({ type: 'uuid', nullable: true })
  teacherUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'teacher_user_id', foreignKeyConstraintName: 'fk_training_class_sessions_teacher' })
  teacherUser?: Relation<User>;

  /** The teacher's name as shown (copied from the account, or an outside teacher's name and title). */
  @Column({ type: 'varchar', length: 100 })
  teacherName!: string;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  /** A red-education site used for teaching (现场教学点), by name. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  siteName!: string | null;
}

@Entity('training_class_enrolments')
@Index('idx_training_class_enrolments_user', ['userId'])
export class TrainingClassEnrolment {
  @PrimaryColumn({ type: 'uuid' })
  classId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_enrolments_class' })
  trainingClass?: Relation<TrainingClass>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_class_enrolments_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16, default: 'enrolled' })
  status!: ClassEnrolmentStatus;

  @Column({ type: 'uuid' })
  enrolledById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /** What the ledger credited (after the daily and yearly caps, all years together). */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  creditedHours!: number | null;
}

/** A cadre present at a session (signed in by code, or marked by the organiser) or marked absent. */
@Entity('training_class_attendance')
@Index('idx_training_class_attendance_user', ['userId'])
export class TrainingClassAttendance {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => TrainingClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_class_attendance_session' })
  session?: Relation<TrainingClassSession>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_class_attendance_user' })
  user?: Relation<User>;

  @Column({ type: 'boolean' })
  present!: boolean;

  /** `code`: the cadre signed in with the rotating code; `manual`: the organiser marked it. */
  @Column({ type: 'varchar', length: 8 })
  method!: 'code' | 'manual';

  @Column({ type: 'uuid', nullable: true })
  markedById!: string | null;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** Leave (请假) from one session: asked with a reason, approved or refused by the organiser. */
@Entity('training_class_leaves')
@Index('uq_training_class_leaves_session_user', ['sessionId', 'userId'], { unique: true })
@Index('idx_training_class_leaves_class', ['classId', 'status'])
export class TrainingClassLeave {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  classId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_leaves_class' })
  trainingClass?: Relation<TrainingClass>;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_class_leaves_session' })
  session?: Relation<TrainingClassSession>;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_class_leaves_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 300 })
  reason!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ClassLeaveStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The sign-in sheet, the timetable, photos: closing needs the first two. */
@Entity('training_class_attachments')
export class TrainingClassAttachment {
  @PrimaryColumn({ type: 'uuid' })
  classId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_attachments_class' })
  trainingClass?: Relation<TrainingClass>;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_training_class_attachments_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'varchar', length: 16 })
  kind!: ClassAttachmentKind;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/** Who has filled in a class's survey: kept apart from the answers, which name nobody (anonymous to the organiser). */
@Entity('training_class_evaluators')
export class TrainingClassEvaluator {
  @PrimaryColumn({ type: 'uuid' })
  classId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_evaluators_class' })
  trainingClass?: Relation<TrainingClass>;
}

/** One anonymous rating of one session and its teacher; `sessionId` null holds the survey's overall comment. */
@Entity('training_class_ratings')
@Index('idx_training_class_ratings_class', ['classId'])
export class TrainingClassRating {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  classId!: string;

  @ManyToOne(() => TrainingClass, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'class_id', foreignKeyConstraintName: 'fk_training_class_ratings_class' })
  trainingClass?: Relation<TrainingClass>;

  @Column({ type: 'uuid', nullable: true })
  sessionId!: string | null;

  @ManyToOne(() => TrainingClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_class_ratings_session' })
  session?: Relation<TrainingClassSession>;

  @Column({ type: 'smallint', nullable: true })
  contentRating!: number | null;

  @Column({ type: 'smallint', nullable: true })
  teacherRating!: number | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  comment!: string;
}

/** A wrong sign-in code, counted per cadre to stop guessing. */
@Entity('training_class_sign_in_failures')
@Index('idx_training_class_sign_in_failures_user', ['userId', 'failedAt'])
export class TrainingClassSignInFailure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'timestamptz' })
  failedAt!: Date;
}
