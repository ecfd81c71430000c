import type { CadreGroup, RequirementSource, RankLevel } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One requirement line (学时要求) of a year, as the city's root org admin configured it: who it applies to, how many 学时
 * (or days) from which ledger sources within which window. A year without rows uses DEFAULT_REQUIREMENT_LINES, so a
 * new installation counts by the regulation from the start.
 */
@Entity('requirement_lines')
// RequirementsService.save replaces a year's lines in one transaction; the key is unique within the year.
@Index('uq_requirement_lines_year_key', ['year', 'key'], { unique: true })
export class RequirementLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  key!: string;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  /** Display order within the year. */
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  /** Rank levels it applies to (requirementRankLevel); empty: any. */
  @Column({ type: 'text', array: true, default: '{}' })
  rankLevels!: RankLevel[];

  /** Key groups it applies to; empty: any. */
  @Column({ type: 'text', array: true, default: '{}' })
  keyGroups!: CadreGroup[];

  @Column({ type: 'numeric', precision: 6, scale: 1 })
  hours!: number;

  /** The alternative in days ("12天或90学时"), or null. */
  @Column({ type: 'smallint', nullable: true })
  days!: number | null;

  @Column({ type: 'smallint', default: 1 })
  windowYears!: number;

  /** First year of a multi-year cycle; null for a one-year window. */
  @Column({ type: 'smallint', nullable: true })
  windowStart!: number | null;

  @Column({ type: 'text', array: true })
  sources!: RequirementSource[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
