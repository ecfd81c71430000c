import type { AudienceKind, FeedbackCommentStatus, LectureFormat, LectureSessionStatus } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';
import { LectureTeam, LectureTopic } from './lecture-team.entity';

/**
 * One lecture given (宣讲场次). It belongs to its host unit and to its team's home unit: admins of either see it; an
 * admin of the host unit verifies it. Verified sessions write hours for each lecturer and take audience feedback.
 */
@Entity('lecture_sessions')
@Index('idx_lecture_sessions_host_path', ['hostUnitPath'])
@Index('idx_lecture_sessions_team_path', ['teamUnitPath'])
@Index('idx_lecture_sessions_started', ['startedAt'])
@Index('idx_lecture_sessions_author', ['createdById'])
@Index('idx_lecture_sessions_host_unit', ['hostUnitId'])
export class LectureSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => LectureTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_lecture_sessions_team' })
  team?: Relation<LectureTeam>;

  @Column({ type: 'text', collation: 'C' })
  teamUnitPath!: string;

  @Column({ type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => LectureTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_lecture_sessions_topic' })
  topic?: Relation<LectureTopic>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'smallint' })
  durationMinutes!: number;

  @Column({ type: 'uuid' })
  hostUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_unit_id', foreignKeyConstraintName: 'fk_lecture_sessions_host_unit' })
  hostUnit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  hostUnitPath!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  venue!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: LectureFormat;

  @Column({ type: 'integer' })
  audienceSize!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audienceKinds!: AudienceKind[];

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: LectureSessionStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  returnReason!: string | null;

  /** Hours each lecturer was credited on verification (the rule for the format at that moment). */
  @Column({ type: 'numeric', precision: 4, scale: 1, nullable: true })
  creditedHours!: number | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_lecture_sessions_created_by' })
  createdBy?: Relation<User>;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('lecture_session_lecturers')
@Index('idx_lecture_session_lecturers_user', ['userId'])
export class LectureSessionLecturer {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => LectureSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_lecture_session_lecturers_session' })
  session?: Relation<LectureSession>;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_lecture_session_lecturers_user' })
  user?: Relation<User>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

@Entity('lecture_session_photos')
export class LectureSessionPhoto {
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => LectureSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_lecture_session_photos_session' })
  session?: Relation<LectureSession>;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_lecture_session_photos_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/**
 * Audience feedback (听众评价): given without signing in, one per device (a random id the server signs into a cookie,
 * stored hashed) and session, and at most a configured number per address and session. Comments are shown only once
 * an admin of the host unit approves them.
 */
@Entity('lecture_feedback')
@Index('uq_lecture_feedback_device', ['sessionId', 'deviceHash'], { unique: true })
// Serves the per-address cap and the burst window: one session's ratings from one address, by time.
@Index('ix_lecture_feedback_address', ['sessionId', 'addressHash', 'createdAt'])
export class LectureFeedback {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => LectureSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_lecture_feedback_session' })
  session?: Relation<LectureSession>;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  /** null when there is no comment. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  commentStatus!: FeedbackCommentStatus | null;

  @Column({ type: 'varchar', length: 64 })
  deviceHash!: string;

  /** The sender's address as a keyed hash (never the address itself); null for ratings given before it was kept. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  addressHash!: string | null;

  /**
   * Arrived in a burst: more than the configured number of this session's ratings came from its address within the
   * configured minutes. Marked when the burst happens, so admins can read the average with and without such ratings.
   */
  @Column({ type: 'boolean', default: false })
  burst!: boolean;

  @Column({ type: 'uuid', nullable: true })
  moderatedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
