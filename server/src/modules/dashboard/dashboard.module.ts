import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { DashboardDirtyUnit, DashboardUnitFigures } from './unit-figures.entity';
import { UnitFiguresService } from './unit-figures.service';

/** The organisation department's figures down the unit tree; reads across the capabilities (top floor). */
@Module({
  imports: [TypeOrmModule.forFeature([DashboardUnitFigures, DashboardDirtyUnit]), LearningModule],
  controllers: [DashboardController],
  providers: [DashboardService, UnitFiguresService],
  exports: [DashboardService, UnitFiguresService],
})
export class DashboardModule {}
