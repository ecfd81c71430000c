import type { CadreGroup } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Course } from './course.entity';

/** One act of assigning a course (派课): to a key group, to everyone under a unit, or to named cadres. */
@Entity('course_assignments')
@Index('idx_course_assignments_course', ['courseId', 'createdAt'])
export class CourseAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_assignments_course' })
  course?: Relation<Course>;

  @Column({ type: 'varchar', length: 16 })
  targetType!: 'group' | 'unit' | 'users';

  @Column({ type: 'varchar', length: 32, nullable: true })
  cadreGroup!: CadreGroup | null;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  /** The admin's scope path at the time: a group assignment reaches only cadres inside it. */
  @Column({ type: 'text', collation: 'C' })
  scopePath!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  @Column({ type: 'integer', default: 0 })
  enrolledCount!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
