import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StudyError } from '@cadre/shared';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  CreateStudyRecordDto,
  StudyRecordDto,
  StudyRecordPageDto,
  StudyRecordQueryDto,
  StudyStatsDto,
  StudyStatsQueryDto,
  UpdateStudyRecordDto,
} from './dto/study-record.dto';
import { StudyRecordsService } from './study-records.service';
import { StudyStatsService } from './study-stats.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('studies')
@Controller()
export class StudyRecordsController {
  constructor(
    private readonly records: StudyRecordsService,
    private readonly stats: StudyStatsService,
  ) {}

  @Get('study-records')
  @Access({ roles: [...ADMINS], summary: 'Study and discussion records in scope (attendees see theirs in /api/my/archive)' })
  @Returns(StudyRecordPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: StudyRecordQueryDto): Promise<StudyRecordPageDto> {
    return this.records.list(user, query);
  }

  @Post('study-records')
  @Access({ roles: [...ADMINS], summary: 'Record a study meeting of a unit in scope (a draft)' })
  @Returns(StudyRecordDto, 201)
  @Fails({ 422: [StudyError.HeldInFuture, StudyError.InconsistentPeople, StudyError.PersonOutsideUnit] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateStudyRecordDto, @Origin() origin: RequestOrigin): Promise<StudyRecordDto> {
    return this.records.create(user, dto, origin);
  }

  @Get('study-records/:id')
  @Access({ summary: 'One record: admins in scope; attendees, absentees and speakers once it is submitted' })
  @Returns(StudyRecordDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<StudyRecordDto> {
    return this.records.get(user, id);
  }

  @Patch('study-records/:id')
  @Access({ roles: [...ADMINS], summary: 'Edit a draft record' })
  @Returns(StudyRecordDto)
  @Fails({ 409: [StudyError.NotEditable], 422: [StudyError.HeldInFuture, StudyError.InconsistentPeople, StudyError.PersonOutsideUnit] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateStudyRecordDto, @Origin() origin: RequestOrigin): Promise<StudyRecordDto> {
    return this.records.update(user, id, dto, origin);
  }

  @Post('study-records/:id/submit')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Submit a record: it becomes final and attendees present earn the hours of its type' })
  @Returns(StudyRecordDto)
  @Fails({ 409: [StudyError.NotEditable], 422: [StudyError.HeldInFuture] })
  submit(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<StudyRecordDto> {
    return this.records.submit(user, id, origin);
  }

  @Delete('study-records/:id')
  @HttpCode(204)
  @Access({ roles: [...ADMINS], summary: 'Delete a draft record' })
  @Returns(null, 204)
  @Fails({ 409: [StudyError.NotEditable] })
  remove(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.records.remove(user, id, origin);
  }

  @Get('study-stats')
  @Access({ roles: [...ADMINS], summary: 'Submitted records of a year under a unit: totals, by child unit, month and type' })
  @Returns(StudyStatsDto)
  statistics(@CurrentUser() user: AuthUser, @Query() query: StudyStatsQueryDto): Promise<StudyStatsDto> {
    return this.stats.stats(user, query.unitId, query.year);
  }

  @Get('exports/study-records.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The year\'s records and figures under a unit as a workbook (audited)' })
  @XlsxResponse()
  async export(@CurrentUser() user: AuthUser, @Query() query: StudyStatsQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.stats.export(user, query.unitId, query.year, origin);
    return sendXlsx(res, buffer, filename);
  }
}
