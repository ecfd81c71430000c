import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { StudyRecord, StudyRecordAttachment, StudyRecordPerson, StudyRecordSpeech } from './study-record.entity';
import { StudyRecordsController } from './study-records.controller';
import { StudyRecordsService } from './study-records.service';
import { StudyStatsService } from './study-stats.service';

/** Study and discussion records of units (学习研讨: 第一议题, 中心组学习 ...) and their figures. */
@Module({
  imports: [TypeOrmModule.forFeature([StudyRecord, StudyRecordPerson, StudyRecordSpeech, StudyRecordAttachment]), LearningModule],
  controllers: [StudyRecordsController],
  providers: [StudyRecordsService, StudyStatsService],
})
export class StudiesModule {}
