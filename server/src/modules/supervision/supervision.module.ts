import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { FindingsService } from './findings.service';
import { InspectionsService } from './inspections.service';
import { OverdueRectificationsJob } from './overdue-rectifications.job';
import { Inspection, InspectionDraw, InspectionFinding, Rectification, RectificationEvent } from './supervision.entity';
import { SupervisionController } from './supervision.controller';
import { SupervisionFiguresService } from './supervision-figures.service';

/**
 * Supervision (督导检查): inspections with reproducible random draws, findings and the rectification ledger (整改台账),
 * overdue reminders and figures. A capability floor: it uses files, audit and org below it, and nothing above.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Inspection, InspectionDraw, InspectionFinding, Rectification, RectificationEvent]), FilesModule],
  controllers: [SupervisionController],
  providers: [InspectionsService, FindingsService, SupervisionFiguresService, OverdueRectificationsJob],
  exports: [SupervisionFiguresService],
})
export class SupervisionModule {}
