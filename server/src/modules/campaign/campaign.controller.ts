import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CampaignError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { CampaignService } from './campaign.service';
import {
  CampaignAreaDto,
  CampaignAreaListDto,
  CampaignOverviewDto,
  CampaignTaskDto,
  CampaignTaskFilterDto,
  CampaignTaskPageDto,
  CampaignTaskQueryDto,
  CreateCampaignAreaDto,
  CreateCampaignTaskDto,
  CreateCampaignUpdateDto,
  UpdateCampaignAreaDto,
  UpdateCampaignTaskDto,
} from './dto/campaign.dto';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('campaign')
@Controller('campaign')
export class CampaignController {
  constructor(private readonly campaign: CampaignService) {}

  @Get('areas')
  @Access({ roles: [...ADMINS], summary: 'The campaign\'s areas (方面), in order' })
  @Returns(CampaignAreaListDto)
  areas(@CurrentUser() user: AuthUser): Promise<CampaignAreaListDto> {
    return this.campaign.areas(user);
  }

  @Post('areas')
  @Access({ roles: ['org_admin'], summary: 'Add an area (org admins of the root)' })
  @Returns(CampaignAreaDto, 201)
  @Fails({ 403: [CampaignError.RootAdminOnly], 409: [CampaignError.Duplicate] })
  createArea(@CurrentUser() user: AuthUser, @Body() dto: CreateCampaignAreaDto, @Origin() origin: RequestOrigin): Promise<CampaignAreaDto> {
    return this.campaign.createArea(user, dto, origin);
  }

  @Patch('areas/:id')
  @Access({ roles: ['org_admin'], summary: 'Rename or reorder an area (org admins of the root)' })
  @Returns(CampaignAreaDto)
  @Fails({ 403: [CampaignError.RootAdminOnly], 409: [CampaignError.Duplicate] })
  updateArea(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateCampaignAreaDto, @Origin() origin: RequestOrigin): Promise<CampaignAreaDto> {
    return this.campaign.updateArea(user, id, dto, origin);
  }

  @Delete('areas/:id')
  @HttpCode(204)
  @Access({ roles: ['org_admin'], summary: 'Delete an area without tasks (org admins of the root)' })
  @Returns(null, 204)
  @Fails({ 403: [CampaignError.RootAdminOnly], 409: [CampaignError.AreaInUse] })
  removeArea(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.campaign.removeArea(user, id, origin);
  }

  @Get('tasks')
  @Access({ roles: [...ADMINS], summary: 'The campaign\'s tasks whose lead or a supporting unit is in scope: area, lead unit, derived status' })
  @Returns(CampaignTaskPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: CampaignTaskQueryDto): Promise<CampaignTaskPageDto> {
    return this.campaign.list(user, query);
  }

  @Post('tasks')
  @Access({ roles: ['org_admin'], summary: 'Add a task (org admins of the root)' })
  @Returns(CampaignTaskDto, 201)
  @Fails({ 403: [CampaignError.RootAdminOnly], 409: [CampaignError.Duplicate], 422: [CampaignError.LeadAlsoSupporting] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCampaignTaskDto, @Origin() origin: RequestOrigin): Promise<CampaignTaskDto> {
    return this.campaign.create(user, dto, origin);
  }

  @Get('tasks/:id')
  @Access({ roles: [...ADMINS], summary: 'One task with its progress updates, newest first' })
  @Returns(CampaignTaskDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CampaignTaskDto> {
    return this.campaign.get(user, id);
  }

  @Patch('tasks/:id')
  @Access({ roles: ['org_admin'], summary: 'Edit a task (org admins of the root)' })
  @Returns(CampaignTaskDto)
  @Fails({ 403: [CampaignError.RootAdminOnly], 409: [CampaignError.Duplicate], 422: [CampaignError.LeadAlsoSupporting] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateCampaignTaskDto, @Origin() origin: RequestOrigin): Promise<CampaignTaskDto> {
    return this.campaign.update(user, id, dto, origin);
  }

  @Post('tasks/:id/updates')
  @Access({ roles: [...ADMINS], summary: 'Report progress on a task (admins of its lead or a supporting unit); may mark it complete' })
  @Returns(CampaignTaskDto, 201)
  @Fails({ 422: [CampaignError.ReportedInFuture] })
  postUpdate(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateCampaignUpdateDto, @Origin() origin: RequestOrigin): Promise<CampaignTaskDto> {
    return this.campaign.postUpdate(user, id, dto, origin);
  }

  @Get('overview')
  @Access({ roles: [...ADMINS], summary: 'Task counts by status, by area and by lead unit, over the tasks in scope' })
  @Returns(CampaignOverviewDto)
  overview(@CurrentUser() user: AuthUser, @Query() query: CampaignTaskFilterDto): Promise<CampaignOverviewDto> {
    return this.campaign.overview(user, query);
  }
}
