import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access, Returns } from '../../common/auth/access.decorator';
import { NoRateLimit } from '../../common/http/rate-limit';
import { AppConfig } from '../../config/app-config';
import { ReadinessService } from './readiness.service';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({ type: 'integer', description: 'Which server process answered: 0 … WEB_CONCURRENCY − 1' }) worker!: number;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ready', 'not_ready'] }) status!: 'ready' | 'not_ready';
  @ApiProperty({ enum: ['up', 'down'] }) database!: 'up' | 'down';
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Migrations of this build the database has not run; null when the database did not answer',
  })
  pendingMigrations!: number | null;
  @ApiPropertyOptional({ enum: ['database', 'migrations', 'shutting_down'], description: 'The check that failed (absent when ready)' })
  failed?: 'database' | 'migrations' | 'shutting_down';
}

export class AppInfoDto {
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'This instance serves the demo city (show the demo accounts on the sign-in page)' }) demo!: boolean;
}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly readiness: ReadinessService,
  ) {}

  @Get('app-info')
  @Access({ public: true, summary: 'What the sign-in page needs to know about this instance' })
  @Returns(AppInfoDto)
  info(): AppInfoDto {
    return { name: '干部教育培训学习平台', demo: this.config.seedDemo };
  }

  @Get('health')
  @NoRateLimit()
  @Access({ public: true, summary: 'Liveness with a database check; 503 when the database is down' })
  @Returns(HealthDto)
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      return { status: 'ok', database: 'up', worker: this.config.workerIndex };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', database: 'down', worker: this.config.workerIndex };
    }
  }

  @Get('ready')
  @NoRateLimit()
  @Access({
    public: true,
    summary: 'Readiness: 200 when the database answers and no migration is pending; 503 (naming the failed check) otherwise',
  })
  @Returns(ReadinessDto)
  @ApiServiceUnavailableResponse({ type: ReadinessDto })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const { ready, database, pendingMigrations, failed } = await this.readiness.check();
    if (!ready) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return ready ? { status: 'ready', database, pendingMigrations } : { status: 'not_ready', database, pendingMigrations, failed };
  }
}
