import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { FilesModule } from '../files/files.module';
import { Case, CaseRead, StudyRecordCase } from './case.entity';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

/**
 * The case library (典型案例库): 正面典型 and 反面警示 cases, from supervision findings or entered, proposed by units and
 * published by the org admin; used as course lessons and study material. Sits above courses, studies and supervision.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Case, CaseRead, StudyRecordCase]), FilesModule, CoursesModule],
  controllers: [CasesController],
  providers: [CasesService],
  exports: [CasesService],
})
export class CasesModule {}
