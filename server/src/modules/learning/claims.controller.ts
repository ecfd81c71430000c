import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LearningError } from '@cadre/shared';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { ClaimDto, ClaimPageDto, ClaimQueryDto, CreateClaimDto, RejectClaimDto } from './dto/claim.dto';
import { ClaimsService } from './claims.service';

@ApiTags('learning')
@Controller()
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post('my/claims')
  @Access({ summary: 'Submit an offline training claim (学时申报)' })
  @Returns(ClaimDto, 201)
  @Fails({ 422: [LearningError.InvalidPeriod, LearningError.HoursAboveDailyCap] })
  submit(@CurrentUser() user: AuthUser, @Body() dto: CreateClaimDto): Promise<ClaimDto> {
    return this.claims.submit(user, dto);
  }

  @Get('my/claims')
  @Access({ summary: 'My offline training claims' })
  @Returns(ClaimPageDto)
  mine(@CurrentUser() user: AuthUser, @Query() query: ClaimQueryDto): Promise<ClaimPageDto> {
    return this.claims.listMine(user, query);
  }

  @Get('claims')
  @Access({ roles: ['unit_admin', 'org_admin'], summary: 'The claims this admin may decide: in scope, not their own; 处级 cadres only for the city organisation department' })
  @Returns(ClaimPageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: ClaimQueryDto): Promise<ClaimPageDto> {
    return this.claims.listForReview(user, query);
  }

  @Get('claims/:id')
  @Access({ summary: 'One claim (its owner, or an admin in scope; never the auditor)' })
  @Returns(ClaimDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ClaimDto> {
    return this.claims.getVisible(user, id);
  }

  @Post('claims/:id/approve')
  @HttpCode(200)
  @Access({ roles: ['unit_admin', 'org_admin'], summary: 'Approve a claim: its hours go to the ledger' })
  @Returns(ClaimDto)
  @Fails({ 409: [LearningError.ClaimDecided], 422: [LearningError.SelfReview, LearningError.NotYourDecision] })
  approve(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<ClaimDto> {
    return this.claims.approve(user, id, origin);
  }

  @Post('claims/:id/reject')
  @HttpCode(200)
  @Access({ roles: ['unit_admin', 'org_admin'], summary: 'Return a claim with a reason' })
  @Returns(ClaimDto)
  @Fails({ 409: [LearningError.ClaimDecided], 422: [LearningError.SelfReview, LearningError.NotYourDecision] })
  reject(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RejectClaimDto, @Origin() origin: RequestOrigin): Promise<ClaimDto> {
    return this.claims.reject(user, id, dto.reason, origin);
  }
}
