import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Scheduler } from '../../common/scheduler/scheduler.service';
import { AppConfig } from '../../config/app-config';

export const PRUNE_LOGIN_FAILURES_JOB = 'auth.prune-login-failures';

/**
 * Hourly: drops failure counts that no longer count for anything (a pair's count past its period with no lock, or an
 * expired lock; an account's window that has ended). Counting per address makes a row for every username a guesser
 * tries from every address, so without this the tables would only grow.
 */
@Injectable()
export class PruneLoginFailuresJob implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: PRUNE_LOGIN_FAILURES_JOB, everyMs: 60 * 60_000, run: (tx) => this.prune(tx) });
  }

  private async prune(tx: EntityManager): Promise<{ pairs: number; accounts: number }> {
    const [{ pairs, accounts }] = (await tx.query(
      `WITH pairs AS (DELETE FROM login_failures
                       WHERE (locked_until IS NULL AND last_failed_at < now() - make_interval(mins => $1)) OR locked_until <= now() RETURNING 1),
            accounts AS (DELETE FROM login_account_failures WHERE window_started_at <= now() - make_interval(mins => $2) RETURNING 1)
       SELECT (SELECT count(*)::int FROM pairs) AS pairs, (SELECT count(*)::int FROM accounts) AS accounts`,
      [this.config.lockoutMinutes, this.config.accountSlowdownMinutes],
    )) as [{ pairs: number; accounts: number }];
    return { pairs, accounts };
  }
}
