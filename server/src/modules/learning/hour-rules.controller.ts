import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { HourRuleListDto, SaveHourRulesDto } from './dto/hour-rule.dto';
import { HourRulesService } from './hour-rules.service';

@ApiTags('learning')
@Controller('hour-rules')
export class HourRulesController {
  constructor(private readonly rules: HourRulesService) {}

  @Get()
  @Access({ summary: 'Credit hours per lecture format and per study record type' })
  @Returns(HourRuleListDto)
  async list(): Promise<HourRuleListDto> {
    return { items: await this.rules.list() };
  }

  @Put()
  @Access({ roles: ['org_admin'], summary: 'Change credit hours per lecture format or study record type (city organisation department)' })
  @Returns(HourRuleListDto)
  async save(@CurrentUser() user: AuthUser, @Body() dto: SaveHourRulesDto, @Origin() origin: RequestOrigin): Promise<HourRuleListDto> {
    return { items: await this.rules.save(user, dto.rules, origin) };
  }
}
