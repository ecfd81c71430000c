import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/*
 * Units are referenced by id and their paths read through a join with org_units, not copied here: a campaign runs for a
 * year while units move, and a copied path would hide a task from the admins of its lead unit's new town.
 */

/** One of the campaign's areas (方面), e.g. 加强党的理论武装; owned by the root unit whose organisation department runs it. */
@Entity('campaign_areas')
@Unique('uq_campaign_areas_owner_name', ['ownerUnitId', 'name'])
export class CampaignArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_campaign_areas_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A concrete task (具体任务) of an area: a lead unit (牵头单位), supporting units (配合单位), a deadline. */
@Entity('campaign_tasks')
@Unique('uq_campaign_tasks_area_number', ['areaId', 'number'])
@Index('idx_campaign_tasks_lead_unit', ['leadUnitId'])
export class CampaignTask {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => CampaignArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id', foreignKeyConstraintName: 'fk_campaign_tasks_area' })
  area?: Relation<CampaignArea>;

  /** The task's number within its area (the 3 of "任务 2.3"). */
  @Column({ type: 'smallint' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  leadUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id', foreignKeyConstraintName: 'fk_campaign_tasks_lead_unit' })
  leadUnit?: Relation<OrgUnit>;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_campaign_tasks_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A supporting unit (配合单位) of a task. */
@Entity('campaign_task_units')
@Index('idx_campaign_task_units_unit', ['unitId'])
export class CampaignTaskUnit {
  @PrimaryColumn({ type: 'uuid' })
  taskId!: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => CampaignTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_campaign_task_units_task' })
  task?: Relation<CampaignTask>;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_campaign_task_units_unit' })
  unit?: Relation<OrgUnit>;
}

/** A dated progress update (进展情况) posted by an admin of the lead or a supporting unit; the latest may mark the task complete. */
@Entity('campaign_task_updates')
@Index('idx_campaign_task_updates_task_reported', ['taskId', 'reportedOn', 'createdAt'])
export class CampaignTaskUpdate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => CampaignTask, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_campaign_task_updates_task' })
  task?: Relation<CampaignTask>;

  @Column({ type: 'date' })
  reportedOn!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'boolean', default: false })
  completed!: boolean;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_campaign_task_updates_author' })
  author?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Evidence attached to an update: a work plan, minutes, photos. */
@Entity('campaign_update_attachments')
export class CampaignUpdateAttachment {
  @PrimaryColumn({ type: 'uuid' })
  updateId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => CampaignTaskUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'update_id', foreignKeyConstraintName: 'fk_campaign_update_attachments_update' })
  update?: Relation<CampaignTaskUpdate>;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_campaign_update_attachments_file' })
  file?: Relation<StoredFile>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;
}
