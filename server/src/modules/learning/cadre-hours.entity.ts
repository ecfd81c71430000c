import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/** Hours per cadre and year, by source: kept in step with the ledger in the same transaction, for cheap aggregates. */
@Entity('cadre_year_hours')
export class CadreYearHours {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cadre_year_hours_user' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  totalHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  courseHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  quizHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  studyRecordHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  lectureGivenHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  offlineTrainingHours!: number;

  @Column({ type: 'numeric', precision: 8, scale: 2, default: 0 })
  classHours!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
