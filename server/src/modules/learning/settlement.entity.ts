import type { RankLevel, CadreGroup, Rank, RequirementSource } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/** A requirement line as it stood when the year was closed (the figures below were counted against it). */
export interface SettledLine {
  key: string;
  label: string;
  appliesTo: { rankLevels: RankLevel[]; groups: CadreGroup[] };
  hours: number;
  days: number | null;
  windowYears: number;
  windowStart: number | null;
  sources: RequirementSource[];
}

/**
 * One closing of a year (年度学时结算) for the city under `unitId` (the root of the closing admin's scope). While it is
 * not reopened the year is settled: no hours are granted into it and its lines are not replaced. A reopening keeps
 * the row and its figures as history (who closed, who reopened and why); closing again adds a new row.
 */
@Entity('requirement_settlements')
// At most one standing (not reopened) settlement per city and year; LedgerService.grant reads it.
@Index('uq_requirement_settlements_standing', ['unitId', 'year'], { unique: true, where: '"reopened_at" IS NULL' })
export class RequirementSettlement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_requirement_settlements_unit' })
  unit?: Relation<OrgUnit>;

  /** The unit's path when closed: the grant check matches a cadre's unit path against it. */
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  /** The year's lines as they were counted. */
  @Column({ type: 'jsonb' })
  lines!: SettledLine[];

  @Column({ type: 'int' })
  cadres!: number;

  @Column({ type: 'timestamptz' })
  closedAt!: Date;

  @Column({ type: 'uuid' })
  closedBy!: string;

  @Column({ type: 'timestamptz', nullable: true })
  reopenedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reopenedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * The frozen figure of one cadre on one line at a closing: what the engine said at that moment, with the cadre's unit
 * and rank of that moment, so the sheet sent to 年度考核 can be printed again unchanged whatever happens later.
 */
@Entity('requirement_settled_figures')
@Index('uq_requirement_settled_figures_line', ['settlementId', 'userId', 'lineKey'], { unique: true })
@Index('idx_requirement_settled_figures_unit', ['settlementId', 'unitId'])
export class RequirementSettledFigure {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  settlementId!: string;

  @ManyToOne(() => RequirementSettlement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'settlement_id', foreignKeyConstraintName: 'fk_requirement_settled_figures_settlement' })
  settlement?: Relation<RequirementSettlement>;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_requirement_settled_figures_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 50 })
  userName!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'varchar', length: 100 })
  unitName!: string;

  @Column({ type: 'varchar', length: 32 })
  rank!: Rank;

  @Column({ type: 'varchar', length: 32 })
  lineKey!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'numeric', precision: 6, scale: 1 })
  required!: number;

  /** Hundredths, as the ledger keeps them (a course of 20 minutes gives 0.25 学时). */
  @Column({ type: 'numeric', precision: 8, scale: 2 })
  earned!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2 })
  remaining!: number;

  @Column({ type: 'boolean' })
  met!: boolean;

  @Column({ type: 'smallint', nullable: true })
  days!: number | null;

  /** 学时 by requirement source (non-zero ones). */
  @Column({ type: 'jsonb' })
  bySource!: Record<string, number>;

  /** 学时 by year of the window (non-zero ones). */
  @Column({ type: 'jsonb' })
  byYear!: Record<string, number>;
}
