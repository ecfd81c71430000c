import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { CadreHoursExportQueryDto, CompletionExportQueryDto, UnitExportQueryDto } from './dto/export-query.dto';
import { ShortfallFilterDto } from '../learning/dto/shortfall.dto';
import { ExportsService } from './exports.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('completion-by-unit.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The dashboard figures of a year for each child unit, with a totals row, as a workbook (audited)' })
  @XlsxResponse()
  async completion(@CurrentUser() user: AuthUser, @Query() query: CompletionExportQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.exports.completionByUnit(user, query.parentId, query.year, origin);
    return sendXlsx(res, buffer, filename);
  }

  @Get('cadre-hours.xlsx')
  @Access({
    roles: [...ADMINS],
    summary: 'Each active cadre under a unit: hours by source against the plan target, required courses, completed courses (audited; unmasked numbers for org admins only)',
  })
  @XlsxResponse()
  async cadreHours(@CurrentUser() user: AuthUser, @Query() query: CadreHoursExportQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.exports.cadreHours(user, query.unitId, query.year, query.unmasked === true, origin);
    return sendXlsx(res, buffer, filename);
  }

  @Get('quiz-results.xlsx')
  @Access({ roles: [...ADMINS], summary: 'Each cadre\'s best submitted result per quiz in a year under a unit, with a per-quiz summary (audited)' })
  @XlsxResponse()
  async quizResults(@CurrentUser() user: AuthUser, @Query() query: UnitExportQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.exports.quizResults(user, query.unitId, query.year, origin);
    return sendXlsx(res, buffer, filename);
  }

  @Get('shortfalls.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The shortfall list (未达标人员) on the page’s filters, every row, with the 补训 records (audited)' })
  @XlsxResponse()
  async shortfalls(@CurrentUser() user: AuthUser, @Query() query: ShortfallFilterDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.exports.shortfalls(user, query, origin);
    return sendXlsx(res, buffer, filename);
  }
}
