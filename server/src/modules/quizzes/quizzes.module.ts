import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Scheduler } from '../../common/scheduler/scheduler.service';
import { CompletionGates } from '../courses/completion-gates';
import { CoursesModule } from '../courses/courses.module';
import { LearningModule } from '../learning/learning.module';
import { Attempt, AttemptQuestion } from './attempt.entity';
import { AttemptsService } from './attempts.service';
import { QuestionsService } from './questions.service';
import { Question } from './question.entity';
import { QuizResultsService } from './quiz-results.service';
import { Quiz, QuizQuestion, QuizRule } from './quiz.entity';
import { QuizzesController } from './quizzes.controller';
import { QuizzesService } from './quizzes.service';

export const CLOSE_OVERDUE_JOB = 'close-overdue-attempts';

@Module({
  imports: [TypeOrmModule.forFeature([Question, Quiz, QuizQuestion, QuizRule, Attempt, AttemptQuestion]), CoursesModule, LearningModule],
  controllers: [QuizzesController],
  providers: [QuestionsService, QuizzesService, AttemptsService, QuizResultsService],
  exports: [QuizzesService],
})
export class QuizzesModule implements OnModuleInit {
  constructor(
    private readonly gates: CompletionGates,
    private readonly scheduler: Scheduler,
    private readonly attempts: AttemptsService,
  ) {}

  onModuleInit(): void {
    // A course with a published quiz completes only when the cadre has passed it.
    this.gates.register(async (tx, userId, courseId) => {
      const [{ blocked }] = (await tx.query(
        `SELECT EXISTS (
           SELECT 1 FROM quizzes q WHERE q.course_id = $2 AND q.status = 'published'
              AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.quiz_id = q.id AND a.user_id = $1 AND a.passed)) AS blocked`,
        [userId, courseId],
      )) as [{ blocked: boolean }];
      return !blocked;
    });
    // Nobody keeps an attempt open forever: past the deadline and grace the server closes and grades it.
    this.scheduler.register({ name: CLOSE_OVERDUE_JOB, everyMs: 60_000, run: async (tx) => ({ closed: await this.attempts.closeOverdue(tx) }) });
  }
}
