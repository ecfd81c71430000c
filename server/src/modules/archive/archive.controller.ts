import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, Returns } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { UuidParam } from '../../common/validation/uuid-param';
import { ArchiveDto, ArchiveQueryDto } from '../courses/dto/my-learning.dto';
import { ArchiveService } from './archive.service';

@ApiTags('my learning')
@Controller()
export class ArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Get('my/archive')
  @Access({ summary: 'My learning archive (学习档案) for a year: hours against the target by source, and the records' })
  @Returns(ArchiveDto)
  mine(@CurrentUser() user: AuthUser, @Query() query: ArchiveQueryDto): Promise<ArchiveDto> {
    return this.archive.forCadre(user.id, query.year);
  }

  @Get('users/:id/archive')
  @Access({ roles: ['org_admin', 'unit_admin'], summary: 'The learning archive of a cadre in my scope' })
  @Returns(ArchiveDto)
  ofCadre(@CurrentUser() user: AuthUser, @UuidParam() id: string, @Query() query: ArchiveQueryDto): Promise<ArchiveDto> {
    return this.archive.forCadreInScope(user, id, query.year);
  }
}
