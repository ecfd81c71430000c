import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import cluster from 'node:cluster';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { runPrimary } from './cluster';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { configureApp } from './configure-app';
import { EmbeddedPostgres } from './database/embedded';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/demo-city';
import { currentYear } from './common/time';
import { UnitFiguresService } from './modules/dashboard/unit-figures.service';
import { FirstStartService } from './modules/demo/first-start.service';
import { ReadinessService } from './modules/health/readiness.service';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (config.webConcurrency > 1 && cluster.isPrimary) return runPrimary(config);
  const builtSpa = join(__dirname, '..', '..', 'web', 'dist');
  if (config.webDist === undefined && existsSync(join(builtSpa, 'index.html'))) config.webDist = builtSpa;

  const embedded = config.embedded ? new EmbeddedPostgres() : undefined;
  const url = config.databaseUrl ?? (await embedded!.start(config.dataDir));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { url, embedded: embedded !== undefined }), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, config);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: finishing requests in flight, then stopping`);
    // Drain: readiness answers 503 at once so the proxy stops sending, while requests already sent (some still in the
    // accept queue) are served; then the HTTP server closes, waits for what is in flight, and the pool closes.
    app.get(ReadinessService).beforeApplicationShutdown();
    if (signal === 'SIGTERM' && config.shutdownDrainSeconds > 0) await new Promise((r) => setTimeout(r, config.shutdownDrainSeconds * 1000));
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  // `on`, not `once`: in a terminal Ctrl-C reaches a worker twice (from the terminal and from the primary).
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.port, config.host ?? '0.0.0.0');
  if (config.workerIndex === 0) printBanner(config, app.get(FirstStartService).result);
  if (config.workerIndex === 0) warmDashboard(app.get(UnitFiguresService));
}

/** The dashboard's figures of this year computed in the background, after the seed if there was one (see warm()). */
function warmDashboard(figures: UnitFiguresService): void {
  const started = Date.now();
  figures.warm(currentYear()).then(
    (units) => {
      if (units > 0) console.log(`  Dashboard figures of ${units} units computed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    (error: unknown) => console.error(`Dashboard figures not computed at start: ${error instanceof Error ? error.message : String(error)}`),
  );
}

function printBanner(config: AppConfig, seed: FirstStartService['result']): void {
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  干部教育培训平台 is running: ${base}`,
    `  API docs: ${base}/api/docs`,
    `  Server processes: ${config.webConcurrency}${config.webConcurrency > 1 ? ' (WEB_CONCURRENCY)' : ''}`,
    `  Database: ${config.embedded ? `embedded PostgreSQL in ${join(config.dataDir, 'pgdata')}` : 'PostgreSQL at DATABASE_URL'}`,
  ];
  if (seed.kind === 'demo') {
    lines.push(`  Seeded the demo city (${seed.units} units, ${seed.cadres} cadres, ${seed.courses} courses, ${seed.enrollments} enrolments, ${seed.questions} questions, ${seed.attempts} quiz attempts, ${seed.lectureSessions} lecture sessions, ${seed.studyRecords} study records, ${seed.campaignTasks} campaign tasks, ${seed.trainingClasses} training classes, ${seed.talentMembers} talent-pool members) in ${(seed.ms / 1000).toFixed(1)} s`);
  }
  if (seed.kind === 'admin') {
    lines.push(`  First start: sign in as "${seed.username}" with the one-time password ${seed.password} (you must change it)`);
  }
  if (config.seedDemo) {
    lines.push(`  Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.join(', ')}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
