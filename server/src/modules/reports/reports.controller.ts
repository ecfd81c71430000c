import { Controller, Get, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { DOCX_MIME, renderProgressDocx } from './progress-report.docx';
import { ProgressReportDto, ProgressReportQueryDto } from './dto/progress-report.dto';
import { ProgressReportService } from './progress-report.service';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ProgressReportService) {}

  @Get('progress')
  @Access({ roles: ['org_admin'], summary: 'The draft progress report of a period (`?from=&to=`), every figure with the SPA path of its records; `format=docx` downloads it as Word (audited)' })
  @Returns(ProgressReportDto)
  @ApiOkResponse({ description: 'With `format=docx`: a Word document', content: { [DOCX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async progress(
    @CurrentUser() user: AuthUser,
    @Query() query: ProgressReportQueryDto,
    @Req() req: Request,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProgressReportDto | StreamableFile> {
    const report = await this.reports.build(user, query);
    if (query.format !== 'docx') return report;
    const buffer = await renderProgressDocx(report, `${req.protocol}://${req.get('host') ?? 'localhost'}`, user.name);
    await this.reports.recordDownload(user, report, origin);
    res.setHeader('Content-Type', DOCX_MIME);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${report.unitName}进展情况报告-${report.from}至${report.to}.docx`)}`);
    return new StreamableFile(buffer);
  }
}
