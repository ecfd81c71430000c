import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When each scheduled job last ran, across every server instance. */
@Entity('scheduled_jobs')
export class ScheduledJob {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'timestamptz' })
  lastRunAt!: Date;

  @Column({ type: 'integer' })
  lastDurationMs!: number;

  @Column({ type: 'jsonb', nullable: true })
  lastResult!: Record<string, unknown> | null;

  @Column({ type: 'integer', default: 0 })
  runCount!: number;
}
