import type { CadreGroup, MultipleScoring, QuestionType, QuizStatus, ReviewPolicy } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Question } from './question.entity';

/**
 * A paper (测试/考试): a fixed list of questions or a draw by rules, a time limit, a pass mark, attempts allowed, an
 * open window, shuffling, and when answers may be reviewed. It belongs to a course (passing it then completes the
 * course) or stands alone for key groups or a unit (passing may award credit hours).
 */
@Entity('quizzes')
@Index('idx_quizzes_course', ['courseId'])
export class Quiz {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_quizzes_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @ManyToOne(() => Course, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_quizzes_course' })
  course?: Relation<Course>;

  @Column({ type: 'varchar', length: 16, default: 'fixed' })
  mode!: 'fixed' | 'random';

  @Column({ type: 'integer' })
  timeLimitMinutes!: number;

  /** Percentage of the paper's points needed to pass. */
  @Column({ type: 'smallint', default: 60 })
  passPercent!: number;

  /** 0: unlimited. */
  @Column({ type: 'smallint', default: 1 })
  attemptsAllowed!: number;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  shuffleQuestions!: boolean;

  @Column({ type: 'boolean', default: false })
  shuffleOptions!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'after_submit' })
  reviewPolicy!: ReviewPolicy;

  @Column({ type: 'varchar', length: 16, default: 'all_or_nothing' })
  multipleScoring!: MultipleScoring;

  /** Stand-alone quizzes: hours written to the ledger the first time a cadre passes. */
  @Column({ type: 'numeric', precision: 5, scale: 1, default: 0 })
  creditHours!: number;

  /** Stand-alone quizzes: the key groups it is for (empty: everyone under the owner unit or target unit). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups!: CadreGroup[];

  @Column({ type: 'uuid', nullable: true })
  targetUnitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_unit_id', foreignKeyConstraintName: 'fk_quizzes_target_unit' })
  targetUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: QuizStatus;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A question of a fixed paper, in order, with its points. */
@Entity('quiz_questions')
export class QuizQuestion {
  @PrimaryColumn({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'fk_quiz_questions_quiz' })
  quiz?: Relation<Quiz>;

  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'fk_quiz_questions_question' })
  question?: Relation<Question>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  points!: number;
}

/** A draw rule of a random paper: so many questions of a tag, type and difficulty, each worth so many points. */
@Entity('quiz_rules')
@Index('idx_quiz_rules_quiz', ['quizId', 'position'])
export class QuizRule {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id', foreignKeyConstraintName: 'fk_quiz_rules_quiz' })
  quiz?: Relation<Quiz>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 50, nullable: true })
  tag!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  questionType!: QuestionType | null;

  @Column({ type: 'smallint', nullable: true })
  difficulty!: number | null;

  @Column({ type: 'integer' })
  count!: number;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  pointsEach!: number;
}
