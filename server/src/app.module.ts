import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './common/auth/access.guard';
import { DomainEventsModule } from './common/events/domain-events';
import { SchedulerModule } from './common/scheduler/scheduler.service';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  MemoryRateLimitStore,
  PostgresRateLimitStore,
  RATE_LIMIT_STORE,
  RateLimitGuard,
  RateLimitStoreLifecycle,
  RedisRateLimitStore,
  type RateLimitStore,
} from './common/http/rate-limit';
import { RateLimitWindow } from './common/http/rate-limit-window.entity';
import { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import type { DatabaseTarget } from './database/typeorm-options';
import { ArchiveModule } from './modules/archive/archive.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CampaignModule } from './modules/campaign/campaign.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { ClassesModule } from './modules/classes/classes.module';
import { CoursesModule } from './modules/courses/courses.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ReportsModule } from './modules/reports/reports.module';
import { DemoModule } from './modules/demo/demo.module';
import { ExportsModule } from './modules/exports/exports.module';
import { FilesModule } from './modules/files/files.module';
import { HealthModule } from './modules/health/health.module';
import { LearningModule } from './modules/learning/learning.module';
import { LecturesModule } from './modules/lectures/lectures.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrgModule } from './modules/org/org.module';
import { PublicityModule } from './modules/publicity/publicity.module';
import { QuizzesModule } from './modules/quizzes/quizzes.module';
import { StudiesModule } from './modules/studies/studies.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { CasesModule } from './modules/cases/cases.module';
import { ResearchModule } from './modules/research/research.module';
import { TalentModule } from './modules/talent/talent.module';
import { UsersModule } from './modules/users/users.module';

@Global()
@Module({})
class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ app: config })] })],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}

@Module({})
export class AppModule {
  /** The whole application for a validated configuration and a database to use. */
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        DomainEventsModule,
        SchedulerModule,
        TypeOrmModule.forFeature([RateLimitWindow]),
        AuditModule,
        FilesModule,
        HealthModule,
        OrgModule,
        UsersModule,
        AuthModule,
        LearningModule,
        CoursesModule,
        QuizzesModule,
        LecturesModule,
        StudiesModule,
        CampaignModule,
        ClassesModule,
        CertificatesModule,
        NotificationsModule,
        ArchiveModule,
        DashboardModule,
        ExportsModule,
        ReportsModule,
        TalentModule,
        SupervisionModule,
        CasesModule,
        PublicityModule,
        ResearchModule,
        DemoModule,
      ],
      providers: [
        // Order matters: rate limits first, then authentication and roles.
        {
          provide: RATE_LIMIT_STORE,
          inject: [getDataSourceToken()],
          useFactory: (db: DataSource): RateLimitStore =>
            config.rateLimitStore === 'redis'
              ? new RedisRateLimitStore(config.redisUrl!)
              : config.rateLimitStore === 'postgres'
                ? new PostgresRateLimitStore(db)
                : new MemoryRateLimitStore(),
        },
        RateLimitStoreLifecycle,
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
