import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per username and client address (see `addressKey`), known username or not, so an unknown username
 * locks exactly like a real one and the response never tells them apart. The lock holds for this pair only: a stranger
 * who guesses wrong locks their own address out, not the account's owner. Kept in the database so that every server
 * instance sees the same count.
 */
@Entity('login_failures')
@Index('idx_login_failures_last_failed', ['lastFailedAt'])
export class LoginFailure {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  address!: string;

  @Column({ type: 'integer', default: 0 })
  failedCount!: number;

  @Column({ type: 'timestamptz' })
  lastFailedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}

/**
 * Failed sign-ins per username from all addresses, in a window that starts with its first failure. Past the threshold
 * the account is not locked but slowed: one attempt per turn (`nextAttemptAt`), whoever sends it, so guessing from
 * many addresses stays slow while the owner still gets in; crossing the threshold alerts the account's superiors once.
 */
@Entity('login_account_failures')
@Index('idx_login_account_failures_window', ['windowStartedAt'])
export class LoginAccountFailure {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ type: 'integer', default: 0 })
  failedCount!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  /** While slowed: the earliest moment the next attempt may be tried. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;
}
