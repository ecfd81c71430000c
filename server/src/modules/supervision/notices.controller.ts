import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CommonError, SupervisionError } from '@cadre/shared';
import type { Response } from 'express';
import { Access, CurrentUser, Origin, Returns, type RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { DOCX_MIME } from '../../common/docx/formal-docx';
import { Fails } from '../../common/errors/fails.decorator';
import { UuidParam } from '../../common/validation/uuid-param';
import { CreateNoticeDto, NoticeDto, NoticePageDto, NoticeQueryDto, UpdateNoticeDto } from './dto/notices.dto';
import { renderNoticeDocx } from './notice.docx';
import { NoticesService } from './notices.service';

@ApiTags('supervision')
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  @Access({ summary: 'Public notices (公开通报) published to the caller\'s unit or within an admin\'s scope; drafts for the org admins who may publish them. `from`/`to` filter by the day published' })
  @Returns(NoticePageDto)
  list(@CurrentUser() user: AuthUser, @Query() query: NoticeQueryDto): Promise<NoticePageDto> {
    return this.notices.list(user, query);
  }

  @Post()
  @Access({ roles: ['org_admin'], summary: 'Draft a notice from findings of inspections the caller organises or is on the team of, and good practice typed in; `correctsId` makes it the correction of a published one' })
  @Returns(NoticeDto, 201)
  @Fails({ 403: [CommonError.Forbidden], 422: [SupervisionError.OutOfOrganiserScope, SupervisionError.NoticeNotPublished] })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateNoticeDto, @Origin() origin: RequestOrigin): Promise<NoticeDto> {
    return this.notices.create(user, dto, origin);
  }

  @Get(':id')
  @Access({ summary: 'One notice with its text (a draft shows the text it would publish, names masked unless the organiser names them)' })
  @Returns(NoticeDto)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<NoticeDto> {
    return this.notices.get(user, id);
  }

  @Patch(':id')
  @Access({ roles: ['org_admin'], summary: 'Change a draft; a published notice never changes (409): publish a correction instead' })
  @Returns(NoticeDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.NoticePublished], 422: [SupervisionError.OutOfOrganiserScope] })
  update(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Body() dto: UpdateNoticeDto, @Origin() origin: RequestOrigin): Promise<NoticeDto> {
    return this.notices.update(user, id, dto, origin);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Access({ roles: ['org_admin'], summary: 'Publish a draft to its scope: the text is frozen, every cadre of the scope is notified, and its findings\' inspections are published (a 明察暗访 included)' })
  @Returns(NoticeDto)
  @Fails({ 403: [CommonError.Forbidden], 409: [SupervisionError.NoticePublished], 422: [SupervisionError.NoticeEmpty, SupervisionError.OutOfOrganiserScope] })
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin): Promise<NoticeDto> {
    return this.notices.publish(user, id, origin);
  }

  @Get(':id/docx')
  @Access({ summary: 'The notice as a Word document in the progress report\'s formal layout (audited)' })
  @ApiOkResponse({ description: 'A Word document', content: { [DOCX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async docx(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Origin() origin: RequestOrigin, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const notice = await this.notices.get(user, id);
    const buffer = await renderNoticeDocx(notice, user.name);
    await this.notices.recordDownload(user, notice, origin);
    res.setHeader('Content-Type', DOCX_MIME);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${notice.title}.docx`)}`);
    return new StreamableFile(buffer);
  }
}
