import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from './config/app-config';

/**
 * The primary process of a server with WEB_CONCURRENCY workers: it runs no application code, only forks the workers
 * (each a whole server on the one port; the primary hands them connections in turn) and keeps them running.
 *
 * Worker 0 starts alone and listens before the others are forked, so that migrations and the first start (the demo
 * seed or the first admin) happen once; it alone runs the scheduled jobs. A worker that dies is forked again under the
 * same index. SIGTERM or SIGINT is passed to every worker, which drains as a single server does (readiness 503, then
 * the requests in flight), and the primary exits when they all have: 0 if every worker exited with 0.
 */
export async function runPrimary(config: AppConfig): Promise<void> {
  const workers = new Map<number, Worker>();
  let stopping = false;
  let failed = false;

  const fork = (index: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork({ CADRE_WORKER_INDEX: String(index) });
      workers.set(index, worker);
      worker.once('listening', () => resolve());
      worker.once('exit', (code, signal) => {
        if (workers.get(index) === worker) workers.delete(index);
        if (code !== 0) failed = true;
        if (stopping) {
          if (workers.size === 0) process.exit(failed ? 1 : 0);
          return;
        }
        const why = signal ? `signal ${signal}` : `code ${code}`;
        console.error(`worker ${index} exited (${why})${started ? ', starting it again' : ''}`);
        reject(new Error(`worker ${index} exited before listening (${why})`));
        if (started) void fork(index).catch(() => undefined);
      });
    });

  let started = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (workers.size === 0) process.exit(failed ? 1 : 0);
    for (const worker of workers.values()) worker.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  try {
    await fork(0);
    await Promise.all(Array.from({ length: config.webConcurrency - 1 }, (_, i) => fork(i + 1)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    stop('SIGTERM');
    failed = true;
    return;
  }
  started = true;
  console.log(`  ${config.webConcurrency} server processes (WEB_CONCURRENCY) on port ${config.port}\n`);
}
