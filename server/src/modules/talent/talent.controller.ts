import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TalentError } from '@cadre/shared';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  CriteriaDto,
  CriteriaQueryDto,
  DecisionDto,
  EvaluationInputDto,
  GraduateDto,
  NominateDto,
  NoteInputDto,
  PostsDto,
  TalentPlanDto,
  ProfileQueryDto,
  RemoveDto,
  SecondmentInputDto,
  SecondmentUpdateDto,
  TalentEntryDto,
  TalentExportQueryDto,
  TalentFilterDto,
  TalentOverviewDto,
  TalentPageDto,
  TalentProfileDto,
  TalentQueryDto,
} from './dto/talent.dto';
import { TalentPoolService } from './talent-pool.service';
import { TalentProfileService } from './talent-profile.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('talent')
@Controller()
export class TalentController {
  constructor(
    private readonly pool: TalentPoolService,
    private readonly profiles: TalentProfileService,
  ) {}

  @Get('talent-pool')
  @Access({ roles: [...ADMINS], summary: 'Org admin: the pool in scope; unit admin: only their own nominations and the decisions on them' })
  @Returns(TalentPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: TalentQueryDto): Promise<TalentPageDto> {
    return this.pool.list(user, query);
  }

  @Get('talent-pool/criteria')
  @Access({ roles: [...ADMINS], summary: 'The entry criteria (age limit for the rank level, minimum hours) as they stand for a cadre in scope' })
  @Returns(CriteriaDto)
  criteria(@CurrentUser() user: AuthUser, @Query() query: CriteriaQueryDto): Promise<CriteriaDto> {
    return this.pool.criteria(user, query.userId);
  }

  @Get('talent-pool/overview')
  @Access({ roles: ['org_admin'], summary: 'Structure of the filtered pool (age bands, gender, track, unit, status), active secondments, overdue milestones' })
  @Returns(TalentOverviewDto)
  overview(@CurrentUser() user: AuthUser, @Query() query: TalentFilterDto): Promise<TalentOverviewDto> {
    return this.profiles.overview(user, query);
  }

  @Post('talent-pool')
  @Access({ roles: [...ADMINS], summary: 'Nominate a cadre in scope, with reasons; breaking an entry criterion needs an override reason' })
  @Returns(TalentEntryDto, 201)
  @Fails({ 409: [TalentError.AlreadyActive], 422: [TalentError.CriteriaNotMet] })
  nominate(@CurrentUser() user: AuthUser, @Body() dto: NominateDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.nominate(user, dto, origin);
  }

  @Get('talent-pool/:id/profile')
  @Access({ roles: ['org_admin'], summary: 'One member\'s whole record, watermarked with the viewer; every view is audited' })
  @Returns(TalentProfileDto)
  profile(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: ProfileQueryDto, @Origin() origin: RequestOrigin): Promise<TalentProfileDto> {
    return this.profiles.profile(user, id, query.year, origin);
  }

  @Post('talent-pool/:id/decision')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Admit a nomination into the pool (with a track and mentor) or decline it (with a reason)' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState] })
  decide(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: DecisionDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.decide(user, id, dto, origin);
  }

  @Post('talent-pool/:id/graduate')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'A member leaves the pool promoted, with the new post' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod] })
  graduate(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: GraduateDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.graduate(user, id, dto, origin);
  }

  @Post('talent-pool/:id/remove')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Remove a member from the pool, with a reason' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState] })
  remove(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RemoveDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.remove(user, id, dto, origin);
  }

  @Patch('talent-pool/:id/plan')
  @Access({ roles: ['org_admin'], summary: 'The member\'s track, mentor and milestones (the list replaces the old one)' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod] })
  plan(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: TalentPlanDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.plan(user, id, dto, origin);
  }

  @Put('talent-pool/:id/posts')
  @Access({ roles: ['org_admin'], summary: 'The posts the member held before (任职经历); the list replaces the old one' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod] })
  savePosts(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: PostsDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.savePosts(user, id, dto, origin);
  }

  @Post('talent-pool/:id/notes')
  @Access({ roles: ['org_admin'], summary: 'Add a progress note' })
  @Returns(TalentEntryDto, 201)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod] })
  addNote(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: NoteInputDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.addNote(user, id, dto, origin);
  }

  @Post('talent-pool/:id/evaluations')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Record or correct the evaluation of a year (优秀, 称职, 基本称职, 不称职)' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod] })
  evaluate(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EvaluationInputDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.evaluate(user, id, dto, origin);
  }

  @Post('talent-pool/:id/secondments')
  @Access({ roles: ['org_admin'], summary: 'Record a secondment (挂职锻炼)' })
  @Returns(TalentEntryDto, 201)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod, TalentError.ReportRequired] })
  addSecondment(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SecondmentInputDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.addSecondment(user, id, dto, origin);
  }

  @Patch('talent-secondments/:id')
  @Access({ roles: ['org_admin'], summary: 'Change a secondment: dates, state; returning needs the closing report' })
  @Returns(TalentEntryDto)
  @Fails({ 409: [TalentError.InvalidState], 422: [TalentError.InvalidPeriod, TalentError.ReportRequired] })
  updateSecondment(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SecondmentUpdateDto, @Origin() origin: RequestOrigin): Promise<TalentEntryDto> {
    return this.pool.updateSecondment(user, id, dto, origin);
  }

  @Get('exports/talent-pool.xlsx')
  @Access({ roles: ['org_admin'], summary: 'The filtered pool as a watermarked workbook (audited; unmasked numbers on request, audited as such)' })
  @XlsxResponse()
  async export(@CurrentUser() user: AuthUser, @Query() query: TalentExportQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { unmasked, ...filter } = query;
    const { buffer, filename } = await this.profiles.export(user, filter, unmasked === true, origin);
    return sendXlsx(res, buffer, filename);
  }
}
