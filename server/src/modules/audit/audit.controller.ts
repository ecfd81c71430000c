import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from './audit.service';
import { AuditLogPageDto, AuditLogQueryDto } from './dto/audit-log.dto';

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
}
