import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommonError, FileError, QuizError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import { ApiFileBody } from '../files/dto/file.dto';
import { AttemptsService } from './attempts.service';
import { AttemptDto, PreviewDto, QuizResultsDto, QuizResultsQueryDto, SaveAnswersDto, SavedDto, SubmitResultDto } from './dto/attempt.dto';
import { ImportQueryDto, ImportResultDto, QuestionDto, QuestionPageDto, QuestionQueryDto, SaveQuestionDto, TagListDto } from './dto/question.dto';
import { CreateQuizDto, QuizDetailDto, QuizPageDto, QuizQueryDto, UpdateQuizDto } from './dto/quiz.dto';
import { QUESTION_IMPORT_MAX_BYTES, QuestionsService } from './questions.service';
import { QuizResultsService } from './quiz-results.service';
import { QuizzesService } from './quizzes.service';

const ORG = ['org_admin'] as const;
const xlsxResponse = XlsxResponse();

@ApiTags('quizzes')
@Controller()
export class QuizzesController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly quizzes: QuizzesService,
    private readonly attempts: AttemptsService,
    private readonly results: QuizResultsService,
  ) {}

  @Get('questions')
  @Access({ roles: [...ORG], summary: 'The question bank in scope' })
  @Returns(QuestionPageDto)
  listQuestions(@CurrentUser() user: AuthUser, @Query() query: QuestionQueryDto): Promise<QuestionPageDto> {
    return this.questions.list(user, query);
  }

  @Get('questions/tags')
  @Access({ roles: [...ORG], summary: 'Tags of the bank with their counts' })
  @Returns(TagListDto)
  async tags(@CurrentUser() user: AuthUser): Promise<TagListDto> {
    return { items: await this.questions.tags(user) };
  }

  @Get('questions/template')
  @Access({ roles: [...ORG], summary: 'The Excel import template' })
  @xlsxResponse
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendXlsx(res, await this.questions.template(), '试题导入模板.xlsx');
  }

  @Post('questions/import')
  @HttpCode(200)
  @Access({ roles: [...ORG], summary: 'Import questions from the Excel template: all rows or none (?dryRun=true only checks)' })
  @ApiFileBody(QUESTION_IMPORT_MAX_BYTES, 'The filled-in question template (.xlsx)')
  @Returns(ImportResultDto)
  @Fails({ 400: [FileError.Missing], 413: [FileError.TooLarge], 422: [QuizError.ImportInvalid] })
  importQuestions(
    @CurrentUser() user: AuthUser,
    @Query() query: ImportQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Origin() origin: RequestOrigin,
  ): Promise<ImportResultDto> {
    return this.questions.import(user, req, res, query.dryRun ?? false, origin);
  }

  @Get('questions/:id')
  @Access({ roles: [...ORG], summary: 'One question, answer included' })
  @Returns(QuestionDto)
  getQuestion(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<QuestionDto> {
    return this.questions.get(user, id);
  }

  @Post('questions')
  @Access({ roles: [...ORG], summary: 'Add a question to the bank' })
  @Returns(QuestionDto, 201)
  @Fails({ 422: [QuizError.InvalidQuestion] })
  createQuestion(@CurrentUser() user: AuthUser, @Body() dto: SaveQuestionDto, @Origin() origin: RequestOrigin): Promise<QuestionDto> {
    return this.questions.create(user, dto, origin);
  }

  @Put('questions/:id')
  @Access({ roles: [...ORG], summary: 'Replace a question (attempts keep their snapshot)' })
  @Returns(QuestionDto)
  @Fails({ 422: [QuizError.InvalidQuestion] })
  updateQuestion(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SaveQuestionDto, @Origin() origin: RequestOrigin): Promise<QuestionDto> {
    return this.questions.update(user, id, dto, origin);
  }

  @Delete('questions/:id')
  @Access({ roles: [...ORG], summary: 'Retire a question (papers and attempts that used it keep it)' })
  @Returns(QuestionDto)
  retireQuestion(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<QuestionDto> {
    return this.questions.retire(user, id, origin);
  }

  @Get('quizzes')
  @Access({ summary: 'Quizzes open to me (org admins: every quiz in scope, or ?mine=true)' })
  @Returns(QuizPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: QuizQueryDto): Promise<QuizPageDto> {
    return this.quizzes.list(user, query);
  }

  @Get('quizzes/:id')
  @Access({ summary: 'A quiz with its rules and my attempts' })
  @Returns(QuizDetailDto)
  detail(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<QuizDetailDto> {
    return this.quizzes.detail(user, id);
  }

  @Post('quizzes')
  @Access({ roles: [...ORG], summary: 'Create a draft quiz' })
  @Returns(QuizDetailDto, 201)
  @Fails({ 422: [CommonError.ValidationFailed] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateQuizDto, @Origin() origin: RequestOrigin): Promise<QuizDetailDto> {
    return this.quizzes.create(user, dto, origin);
  }

  @Patch('quizzes/:id')
  @Access({ roles: [...ORG], summary: 'Edit a quiz (its questions only while a draft)' })
  @Returns(QuizDetailDto)
  @Fails({ 422: [CommonError.ValidationFailed, QuizError.NotEditable] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateQuizDto, @Origin() origin: RequestOrigin): Promise<QuizDetailDto> {
    return this.quizzes.update(user, id, dto, origin);
  }

  @Post('quizzes/:id/publish')
  @HttpCode(200)
  @Access({ roles: [...ORG], summary: 'Publish a quiz whose paper can be drawn' })
  @Returns(QuizDetailDto)
  @Fails({ 422: [QuizError.Empty, QuizError.NotEnoughQuestions] })
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<QuizDetailDto> {
    return this.quizzes.publish(user, id, origin);
  }

  @Post('quizzes/:id/archive')
  @HttpCode(200)
  @Access({ roles: [...ORG], summary: 'Archive a quiz' })
  @Returns(QuizDetailDto)
  archive(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<QuizDetailDto> {
    return this.quizzes.archive(user, id, origin);
  }

  @Get('quizzes/:id/preview')
  @Access({ roles: [...ORG], summary: 'Draw a sample paper, answers included (nothing stored)' })
  @Returns(PreviewDto)
  @Fails({ 422: [QuizError.NotEnoughQuestions] })
  preview(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<PreviewDto> {
    return this.results.preview(user, id);
  }

  @Get('quizzes/:id/results')
  @Access({ roles: [...ORG], summary: 'Results in scope: pass rate and average by unit, correct rate per question' })
  @Returns(QuizResultsDto)
  quizResults(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: QuizResultsQueryDto): Promise<QuizResultsDto> {
    return this.results.results(user, id, query.depth ?? 1);
  }

  @Get('quizzes/:id/results.xlsx')
  @Access({ roles: [...ORG], summary: 'Results as an Excel workbook (audited)' })
  @xlsxResponse
  async exportResults(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { buffer, filename } = await this.results.export(user, id, origin);
    return sendXlsx(res, buffer, filename);
  }

  @Post('quizzes/:id/attempts')
  @Access({ summary: 'Start an attempt, or get the one in progress (no answer key)' })
  @Returns(AttemptDto, 201)
  @Fails({ 409: [QuizError.AttemptsExhausted], 422: [QuizError.NotOpen] })
  start(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<AttemptDto> {
    return this.attempts.start(user, id);
  }

  @Get('attempts/:id')
  @Access({ summary: 'My attempt with its saved answers (review only when allowed)' })
  @Returns(AttemptDto)
  attempt(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<AttemptDto> {
    return this.attempts.get(user, id);
  }

  @Put('attempts/:id/answers')
  @Access({ summary: 'Autosave: version counts saves from 1; an older or equal version is 409' })
  @Returns(SavedDto)
  @Fails({ 400: [QuizError.InvalidAnswer], 409: [QuizError.AlreadySubmitted, QuizError.AttemptClosed, QuizError.StaleVersion] })
  save(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: SaveAnswersDto): Promise<SavedDto> {
    return this.attempts.save(user, id, dto.version, dto.answers);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @Access({ summary: 'Submit once; graded on the server' })
  @Returns(SubmitResultDto)
  @Fails({ 409: [QuizError.AlreadySubmitted] })
  submit(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<SubmitResultDto> {
    return this.attempts.submit(user, id);
  }
}
