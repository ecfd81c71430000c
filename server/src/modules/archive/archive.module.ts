import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

@Module({ imports: [LearningModule], controllers: [ArchiveController], providers: [ArchiveService], exports: [ArchiveService] })
export class ArchiveModule {}
