import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommonError, SupervisionError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  AssignRectificationDto,
  CloseRectificationDto,
  CreateDrawDto,
  CreateFindingDto,
  CreateInspectionDto,
  DrawDto,
  DrawListDto,
  FindingDto,
  FindingPageDto,
  FindingQueryDto,
  InspectionDto,
  InspectionPageDto,
  InspectionQueryDto,
  RectificationDto,
  RectificationPageDto,
  RectificationQueryDto,
  ReportRectificationDto,
  ReturnRectificationDto,
  SupervisionFiguresDto,
  SupervisionFiguresQueryDto,
  UpdateInspectionDto,
} from './dto/supervision.dto';
import { FindingsService } from './findings.service';
import { InspectionsService } from './inspections.service';
import { SupervisionFiguresService } from './supervision-figures.service';

@ApiTags('supervision')
@Controller('inspections')
export class SupervisionController {
  constructor(
    private readonly inspections: InspectionsService,
    private readonly findings: FindingsService,
    private readonly figuresService: SupervisionFiguresService,
  ) {}

  @Get()
  @Access({ summary: 'Inspections the caller may see: those they are on the team of or organise, and announced (or published) ones of units in an admin\'s scope' })
  @Returns(InspectionPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: InspectionQueryDto): Promise<InspectionPageDto> {
    return this.inspections.list(user, query);
  }

  @Post()
  @Access({ roles: ['org_admin'], summary: 'Set up an inspection organised by a unit in scope, with its team, targets and checklist' })
  @Returns(InspectionDto, 201)
  @Fails({ 422: [SupervisionError.OutOfOrganiserScope, SupervisionError.InvalidPeriod] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInspectionDto, @Origin() origin: RequestOrigin): Promise<InspectionDto> {
    return this.inspections.create(user, dto, origin);
  }

  @Get('figures')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Inspections, units covered, findings by category, rectifications on time / late / overdue, by child unit' })
  @Returns(SupervisionFiguresDto)
  figures(@CurrentUser() user: AuthUser, @Query() query: SupervisionFiguresQueryDto): Promise<SupervisionFiguresDto> {
    return this.figuresService.figures(user, query);
  }

  @Get('rectifications')
  @Access({ summary: 'The rectification ledger (整改台账) the caller may see: as inspector, as admin of the responsible unit, or as the responsible person' })
  @Returns(RectificationPageDto)
  rectifications(@CurrentUser() user: AuthUser, @Query() query: RectificationQueryDto): Promise<RectificationPageDto> {
    return this.findings.listRectifications(user, query);
  }

  @Get('rectifications/:id')
  @Access({ summary: 'One rectification with its finding and every step' })
  @Returns(RectificationDto)
  rectification(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<RectificationDto> {
    return this.findings.getRectification(user, id);
  }

  @Post('rectifications/:id/report')
  @HttpCode(200)
  @Access({ summary: 'The responsible unit reports what it has done, with evidence (from assigned or returned)' })
  @Returns(RectificationDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.InvalidState] })
  report(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ReportRectificationDto, @Origin() origin: RequestOrigin): Promise<RectificationDto> {
    return this.findings.report(user, id, dto, origin);
  }

  @Post('rectifications/:id/close')
  @HttpCode(200)
  @Access({ summary: 'The inspection team verifies a reported rectification and closes it (销号)' })
  @Returns(RectificationDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.InvalidState] })
  close(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CloseRectificationDto, @Origin() origin: RequestOrigin): Promise<RectificationDto> {
    return this.findings.close(user, id, dto.note, origin);
  }

  @Post('rectifications/:id/return')
  @HttpCode(200)
  @Access({ summary: 'The inspection team sends a reported rectification back, with a reason' })
  @Returns(RectificationDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.InvalidState] })
  sendBack(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ReturnRectificationDto, @Origin() origin: RequestOrigin): Promise<RectificationDto> {
    return this.findings.sendBack(user, id, dto.reason, origin);
  }

  @Get('findings/:id')
  @Access({ summary: 'One finding with its evidence and rectification' })
  @Returns(FindingDto)
  finding(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<FindingDto> {
    return this.findings.getFinding(user, id);
  }

  @Post('findings/:id/rectification')
  @Access({ summary: 'The team assigns the finding\'s rectification: responsible unit and person, measures, deadline' })
  @Returns(RectificationDto, 201)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.AlreadyAssigned], 422: [SupervisionError.OutOfOrganiserScope] })
  assign(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: AssignRectificationDto, @Origin() origin: RequestOrigin): Promise<RectificationDto> {
    return this.findings.assign(user, id, dto, origin);
  }

  @Get(':id')
  @Access({ summary: 'One inspection: team, targets, checklist, and what the caller may do' })
  @Returns(InspectionDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<InspectionDto> {
    return this.inspections.get(user, id);
  }

  @Patch(':id')
  @Access({ roles: ['org_admin'], summary: 'Change an inspection (the organiser): title, period, team, targets, checklist' })
  @Returns(InspectionDto)
  @Fails({ 403: [CommonError.Forbidden], 422: [SupervisionError.OutOfOrganiserScope, SupervisionError.InvalidPeriod] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateInspectionDto, @Origin() origin: RequestOrigin): Promise<InspectionDto> {
    return this.inspections.update(user, id, dto, origin);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Publish the findings to the inspected units (a 明察暗访 becomes visible to them only now)' })
  @Returns(InspectionDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.AlreadyPublished] })
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<InspectionDto> {
    return this.inspections.publish(user, id, origin);
  }

  @Get(':id/draws')
  @Access({ summary: 'The inspection\'s random draws with seed, candidates and result (team and organiser)' })
  @Returns(DrawListDto)
  draws(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<DrawListDto> {
    return this.inspections.draws(user, id);
  }

  @Post(':id/draws')
  @Access({ roles: ['org_admin'], summary: 'Draw units and cadres at random: candidates ordered by HMAC-SHA256(key = seed, message = id) hex ascending, first N' })
  @Returns(DrawDto, 201)
  @Fails({ 403: [CommonError.Forbidden], 422: [SupervisionError.RedrawReasonRequired, SupervisionError.NotEnoughCandidates] })
  draw(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateDrawDto, @Origin() origin: RequestOrigin): Promise<DrawDto> {
    return this.inspections.draw(user, id, dto, origin);
  }

  @Get(':id/findings')
  @Access({ summary: 'The inspection\'s findings the caller may see' })
  @Returns(FindingPageDto)
  listFindings(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: FindingQueryDto): Promise<FindingPageDto> {
    return this.findings.listFindings(user, id, query);
  }

  @Post(':id/findings')
  @Access({ summary: 'A team member records a finding, with evidence uploaded as inspection_evidence' })
  @Returns(FindingDto, 201)
  @Fails({ 403: [CommonError.Forbidden], 404: [CommonError.NotFound], 422: [SupervisionError.OutOfOrganiserScope] })
  createFinding(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateFindingDto, @Origin() origin: RequestOrigin): Promise<FindingDto> {
    return this.findings.createFinding(user, id, dto, origin);
  }
}
