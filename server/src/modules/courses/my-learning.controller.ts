import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CourseError } from '@cadre/shared';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { MyCourseDto, MyCourseListDto, MyCoursesQueryDto, PlayerDto, ProgressResultDto, ReportProgressDto } from './dto/my-learning.dto';
import { EnrollmentsService } from './enrollments.service';
import { ProgressService } from './progress.service';

@ApiTags('my learning')
@Controller('my')
export class MyLearningController {
  constructor(
    private readonly enrollments: EnrollmentsService,
    private readonly progress: ProgressService,
  ) {}

  @Get('courses')
  @Access({ summary: 'My assigned and chosen courses with progress, due dates and overdue marks' })
  @Returns(MyCourseListDto)
  async courses(@CurrentUser() user: AuthUser, @Query() query: MyCoursesQueryDto): Promise<MyCourseListDto> {
    return { items: await this.enrollments.myCourses(user, query.status) };
  }

  @Post('courses/:courseId')
  @Access({ summary: 'Enrol myself in a published course (409 when already enrolled)' })
  @Returns(MyCourseDto, 201)
  @Fails({ 409: [CourseError.AlreadyEnrolled], 422: [CourseError.NotPublished] })
  enroll(@CurrentUser() user: AuthUser, @UuidParam('courseId') courseId: string): Promise<MyCourseDto> {
    return this.enrollments.enroll(user, courseId);
  }

  @Get('courses/:courseId/player')
  @Access({ summary: 'The course player: lessons, media links, my progress, where to resume' })
  @Returns(PlayerDto)
  player(@CurrentUser() user: AuthUser, @UuidParam('courseId') courseId: string): Promise<PlayerDto> {
    return this.progress.player(user, courseId);
  }

  @Post('lessons/:lessonId/progress')
  @HttpCode(200)
  @Access({ summary: 'Report progress in a lesson; the server credits only time it can account for' })
  @Returns(ProgressResultDto)
  @Fails({ 400: [CourseError.ProgressImplausible] })
  report(@CurrentUser() user: AuthUser, @UuidParam('lessonId') lessonId: string, @Body() dto: ReportProgressDto): Promise<ProgressResultDto> {
    return this.progress.report(user, lessonId, dto);
  }
}
