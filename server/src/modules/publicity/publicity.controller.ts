import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FileError, PUBLICITY_RANKING_RULE, PublicityError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { UuidParam } from '../../common/validation/uuid-param';
import { ApiFileBody } from '../files/dto/file.dto';
import { ChannelsService } from './channels.service';
import {
  ChannelDto,
  ChannelListDto,
  ColumnDto,
  ColumnListDto,
  ColumnQueryDto,
  ContestDto,
  ContestListDto,
  CreateChannelDto,
  CreateColumnDto,
  CreateContestDto,
  CreateEpisodeDto,
  CreateItemDto,
  EnterScoresDto,
  EpisodeDto,
  EpisodeListDto,
  ItemDto,
  ItemImportQueryDto,
  ItemImportResultDto,
  ItemPageDto,
  ItemQueryDto,
  PeriodQueryDto,
  PublicityFiguresDto,
  PublicityFiguresQueryDto,
  UpdateChannelDto,
  UpdateColumnDto,
} from './dto/publicity.dto';
import { ITEM_IMPORT_MAX_BYTES, ItemsService } from './items.service';
import { ProgrammesService } from './programmes.service';
import { PublicityFiguresService } from './publicity-figures.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('publicity')
@Controller('publicity')
export class PublicityController {
  constructor(
    private readonly channelsService: ChannelsService,
    private readonly items: ItemsService,
    private readonly programmes: ProgrammesService,
    private readonly figuresService: PublicityFiguresService,
  ) {}

  // ---- channels and columns ----------------------------------------------------------------------------------------

  @Get('channels')
  @Access({ roles: [...ADMINS], summary: 'Channels of the units above and inside the caller\'s scope, each with its columns (专栏)' })
  @Returns(ChannelListDto)
  channels(@CurrentUser() user: AuthUser): Promise<ChannelListDto> {
    return this.channelsService.list(user);
  }

  @Post('channels')
  @Access({ roles: ['org_admin'], summary: 'Add a channel (广播电视台, a WeChat public account, a newspaper) owned by the caller\'s scope unit' })
  @Returns(ChannelDto, 201)
  @Fails({ 409: [PublicityError.DuplicateName] })
  createChannel(@CurrentUser() user: AuthUser, @Body() dto: CreateChannelDto, @Origin() origin: RequestOrigin): Promise<ChannelDto> {
    return this.channelsService.createChannel(user, dto, origin);
  }

  @Patch('channels/:id')
  @Access({ roles: ['org_admin'], summary: 'Rename a channel or change its kind (org admins over its owner)' })
  @Returns(ChannelDto)
  @Fails({ 409: [PublicityError.DuplicateName] })
  updateChannel(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateChannelDto, @Origin() origin: RequestOrigin): Promise<ChannelDto> {
    return this.channelsService.updateChannel(user, id, dto, origin);
  }

  @Get('columns')
  @Access({ roles: [...ADMINS], summary: 'Columns visible to a unit, open on some day of `?from=&to=` when given; `items` counts those of the caller\'s scope' })
  @Returns(ColumnListDto)
  columns(@CurrentUser() user: AuthUser, @Query() query: ColumnQueryDto): Promise<ColumnListDto> {
    return this.channelsService.columns(user, query);
  }

  @Post('columns')
  @Access({ roles: ['org_admin'], summary: 'Open a column on a channel the caller manages' })
  @Returns(ColumnDto, 201)
  @Fails({ 409: [PublicityError.DuplicateName], 422: [PublicityError.InvalidPeriod] })
  createColumn(@CurrentUser() user: AuthUser, @Body() dto: CreateColumnDto, @Origin() origin: RequestOrigin): Promise<ColumnDto> {
    return this.channelsService.createColumn(user, dto, origin);
  }

  @Patch('columns/:id')
  @Access({ roles: ['org_admin'], summary: 'Rename a column, or change its dates (close it with `endsOn`)' })
  @Returns(ColumnDto)
  @Fails({ 409: [PublicityError.DuplicateName], 422: [PublicityError.InvalidPeriod] })
  updateColumn(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateColumnDto, @Origin() origin: RequestOrigin): Promise<ColumnDto> {
    return this.channelsService.updateColumn(user, id, dto, origin);
  }

  // ---- items -------------------------------------------------------------------------------------------------------

  @Get('items')
  @Access({ roles: [...ADMINS], summary: 'Items published (发稿) by units in scope, newest first; `?unitId=&channelId=&columnId=&from=&to=&q=`' })
  @Returns(ItemPageDto)
  listItems(@CurrentUser() user: AuthUser, @Query() query: ItemQueryDto): Promise<ItemPageDto> {
    return this.items.list(user, query);
  }

  @Post('items')
  @Access({ roles: [...ADMINS], summary: 'Record an item published by a unit in scope, on a visible channel and optionally one of its columns open on the day' })
  @Returns(ItemDto, 201)
  @Fails({ 422: [PublicityError.ColumnNotOnChannel, PublicityError.OutsideColumnPeriod, PublicityError.InvalidPeriod] })
  createItem(@CurrentUser() user: AuthUser, @Body() dto: CreateItemDto, @Origin() origin: RequestOrigin): Promise<ItemDto> {
    return this.items.create(user, dto, origin);
  }

  @Get('items/import/template')
  @Access({ roles: [...ADMINS], summary: 'The items import template, with sheets of the channels, columns and units the caller may name' })
  @XlsxResponse()
  async itemsTemplate(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendXlsx(res, await this.items.template(user), '发稿登记导入模板.xlsx');
  }

  @Post('items/import')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Items import from the Excel template: ?mode=preview checks every row and writes nothing; ?mode=commit imports all rows or none' })
  @ApiFileBody(ITEM_IMPORT_MAX_BYTES, 'The filled-in items template (.xlsx)')
  @Returns(ItemImportResultDto)
  @Fails({ 400: [FileError.Missing, PublicityError.ImportMalformed], 413: [FileError.TooLarge], 422: [PublicityError.ImportInvalid] })
  importItems(
    @CurrentUser() user: AuthUser,
    @Query() query: ItemImportQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Origin() origin: RequestOrigin,
  ): Promise<ItemImportResultDto> {
    return this.items.import(user, req, res, query.mode, origin);
  }

  @Get('items/:id')
  @Access({ roles: [...ADMINS], summary: 'One item of a unit in scope' })
  @Returns(ItemDto)
  item(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ItemDto> {
    return this.items.get(user, id);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @Access({ roles: [...ADMINS], summary: 'Delete an item recorded by mistake (admins over its unit)' })
  @Returns(null, 204)
  removeItem(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.items.remove(user, id, origin);
  }

  // ---- programme episodes ------------------------------------------------------------------------------------------

  @Get('episodes')
  @Access({ roles: [...ADMINS], summary: 'Episodes of the interview programme (专题访谈节目) visible to a unit, newest first; `?from=&to=`' })
  @Returns(EpisodeListDto)
  episodes(@CurrentUser() user: AuthUser, @Query() query: PeriodQueryDto): Promise<EpisodeListDto> {
    return this.programmes.episodes(user, query);
  }

  @Post('episodes')
  @Access({ roles: ['org_admin'], summary: 'Record an episode aired on a channel the caller manages' })
  @Returns(EpisodeDto, 201)
  createEpisode(@CurrentUser() user: AuthUser, @Body() dto: CreateEpisodeDto, @Origin() origin: RequestOrigin): Promise<EpisodeDto> {
    return this.programmes.createEpisode(user, dto, origin);
  }

  @Delete('episodes/:id')
  @HttpCode(204)
  @Access({ roles: ['org_admin'], summary: 'Delete an episode recorded by mistake' })
  @Returns(null, 204)
  removeEpisode(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.programmes.removeEpisode(user, id, origin);
  }

  // ---- contests ----------------------------------------------------------------------------------------------------

  @Get('contests')
  @Access({ roles: [...ADMINS], summary: 'Contests (演讲赛, 理论宣讲大赛) visible to a unit, newest first; `?from=&to=`' })
  @Returns(ContestListDto)
  contests(@CurrentUser() user: AuthUser, @Query() query: PeriodQueryDto): Promise<ContestListDto> {
    return this.programmes.contests(user, query);
  }

  @Post('contests')
  @Access({ roles: ['org_admin'], summary: 'Set up a contest with its rounds, judges, entrants (by unit in scope) and prize counts' })
  @Returns(ContestDto, 201)
  createContest(@CurrentUser() user: AuthUser, @Body() dto: CreateContestDto, @Origin() origin: RequestOrigin): Promise<ContestDto> {
    return this.programmes.createContest(user, dto, origin);
  }

  @Get('contests/:id')
  @Access({ roles: [...ADMINS], summary: `A contest with its scores and each round's ranking, computed by the platform. ${PUBLICITY_RANKING_RULE}` })
  @Returns(ContestDto)
  contest(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ContestDto> {
    return this.programmes.contest(user, id);
  }

  @Delete('contests/:id')
  @HttpCode(204)
  @Access({ roles: ['org_admin'], summary: 'Delete a contest with its scores' })
  @Returns(null, 204)
  removeContest(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<void> {
    return this.programmes.removeContest(user, id, origin);
  }

  @Put('contests/:id/rounds/:roundId/scores')
  @Access({ roles: ['org_admin'], summary: 'Enter judges\' scores for entrants in a round (per judge per entrant, in hundredths); returns the contest with the new ranking' })
  @Returns(ContestDto)
  @Fails({ 422: [PublicityError.NotInContest] })
  enterScores(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @UuidParam('roundId') roundId: string,
    @Body() dto: EnterScoresDto,
    @Origin() origin: RequestOrigin,
  ): Promise<ContestDto> {
    return this.programmes.enterScores(user, id, roundId, dto, origin);
  }

  // ---- figures -----------------------------------------------------------------------------------------------------

  @Get('figures')
  @Access({ roles: [...ADMINS], summary: 'Columns open, items by channel, column and child unit, the child units that published nothing, episodes and contests of a unit for `?from=&to=`' })
  @Returns(PublicityFiguresDto)
  @Fails({ 422: [PublicityError.InvalidPeriod] })
  figures(@CurrentUser() user: AuthUser, @Query() query: PublicityFiguresQueryDto): Promise<PublicityFiguresDto> {
    return this.figuresService.figures(user, query);
  }
}
