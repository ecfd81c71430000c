import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { DashboardService } from './dashboard.service';
import { DashboardQueryDto, DashboardSummaryDto, DashboardUnitsDto, LaggingDto, LaggingQueryDto } from './dto/dashboard.dto';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('units')
  @Access({ roles: [...ADMINS], summary: 'Figures of a year for each child unit of a unit in scope (default: the caller\'s scope unit)' })
  @Returns(DashboardUnitsDto)
  units(@CurrentUser() user: AuthUser, @Query() query: DashboardQueryDto): Promise<DashboardUnitsDto> {
    return this.dashboard.units(user, query.parentId, query.year);
  }

  @Get('summary')
  @Access({ roles: [...ADMINS], summary: 'A unit\'s subtree by key group, by rank level, and month by month (parentId is the unit)' })
  @Returns(DashboardSummaryDto)
  summary(@CurrentUser() user: AuthUser, @Query() query: DashboardQueryDto): Promise<DashboardSummaryDto> {
    return this.dashboard.summary(user, query.parentId, query.year);
  }

  @Get('lagging')
  @Access({ roles: [...ADMINS], summary: 'Child units whose required-course completion lags their siblings (推进迟缓), furthest behind first (by the completion rate shown unless sort=adjusted)' })
  @Returns(LaggingDto)
  lagging(@CurrentUser() user: AuthUser, @Query() query: LaggingQueryDto): Promise<LaggingDto> {
    return this.dashboard.lagging(user, query.parentId, query.year, query.threshold, query.sort);
  }
}
