import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { FindingsService } from './findings.service';
import { InspectionsService } from './inspections.service';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';
import { OverdueRectificationsJob } from './overdue-rectifications.job';
import { Inspection, InspectionDraw, InspectionFinding, Rectification, RectificationEvent, SupervisionNotice } from './supervision.entity';
import { SupervisionController } from './supervision.controller';
import { SupervisionFiguresService } from './supervision-figures.service';

/**
 * Supervision (督导检查): inspections with reproducible random draws, findings and the rectification ledger (整改台账),
 * overdue reminders, figures and public notices (公开通报). A capability floor: it uses files, audit and org below it, and nothing above.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Inspection, InspectionDraw, InspectionFinding, Rectification, RectificationEvent, SupervisionNotice]), FilesModule],
  controllers: [SupervisionController, NoticesController],
  providers: [InspectionsService, FindingsService, SupervisionFiguresService, NoticesService, OverdueRectificationsJob],
  exports: [SupervisionFiguresService],
})
export class SupervisionModule {}
