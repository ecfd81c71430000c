import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommonError, CourseError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { CategoriesService } from './categories.service';
import { CoursesService } from './courses.service';
import {
  AssignCourseDto,
  AssignmentListDto,
  AssignmentResultDto,
  CategoryDto,
  CategoryListDto,
  CourseDetailDto,
  CourseEditDto,
  CourseEnrollmentPageDto,
  CourseEnrollmentQueryDto,
  CoursePageDto,
  CourseQueryDto,
  CreateCourseDto,
  ReorderLessonsDto,
  SaveCategoryDto,
  SaveLessonDto,
  SetCourseHoursDto,
  UpdateCourseDto,
} from './dto/course.dto';
import { EnrollmentsService } from './enrollments.service';

const ORG = ['org_admin'] as const;

@ApiTags('courses')
@Controller()
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly categories: CategoriesService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  @Get('course-categories')
  @Access({ summary: 'Catalogue categories' })
  @Returns(CategoryListDto)
  async listCategories(): Promise<CategoryListDto> {
    return { items: await this.categories.list() };
  }

  @Post('course-categories')
  @Access({ roles: [...ORG], summary: 'Add a category (city organisation department)' })
  @Returns(CategoryDto, 201)
  createCategory(@CurrentUser() user: AuthUser, @Body() dto: SaveCategoryDto, @Origin() origin: RequestOrigin): Promise<CategoryDto> {
    return this.categories.create(user, dto, origin);
  }

  @Patch('course-categories/:id')
  @Access({ roles: [...ORG], summary: 'Rename or reorder a category' })
  @Returns(CategoryDto)
  updateCategory(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SaveCategoryDto, @Origin() origin: RequestOrigin): Promise<CategoryDto> {
    return this.categories.update(user, id, dto, origin);
  }

  @Delete('course-categories/:id')
  @HttpCode(204)
  @Access({ roles: [...ORG], summary: 'Remove an unused category' })
  @Returns(null, 204)
  @Fails({ 422: [CourseError.CategoryInUse] })
  removeCategory(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.categories.remove(user, id, origin);
  }

  @Get('courses')
  @Access({ summary: 'The catalogue: published courses visible from my unit (org admins: ?manage=true for the courses they manage)' })
  @Returns(CoursePageDto)
  @Fails({ 403: [CommonError.Forbidden] })
  list(@CurrentUser() user: AuthUser, @Query() query: CourseQueryDto): Promise<CoursePageDto> {
    return this.courses.list(user, query);
  }

  @Get('courses/:id')
  @Access({ summary: 'A course with its ordered lessons' })
  @Returns(CourseDetailDto)
  detail(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CourseDetailDto> {
    return this.courses.detail(user, id);
  }

  @Get('courses/:id/edit')
  @Access({ roles: [...ORG], summary: 'A course with everything its editor needs' })
  @Returns(CourseEditDto)
  forEdit(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CourseEditDto> {
    return this.courses.forEdit(user, id);
  }

  @Post('courses')
  @Access({ roles: [...ORG], summary: 'Create a draft course' })
  @Returns(CourseEditDto, 201)
  @Fails({ 422: [CommonError.ValidationFailed] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCourseDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.create(user, dto, origin);
  }

  @Patch('courses/:id')
  @Access({ roles: [...ORG], summary: 'Edit a course: details, category, hours, cover, target groups' })
  @Returns(CourseEditDto)
  @Fails({ 422: [CommonError.ValidationFailed] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateCourseDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.update(user, id, dto, origin);
  }

  @Put('courses/:id/hours')
  @Access({ roles: [...ORG], summary: 'Set a course\'s 学时 by hand with a reason (手动核定), or null to derive them from the lessons again' })
  @Returns(CourseEditDto)
  setHours(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SetCourseHoursDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.setHours(user, id, dto, origin);
  }

  @Post('courses/:id/publish')
  @HttpCode(200)
  @Access({ roles: [...ORG], summary: 'Publish (422 courses/no_lessons without lessons); enrols the groups it is required for' })
  @Returns(CourseEditDto)
  @Fails({ 422: [CourseError.LessonIncomplete, CourseError.NoLessons] })
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.publish(user, id, origin);
  }

  @Post('courses/:id/archive')
  @HttpCode(200)
  @Access({ roles: [...ORG], summary: 'Archive: out of the catalogue; enrolled cadres keep it' })
  @Returns(CourseEditDto)
  archive(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.archive(user, id, origin);
  }

  @Post('courses/:id/lessons')
  @Access({ roles: [...ORG], summary: 'Add a lesson at the end' })
  @Returns(CourseEditDto, 201)
  @Fails({ 422: [CommonError.ValidationFailed, CourseError.LessonIncomplete] })
  addLesson(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SaveLessonDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.addLesson(user, id, dto, origin);
  }

  @Put('courses/:id/lessons/order')
  @Access({ roles: [...ORG], summary: 'Put the lessons in a new order' })
  @Returns(CourseEditDto)
  @Fails({ 422: [CourseError.LessonOrderMismatch] })
  reorder(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: ReorderLessonsDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.reorderLessons(user, id, dto.lessonIds, origin);
  }

  @Patch('lessons/:id')
  @Access({ roles: [...ORG], summary: 'Edit a lesson' })
  @Returns(CourseEditDto)
  @Fails({ 422: [CommonError.ValidationFailed, CourseError.LessonIncomplete] })
  updateLesson(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SaveLessonDto, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.updateLesson(user, id, dto, origin);
  }

  @Delete('lessons/:id')
  @Access({ roles: [...ORG], summary: 'Remove a lesson of a draft course' })
  @Returns(CourseEditDto)
  @Fails({ 422: [CourseError.NotEditable] })
  removeLesson(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<CourseEditDto> {
    return this.courses.removeLesson(user, id, origin);
  }

  @Post('courses/:id/assignments')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Assign (派课) to a key group, a unit or named cadres in my scope' })
  @Returns(AssignmentResultDto, 201)
  @Fails({ 422: [CourseError.NotPublished] })
  assign(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: AssignCourseDto, @Origin() origin: RequestOrigin): Promise<AssignmentResultDto> {
    return this.enrollments.assign(user, id, dto, origin);
  }

  @Get('courses/:id/assignments')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Assignments of a course made within my scope' })
  @Returns(AssignmentListDto)
  async assignments(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<AssignmentListDto> {
    return { items: await this.enrollments.assignments(user, id) };
  }

  @Get('courses/:id/enrollments')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Cadres in my scope enrolled in a course, with progress' })
  @Returns(CourseEnrollmentPageDto)
  enrollmentsOf(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: CourseEnrollmentQueryDto): Promise<CourseEnrollmentPageDto> {
    return this.enrollments.courseEnrollments(user, id, query);
  }
}
