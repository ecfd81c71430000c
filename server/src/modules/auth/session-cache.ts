import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';

/** The notice channel the triggers of migration AuthChangeNotices send on. */
export const AUTH_CHANNEL = 'cadre_auth';

interface Entry<T> {
  value: T;
  userId: string;
  /** performance.now() when the row was read. */
  readAt: number;
}

/**
 * What the session check read for a session, kept for SESSION_CACHE_SECONDS so that a cadre's requests within that time
 * cost no round trip. Correct only while it hears every change: it LISTENs on `cadre_auth` (a dedicated connection)
 * and drops a session, a user's sessions or everything as the notices say; while that connection is down (before it
 * is up, after an error, until it is back) nothing is kept or served from memory, so a lost notice cannot keep a
 * revoked session alive. A read that started before a notice arrived is not kept (the generation counter), so a row
 * read just before a revocation committed cannot be stored after its notice.
 */
@Injectable()
export class SessionCache<T = unknown> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SessionCache');
  private readonly entries = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private listener: pg.Client | undefined;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.ttlMs = config.sessionCacheSeconds * 1000;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** True while notices are heard, so entries may be kept and served. */
  get active(): boolean {
    return this.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.drop();
    await this.listener?.end().catch(() => undefined);
  }

  /** A stamp to take before reading a session; `set` keeps the row only if no notice came in between. */
  stamp(): number {
    return this.generation;
  }

  /** The kept row and its age in milliseconds, or undefined. */
  get(sessionId: string): { value: T; ageMs: number } | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    const ageMs = performance.now() - entry.readAt;
    if (ageMs >= this.ttlMs) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return { value: entry.value, ageMs };
  }

  set(sessionId: string, userId: string, value: T, stamp: number): void {
    if (!this.listening || stamp !== this.generation) return;
    if (this.entries.size >= 100_000) this.sweep();
    this.entries.set(sessionId, { value, userId, readAt: performance.now() });
  }

  /** Forget a session here at once (the notice reaches the other processes, and this one, after the commit). */
  forgetSession(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
  }

  private heard(payload: string): void {
    this.generation++;
    if (payload === '*') return this.entries.clear();
    const [kind, id] = [payload.slice(0, 2), payload.slice(2)];
    if (kind === 's:') this.entries.delete(id);
    else if (kind === 'u:') {
      for (const [sid, entry] of this.entries) if (entry.userId === id) this.entries.delete(sid);
    } else this.entries.clear();
  }

  private drop(): void {
    this.listening = false;
    this.generation++;
    this.entries.clear();
  }

  private sweep(): void {
    const now = performance.now();
    for (const [sid, entry] of this.entries) if (now - entry.readAt >= this.ttlMs) this.entries.delete(sid);
  }

  private async listen(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url) return;
    const client = new pg.Client({ connectionString: url, application_name: 'cadre-session-cache' });
    const lost = (why: string) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.drop();
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.logger.warn(`session notices lost (${why}): every request reads its session until they are back`);
      this.retry = setTimeout(() => void this.listen(), 1000);
      this.retry.unref();
    };
    this.listener = client;
    client.on('notification', (n) => {
      if (n.channel === AUTH_CHANNEL) this.heard(n.payload ?? '*');
    });
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANNEL}`);
      if (this.listener === client && !this.closed) {
        this.generation++;
        this.listening = true;
      }
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
    }
  }
}
