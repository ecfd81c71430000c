import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per username, known or not, so an unknown username locks exactly like a real one and the
 * response never tells them apart. Kept in the database so that every server instance sees the same count.
 */
@Entity('login_failures')
export class LoginFailure {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  username!: string;

  @Column({ type: 'integer', default: 0 })
  failedCount!: number;

  @Column({ type: 'timestamptz' })
  lastFailedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
