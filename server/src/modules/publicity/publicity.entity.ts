import type { PublicityChannelKind, PublicityContestKind } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * A channel the campaign is published on (广播电视台, a WeChat public account, a newspaper), owned by the unit whose
 * organisation department manages it; every admin above or below that unit sees it.
 */
@Entity('publicity_channels')
@Index('uq_publicity_channels_owner_name', ['ownerUnitId', 'name'], { unique: true })
export class PublicityChannel {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_publicity_channels_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 16 })
  kind!: PublicityChannelKind;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A column (专栏) opened on a channel, open from its start date to its end date (open-ended without one). */
@Entity('publicity_columns')
@Index('uq_publicity_columns_channel_name', ['channelId', 'name'], { unique: true })
export class PublicityColumn {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => PublicityChannel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_publicity_columns_channel' })
  channel?: Relation<PublicityChannel>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An item published (发稿) by a unit on a channel, in one of its columns or none. Belongs to the submitting unit. */
@Entity('publicity_items')
@Index('idx_publicity_items_unit_path_published', ['unitPath', 'publishedOn'])
@Index('idx_publicity_items_channel', ['channelId', 'publishedOn'])
@Index('idx_publicity_items_column', ['columnId'])
export class PublicityItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date' })
  publishedOn!: string;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => PublicityChannel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_publicity_items_channel' })
  channel?: Relation<PublicityChannel>;

  @Column({ type: 'uuid', nullable: true })
  columnId!: string | null;

  @ManyToOne(() => PublicityColumn, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'column_id', foreignKeyConstraintName: 'fk_publicity_items_column' })
  column?: Relation<PublicityColumn>;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  link!: string | null;

  @Column({ type: 'uuid', nullable: true })
  fileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_publicity_items_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_publicity_items_unit' })
  unit?: Relation<OrgUnit>;

  /** The submitting unit's path when recorded (scope filters by prefix). */
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_publicity_items_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One episode of the interview programme (专题访谈节目): date, topic, guests, channel. */
@Entity('publicity_episodes')
@Index('idx_publicity_episodes_channel_aired', ['channelId', 'airedOn'])
export class PublicityEpisode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => PublicityChannel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_publicity_episodes_channel' })
  channel?: Relation<PublicityChannel>;

  @Column({ type: 'date' })
  airedOn!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  guests!: string[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_publicity_episodes_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A contest (演讲赛, 理论宣讲大赛) with its prize counts; ranking and prizes are computed from the scores, never stored. */
@Entity('publicity_contests')
@Index('idx_publicity_contests_owner_held', ['ownerUnitId', 'heldOn'])
export class PublicityContest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_publicity_contests_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 16 })
  kind!: PublicityContestKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'smallint' })
  firstPrizes!: number;

  @Column({ type: 'smallint' })
  secondPrizes!: number;

  @Column({ type: 'smallint' })
  thirdPrizes!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_publicity_contests_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A round of a contest (初赛, 决赛), in order; prizes come from the last round. */
@Entity('publicity_contest_rounds')
@Index('idx_publicity_contest_rounds_contest', ['contestId', 'position'])
export class PublicityContestRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contestId!: string;

  @ManyToOne(() => PublicityContest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_publicity_contest_rounds_contest' })
  contest?: Relation<PublicityContest>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 50 })
  name!: string;
}

/** A judge (评委) of a contest. */
@Entity('publicity_contest_judges')
@Index('idx_publicity_contest_judges_contest', ['contestId', 'position'])
export class PublicityContestJudge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contestId!: string;

  @ManyToOne(() => PublicityContest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_publicity_contest_judges_contest' })
  contest?: Relation<PublicityContest>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 50 })
  name!: string;
}

/** An entrant (选手) of a contest, for a unit. */
@Entity('publicity_contest_entrants')
@Index('idx_publicity_contest_entrants_contest', ['contestId', 'position'])
@Index('idx_publicity_contest_entrants_unit', ['unitId'])
export class PublicityContestEntrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contestId!: string;

  @ManyToOne(() => PublicityContest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_publicity_contest_entrants_contest' })
  contest?: Relation<PublicityContest>;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_publicity_contest_entrants_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 200, default: '' })
  topic!: string;
}

/** One judge's score for one entrant in one round, in hundredths of a point (0 to 10000). */
@Entity('publicity_contest_scores')
export class PublicityContestScore {
  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid' })
  entrantId!: string;

  @PrimaryColumn({ type: 'uuid' })
  judgeId!: string;

  @ManyToOne(() => PublicityContestRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_publicity_contest_scores_round' })
  round?: Relation<PublicityContestRound>;

  @ManyToOne(() => PublicityContestEntrant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entrant_id', foreignKeyConstraintName: 'fk_publicity_contest_scores_entrant' })
  entrant?: Relation<PublicityContestEntrant>;

  @ManyToOne(() => PublicityContestJudge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'judge_id', foreignKeyConstraintName: 'fk_publicity_contest_scores_judge' })
  judge?: Relation<PublicityContestJudge>;

  @Column({ type: 'integer' })
  hundredths!: number;
}
