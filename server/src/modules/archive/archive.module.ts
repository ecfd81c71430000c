import { Module } from '@nestjs/common';
import { ClassesModule } from '../classes/classes.module';
import { LearningModule } from '../learning/learning.module';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

@Module({ imports: [LearningModule, ClassesModule], controllers: [ArchiveController], providers: [ArchiveService], exports: [ArchiveService] })
export class ArchiveModule {}
