import type { EvaluationGrade, SecondmentState, TalentStatus, TalentTrack } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One cadre's passage through the talent pool (优秀年轻干部培养库): nominated by a unit admin, admitted or declined by an
 * org admin, then graduated or removed. A cadre has at most one open entry (nominated or in the pool) at a time; closed
 * entries stay as history.
 */
@Entity('talent_entries')
@Index('idx_talent_entries_user', ['userId'])
@Index('uq_talent_entries_open', ['userId'], { unique: true, where: "status IN ('nominated', 'in_pool')" })
@Index('idx_talent_entries_status', ['status'])
export class TalentEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_talent_entries_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 16, default: 'nominated' })
  status!: TalentStatus;

  /** Set on admission (the nominator may suggest one). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  track!: TalentTrack | null;

  @Column({ type: 'text' })
  reasons!: string;

  /** Entry criteria the cadre broke when nominated, and the nominator's reason to go ahead anyway. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  criteriaProblems!: { field: string; message: string }[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  overrideReason!: string | null;

  @Column({ type: 'uuid' })
  nominatedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominated_by_id', foreignKeyConstraintName: 'fk_talent_entries_nominated_by' })
  nominatedBy?: Relation<User>;

  @Column({ type: 'timestamptz' })
  nominatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Why declined (or a note on admission). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'date', nullable: true })
  admittedOn!: string | null;

  /** 结对导师 */
  @Column({ type: 'varchar', length: 50, nullable: true })
  mentorName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  mentorPost!: string | null;

  /** On graduation: the post the cadre was promoted to. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  newPost!: string | null;

  /** Why removed. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  closedReason!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** What happened to an entry, oldest first: nominated, admitted, declined, graduated, removed, plan changes. */
@Entity('talent_events')
@Index('idx_talent_events_entry', ['entryId'])
export class TalentEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_events_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'varchar', length: 24 })
  action!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus!: TalentStatus | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_talent_events_actor' })
  actor?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}

/** A milestone of the member's training plan, due by a date, done on a date. */
@Entity('talent_milestones')
@Index('idx_talent_milestones_entry', ['entryId'])
@Index('idx_talent_milestones_due', ['dueOn'])
export class TalentMilestone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_milestones_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/** A progress note on the member's training (培养情况记实). */
@Entity('talent_notes')
@Index('idx_talent_notes_entry', ['entryId'])
export class TalentNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_notes_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'date' })
  writtenOn!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_talent_notes_author' })
  author?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The yearly evaluation (年度考核) of a member: one per year. */
@Entity('talent_evaluations')
@Index('uq_talent_evaluations_entry_year', ['entryId', 'year'], { unique: true })
export class TalentEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_evaluations_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 24 })
  grade!: EvaluationGrade;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A secondment (挂职锻炼) to another city's unit for a period, closed with a report on return. */
@Entity('talent_secondments')
@Index('idx_talent_secondments_entry', ['entryId'])
@Index('idx_talent_secondments_period', ['fromOn', 'toOn'])
export class TalentSecondment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_secondments_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'varchar', length: 50 })
  hostCity!: string;

  @Column({ type: 'varchar', length: 100 })
  hostUnit!: string;

  @Column({ type: 'varchar', length: 100 })
  post!: string;

  @Column({ type: 'date' })
  fromOn!: string;

  @Column({ type: 'date' })
  toOn!: string;

  @Column({ type: 'varchar', length: 16, default: 'planned' })
  state!: SecondmentState;

  @Column({ type: 'text', default: '' })
  report!: string;

  /**
   * The end date (`toOn`) of which the org admins were told it passed with no return: they are told once for each end
   * date, so again only when the secondment is extended and that date passes too.
   */
  @Column({ type: 'date', nullable: true })
  overdueNotifiedFor!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A post the member held before (任职经历), as the organisation department records it for the profile. */
@Entity('talent_posts')
@Index('idx_talent_posts_entry', ['entryId'])
export class TalentPost {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => TalentEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_talent_posts_entry' })
  entry?: Relation<TalentEntry>;

  @Column({ type: 'varchar', length: 100 })
  post!: string;

  @Column({ type: 'varchar', length: 100 })
  unitName!: string;

  @Column({ type: 'date' })
  fromOn!: string;

  @Column({ type: 'date', nullable: true })
  toOn!: string | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
