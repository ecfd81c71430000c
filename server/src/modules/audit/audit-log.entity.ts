import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * One administrative or security event. Append-only: no endpoint updates or deletes these rows.
 * `unitPath` is the path of the unit the event concerns, so the trail is scoped like everything else.
 */
@Entity('audit_logs')
@Index('idx_audit_logs_occurred', ['occurredAt'])
@Index('idx_audit_logs_actor', ['actorId', 'occurredAt'])
@Index('idx_audit_logs_action', ['action', 'occurredAt'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The username as typed (for failed sign-ins) or the actor's username. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorUsername!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Index('idx_audit_logs_unit_path')
  @Column({ type: 'text', collation: 'C', nullable: true })
  unitPath!: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome!: AuditOutcome;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
