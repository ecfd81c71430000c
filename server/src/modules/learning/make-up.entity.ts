import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A 补训 record: the make-up training an admin arranged for a cadre who fell short of a requirement line in a year, and
 * whether it was done. One per (cadre, year, line): the admin edits it as the arrangement changes, so the shortfall list
 * shows the latest state; each change lands in the audit trail.
 */
@Entity('requirement_make_ups')
@Index('uq_requirement_make_ups_user_year_line', ['userId', 'year', 'lineKey'], { unique: true })
export class RequirementMakeUp {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_requirement_make_ups_user' })
  user?: Relation<User>;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  lineKey!: string;

  @Column({ type: 'varchar', length: 500 })
  arrangement!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ type: 'uuid' })
  updatedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
