import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LearningError, RequirementError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CorrectLedgerEntryDto, LedgerEntryCorrectionDto } from './dto/ledger-correction.dto';
import { LedgerCorrectionsService } from './ledger-corrections.service';

@ApiTags('learning')
@Controller('ledger-entries')
export class LedgerController {
  constructor(private readonly corrections: LedgerCorrectionsService) {}

  @Post(':id/correction')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'Correct a ledger entry’s hours (entries of cadres in my scope; audited): the daily and yearly caps apply as to a grant; supersedes the 学时证明 and 结业证书 that counted it' })
  @Fails({ 422: [RequirementError.YearSettled, LearningError.HoursAboveDailyCap] })
  @Returns(LedgerEntryCorrectionDto, 201)
  correct(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: CorrectLedgerEntryDto, @Origin() origin: RequestOrigin): Promise<LedgerEntryCorrectionDto> {
    return this.corrections.correct(user, id, dto, origin);
  }
}
