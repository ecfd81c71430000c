import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config';
import { OrgUnit } from '../org/org-unit.entity';
import { FILE_STORAGE, LocalFileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { StoredFile } from './stored-file.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([StoredFile, OrgUnit])],
  controllers: [FilesController],
  providers: [
    FilesService,
    { provide: FILE_STORAGE, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalFileStorage(config.dataDir) },
  ],
  exports: [FilesService, FILE_STORAGE],
})
export class FilesModule {}
