import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from './audit.service';
import { AuditLogFilterDto, AuditLogPageDto, AuditLogQueryDto } from './dto/audit-log.dto';

@ApiTags('audit')
@Controller('audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access({ roles: ['org_admin', 'auditor'], summary: 'The audit trail in scope, newest first' })
  @Returns(AuditLogPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: AuditLogQueryDto): Promise<AuditLogPageDto> {
    return this.audit.list(user, query);
  }

  @Get('export.xlsx')
  @Access({ roles: ['org_admin', 'auditor'], summary: 'The audit trail in scope on the list’s filters, newest first, as a workbook (audited)' })
  @XlsxResponse()
  async export(@CurrentUser() user: AuthUser, @Query() query: AuditLogFilterDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.audit.export(user, query, origin);
    return sendXlsx(res, buffer, filename);
  }
}
