import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each unit's own figures for a year (its own cadres, the lectures it hosted and the study meetings it held), kept so a
 * dashboard sums a few thousand rows instead of a million enrolments. `dim` says what a row counts: `all` (the unit's
 * totals, key ''), `group` (cadres of one key group, key the group), `level` (one rank level), `line` (one requirement
 * line, key the line's key: `cadres` and `assessed` are the cadres it applies to, `met` those who met it, `earned`
 * their hours on it) or `month` (key 1–12). `met` of the other rows: cadres who met every line that applies to them.
 * Rows are recomputed when a write marks their unit in `dashboard_dirty`, when missing, and when computed before today
 * (overdue courses and the new-leader group move with the date).
 */
@Entity('dashboard_unit_figures')
export class DashboardUnitFigures {
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dim!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  key!: string;

  @Column({ type: 'integer', default: 0 })
  cadres!: number;

  /** Cadres to whom at least one requirement line applies: the denominator of the 达标率 (`met` / `assessed`). */
  @Column({ type: 'integer', default: 0 })
  assessed!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  earned!: string;

  @Column({ type: 'integer', default: 0 })
  met!: number;

  @Column({ type: 'integer', default: 0 })
  reqTotal!: number;

  @Column({ type: 'integer', default: 0 })
  reqDone!: number;

  @Column({ type: 'integer', default: 0 })
  overdue!: number;

  @Column({ type: 'integer', default: 0 })
  takers!: number;

  @Column({ type: 'integer', default: 0 })
  passed!: number;

  @Column({ type: 'integer', default: 0 })
  sessions!: number;

  @Column({ type: 'integer', default: 0 })
  audience!: number;

  @Column({ type: 'integer', default: 0 })
  records!: number;

  /** Ledger hours earned in the month (`month` rows), in hundredths as the ledger keeps them. */
  @Column({ type: 'numeric', precision: 12, scale: 2, default: 0 })
  hours!: string;

  /** The Shanghai date the row was computed on. */
  @Column({ type: 'date' })
  computedOn!: string;
}

/** Units whose figures changed since they were last computed; filled by triggers on the tables the figures read. */
@Entity('dashboard_dirty')
export class DashboardDirtyUnit {
  @PrimaryColumn({ type: 'uuid' })
  unitId!: string;
}
