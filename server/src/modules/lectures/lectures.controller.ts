import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LectureError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ExtraRateLimit } from '../../common/http/rate-limit';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import { AppConfig } from '../../config/app-config';
import {
  CoverageDto,
  CreateLectureSessionDto,
  CreateLectureTeamDto,
  CreateLectureTopicDto,
  FeedbackInputDto,
  FeedbackReceiptDto,
  FeedbackSummaryDto,
  LectureSessionDto,
  LectureSessionPageDto,
  LectureSessionQueryDto,
  LectureStatsDto,
  LectureStatsQueryDto,
  LectureTeamDetailDto,
  LectureTeamListDto,
  LectureTeamQueryDto,
  LectureTopicDto,
  LectureTopicListDto,
  ModerateFeedbackDto,
  PublicLectureSessionDto,
  ReturnLectureSessionDto,
  SetTeamMembersDto,
  UpdateLectureSessionDto,
  UpdateLectureTeamDto,
  UpdateLectureTopicDto,
} from './dto/lecture.dto';
import { DEVICE_COOKIE } from './feedback-device';
import { LectureFeedbackService } from './lecture-feedback.service';
import { LectureSessionsService } from './lecture-sessions.service';
import { LectureStatsService } from './lecture-stats.service';
import { LectureTeamsService } from './lecture-teams.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;
const WRITERS = ['lecturer', 'unit_admin', 'org_admin'] as const;
/**
 * A hall of villagers behind one address rates in the same minute after the talk; the per-session cap per address
 * (FEEDBACK_PER_ADDRESS) and the burst marks contain skew, so this only stops floods across sessions.
 */
const FEEDBACK_PER_MINUTE = 60;
/** The device cookie lives as long as a browser keeps one (400 days at most): the device stays one across lectures. */
const DEVICE_COOKIE_MAX_AGE_MS = 400 * 86_400_000;

@ApiTags('lectures')
@Controller()
export class LecturesController {
  constructor(
    private readonly teams: LectureTeamsService,
    private readonly sessions: LectureSessionsService,
    private readonly feedback: LectureFeedbackService,
    private readonly stats: LectureStatsService,
    private readonly config: AppConfig,
  ) {}

  // ---- teams ----

  @Get('lecture-teams')
  @Access({ summary: 'Lecture teams ("1＋6＋N"); ?mine=true: the teams I lecture for' })
  @Returns(LectureTeamListDto)
  async listTeams(@CurrentUser() user: AuthUser, @Query() query: LectureTeamQueryDto): Promise<LectureTeamListDto> {
    return { items: await this.teams.list(user, query) };
  }

  @Get('lecture-teams/:id')
  @Access({ summary: 'A lecture team with its members' })
  @Returns(LectureTeamDetailDto)
  getTeam(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<LectureTeamDetailDto> {
    return this.teams.get(user, id);
  }

  @Post('lecture-teams')
  @Access({ roles: [...ADMINS], summary: 'Set up a team (grassroots: unit admins of its home unit; municipal and specialised: org admins)' })
  @Returns(LectureTeamDetailDto, 201)
  @Fails({ 409: [LectureError.DuplicateName] })
  createTeam(@CurrentUser() user: AuthUser, @Body() dto: CreateLectureTeamDto, @Origin() origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    return this.teams.create(user, dto, origin);
  }

  @Patch('lecture-teams/:id')
  @Access({ roles: [...ADMINS], summary: 'Rename, describe or retire a team' })
  @Returns(LectureTeamDetailDto)
  @Fails({ 409: [LectureError.DuplicateName] })
  updateTeam(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateLectureTeamDto, @Origin() origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    return this.teams.update(user, id, dto, origin);
  }

  @Put('lecture-teams/:id/members')
  @Access({ roles: [...ADMINS], summary: 'Replace the members (cadres in scope; they get the lecturer role)' })
  @Returns(LectureTeamDetailDto)
  setMembers(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SetTeamMembersDto, @Origin() origin: RequestOrigin): Promise<LectureTeamDetailDto> {
    return this.teams.setMembers(user, id, dto, origin);
  }

  // ---- topics ----

  @Get('lecture-topics')
  @Access({ summary: 'Lecture topics; hidden ones only with ?includeInactive=true' })
  @Returns(LectureTopicListDto)
  async listTopics(@Query() query: LectureTeamQueryDto): Promise<LectureTopicListDto> {
    return { items: await this.teams.topics(query.includeInactive === true) };
  }

  @Post('lecture-topics')
  @Access({ roles: ['org_admin'], summary: 'Add a topic' })
  @Returns(LectureTopicDto, 201)
  @Fails({ 409: [LectureError.DuplicateName] })
  createTopic(@CurrentUser() user: AuthUser, @Body() dto: CreateLectureTopicDto, @Origin() origin: RequestOrigin): Promise<LectureTopicDto> {
    return this.teams.createTopic(user, dto, origin);
  }

  @Patch('lecture-topics/:id')
  @Access({ roles: ['org_admin'], summary: 'Rename, reorder or hide a topic' })
  @Returns(LectureTopicDto)
  @Fails({ 409: [LectureError.DuplicateName] })
  updateTopic(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateLectureTopicDto, @Origin() origin: RequestOrigin): Promise<LectureTopicDto> {
    return this.teams.updateTopic(user, id, dto, origin);
  }

  @Delete('lecture-topics/:id')
  @HttpCode(204)
  @Access({ roles: ['org_admin'], summary: 'Delete an unused topic (409 when sessions use it)' })
  @Returns(null, 204)
  @Fails({ 409: [LectureError.InUse] })
  removeTopic(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.teams.removeTopic(user, id, origin);
  }

  // ---- sessions ----

  @Get('lecture-sessions')
  @Access({ roles: [...WRITERS], summary: 'Lecture sessions: a lecturer\'s own; an admin\'s in scope (host unit or team home unit)' })
  @Returns(LectureSessionPageDto)
  listSessions(@CurrentUser() user: AuthUser, @Query() query: LectureSessionQueryDto): Promise<LectureSessionPageDto> {
    return this.sessions.list(user, query);
  }

  @Post('lecture-sessions')
  @Access({ roles: [...WRITERS], summary: 'Log a session given (a draft); the author must be a member of the team' })
  @Returns(LectureSessionDto, 201)
  @Fails({ 422: [LectureError.HeldInFuture, LectureError.NotTeamMember] })
  createSession(@CurrentUser() user: AuthUser, @Body() dto: CreateLectureSessionDto): Promise<LectureSessionDto> {
    return this.sessions.create(user, dto);
  }

  @Get('lecture-sessions/:id')
  @Access({ roles: [...WRITERS], summary: 'One session, with photos and what the caller may do with it' })
  @Returns(LectureSessionDto)
  getSession(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<LectureSessionDto> {
    return this.sessions.get(user, id);
  }

  @Patch('lecture-sessions/:id')
  @Access({ roles: [...WRITERS], summary: 'Edit my draft or returned session; an org admin corrects a verified one (audited)' })
  @Returns(LectureSessionDto)
  @Fails({ 409: [LectureError.NotEditable], 422: [LectureError.HeldInFuture, LectureError.NotTeamMember] })
  updateSession(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateLectureSessionDto, @Origin() origin: RequestOrigin): Promise<LectureSessionDto> {
    return this.sessions.update(user, id, dto, origin);
  }

  @Delete('lecture-sessions/:id')
  @HttpCode(204)
  @Access({ roles: [...WRITERS], summary: 'Delete my draft or returned session' })
  @Returns(null, 204)
  @Fails({ 409: [LectureError.NotEditable] })
  removeSession(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<void> {
    return this.sessions.remove(user, id);
  }

  @Post('lecture-sessions/:id/submit')
  @HttpCode(200)
  @Access({ roles: [...WRITERS], summary: 'Submit my session for verification by the host unit' })
  @Returns(LectureSessionDto)
  @Fails({ 409: [LectureError.InvalidState], 422: [LectureError.HeldInFuture] })
  submitSession(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<LectureSessionDto> {
    return this.sessions.submit(user, id);
  }

  @Post('lecture-sessions/:id/verify')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Verify a submitted session (admin of the host unit): hours go to each lecturer' })
  @Returns(LectureSessionDto)
  @Fails({ 409: [LectureError.InvalidState], 422: [LectureError.SelfReview] })
  verifySession(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<LectureSessionDto> {
    return this.sessions.verify(user, id, origin);
  }

  @Post('lecture-sessions/:id/return')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Return a submitted session to its author with a reason' })
  @Returns(LectureSessionDto)
  @Fails({ 409: [LectureError.InvalidState], 422: [LectureError.SelfReview] })
  returnSession(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ReturnLectureSessionDto, @Origin() origin: RequestOrigin): Promise<LectureSessionDto> {
    return this.sessions.returnToAuthor(user, id, dto.reason, origin);
  }

  // ---- feedback ----

  @Get('lecture-sessions/:id/public')
  @Access({
    public: true,
    summary: 'What the public feedback page shows of a verified session (404 otherwise); sets or renews the signed device cookie that rating needs',
  })
  @Returns(PublicLectureSessionDto)
  async publicSession(@UuidParam() id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<PublicLectureSessionDto> {
    const { view, token } = await this.feedback.publicView(id, deviceCookie(req));
    // httpOnly: page scripts never hold it. Strict: only the page's own calls send it (a QR scan opens the page; the
    // cookie is needed by its fetches, never by the navigation). Scoped to the lecture-session calls.
    res.cookie(DEVICE_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.config.cookieSecure, maxAge: DEVICE_COOKIE_MAX_AGE_MS, path: '/api/lecture-sessions' });
    return view;
  }

  @Post('lecture-sessions/:id/feedback')
  @ExtraRateLimit('feedback', FEEDBACK_PER_MINUTE)
  @Access({
    public: true,
    summary:
      'Audience feedback, no sign-in: a 1–5 rating and an optional comment, once per device, with the device cookie the public page set ' +
      '(missing or forged: 400, expired: 422, reload the page); at most FEEDBACK_PER_ADDRESS per address and session (429)',
  })
  @Returns(FeedbackReceiptDto, 201)
  @Fails({ 400: [LectureError.FeedbackTokenInvalid], 409: [LectureError.FeedbackExists], 422: [LectureError.FeedbackTokenExpired], 429: [LectureError.FeedbackAddressLimit] })
  giveFeedback(@UuidParam() id: string, @Body() dto: FeedbackInputDto, @Req() req: Request): Promise<FeedbackReceiptDto> {
    return this.feedback.give(id, dto, deviceCookie(req), req.ip ?? 'unknown');
  }

  @Get('lecture-sessions/:id/feedback')
  @Access({ roles: [...WRITERS], summary: 'Ratings and approved comments (every comment for an admin of the host unit)' })
  @Returns(FeedbackSummaryDto)
  feedbackSummary(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<FeedbackSummaryDto> {
    return this.feedback.summary(user, id);
  }

  @Post('lecture-feedback/:id/moderate')
  @HttpCode(204)
  @Access({ roles: [...ADMINS], summary: 'Approve or hide an audience comment (admin of the host unit)' })
  @Returns(null, 204)
  moderate(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ModerateFeedbackDto, @Origin() origin: RequestOrigin): Promise<void> {
    return this.feedback.moderate(user, id, dto.status, origin);
  }

  // ---- figures ----

  @Get('lecture-stats')
  @Access({ roles: [...ADMINS], summary: 'Verified sessions of a year under a unit: totals, by child unit, month, topic, format, team and lecturer' })
  @Returns(LectureStatsDto)
  statistics(@CurrentUser() user: AuthUser, @Query() query: LectureStatsQueryDto): Promise<LectureStatsDto> {
    return this.stats.stats(user, query.unitId, query.year);
  }

  @Get('lecture-stats/coverage')
  @Access({ roles: [...ADMINS], summary: 'Villages and communities under a unit with and without a verified session in the year' })
  @Returns(CoverageDto)
  coverage(@CurrentUser() user: AuthUser, @Query() query: LectureStatsQueryDto): Promise<CoverageDto> {
    return this.stats.coverage(user, query.unitId, query.year);
  }

  @Get('exports/lecture-sessions.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The year\'s sessions and figures under a unit as a workbook (audited)' })
  @XlsxResponse()
  async export(@CurrentUser() user: AuthUser, @Query() query: LectureStatsQueryDto, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.stats.export(user, query.unitId, query.year, origin);
    return sendXlsx(res, buffer, filename);
  }
}

function deviceCookie(req: Request): string | undefined {
  return (req.cookies as Record<string, string | undefined> | undefined)?.[DEVICE_COOKIE];
}
