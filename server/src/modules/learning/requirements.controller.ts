import { Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { validationFailed } from '../../common/errors/app-exception';
import { UuidParam } from '../../common/validation/uuid-param';
import { todayInShanghai } from '../../common/time';
import { CadreRequirementsDto, RequirementsDto, RequirementsQueryDto, SaveRequirementsDto } from './dto/requirement.dto';
import { RequirementsService } from './requirements.service';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => validationFailed('year', 'year must be a four-digit year') });

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw validationFailed('year', 'year must be between 2000 and 2100');
  return year;
}

const thisYear = () => Number(todayInShanghai().slice(0, 4));

@ApiTags('learning')
@Controller()
export class RequirementsController {
  constructor(private readonly requirements: RequirementsService) {}

  @Get('requirements')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'The requirement lines (学时要求) of a year, as configured or by the regulation’s defaults' })
  @Returns(RequirementsDto)
  get(@Query() query: RequirementsQueryDto): Promise<RequirementsDto> {
    return this.requirements.get(query.year ?? thisYear());
  }

  @Put('requirements/:year')
  @Access({ roles: ['org_admin'], summary: 'Replace the requirement lines of a year (city organisation department; audited)' })
  @Returns(RequirementsDto)
  save(@CurrentUser() user: AuthUser, @Param('year', yearPipe) year: number, @Body() dto: SaveRequirementsDto, @Origin() origin: RequestOrigin): Promise<RequirementsDto> {
    return this.requirements.save(user, checkYear(year), dto.lines, origin);
  }

  @Get('my/requirements')
  @Access({ summary: 'My progress on each requirement line that applies to me, for a year' })
  @Returns(CadreRequirementsDto)
  mine(@CurrentUser() user: AuthUser, @Query() query: RequirementsQueryDto): Promise<CadreRequirementsDto> {
    return this.requirements.forCadre(user.id, query.year);
  }

  @Get('users/:id/requirements')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'A cadre’s progress on each requirement line that applies to them (cadres in my scope)' })
  @Returns(CadreRequirementsDto)
  ofCadre(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: RequirementsQueryDto): Promise<CadreRequirementsDto> {
    return this.requirements.forCadreInScope(user, id, query.year);
  }
}
