import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { FIRST_START_LOCK } from '../db/advisory-locks';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { ScheduledJob } from './scheduled-job.entity';

export interface Job {
  name: string;
  everyMs: number;
  run(tx: EntityManager): Promise<Record<string, unknown>>;
}

/**
 * Periodic jobs that run once per period across all instances: each tick takes a transaction-scoped advisory lock per
 * job and checks the job's last run in the database, so a second instance neither runs it at the same time nor again.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  register(job: Job): void {
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled) return;
    const tickMs = this.config.jobsTickSeconds * 1000;
    this.timer = setInterval(() => void this.tick(), tickMs);
    this.timer.unref();
    setTimeout(() => void this.tick(), Math.min(5_000, tickMs)).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs every job that is due. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = (async () => {
      for (const job of this.jobs) {
        try {
          await this.runIfDue(job);
        } catch (error) {
          this.logger.error(`Job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })().finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  /** Runs a job now unless another instance holds it; returns its result, or null when it did not run. */
  async runIfDue(job: Job, force = false): Promise<Record<string, unknown> | null> {
    return this.db.transaction(async (tx) => {
      const [{ locked }] = (await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [`cadre-job:${job.name}`])) as [{ locked: boolean }];
      if (!locked) return null;
      // A first start still seeding holds this lock: wait for its commit, or the job reads an empty city and is not due
      // again for its whole period (the embedded database, one connection, already waited; a PostgreSQL server did not).
      await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [FIRST_START_LOCK]);
      const [last] = (await tx.query('SELECT last_run_at FROM scheduled_jobs WHERE name = $1', [job.name])) as { last_run_at: Date }[];
      if (!force && last && Date.now() - new Date(last.last_run_at).getTime() < job.everyMs) return null;
      const started = Date.now();
      const result = await job.run(tx);
      await tx.query(
        `INSERT INTO scheduled_jobs (name, last_run_at, last_duration_ms, last_result, run_count) VALUES ($1, now(), $2, $3, 1)
         ON CONFLICT (name) DO UPDATE SET last_run_at = now(), last_duration_ms = $2, last_result = $3, run_count = scheduled_jobs.run_count + 1`,
        [job.name, Date.now() - started, JSON.stringify(result)],
      );
      return result;
    });
  }
}

@Global()
@Module({ imports: [TypeOrmModule.forFeature([ScheduledJob])], providers: [Scheduler], exports: [Scheduler] })
export class SchedulerModule {}
