import type { LedgerSource } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One credit-hour grant (学时记录): the only place hours are counted. A grant is unique per cadre, source and the record
 * it comes from, so repeating the event that earned it never counts twice. The cadre's unit at the time is kept.
 */
@Entity('ledger_entries')
@Index('uq_ledger_entries_source', ['userId', 'source', 'sourceRefId'], { unique: true })
@Index('idx_ledger_entries_user_year', ['userId', 'year'])
@Index('idx_ledger_entries_unit_year', ['unitId', 'year'])
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_ledger_entries_user' })
  user?: Relation<User>;

  /** Calendar year in Asia/Shanghai of `earnedAt`. */
  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'numeric', precision: 6, scale: 1 })
  hours!: number;

  @Column({ type: 'varchar', length: 24 })
  source!: LedgerSource;

  @Column({ type: 'uuid' })
  sourceRefId!: string;

  @Column({ type: 'varchar', length: 200 })
  description!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Index('idx_ledger_entries_unit_path')
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'timestamptz' })
  earnedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
