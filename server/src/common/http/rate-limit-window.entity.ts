import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window request counter shared by every instance when there is no Redis (`RATE_LIMIT_STORE=postgres`).
 * The table is UNLOGGED (a migration sets it): counters need no crash safety, and skipping the WAL keeps them cheap.
 */
@Entity('rate_limit_windows')
@Index('idx_rate_limit_windows_reset', ['resetAt'])
export class RateLimitWindow {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'timestamptz' })
  resetAt!: Date;
}
