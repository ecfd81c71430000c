import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrgError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateOrgUnitDto, MoveOrgUnitDto, OrgUnitDto, OrgUnitListDto, OrgUnitQueryDto, UpdateOrgUnitDto } from './dto/org-unit.dto';
import { OrgService } from './org.service';

@ApiTags('org-units')
@Controller('org-units')
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Get()
  @Access({ summary: 'The unit tree (admins and auditors: their scope); ?parentId= for one level' })
  @Returns(OrgUnitListDto)
  async list(@CurrentUser() user: AuthUser, @Query() query: OrgUnitQueryDto): Promise<OrgUnitListDto> {
    return { items: await this.org.list(user, query) };
  }

  @Get(':id')
  @Access({ summary: 'One unit with its counts' })
  @Returns(OrgUnitDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<OrgUnitDto> {
    return this.org.get(user, id);
  }

  @Post()
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Create a unit under a unit in scope' })
  @Returns(OrgUnitDto, 201)
  @Fails({ 409: [OrgError.DuplicateName], 422: [OrgError.InvalidParentKind, OrgError.UnitRetired] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrgUnitDto, @Origin() origin: RequestOrigin): Promise<OrgUnitDto> {
    return this.org.create(user, dto, origin);
  }

  @Patch(':id')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Rename a unit, change its kind or order' })
  @Returns(OrgUnitDto)
  @Fails({ 409: [OrgError.DuplicateName], 422: [OrgError.InvalidParentKind] })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() dto: UpdateOrgUnitDto,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitDto> {
    return this.org.update(user, id, dto, origin);
  }

  @Post(':id/move')
  @HttpCode(200)
  @Returns(OrgUnitDto)
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Move a unit (and its subtree) under another unit in scope' })
  @Fails({ 409: [OrgError.DuplicateName], 422: [OrgError.InvalidParentKind, OrgError.MoveIntoOwnSubtree, OrgError.ScopeRootLocked, OrgError.UnitRetired] })
  move(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() dto: MoveOrgUnitDto,
    @Origin() origin: RequestOrigin,
  ): Promise<OrgUnitDto> {
    return this.org.move(user, id, dto, origin);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Returns(OrgUnitDto)
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Retire an empty unit' })
  @Fails({ 422: [OrgError.ScopeRootLocked, OrgError.UnitNotEmpty] })
  retire(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<OrgUnitDto> {
    return this.org.retire(user, id, origin);
  }
}
