import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthError, CommonError, FileError, UserError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { sendXlsx, XlsxResponse } from '../../common/http/xlsx';
import { publicAddress } from '../../common/http/public-address';
import { UuidParam } from '../../common/validation/uuid-param';
import { AppConfig } from '../../config/app-config';
import { ApiFileBody } from '../files/dto/file.dto';
import { InitialPasswordsPendingDto, InitialPasswordsQueryDto, IssuedInitialPasswordsDto, IssueInitialPasswordsDto } from './dto/initial-passwords.dto';
import { RosterImportQueryDto, RosterImportResultDto } from './dto/roster-import.dto';
import {
  CreatedUserDto,
  CreateUserDto,
  InitialPasswordDto,
  MeDto,
  PersonalNumbersDto,
  UpdateMeDto,
  UpdateUserDto,
  UserDetailDto,
  UserPageDto,
  UserQueryDto,
} from './dto/user.dto';
import { InitialPasswordsService } from './initial-passwords.service';
import { ROSTER_IMPORT_MAX_BYTES, RosterImportService } from './roster-import.service';
import { UsersService } from './users.service';

const ADMINS = ['org_admin', 'unit_admin'] as const;

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly roster: RosterImportService,
    private readonly initialPasswords: InitialPasswordsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Access({ roles: [...ADMINS], summary: 'Cadres in scope; phone numbers masked' })
  @Returns(UserPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: UserQueryDto): Promise<UserPageDto> {
    return this.users.list(user, query);
  }

  @Get('import/template')
  @Access({ roles: [...ADMINS], summary: 'The roster import template, with a sheet of the units in scope' })
  @XlsxResponse()
  async importTemplate(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return sendXlsx(res, await this.roster.template(user), '干部名册导入模板.xlsx');
  }

  @Post('import')
  @HttpCode(200)
  @Access({
    roles: [...ADMINS],
    summary: 'Roster import from the Excel template: ?mode=preview checks every row and writes nothing; ?mode=commit imports all rows or none',
  })
  @ApiFileBody(ROSTER_IMPORT_MAX_BYTES, 'The filled-in roster template (.xlsx)')
  @Returns(RosterImportResultDto)
  @Fails({ 400: [FileError.Missing, UserError.ImportMalformed], 409: [UserError.ImportConflict], 413: [FileError.TooLarge], 422: [UserError.ImportInvalid] })
  importRoster(
    @CurrentUser() user: AuthUser,
    @Query() query: RosterImportQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Origin() origin: RequestOrigin,
  ): Promise<RosterImportResultDto> {
    return this.roster.import(user, req, res, query.mode, origin);
  }

  @Get('initial-passwords')
  @Access({ roles: [...ADMINS], summary: 'How many cadres of a unit (and the units under it) have no password yet, before a bulk issuance' })
  @Returns(InitialPasswordsPendingDto)
  @Fails({ 404: [CommonError.NotFound] })
  initialPasswordsPending(@CurrentUser() user: AuthUser, @Query() query: InitialPasswordsQueryDto): Promise<InitialPasswordsPendingDto> {
    return this.initialPasswords.pending(user, query.unitId);
  }

  @Post('initial-passwords')
  @HttpCode(200)
  @Access({
    roles: [...ADMINS],
    summary:
      'Bulk issuance: an initial password for every active cadre of the unit (and the units under it) who has none and whom the caller may manage, in one transaction; shown once, as slips and a workbook; each must be changed at first sign-in',
  })
  @Returns(IssuedInitialPasswordsDto)
  @Fails({ 404: [CommonError.NotFound] })
  issueInitialPasswords(
    @CurrentUser() user: AuthUser,
    @Body() dto: IssueInitialPasswordsDto,
    @Req() req: Request,
    @Origin() origin: RequestOrigin,
  ): Promise<IssuedInitialPasswordsDto> {
    return this.initialPasswords.issue(user, dto.unitId, publicAddress(this.config, req), origin);
  }

  @Get(':id')
  @Access({ roles: [...ADMINS], summary: 'One cadre in scope; personal numbers masked' })
  @Returns(UserDetailDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<UserDetailDto> {
    return this.users.get(user, id);
  }

  @Get(':id/personal-numbers')
  @Access({ roles: [...ADMINS], summary: 'The unmasked phone and ID number (audited)' })
  @Returns(PersonalNumbersDto)
  personalNumbers(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<PersonalNumbersDto> {
    return this.users.personalNumbers(user, id, origin);
  }

  @Post()
  @Access({ roles: [...ADMINS], summary: 'Create a cadre account (must change the initial password at first sign-in)' })
  @Returns(CreatedUserDto, 201)
  @Fails({ 400: [AuthError.WeakPassword, UserError.InvalidIdNumber], 409: [UserError.DuplicateIdNumber, UserError.DuplicateUsername], 422: [UserError.RoleNotGrantable, UserError.ScopeUnitRequired, UserError.UnitOutOfScope] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto, @Origin() origin: RequestOrigin): Promise<CreatedUserDto> {
    return this.users.create(user, dto, origin);
  }

  @Patch(':id')
  @Access({ roles: [...ADMINS], summary: 'Edit a cadre: profile, unit, key groups, roles, status' })
  @Returns(UserDetailDto)
  @Fails({ 400: [UserError.InvalidIdNumber], 409: [UserError.DuplicateIdNumber], 422: [UserError.RoleNotGrantable, UserError.ScopeUnitRequired, UserError.SelfModification, UserError.UnitOutOfScope] })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() dto: UpdateUserDto,
    @Origin() origin: RequestOrigin,
  ): Promise<UserDetailDto> {
    return this.users.update(user, id, dto, origin);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Issue a new initial password and end the cadre’s sessions' })
  @Returns(InitialPasswordDto)
  @Fails({ 422: [UserError.RoleNotGrantable, UserError.SelfModification] })
  resetPassword(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<InitialPasswordDto> {
    return this.users.resetPassword(user, id, origin);
  }
}

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access({ beforePasswordChange: true, summary: 'Who I am: roles, unit, scope, key groups and profile' })
  @Returns(MeDto)
  me(@CurrentUser() user: AuthUser): Promise<MeDto> {
    return this.users.me(user);
  }

  @Patch()
  @Access({ summary: 'Update my own contact number' })
  @Returns(MeDto)
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.users.updateMe(user, dto);
  }
}
