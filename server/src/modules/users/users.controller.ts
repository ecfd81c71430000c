import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
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
import { UsersService } from './users.service';

const ADMINS = ['org_admin', 'unit_admin'] as const;

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access({ roles: [...ADMINS], summary: 'Cadres in scope; phone numbers masked' })
  @Returns(UserPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: UserQueryDto): Promise<UserPageDto> {
    return this.users.list(user, query);
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
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto, @Origin() origin: RequestOrigin): Promise<CreatedUserDto> {
    return this.users.create(user, dto, origin);
  }

  @Patch(':id')
  @Access({ roles: [...ADMINS], summary: 'Edit a cadre: profile, unit, key groups, roles, status' })
  @Returns(UserDetailDto)
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
