import type { NotificationKind } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * A reminder (督促) an admin sent to lagging child units of a unit in scope: the units' admins and, when asked, the
 * cadres under them with overdue required courses each got a notification. `unitPath` is the parent's path when sent,
 * so the reminder stays visible to the admins whose scope covered it.
 */
@Entity('reminders')
@Index('idx_reminders_unit_path', ['unitPath', 'createdAt'])
export class Reminder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  senderId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sender_id', foreignKeyConstraintName: 'fk_reminders_sender' })
  sender?: Relation<User>;

  /** The unit whose lagging child units were reminded. */
  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_reminders_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  /** The chosen child units. */
  @Column({ type: 'uuid', array: true })
  unitIds!: string[];

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: 'varchar', length: 500 })
  message!: string;

  @Column({ type: 'boolean' })
  includeOverdueCadres!: boolean;

  @Column({ type: 'integer', default: 0 })
  adminRecipients!: number;

  @Column({ type: 'integer', default: 0 })
  cadreRecipients!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An in-app notification of one user; unread while `readAt` is null. */
@Entity('notifications')
@Index('idx_notifications_user_read', ['userId', 'readAt'])
@Index('idx_notifications_reminder', ['reminderId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  reminderId!: string | null;

  @ManyToOne(() => Reminder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reminder_id', foreignKeyConstraintName: 'fk_notifications_reminder' })
  reminder?: Relation<Reminder>;

  @Column({ type: 'varchar', length: 24 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A path of the SPA to follow, e.g. /my-courses. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
