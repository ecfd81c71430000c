import type { EnrollmentSource } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';
import { Course } from './course.entity';

/**
 * A cadre in a course, assigned (派课), by rule (required for their group) or self-chosen. Completion state and
 * counts live on this row and change with the facts, so dashboards aggregate enrolments without reading progress rows.
 */
@Entity('enrollments')
@Index('uq_enrollments_user_course', ['userId', 'courseId'], { unique: true })
@Index('idx_enrollments_course', ['courseId', 'status'])
@Index('idx_enrollments_due', ['dueDate'])
export class Enrollment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_enrollments_user' })
  user?: Relation<User>;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_enrollments_course' })
  course?: Relation<Course>;

  @Column({ type: 'varchar', length: 16 })
  source!: EnrollmentSource;

  /** Counts as a required course for this cadre (assigned as required, or required for one of their groups). */
  @Column({ type: 'boolean', default: false })
  required!: boolean;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'in_progress' })
  status!: 'in_progress' | 'completed';

  @Column({ type: 'smallint', default: 0 })
  progressPercent!: number;

  @Column({ type: 'integer', default: 0 })
  completedLessons!: number;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  lastLessonId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
