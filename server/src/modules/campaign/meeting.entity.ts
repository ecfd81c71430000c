import type { CampaignMeetingKind } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';
import { CampaignTask } from './campaign.entity';

/**
 * A dispatch meeting (调度会议) of the campaign office: the weekly 专班碰头会, the monthly 专班调度会, the quarterly
 * 领导小组推进会, or an ad-hoc one. Owned by the root unit whose organisation department runs the campaign, like the areas.
 */
@Entity('campaign_meetings')
@Index('idx_campaign_meetings_owner_held', ['ownerUnitId', 'heldOn'])
export class CampaignMeeting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_campaign_meetings_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 16 })
  kind!: CampaignMeetingKind;

  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'uuid' })
  chairId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_id', foreignKeyConstraintName: 'fk_campaign_meetings_chair' })
  chair?: Relation<User>;

  /** Agenda items (议题), in order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  agenda!: string[];

  @Column({ type: 'text', default: '' })
  minutes!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_campaign_meetings_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A cadre who attended a meeting. */
@Entity('campaign_meeting_attendees')
@Index('idx_campaign_meeting_attendees_user', ['userId'])
export class CampaignMeetingAttendee {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => CampaignMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_campaign_meeting_attendees_meeting' })
  meeting?: Relation<CampaignMeeting>;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_campaign_meeting_attendees_user' })
  user?: Relation<User>;
}

/** A unit present at a meeting (参会单位). */
@Entity('campaign_meeting_units')
@Index('idx_campaign_meeting_units_unit', ['unitId'])
export class CampaignMeetingUnit {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => CampaignMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_campaign_meeting_units_meeting' })
  meeting?: Relation<CampaignMeeting>;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_campaign_meeting_units_unit' })
  unit?: Relation<OrgUnit>;
}

/** The minutes as signed, the sign-in sheet, photos. */
@Entity('campaign_meeting_attachments')
export class CampaignMeetingAttachment {
  @PrimaryColumn({ type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => CampaignMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_campaign_meeting_attachments_meeting' })
  meeting?: Relation<CampaignMeeting>;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_campaign_meeting_attachments_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}

/**
 * A decision (议定事项) of a meeting: what the owner unit is to do by the deadline, optionally for a campaign task.
 * Done once its owner unit marks it so; overdue while open past the deadline (derived, never stored).
 */
@Entity('campaign_decisions')
@Index('idx_campaign_decisions_meeting', ['meetingId', 'position'])
@Index('idx_campaign_decisions_owner_unit', ['ownerUnitId', 'deadline'])
@Index('idx_campaign_decisions_task', ['taskId'])
export class CampaignDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => CampaignMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_campaign_decisions_meeting' })
  meeting?: Relation<CampaignMeeting>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'text' })
  content!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_campaign_decisions_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => CampaignTask, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_campaign_decisions_task' })
  task?: Relation<CampaignTask>;

  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;

  @Column({ type: 'text', default: '' })
  doneNote!: string;

  @Column({ type: 'uuid', nullable: true })
  doneById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'done_by_id', foreignKeyConstraintName: 'fk_campaign_decisions_done_by' })
  doneBy?: Relation<User>;

  /** The deadline the owner unit's admins were last reminded of (the daily job tells them once per deadline). */
  @Column({ type: 'date', nullable: true })
  overdueNotifiedFor!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
