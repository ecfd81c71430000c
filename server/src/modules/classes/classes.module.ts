import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { ClassClosingService } from './class-closing.service';
import { ClassPeopleService } from './class-people.service';
import {
  TrainingClass,
  TrainingClassAttachment,
  TrainingClassAttendance,
  TrainingClassEnrolment,
  TrainingClassEvaluator,
  TrainingClassLeave,
  TrainingClassRating,
  TrainingClassSession,
  TrainingClassSignInFailure,
} from './training-class.entity';
import { TrainingClassesController } from './training-classes.controller';
import { TrainingClassesService } from './training-classes.service';

/** Training classes (培训班): timetable, enrolment, sign-in by rotating code, leave, survey and hours on closing. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingClass,
      TrainingClassSession,
      TrainingClassEnrolment,
      TrainingClassAttendance,
      TrainingClassLeave,
      TrainingClassAttachment,
      TrainingClassEvaluator,
      TrainingClassRating,
      TrainingClassSignInFailure,
    ]),
    LearningModule,
  ],
  controllers: [TrainingClassesController],
  providers: [TrainingClassesService, ClassPeopleService, ClassClosingService],
  exports: [ClassClosingService],
})
export class ClassesModule {}
