import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { User } from './user.entity';
import { MeController, UsersController } from './users.controller';
import { InitialPasswordsService } from './initial-passwords.service';
import { RosterImportService } from './roster-import.service';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), OrgModule],
  controllers: [UsersController, MeController],
  providers: [UsersService, RosterImportService, InitialPasswordsService],
  exports: [UsersService],
})
export class UsersModule {}
