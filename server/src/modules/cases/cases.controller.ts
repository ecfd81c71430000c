import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CaseError, CommonError, CourseError, StudyError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CasesService } from './cases.service';
import { AttachCaseToCourseDto, AttachCaseToStudyDto, CaseDto, CasePageDto, CaseQueryDto, CaseReasonDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';

const ADMINS = ['org_admin', 'unit_admin'] as const;

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Access({ summary: 'The case library (典型案例库): published cases by text, kind and field; drafts, proposals and withdrawn cases for the admins over their unit' })
  @Returns(CasePageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: CaseQueryDto): Promise<CasePageDto> {
    return this.cases.list(user, query);
  }

  @Post()
  @Access({ roles: [...ADMINS], summary: 'Draft a case about a unit in scope, from a finding the caller may see or entered by hand' })
  @Returns(CaseDto, 201)
  @Fails({ 422: [CaseError.OutOfScope] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCaseDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.create(user, dto, origin);
  }

  @Get(':id')
  @Access({ summary: 'One case with its attachments and where it has been used; opening a published case counts the caller as a reader (once)' })
  @Returns(CaseDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CaseDto> {
    return this.cases.get(user, id);
  }

  @Patch(':id')
  @Access({ roles: [...ADMINS], summary: 'Change a draft case' })
  @Returns(CaseDto)
  @Fails({ 409: [CaseError.InvalidState], 422: [CaseError.OutOfScope] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateCaseDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.update(user, id, dto, origin);
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Propose a draft case to the org admin for publishing' })
  @Returns(CaseDto)
  @Fails({ 409: [CaseError.InvalidState] })
  propose(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.propose(user, id, origin);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Publish a draft or proposed case to the library' })
  @Returns(CaseDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [CaseError.InvalidState] })
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.publish(user, id, origin);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Return a proposed case to its unit as a draft, with a reason' })
  @Returns(CaseDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [CaseError.InvalidState] })
  sendBack(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CaseReasonDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.sendBack(user, id, dto.reason, origin);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Withdraw a published case, with a reason (its lessons and study records stay on record)' })
  @Returns(CaseDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [CaseError.InvalidState] })
  withdraw(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CaseReasonDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.withdraw(user, id, dto.reason, origin);
  }

  @Post(':id/course-lessons')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Add the published case to a course the caller manages as its last lesson, an article (警示教育)' })
  @Returns(CaseDto)
  @Fails({ 409: [CaseError.NotPublished, CaseError.AlreadyAttached], 422: [CourseError.LessonIncomplete] })
  attachToCourse(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: AttachCaseToCourseDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.attachToCourse(user, id, dto.courseId, origin);
  }

  @Post(':id/study-records')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Attach the published case to a draft study record in scope as its material' })
  @Returns(CaseDto)
  @Fails({ 409: [CaseError.NotPublished, CaseError.AlreadyAttached, StudyError.NotEditable] })
  attachToStudy(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: AttachCaseToStudyDto, @Origin() origin: RequestOrigin): Promise<CaseDto> {
    return this.cases.attachToStudy(user, id, dto.recordId, origin);
  }
}
