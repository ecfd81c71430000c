import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { ResearchController } from './research.controller';
import { ResearchProblem, ResearchTopic, ResearchVisit } from './research.entity';
import { ResearchFiguresService } from './research-figures.service';
import { ResearchService } from './research.service';

/**
 * Research visits (大兴调查研究): leaders' topics, visits with photos, problems found and solved, final reports, figures.
 * A capability floor: it uses files, audit and org below it, and nothing above.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ResearchTopic, ResearchVisit, ResearchProblem]), FilesModule],
  controllers: [ResearchController],
  providers: [ResearchService, ResearchFiguresService],
  exports: [ResearchFiguresService],
})
export class ResearchModule {}
