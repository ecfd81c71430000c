import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { LearningModule } from '../learning/learning.module';
import { LectureFeedbackService } from './lecture-feedback.service';
import { LectureFeedback, LectureSession, LectureSessionLecturer, LectureSessionPhoto } from './lecture-session.entity';
import { LectureSessionsService } from './lecture-sessions.service';
import { LectureStatsService } from './lecture-stats.service';
import { LectureTeam, LectureTeamMember, LectureTopic } from './lecture-team.entity';
import { LectureTeamsService } from './lecture-teams.service';
import { LecturesController } from './lectures.controller';

/** Theory-lecture teams, topics, sessions, audience feedback and their figures (宣讲). */
@Module({
  imports: [
    TypeOrmModule.forFeature([LectureTeam, LectureTeamMember, LectureTopic, LectureSession, LectureSessionLecturer, LectureSessionPhoto, LectureFeedback]),
    FilesModule,
    LearningModule,
  ],
  controllers: [LecturesController],
  providers: [LectureTeamsService, LectureSessionsService, LectureFeedbackService, LectureStatsService],
  exports: [LectureTeamsService],
})
export class LecturesModule {}
