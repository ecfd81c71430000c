import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { addressKey } from './client-address';

/** An address the account signed in from within this many days skips the queue while the account is slowed. */
const KNOWN_ADDRESS_DAYS = 30;

/** What one wrong password did: locked its address, and/or (once per window) took the account past the slowdown threshold. */
export interface FailureOutcome {
  locked: boolean;
  /** Set only for the failure that reached the account-wide threshold: failures in the window and the addresses they came from. */
  slowed: { failures: number; addresses: number } | null;
}

/**
 * Counts wrong passwords twice, each with one atomic upsert so that parallel guesses cannot slip past a count:
 *  - per username and client address (`login_failures`): the lockout threshold'th failure locks the account for that
 *    address only, so a stranger locks themselves out, never the owner signing in from elsewhere;
 *  - per username from all addresses (`login_account_failures`): past the slowdown threshold within the window, the
 *    account answers one attempt per turn, whoever sends it, so guessing from many addresses stays slow, while the owner
 *    still gets in on a turn (at once from an address they signed in from before).
 * Usernames are counted whether or not the account exists, lower-cased, with the same answers, so a guesser learns
 * nothing about which names are real.
 */
@Injectable()
export class SignInGuard {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Seconds until the lock on this username for this address ends; 0 when not locked. */
  async lockedSeconds(username: string, address: string): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT CEIL(EXTRACT(EPOCH FROM locked_until - now()))::int AS seconds FROM login_failures
        WHERE username = $1 AND address = $2 AND locked_until > now()`,
      [username, address],
    )) as { seconds: number }[];
    return row?.seconds ?? 0;
  }

  /**
   * While the account is slowed, claims its next turn for this attempt. Returns 0 when the attempt may go ahead (the
   * account is not slowed, the turn was free, or `userId` signed in from this address lately), else the seconds to wait.
   * The claim is one conditional UPDATE, so of two attempts racing for a free turn exactly one gets it.
   */
  async waitSeconds(username: string, address: string, userId: string | null): Promise<number> {
    const { accountSlowdownThreshold: threshold, accountSlowdownMinutes: minutes, accountSlowdownSeconds: seconds } = this.config;
    const slowed = `username = $1 AND failed_count >= $2 AND window_started_at > now() - make_interval(mins => $3)`;
    const [row] = (await this.db.query(
      `WITH slowed AS (SELECT next_attempt_at FROM login_account_failures WHERE ${slowed}),
            turn AS (UPDATE login_account_failures SET next_attempt_at = now() + make_interval(secs => $4)
                      WHERE ${slowed} AND (next_attempt_at IS NULL OR next_attempt_at <= now()) RETURNING 1)
       SELECT EXISTS (SELECT 1 FROM slowed) AS slowed, EXISTS (SELECT 1 FROM turn) AS took,
              (SELECT CEIL(EXTRACT(EPOCH FROM next_attempt_at - now()))::int FROM slowed) AS wait`,
      [username, threshold, minutes, seconds],
    )) as { slowed: boolean; took: boolean; wait: number | null }[];
    if (!row?.slowed || row.took) return 0;
    // Asked for unknown usernames too (with no id, so nothing matches), so both take the same path.
    if (await this.signedInFrom(userId, address)) return 0;
    // The turn seen as taken may have been freed meanwhile: the client still waits at least a second.
    return Math.max(1, row.wait ?? 1);
  }

  /** Counts one wrong password for the pair and for the account, in one statement. */
  async countFailure(username: string, address: string): Promise<FailureOutcome> {
    const { lockoutThreshold, lockoutMinutes, accountSlowdownMinutes } = this.config;
    // A pair's failures older than the lockout period, or from before an expired lock, start its count again; an
    // account's window ends `accountSlowdownMinutes` after its first failure, and the next failure opens a new one.
    const freshPair = `(f.last_failed_at < now() - make_interval(mins => $4) OR f.locked_until <= now())`;
    const pairCount = `CASE WHEN ${freshPair} THEN 1 ELSE f.failed_count + 1 END`;
    const newWindow = `a.window_started_at <= now() - make_interval(mins => $5)`;
    const [row] = (await this.db.query(
      `WITH pair AS (
         INSERT INTO login_failures AS f (username, address, failed_count, last_failed_at, locked_until)
         VALUES ($1, $2, 1, now(), CASE WHEN 1 >= $3 THEN now() + make_interval(mins => $4) END)
         ON CONFLICT (username, address) DO UPDATE SET
           failed_count = ${pairCount},
           last_failed_at = now(),
           locked_until = CASE WHEN ${pairCount} >= $3 THEN now() + make_interval(mins => $4) ELSE NULL END
         RETURNING f.locked_until IS NOT NULL AS locked
       ), account AS (
         INSERT INTO login_account_failures AS a (username, failed_count, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (username) DO UPDATE SET
           failed_count = CASE WHEN ${newWindow} THEN 1 ELSE a.failed_count + 1 END,
           window_started_at = CASE WHEN ${newWindow} THEN now() ELSE a.window_started_at END,
           next_attempt_at = CASE WHEN ${newWindow} THEN NULL ELSE a.next_attempt_at END
         RETURNING a.failed_count, a.window_started_at
       )
       SELECT pair.locked, account.failed_count, account.window_started_at FROM pair, account`,
      [username, address, lockoutThreshold, lockoutMinutes, accountSlowdownMinutes],
    )) as { locked: boolean; failed_count: number; window_started_at: Date }[];
    if (!row) return { locked: false, slowed: null };
    // Exactly one failure per window sees the count equal the threshold (the upsert serialises on the row).
    if (row.failed_count !== this.config.accountSlowdownThreshold) return { locked: row.locked, slowed: null };
    const [{ n }] = (await this.db.query('SELECT count(*)::int AS n FROM login_failures WHERE username = $1 AND last_failed_at >= $2', [
      username,
      row.window_started_at,
    ])) as [{ n: number }];
    return { locked: row.locked, slowed: { failures: row.failed_count, addresses: n } };
  }

  /** A successful sign-in clears its own address's count; the account-wide count runs out with its window. */
  async clearAddress(tx: EntityManager, username: string, address: string): Promise<void> {
    await tx.query('DELETE FROM login_failures WHERE username = $1 AND address = $2', [username, address]);
  }

  private async signedInFrom(userId: string | null, address: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT DISTINCT ip FROM auth_sessions WHERE user_id = $1 AND ip IS NOT NULL AND created_at > now() - make_interval(days => $2)`,
      [userId, KNOWN_ADDRESS_DAYS],
    )) as { ip: string }[];
    return rows.some((r) => addressKey(r.ip) === address);
  }
}
