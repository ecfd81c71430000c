import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ResearchError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import {
  ConcludeResearchTopicDto,
  CreateResearchProblemDto,
  CreateResearchTopicDto,
  CreateResearchVisitDto,
  ResearchFiguresDto,
  ResearchFiguresQueryDto,
  ResearchProblemDto,
  ResearchProblemPageDto,
  ResearchProblemQueryDto,
  ResearchTopicDto,
  ResearchTopicPageDto,
  ResearchTopicQueryDto,
  ResearchVisitDto,
  ResearchVisitPageDto,
  ResearchVisitQueryDto,
  SolveResearchProblemDto,
} from './dto/research.dto';
import { ResearchFiguresService } from './research-figures.service';
import { ResearchService } from './research.service';

const ADMINS = ['org_admin', 'unit_admin'] as const;

/** Research visits (大兴调查研究): leaders' topics, visits, problems found and solved, final reports, figures. */
@ApiTags('research')
@Controller('research')
export class ResearchController {
  constructor(
    private readonly research: ResearchService,
    private readonly figuresService: ResearchFiguresService,
  ) {}

  @Get('topics')
  @Access({ summary: 'Research topics the caller may see: those they hold as leader, and those of units in an admin\'s scope' })
  @Returns(ResearchTopicPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: ResearchTopicQueryDto): Promise<ResearchTopicPageDto> {
    return this.research.list(user, query);
  }

  @Post('topics')
  @Access({ roles: [...ADMINS], summary: 'Open a research topic (调研课题) for a leader in scope: title, question, unit, period' })
  @Returns(ResearchTopicDto, 201)
  @Fails({ 422: [ResearchError.OutOfTopicScope, ResearchError.InvalidPeriod] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateResearchTopicDto, @Origin() origin: RequestOrigin): Promise<ResearchTopicDto> {
    return this.research.create(user, dto, origin);
  }

  @Get('figures')
  @Access({ roles: [...ADMINS], summary: 'Topics, visits, villages visited, problems found and solved, by leader and by child unit (`?unitId=&from=&to=`)' })
  @Returns(ResearchFiguresDto)
  figures(@CurrentUser() user: AuthUser, @Query() query: ResearchFiguresQueryDto): Promise<ResearchFiguresDto> {
    return this.figuresService.figures(user, query);
  }

  @Get('visits')
  @Access({ summary: 'Visits of the topics the caller may see; `?unitId=` (visited unit at or under), `&from=&to=` (day visited)' })
  @Returns(ResearchVisitPageDto)
  visits(@CurrentUser() user: AuthUser, @Query() query: ResearchVisitQueryDto): Promise<ResearchVisitPageDto> {
    return this.research.listVisits(user, query);
  }

  @Get('problems')
  @Access({ summary: 'Problems of the topics the caller may see; `?unitId=` (solving unit at or under), `&from=&to=` (day found), `&status=`' })
  @Returns(ResearchProblemPageDto)
  problems(@CurrentUser() user: AuthUser, @Query() query: ResearchProblemQueryDto): Promise<ResearchProblemPageDto> {
    return this.research.listProblems(user, query);
  }

  @Post('problems/:id/solve')
  @HttpCode(200)
  @Access({ summary: 'Mark a problem solved, with a note and the day (the leader or an admin of the topic\'s scope; open → solved)' })
  @Returns(ResearchProblemDto)
  @Fails({ 409: [ResearchError.InvalidState], 422: [ResearchError.InvalidPeriod] })
  solve(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SolveResearchProblemDto, @Origin() origin: RequestOrigin): Promise<ResearchProblemDto> {
    return this.research.solve(user, id, dto, origin);
  }

  @Get('topics/:id')
  @Access({ summary: 'One topic with its visits (photos), problems, final report, and what the caller may do' })
  @Returns(ResearchTopicDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ResearchTopicDto> {
    return this.research.get(user, id);
  }

  @Post('topics/:id/visits')
  @Access({ summary: 'Record a visit to a unit or village under the topic\'s unit, with notes and photos (research_photo)' })
  @Returns(ResearchVisitDto, 201)
  @Fails({ 409: [ResearchError.InvalidState], 422: [ResearchError.OutOfTopicScope, ResearchError.InvalidPeriod] })
  addVisit(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateResearchVisitDto, @Origin() origin: RequestOrigin): Promise<ResearchVisitDto> {
    return this.research.addVisit(user, id, dto, origin);
  }

  @Post('topics/:id/problems')
  @Access({ summary: 'Record a problem found: description, the people it concerns, the unit that solves it' })
  @Returns(ResearchProblemDto, 201)
  @Fails({ 409: [ResearchError.InvalidState], 422: [ResearchError.OutOfTopicScope, ResearchError.InvalidPeriod] })
  addProblem(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CreateResearchProblemDto, @Origin() origin: RequestOrigin): Promise<ResearchProblemDto> {
    return this.research.addProblem(user, id, dto, origin);
  }

  @Post('topics/:id/conclude')
  @HttpCode(200)
  @Access({ summary: 'Conclude the topic with its final report (research_report): ongoing → concluded' })
  @Returns(ResearchTopicDto)
  @Fails({ 409: [ResearchError.InvalidState], 422: [ResearchError.ReportRequired] })
  conclude(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ConcludeResearchTopicDto, @Origin() origin: RequestOrigin): Promise<ResearchTopicDto> {
    return this.research.conclude(user, id, dto, origin);
  }
}
