import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';
import { Lesson } from './lesson.entity';

/**
 * One cadre's progress in one lesson. `creditedSeconds` counts only time the server could account for: each report
 * may add no more than the wall-clock time since the previous report.
 */
@Entity('lesson_progress')
export class LessonProgress {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_lesson_progress_user' })
  user?: Relation<User>;

  @PrimaryColumn({ type: 'uuid' })
  lessonId!: string;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id', foreignKeyConstraintName: 'fk_lesson_progress_lesson' })
  lesson?: Relation<Lesson>;

  /** Where to resume (video position; reading position for other kinds). */
  @Column({ type: 'integer', default: 0 })
  positionSeconds!: number;

  @Column({ type: 'integer', default: 0 })
  creditedSeconds!: number;

  /** The furthest video position reached by watching (not by seeking), so the player can refuse to skip ahead. */
  @Column({ type: 'integer', default: 0 })
  furthestSeconds!: number;

  @Column({ type: 'boolean', default: false })
  reachedEnd!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastReportAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
