import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FilesModule } from '../files/files.module';
import { ChannelsService } from './channels.service';
import { ItemsService } from './items.service';
import { ProgrammesService } from './programmes.service';
import { PublicityFiguresService } from './publicity-figures.service';
import { PublicityController } from './publicity.controller';
import {
  PublicityChannel,
  PublicityColumn,
  PublicityContest,
  PublicityContestEntrant,
  PublicityContestJudge,
  PublicityContestRound,
  PublicityContestScore,
  PublicityEpisode,
  PublicityItem,
} from './publicity.entity';

/**
 * Publicity (宣传引导): channels and their columns, items published with the Excel import, the interview programme's
 * episodes, contests with their scores and computed ranking, and the figures by unit and period.
 */
@Module({
  imports: [
    FilesModule,
    TypeOrmModule.forFeature([PublicityChannel, PublicityColumn, PublicityItem, PublicityEpisode, PublicityContest, PublicityContestRound, PublicityContestJudge, PublicityContestEntrant, PublicityContestScore]),
  ],
  controllers: [PublicityController],
  providers: [ChannelsService, ItemsService, ProgrammesService, PublicityFiguresService],
  exports: [PublicityFiguresService],
})
export class PublicityModule {}
