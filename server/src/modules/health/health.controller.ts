import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../../common/auth/access.decorator';
import { NoRateLimit } from '../../common/http/rate-limit';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @NoRateLimit()
  @Access({ public: true, summary: 'Liveness with a database check; 503 when the database is down' })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      return { status: 'ok', database: 'up' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down' };
    }
  }
}
