import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { FileLinkQueryDto, StoredFileDto, UploadBodyDto, UploadQueryDto } from './dto/file.dto';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @Access({ summary: 'Upload one file (multipart field "file"); the purpose decides accepted types and size' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadBodyDto })
  @ApiPayloadTooLargeResponse({ description: 'files/too_large' })
  @Returns(StoredFileDto, 201)
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
  async serve(@UuidParam() id: string, @Query() query: FileLinkQueryDto, @Res() res: Response): Promise<void> {
    await this.files.serve(id, query, res);
  }
}
