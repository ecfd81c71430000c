import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CampaignError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  CampaignDecisionDto,
  CampaignDecisionPageDto,
  CampaignDecisionQueryDto,
  CampaignMeetingDto,
  CampaignMeetingPageDto,
  CampaignMeetingQueryDto,
  CampaignRhythmDto,
  CampaignRhythmQueryDto,
  CreateCampaignDecisionDto,
  CreateCampaignMeetingDto,
  MarkDecisionDoneDto,
} from './dto/meetings.dto';
import { MeetingsService } from './meetings.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('campaign')
@Controller('campaign')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('meetings')
  @Access({ roles: [...ADMINS], summary: 'The campaign\'s dispatch meetings (调度会议), newest first; `?kind=&from=&to=`' })
  @Returns(CampaignMeetingPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: CampaignMeetingQueryDto): Promise<CampaignMeetingPageDto> {
    return this.meetings.list(user, query);
  }

  @Post('meetings')
  @Access({ roles: ['org_admin'], summary: 'Record a held meeting with its attendees, units, agenda, minutes, files and decisions (org admins of the root)' })
  @Returns(CampaignMeetingDto, 201)
  @Fails({ 403: [CampaignError.RootAdminOnly], 422: [CampaignError.HeldInFuture] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCampaignMeetingDto, @Origin() origin: RequestOrigin): Promise<CampaignMeetingDto> {
    return this.meetings.create(user, dto, origin);
  }

  @Get('meetings/:id')
  @Access({ roles: [...ADMINS], summary: 'One meeting with its people, agenda, minutes, files and decisions' })
  @Returns(CampaignMeetingDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CampaignMeetingDto> {
    return this.meetings.get(user, id);
  }

  @Delete('meetings/:id')
  @HttpCode(204)
  @Access({ roles: ['org_admin'], summary: 'Delete a meeting recorded by mistake, with its decisions (org admins of the root)' })
  @Returns(null, 204)
  @Fails({ 403: [CampaignError.RootAdminOnly] })
  remove(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.meetings.remove(user, id, origin);
  }

  @Post('meetings/:id/decisions')
  @Access({ roles: ['org_admin'], summary: 'Add a decision to a meeting (org admins of the root)' })
  @Returns(CampaignDecisionDto, 201)
  @Fails({ 403: [CampaignError.RootAdminOnly] })
  addDecision(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateCampaignDecisionDto, @Origin() origin: RequestOrigin): Promise<CampaignDecisionDto> {
    return this.meetings.addDecision(user, id, dto, origin);
  }

  @Get('decisions')
  @Access({ roles: [...ADMINS], summary: 'Decisions whose owner unit is in scope (the to-do list): overdue first, then by deadline' })
  @Returns(CampaignDecisionPageDto)
  decisions(@CurrentUser() user: AuthUser, @Query() query: CampaignDecisionQueryDto): Promise<CampaignDecisionPageDto> {
    return this.meetings.decisions(user, query);
  }

  @Post('decisions/:id/done')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Mark a decision done today (admins over its owner unit)' })
  @Returns(CampaignDecisionDto)
  @Fails({ 409: [CampaignError.DecisionState] })
  done(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: MarkDecisionDoneDto, @Origin() origin: RequestOrigin): Promise<CampaignDecisionDto> {
    return this.meetings.mark(user, id, true, dto, origin);
  }

  @Post('decisions/:id/reopen')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Reopen a decision marked done by mistake (admins over its owner unit)' })
  @Returns(CampaignDecisionDto)
  @Fails({ 409: [CampaignError.DecisionState] })
  reopen(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CampaignDecisionDto> {
    return this.meetings.mark(user, id, false, {}, origin);
  }

  @Get('rhythm')
  @Access({ roles: [...ADMINS], summary: 'Meetings held per kind against the rhythm\'s expected count for `?from=&to=`, and the decisions of those meetings by status' })
  @Returns(CampaignRhythmDto)
  @Fails({ 400: [CampaignError.BadPeriod] })
  rhythm(@CurrentUser() user: AuthUser, @Query() query: CampaignRhythmQueryDto): Promise<CampaignRhythmDto> {
    return this.meetings.rhythm(user, query);
  }
}
