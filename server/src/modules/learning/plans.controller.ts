import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { validationFailed } from '../../common/errors/app-exception';
import { PlanDto, SavePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

const yearPipe = new ParseIntPipe({ exceptionFactory: () => validationFailed('year', 'year must be a four-digit year') });

const YEARS = { min: 2000, max: 2100 };

function checkYear(year: number): number {
  if (year < YEARS.min || year > YEARS.max) throw validationFailed('year', `year must be between ${YEARS.min} and ${YEARS.max}`);
  return year;
}

/** Documents what yearPipe and checkYear accept. */
const yearParam = ApiParam({ name: 'year', schema: { type: 'integer', format: 'int32', minimum: YEARS.min, maximum: YEARS.max } });

@ApiTags('learning')
@Controller('training-plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get(':year')
  @yearParam
  @Access({ summary: 'The training plan of a year: required hours per key group and rank level (kept for reference; 达标 is counted by the requirement lines, /api/requirements)' })
  @Returns(PlanDto)
  get(@Param('year', yearPipe) year: number): Promise<PlanDto> {
    return this.plans.get(checkYear(year));
  }

  @Put(':year')
  @yearParam
  @Access({ roles: ['org_admin'], summary: 'Replace the training plan of a year (city organisation department). It no longer moves any 达标 figure: the requirement lines do (PUT /api/requirements/{year})' })
  @Returns(PlanDto)
  save(@CurrentUser() user: AuthUser, @Param('year', yearPipe) year: number, @Body() dto: SavePlanDto, @Origin() origin: RequestOrigin): Promise<PlanDto> {
    return this.plans.save(user, checkYear(year), dto.rules, origin);
  }
}
