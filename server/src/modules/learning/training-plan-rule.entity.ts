import type { CadreGroup, RankLevel } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of a year's training plan (年度培训计划): the hours required of cadres of a key group and/or rank level
 * (null: everyone). A cadre's target is the highest line that applies to them.
 */
@Entity('training_plan_rules')
// One line per group and rank level and year: PlansService.save checks it and replaces a year's lines in one transaction.
@Index('idx_training_plan_rules_year', ['year'])
export class TrainingPlanRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  cadreGroup!: CadreGroup | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  rankLevel!: RankLevel | null;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  requiredHours!: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
