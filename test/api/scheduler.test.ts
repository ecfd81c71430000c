import { FIRST_START_LOCK } from '../../server/src/common/db/advisory-locks';
import { Scheduler, type Job } from '../../server/src/common/scheduler/scheduler.service';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Scheduled jobs and the first start: a job's first tick must not read the city while the first start is still seeding
 * it (its transaction holds FIRST_START_LOCK), or the job finds nothing and is not due again for its whole period. On a
 * PostgreSQL server the two transactions ran side by side and the demo's daily notices never came.
 */
describe('scheduled jobs wait for the first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a job that ticks while the seed transaction is open runs after its commit and sees what it wrote', async () => {
    const marker = `test.seed-marker.${Date.now()}`;
    const job: Job = {
      name: `test.count-seeded.${Date.now()}`,
      everyMs: 60_000,
      run: async (tx) => {
        const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM scheduled_jobs WHERE name = $1', [marker])) as [{ n: number }];
        return { seen: n };
      },
    };
    // The "first start": holds the lock and writes, not yet committed.
    const seed = t.db.createQueryRunner();
    await seed.connect();
    await seed.startTransaction();
    await seed.query('SELECT pg_advisory_xact_lock($1)', [FIRST_START_LOCK]);
    await seed.query(`INSERT INTO scheduled_jobs (name, last_run_at, last_duration_ms, last_result, run_count) VALUES ($1, now(), 0, '{}', 0)`, [marker]);
    let done = false;
    const ran = t.app
      .get(Scheduler)
      .runIfDue(job)
      .finally(() => {
        done = true;
      });
    await new Promise((r) => setTimeout(r, 500));
    // Still waiting while the seed is open.
    expect(done).toBe(false);
    await seed.commitTransaction();
    await seed.release();
    expect(await ran).toEqual({ seen: 1 });
    await t.db.query('DELETE FROM scheduled_jobs WHERE name = ANY($1)', [[marker, job.name]]);
  });
});
