import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';
import type { QuestionOption } from './question.entity';
import { Quiz } from './quiz.entity';

export type AnswerValue = string | string[];

/**
 * One sitting (答卷). The server fixes its questions, their order and the deadline at the start. At most one attempt per
 * cadre and quiz is in progress: a partial unique index says so, so two tabs starting at once get the same attempt.
 */
@Entity('attempts')
@Index('uq_attempts_in_progress', ['quizId', 'userId'], { unique: true, where: `status = 'in_progress'` })
@Index('idx_attempts_user', ['userId', 'quizId'])
@Index('idx_attempts_deadline', ['deadline'], { where: `status = 'in_progress'` })
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'fk_attempts_quiz' })
  quiz?: Relation<Quiz>;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempts_user' })
  user?: Relation<User>;

  @Column({ type: 'smallint' })
  attemptNumber!: number;

  @Column({ type: 'varchar', length: 16, default: 'in_progress' })
  status!: 'in_progress' | 'submitted';

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  deadline!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Closed by the server after the deadline rather than submitted by the cadre. */
  @Column({ type: 'boolean', default: false })
  autoSubmitted!: boolean;

  /** Counts saves from 1; 0 before the first save. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers!: Record<string, AnswerValue>;

  @Column({ type: 'timestamptz', nullable: true })
  savedAt!: Date | null;

  @Column({ type: 'numeric', precision: 6, scale: 1, nullable: true })
  score!: number | null;

  @Column({ type: 'numeric', precision: 6, scale: 1 })
  maxScore!: number;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  /** The cadre's unit path when the attempt started, for results by unit and for scope. */
  @Index('idx_attempts_unit_path')
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;
}

/** A question as fixed for one attempt: a snapshot (so later edits to the bank change nothing) and its grading. */
@Entity('attempt_questions')
@Index('idx_attempt_questions_question', ['questionId'])
export class AttemptQuestion {
  @PrimaryColumn({ type: 'uuid' })
  attemptId!: string;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_questions_attempt' })
  attempt?: Relation<Attempt>;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'uuid' })
  questionId!: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  points!: number;

  @Column({ type: 'jsonb' })
  snapshot!: { type: string; stem: string; options: QuestionOption[]; answer: string[]; explanation: string };

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  earned!: number | null;

  @Column({ type: 'boolean', nullable: true })
  correct!: boolean | null;
}
