import type { LedgerCutReason, LedgerSource } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One credit-hour grant (学时记录): the only place hours are counted. A grant is unique per cadre, source and the record
 * it comes from, so repeating the event that earned it never counts twice; a record spanning New Year gives one entry
 * per year (hence `year` in the unique index). The cadre's unit at the time is kept.
 */
@Entity('ledger_entries')
@Index('uq_ledger_entries_source', ['userId', 'source', 'sourceRefId', 'year'], { unique: true })
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

  /** What counts: the event's 学时 less what a cap cut. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  hours!: number;

  /** What a rule cut from the event's 学时 (a class's daily cap, the source's yearly cap): shown, never dropped silently. */
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 0 })
  cutHours!: number;

  @Column({ type: 'varchar', length: 24, nullable: true })
  cutReason!: LedgerCutReason | null;

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
