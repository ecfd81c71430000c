import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { MakeUpDto, SaveMakeUpDto, ShortfallPageDto, ShortfallQueryDto } from './dto/shortfall.dto';
import { ShortfallsService } from './shortfalls.service';

const ADMINS = ['unit_admin', 'org_admin'] as const;

@ApiTags('learning')
@Controller('requirements/shortfalls')
export class ShortfallsController {
  constructor(private readonly shortfalls: ShortfallsService) {}

  @Get()
  @Access({ roles: [...ADMINS], summary: 'Cadres in scope who have not met a requirement line (未达标), with what remains and their 补训 record; by unit, then name' })
  @Returns(ShortfallPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: ShortfallQueryDto): Promise<ShortfallPageDto> {
    return this.shortfalls.list(user, query, query);
  }

  @Post('make-up')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Record the make-up training (补训) arranged for a cadre in scope on a line in a year: one per cadre, year and line (audited)' })
  @Returns(MakeUpDto)
  makeUp(@CurrentUser() user: AuthUser, @Body() dto: SaveMakeUpDto, @Origin() origin: RequestOrigin): Promise<MakeUpDto> {
    return this.shortfalls.saveMakeUp(user, dto, origin);
  }
}
