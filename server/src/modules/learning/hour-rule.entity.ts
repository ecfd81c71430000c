import type { HourRuleSource } from '@cadre/shared';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Credit hours one event earns, by source and kind (a lecture's format, a study record's type). A missing row means the
 * default from @cadre/shared; the organisation department edits them for the whole city.
 */
@Entity('hour_rules')
export class HourRule {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  source!: HourRuleSource;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  hours!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
