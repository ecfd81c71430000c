import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArchiveModule } from '../archive/archive.module';
import { OverdueSecondmentsJob } from './overdue-secondments.job';
import { TalentController } from './talent.controller';
import { TalentPoolService } from './talent-pool.service';
import { TalentProfileService } from './talent-profile.service';
import { TalentEntry, TalentEvaluation, TalentEvent, TalentMilestone, TalentNote, TalentPost, TalentSecondment } from './talent.entity';

/** The young-cadre talent pool (优秀年轻干部培养库). Reads across the floors below; `TalentPoolService.figures` serves reports. */
@Module({
  imports: [TypeOrmModule.forFeature([TalentEntry, TalentEvent, TalentMilestone, TalentNote, TalentEvaluation, TalentSecondment, TalentPost]), ArchiveModule],
  controllers: [TalentController],
  providers: [TalentPoolService, TalentProfileService, OverdueSecondmentsJob],
  exports: [TalentPoolService],
})
export class TalentModule {}
