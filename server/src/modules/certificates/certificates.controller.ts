import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CertificateError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { Fails } from '../../common/errors/fails.decorator';
import { publicAddress } from '../../common/http/public-address';
import { ExtraRateLimit } from '../../common/http/rate-limit';
import { UuidParam } from '../../common/validation/uuid-param';
import { AppConfig } from '../../config/app-config';
import { normaliseCertificateCode } from './certificate-code';
import { CertificatesService, type StoredCertificate } from './certificates.service';
import { CertificateDto, CertificateListDto, IssueCertificateDto, IssuedCertificateDto, RevokeCertificateDto, VerifiedCertificateDto } from './dto/certificate.dto';

const ADMINS = ['org_admin', 'unit_admin'] as const;
/** A person checks a handful of papers; a checking office behind one address a few dozen a minute. Beyond is a scan. */
export const VERIFY_PER_MINUTE = 30;

function send(res: Response, buffer: Buffer, filename: string, type: string): StreamableFile {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  res.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(buffer);
}

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly config: AppConfig,
  ) {}

  @Post('my/certificates')
  @Access({ summary: 'Issue myself a 学时证明 of a year or of the five-year cycle, from the ledger as it stands' })
  @Fails({ 400: [CertificateError.InvalidPeriod], 422: [CertificateError.InvalidPeriod] })
  @Returns(IssuedCertificateDto, 201)
  issueMine(@CurrentUser() user: AuthUser, @Body() dto: IssueCertificateDto, @Origin() origin: RequestOrigin): Promise<IssuedCertificateDto> {
    return this.certificates.issueHours(user, dto, origin);
  }

  @Get('my/certificates')
  @Access({ summary: 'My certificates, both kinds, newest first' })
  @Returns(CertificateListDto)
  async mine(@CurrentUser() user: AuthUser, @Req() req: Request): Promise<CertificateListDto> {
    return { items: withUrl(await this.certificates.mine(user), publicAddress(this.config, req)) };
  }

  @Post('users/:id/certificates')
  @Access({ roles: [...ADMINS], summary: 'Issue a 学时证明 for a cadre in my scope (audited)' })
  @Fails({ 400: [CertificateError.InvalidPeriod], 422: [CertificateError.InvalidPeriod] })
  @Returns(IssuedCertificateDto, 201)
  issueFor(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: IssueCertificateDto, @Origin() origin: RequestOrigin): Promise<IssuedCertificateDto> {
    return this.certificates.issueHours(user, dto, origin, id);
  }

  @Get('certificates/:id/pdf')
  @Access({ summary: 'A certificate as an A4 PDF: for its holder and admins whose scope holds the holder or the issuer (404 for anyone else)' })
  @ApiOkResponse({ description: 'The certificate', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { buffer, filename } = await this.certificates.pdf(user, id, publicAddress(this.config, req));
    return send(res, buffer, filename, 'application/pdf');
  }

  @Post('certificates/:id/revoke')
  @HttpCode(200)
  @Access({ roles: [...ADMINS], summary: 'Revoke a certificate with a reason (admins of the issuing scope; audited); the public check then says revoked' })
  @Fails({ 409: [CertificateError.NotValid] })
  @Returns(CertificateDto)
  async revoke(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: RevokeCertificateDto, @Origin() origin: RequestOrigin, @Req() req: Request): Promise<CertificateDto> {
    return withUrl([await this.certificates.revoke(user, id, dto.reason, origin)], publicAddress(this.config, req))[0]!;
  }

  @Get('training-classes/:id/certificates')
  @Access({ roles: [...ADMINS], summary: 'A class’s 结业证书 (its organisers)' })
  @Returns(CertificateListDto)
  async forClass(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Req() req: Request): Promise<CertificateListDto> {
    return { items: withUrl(await this.certificates.forClass(user, id), publicAddress(this.config, req)) };
  }

  @Get('training-classes/:id/certificates.zip')
  @Access({ roles: [...ADMINS], summary: 'Every 结业证书 of a closed class as PDFs in one ZIP (its organisers; audited)' })
  @Fails({ 422: [CertificateError.ClassNotClosed] })
  @ApiOkResponse({ description: 'A ZIP of PDFs', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  async classZip(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Origin() origin: RequestOrigin,
  ): Promise<StreamableFile> {
    const { buffer, filename } = await this.certificates.classZip(user, id, publicAddress(this.config, req), origin);
    return send(res, buffer, filename, 'application/zip');
  }

  @Get('certificates/verify/:code')
  @Access({ public: true, summary: 'Check a certificate by its code: kind, masked name, unit, what it certifies, issue date and state (404 for an unknown code); rate limited per address' })
  @ExtraRateLimit('certificate-verify', VERIFY_PER_MINUTE)
  @ApiParam({ name: 'code', description: 'The printed code; case, hyphens and spaces do not matter', schema: { type: 'string', maxLength: 64 } })
  @Returns(VerifiedCertificateDto)
  verify(@Param('code') code: string, @Res({ passthrough: true }) res: Response): Promise<VerifiedCertificateDto> {
    res.setHeader('Cache-Control', 'no-store');
    return this.certificates.verify(code.length <= 64 ? normaliseCertificateCode(code) : null);
  }
}

/** The verification page's full address beside its path: what the PDF prints, for a link to copy or share. */
function withUrl(items: StoredCertificate[], base: string): CertificateDto[] {
  return items.map((c) => ({ ...c, verifyUrl: `${base}${c.verifyPath}` }));
}
