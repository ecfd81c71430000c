import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { validationFailed } from '../../common/errors/app-exception';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { ReopenSettlementDto, SettlementDto, SettlementExportQueryDto, SettlementQueryDto } from './dto/settlement.dto';
import { SettlementService } from './settlement.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

const yearPipe = new ParseIntPipe({ exceptionFactory: () => validationFailed('year', 'year must be a four-digit year') });

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw validationFailed('year', 'year must be between 2000 and 2100');
  return year;
}

/** Year-end settlement (年度学时结算): its state, the closing and reopening, and the sheet sent to 年度考核. */
@Controller()
export class SettlementController {
  constructor(private readonly settlement: SettlementService) {}

  @ApiTags('learning')
  @Get('requirements/:year/settlement')
  @Access({ roles: [...ADMINS], summary: 'Whether a year is settled (年度学时结算), with per-line totals for my scope (frozen when settled, counted now otherwise) and every closing' })
  @Returns(SettlementDto)
  state(@CurrentUser() user: AuthUser, @Param('year', yearPipe) year: number, @Query() query: SettlementQueryDto): Promise<SettlementDto> {
    return this.settlement.state(user, checkYear(year), query.unitId);
  }

  @ApiTags('learning')
  @Post('requirements/:year/settlement')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Close a year once it is over: freeze every cadre’s figures per line in one transaction; no hours are granted into it afterwards (city organisation department; audited)' })
  @Returns(SettlementDto)
  close(@CurrentUser() user: AuthUser, @Param('year', yearPipe) year: number, @Origin() origin: RequestOrigin): Promise<SettlementDto> {
    return this.settlement.close(user, checkYear(year), origin);
  }

  @ApiTags('learning')
  @Post('requirements/:year/settlement/reopen')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Reopen a settled year with a reason; the closing and its figures stay as history (city organisation department; audited)' })
  @Returns(SettlementDto)
  reopen(@CurrentUser() user: AuthUser, @Param('year', yearPipe) year: number, @Body() dto: ReopenSettlementDto, @Origin() origin: RequestOrigin): Promise<SettlementDto> {
    return this.settlement.reopen(user, checkYear(year), dto.reason, origin);
  }

  @ApiTags('exports')
  @Get('exports/settlement.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The year’s settlement sheet for 年度考核 (per cadre: unit, name, rank, per line required/earned/met, overall), frozen when settled (audited)' })
  @XlsxResponse()
  async export(@CurrentUser() user: AuthUser, @Query() query: SettlementExportQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.settlement.export(user, query.year, query.unitId, origin);
    return sendXlsx(res, buffer, filename);
  }
}
