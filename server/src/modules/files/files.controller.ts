import { Controller, Get, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CommonError, FileError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import { AppException } from '../../common/errors/app-exception';
import { Fails } from '../../common/errors/fails.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { ApiFileBody, FileLinkQueryDto, StoredFileDto, UPLOAD_MAX_BYTES, UploadQueryDto } from './dto/file.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Access({ summary: 'Upload one file (multipart field "file"); the purpose decides accepted types and size' })
  @ApiFileBody(UPLOAD_MAX_BYTES, 'The file; its purpose sets the size allowed (videos: UPLOAD_MAX_VIDEO_MB, 1024 MB by default)')
  @Returns(StoredFileDto, 201)
  @Fails({ 400: [FileError.Missing, FileError.UnsupportedType], 403: [CommonError.Forbidden], 413: [FileError.TooLarge] })
  upload(
    @CurrentUser() user: AuthUser,
    @Query() query: UploadQueryDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StoredFileDto> {
    return this.files.upload(user, query.purpose, req, res);
  }

  @Get(':id')
  @Access({ public: true, summary: 'A file by its signed link; supports range requests' })
  @ApiOkResponse({ description: 'The bytes (206 for a range)', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @Fails({ 403: [FileError.LinkExpired], 416: [FileError.RangeNotSatisfiable] })
  async serve(@UuidParam() id: string, @Query() query: FileLinkQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.files.serve(id, query, res);
    } catch (error) {
      // Someone who clicked an attachment on a page left open past the link's life gets a page that says what to do,
      // not the JSON a program gets; the status and code stay the same for both.
      if (error instanceof AppException && error.code === FileError.LinkExpired && !res.headersSent && req.accepts(['json', 'html']) === 'html') {
        res.status(HttpStatus.FORBIDDEN).type('html').send(EXPIRED_PAGE);
        return;
      }
      throw error;
    }
  }
}

const EXPIRED_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>链接已过期</title><style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f5f6f8;color:#303133;margin:0;padding:48px 16px;font-size:16px}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:8px;padding:32px 24px;text-align:center}h1{font-size:20px;margin:0 0 12px}p{line-height:1.7;color:#606266}</style></head>
<body><main><h1>下载链接已过期</h1><p>为保护个人信息，文件链接只在短时间内有效，退出登录后也会失效。</p><p>请回到原来的页面，刷新后再打开此文件。</p></main></body></html>`;
