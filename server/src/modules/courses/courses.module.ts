import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { CategoriesService } from './categories.service';
import { CompletionGates } from './completion-gates';
import { CourseAssignment } from './course-assignment.entity';
import { CourseCategory } from './course-category.entity';
import { Course, CourseTarget } from './course.entity';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';
import { Enrollment } from './enrollment.entity';
import { EnrollmentsService } from './enrollments.service';
import { LessonProgress } from './lesson-progress.entity';
import { Lesson } from './lesson.entity';
import { MyLearningController } from './my-learning.controller';
import { ProgressService } from './progress.service';
import { RequiredCoursesService } from './required-courses.service';
import { RequiredCoursesJob } from './required-courses.job';

@Module({
  imports: [
    TypeOrmModule.forFeature([CourseCategory, Course, CourseTarget, Lesson, Enrollment, LessonProgress, CourseAssignment]),
    LearningModule,
  ],
  controllers: [CoursesController, MyLearningController],
  providers: [CoursesService, CategoriesService, EnrollmentsService, ProgressService, RequiredCoursesService, CompletionGates, RequiredCoursesJob],
  exports: [CoursesService, CompletionGates, ProgressService, RequiredCoursesService, EnrollmentsService],
})
export class CoursesModule {}
