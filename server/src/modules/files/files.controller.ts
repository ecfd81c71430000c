import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CommonError, FileError } from '@cadre/shared';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
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
  async serve(@UuidParam() id: string, @Query() query: FileLinkQueryDto, @Res() res: Response): Promise<void> {
    await this.files.serve(id, query, res);
  }
}
