import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClassError, CommonError } from '@cadre/shared';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { ExtraRateLimit } from '../../common/http/rate-limit';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import { ClassClosingService } from './class-closing.service';
import { ClassPeopleService } from './class-people.service';
import {
  AskLeaveDto,
  AttendanceSheetDto,
  ClassSessionInputDto,
  CloseCheckDto,
  CreateTrainingClassDto,
  DecideLeaveDto,
  EnrolDto,
  EnrolResultDto,
  EvaluationResultsDto,
  LeaveDto,
  LeaveListDto,
  LeaveQueryDto,
  MarkAttendanceDto,
  MyClassSessionListDto,
  MySessionsQueryDto,
  RosterDto,
  SetClassAttachmentsDto,
  SignInCodeDto,
  SignInDto,
  SignInResultDto,
  SubmitEvaluationDto,
  TrainingClassDto,
  TrainingClassPageDto,
  TrainingClassQueryDto,
  UpdateTrainingClassDto,
} from './dto/training-class.dto';
import { TrainingClassesService } from './training-classes.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;
/**
 * Per address, on top of the per-cadre count of wrong codes (which is what stops guessing): a whole class signs in
 * within a minute or two, often from one venue's network behind one address.
 */
const SIGN_IN_PER_MINUTE = 600;

@ApiTags('training-classes')
@Controller()
export class TrainingClassesController {
  constructor(
    private readonly classes: TrainingClassesService,
    private readonly people: ClassPeopleService,
    private readonly closing: ClassClosingService,
  ) {}

  @Get('training-classes')
  @Access({ summary: 'Classes: a cadre sees their own; admins those their scope organises or enrols' })
  @Returns(TrainingClassPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: TrainingClassQueryDto): Promise<TrainingClassPageDto> {
    return this.classes.list(user, query);
  }

  @Post('training-classes')
  @Access({ roles: [...ADMINS], summary: 'Plan a class organised by a unit in scope' })
  @Returns(TrainingClassDto, 201)
  @Fails({ 422: [ClassError.InvalidTimes] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTrainingClassDto, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    return this.classes.create(user, dto, origin);
  }

  @Get('training-classes/:id')
  @Access({ summary: 'One class with its timetable; an enrollee also gets their own attendance, leave and share missed' })
  @Returns(TrainingClassDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<TrainingClassDto> {
    return this.classes.get(user, id);
  }

  @Patch('training-classes/:id')
  @Access({ roles: [...ADMINS], summary: 'Edit a class, or move it between planning, enrolling and running' })
  @Returns(TrainingClassDto)
  @Fails({ 409: [ClassError.Full, ClassError.InvalidState], 422: [ClassError.InvalidTimes] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateTrainingClassDto, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    return this.classes.update(user, id, dto, origin);
  }

  @Delete('training-classes/:id')
  @HttpCode(204)
  @Access({ roles: [...ADMINS], summary: 'Delete a class in planning with nobody enrolled' })
  @Returns(null, 204)
  @Fails({ 409: [ClassError.InvalidState] })
  remove(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.classes.remove(user, id, origin);
  }

  @Post('training-classes/:id/sessions')
  @Access({ roles: [...ADMINS], summary: 'Add a timetable session' })
  @Returns(TrainingClassDto, 201)
  @Fails({ 409: [ClassError.InvalidState], 422: [ClassError.InvalidTeacher, ClassError.InvalidTimes] })
  addSession(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ClassSessionInputDto, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    return this.classes.addSession(user, id, dto, origin);
  }

  @Patch('training-classes/:id/sessions/:sessionId')
  @Access({ roles: [...ADMINS], summary: 'Change a timetable session' })
  @Returns(TrainingClassDto)
  @Fails({ 409: [ClassError.InvalidState], 422: [ClassError.InvalidTeacher, ClassError.InvalidTimes] })
  updateSession(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() dto: ClassSessionInputDto,
    @Origin() origin: RequestOrigin,
  ): Promise<TrainingClassDto> {
    return this.classes.updateSession(user, id, sessionId, dto, origin);
  }

  @Delete('training-classes/:id/sessions/:sessionId')
  @Access({ roles: [...ADMINS], summary: 'Remove a session that has no attendance or leave' })
  @Returns(TrainingClassDto)
  @Fails({ 409: [ClassError.InvalidState, ClassError.SessionInUse] })
  removeSession(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('sessionId') sessionId: string, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    return this.classes.removeSession(user, id, sessionId, origin);
  }

  @Put('training-classes/:id/attachments')
  @Access({ roles: [...ADMINS], summary: 'The sign-in sheet, the timetable and photos (files uploaded as class_attachment)' })
  @Returns(TrainingClassDto)
  @Fails({ 409: [ClassError.InvalidState] })
  setAttachments(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SetClassAttachmentsDto, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    return this.classes.setAttachments(user, id, dto, origin);
  }

  @Get('training-classes/:id/enrolments')
  @Access({ roles: [...ADMINS], summary: 'The roster with each enrollee\'s attendance and share missed (only their own cadres for a non-organiser)' })
  @Returns(RosterDto)
  roster(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<RosterDto> {
    return this.people.roster(user, id);
  }

  @Post('training-classes/:id/enrolments')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Enrol named cadres, a key group or everyone of some ranks under a unit; all or nothing within capacity' })
  @Returns(EnrolResultDto)
  @Fails({ 409: [ClassError.Full, ClassError.InvalidState] })
  enrol(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: EnrolDto, @Origin() origin: RequestOrigin): Promise<EnrolResultDto> {
    return this.people.enrol(user, id, dto, origin);
  }

  @Delete('training-classes/:id/enrolments/:userId')
  @HttpCode(204)
  @Access({ roles: [...ADMINS], summary: 'Take a cadre off the roster (with their attendance and leave)' })
  @Returns(null, 204)
  @Fails({ 409: [ClassError.InvalidState] })
  unenrol(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('userId') userId: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.people.unenrol(user, id, userId, origin);
  }

  @Get('training-classes/:id/sessions/:sessionId/attendance')
  @Access({ roles: [...ADMINS], summary: 'The attendance sheet of a session' })
  @Returns(AttendanceSheetDto)
  sheet(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('sessionId') sessionId: string): Promise<AttendanceSheetDto> {
    return this.people.sheet(user, id, sessionId);
  }

  @Put('training-classes/:id/sessions/:sessionId/attendance')
  @Access({ roles: [...ADMINS], summary: 'Mark enrollees present or absent by hand (audited)' })
  @Returns(AttendanceSheetDto)
  @Fails({ 409: [ClassError.InvalidState], 422: [ClassError.OutsideWindow, CommonError.ValidationFailed] })
  mark(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @UuidParam('sessionId') sessionId: string,
    @Body() dto: MarkAttendanceDto,
    @Origin() origin: RequestOrigin,
  ): Promise<AttendanceSheetDto> {
    return this.people.mark(user, id, sessionId, dto, origin);
  }

  @Get('training-classes/:id/sessions/:sessionId/sign-in-code')
  @Access({ roles: [...ADMINS], summary: 'The rotating sign-in code for the organiser\'s screen (null outside the window)' })
  @Returns(SignInCodeDto)
  @Fails({ 409: [ClassError.InvalidState] })
  code(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('sessionId') sessionId: string): Promise<SignInCodeDto> {
    return this.people.code(user, id, sessionId);
  }

  @Get('training-classes/:id/leaves')
  @Access({ roles: [...ADMINS], summary: 'Leave requests, pending first, with each cadre\'s share missed now and if approved' })
  @Returns(LeaveListDto)
  async leaves(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: LeaveQueryDto): Promise<LeaveListDto> {
    return { items: await this.people.leaves(user, id, query.status) };
  }

  @Post('training-classes/:id/leaves/:leaveId/decision')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Approve or refuse a leave request (audited); passing a seventh of the class withdraws the cadre' })
  @Returns(LeaveDto)
  @Fails({ 409: [ClassError.InvalidState, ClassError.LeaveDecided] })
  decide(@CurrentUser() user: AuthUser, @UuidParam() id: string, @UuidParam('leaveId') leaveId: string, @Body() dto: DecideLeaveDto, @Origin() origin: RequestOrigin): Promise<LeaveDto> {
    return this.people.decide(user, id, leaveId, dto, origin);
  }

  @Get('training-classes/:id/close-check')
  @Access({ roles: [...ADMINS], summary: 'The close-out checklist: attendance of every session, sign-in sheet, timetable' })
  @Returns(CloseCheckDto)
  @Fails({ 409: [ClassError.InvalidState] })
  closeCheck(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CloseCheckDto> {
    return this.closing.check(user, id);
  }

  @Post('training-classes/:id/close')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Close the class: ledger entries (source class) for everyone who completed it, all or nothing' })
  @Returns(TrainingClassDto)
  @Fails({ 409: [ClassError.InvalidState], 422: [ClassError.NotReadyToClose] })
  async close(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<TrainingClassDto> {
    await this.closing.close(user, id, origin);
    return this.classes.get(user, id);
  }

  @Post('training-classes/:id/evaluation')
  @HttpCode(204)
  @Access({ summary: 'Fill in the end-of-class survey once (anonymous to the organiser)' })
  @Returns(null, 204)
  @Fails({ 409: [ClassError.EvaluationClosed], 422: [ClassError.Withdrawn, CommonError.ValidationFailed] })
  evaluate(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SubmitEvaluationDto): Promise<void> {
    return this.closing.evaluate(user, id, dto);
  }

  @Get('training-classes/:id/evaluation')
  @Access({ roles: [...ADMINS], summary: 'Survey results per session and per teacher, with comments (no names)' })
  @Returns(EvaluationResultsDto)
  @Fails({ 409: [ClassError.InvalidState] })
  results(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<EvaluationResultsDto> {
    return this.closing.results(user, id);
  }

  @Get('exports/training-classes/:id/roster.xlsx')
  @Access({ roles: [...ADMINS], summary: 'The roster and attendance of a class as a workbook (audited)' })
  @XlsxResponse()
  @Fails({ 409: [ClassError.InvalidState] })
  async export(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.closing.export(user, id, origin);
    return sendXlsx(res, buffer, filename);
  }

  @Get('my/class-sessions')
  @Access({ summary: 'My class sessions from a day on (default today) with my attendance and leave' })
  @Returns(MyClassSessionListDto)
  async mySessions(@CurrentUser() user: AuthUser, @Query() query: MySessionsQueryDto): Promise<MyClassSessionListDto> {
    return { items: await this.closing.mySessions(user, query.from, query.days) };
  }

  @Get('my/training-calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="training.ics"')
  @Access({ summary: 'Every session of my classes as an iCalendar file' })
  @ApiOkResponse({ description: 'An iCalendar file', content: { 'text/calendar': { schema: { type: 'string' } } } })
  myCalendar(@CurrentUser() user: AuthUser): Promise<string> {
    return this.closing.myCalendar(user);
  }

  @Post('my/class-sessions/:sessionId/sign-in')
  @HttpCode(200)
  @ExtraRateLimit('class-sign-in', SIGN_IN_PER_MINUTE)
  @Access({ summary: 'Sign myself in to a session with its current code (inside the session\'s window; once)' })
  @Returns(SignInResultDto)
  @Fails({ 409: [ClassError.MarkedByOrganiser], 422: [ClassError.InvalidCode, ClassError.InvalidState, ClassError.OutsideWindow, ClassError.Withdrawn], 429: [ClassError.TooManyAttempts] })
  signIn(@CurrentUser() user: AuthUser, @UuidParam('sessionId') sessionId: string, @Body() dto: SignInDto): Promise<SignInResultDto> {
    return this.people.signIn(user, sessionId, dto.code);
  }

  @Post('my/class-sessions/:sessionId/leave')
  @Access({ summary: 'Ask for leave from a session, with a reason' })
  @Returns(LeaveDto, 201)
  @Fails({ 409: [ClassError.LeaveNotAllowed], 422: [ClassError.InvalidState, ClassError.LeaveNotAllowed, ClassError.Withdrawn] })
  askLeave(@CurrentUser() user: AuthUser, @UuidParam('sessionId') sessionId: string, @Body() dto: AskLeaveDto): Promise<LeaveDto> {
    return this.people.askLeave(user, sessionId, dto.reason);
  }
}
