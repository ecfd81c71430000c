import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { AuthError } from '@cadre/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { assertPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from '../../common/crypto/password';
import { AppException } from '../../common/errors/app-exception';
import { DomainEvents } from '../../common/events/domain-events';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { OrgUnit } from '../org/org-unit.entity';
import { keyGroupsOf } from '../users/key-groups';
import { User } from '../users/user.entity';
import { AuthSession } from './auth-session.entity';
import { addressKey } from './client-address';
import type { TokenDto } from './dto/auth.dto';
import { JWT_ISSUER, type AccessTokenPayload } from './jwt.strategy';
import { RefreshToken } from './refresh-token.entity';
import { SessionCache } from './session-cache';
import { SignInGuard, type FailureOutcome } from './sign-in-guard';

export interface IssuedTokens extends TokenDto {
  refreshToken: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly guard: SignInGuard,
    private readonly events: DomainEvents,
    private readonly sessions: SessionCache,
  ) {}

  /**
   * Signs in. Wrong passwords count per username and client address, and per username across addresses, whether or not
   * the account exists, and the answers are the same for both, so a guesser learns nothing (see SignInGuard): the
   * lockout threshold'th wrong password locks the name for that address only; many from everywhere slow the name down.
   */
  async login(rawUsername: string, password: string, origin: RequestOrigin): Promise<IssuedTokens> {
    const username = rawUsername.trim().toLowerCase();
    const address = addressKey(origin.ip);
    const lockedFor = await this.guard.lockedSeconds(username, address);
    if (lockedFor > 0) {
      await this.audit.record({ action: 'auth.login_failed', outcome: 'denied', actorUsername: username, origin, details: { reason: 'locked' } });
      throw this.lockedError(lockedFor);
    }
    const user = await this.db.getRepository(User).findOne({ where: { username }, relations: { unit: true } });
    // Not audited one by one: an attempt that waits for its turn was never tried, and a flood of them would flood the
    // trail; the slowdown itself is recorded once per window (auth.throttled).
    const waitFor = await this.guard.waitSeconds(username, address, user?.id ?? null);
    if (waitFor > 0) throw this.throttledError(waitFor);
    const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !user.passwordHash || !valid) {
      const { locked, slowed } = await this.guard.countFailure(username, address);
      const unitPath = user?.unit?.path ?? null;
      await this.audit.record({
        action: 'auth.login_failed',
        outcome: 'failure',
        actor: user ? { id: user.id, username } : null,
        actorUsername: username,
        unitPath,
        origin,
        details: { reason: 'invalid_credentials' },
      });
      if (slowed) await this.accountSlowed(user, username, slowed, origin);
      if (locked) {
        await this.audit.record({ action: 'auth.locked', outcome: 'denied', actor: user ? { id: user.id, username } : null, actorUsername: username, unitPath, origin, details: { minutes: this.config.lockoutMinutes } });
        throw this.lockedError(this.config.lockoutMinutes * 60);
      }
      throw new AppException(HttpStatus.UNAUTHORIZED, AuthError.InvalidCredentials, 'Wrong username or password');
    }
    if (user.status !== 'active') {
      await this.audit.record({ action: 'auth.login_failed', outcome: 'denied', actor: user, unitPath: user.unit?.path ?? null, origin, details: { reason: 'disabled' } });
      throw new AppException(HttpStatus.FORBIDDEN, AuthError.Disabled, 'This account has been disabled; ask your administrator');
    }
    return this.db.transaction(async (tx) => {
      await this.guard.clearAddress(tx, username, address);
      await tx.getRepository(User).update({ id: user.id }, { lastLoginAt: new Date() });
      const session = await tx.getRepository(AuthSession).save({
        userId: user.id,
        lastActiveAt: new Date(),
        ip: origin.ip,
        userAgent: origin.userAgent,
      });
      const refreshToken = await this.issueRefreshToken(tx, session.id);
      await this.audit.record({ action: 'auth.login', actor: user, target: { type: 'session', id: session.id }, unitPath: user.unit?.path ?? null, origin }, tx);
      return { ...this.accessToken(user, session.id), refreshToken };
    });
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: a used token presented again means it was
   * stolen or replayed, and the whole session (every token of the family) is revoked.
   */
  async refresh(rawToken: string | undefined, origin: RequestOrigin): Promise<IssuedTokens> {
    const invalid = () => new AppException(HttpStatus.UNAUTHORIZED, AuthError.RefreshInvalid, 'Please sign in again');
    if (!rawToken || rawToken.length > 200) throw invalid();
    const outcome = await this.db.transaction(async (tx) => {
      const token = await tx.getRepository(RefreshToken).findOne({ where: { tokenHash: sha256(rawToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return { error: invalid() };
      const session = await tx.getRepository(AuthSession).findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt) return { error: invalid() };
      const user = await tx.getRepository(User).findOne({ where: { id: session.userId }, relations: { unit: true } });
      if (!user || user.status !== 'active') return { error: invalid() };
      if (token.usedAt) {
        await this.revokeSession(tx, session.id, 'refresh_replayed');
        await this.audit.record(
          { action: 'auth.refresh_replayed', outcome: 'denied', actor: user, target: { type: 'session', id: session.id }, unitPath: user.unit?.path ?? null, origin },
          tx,
        );
        return { error: invalid() };
      }
      const now = Date.now();
      if (
        now - session.lastActiveAt.getTime() > this.config.sessionIdleMinutes * 60_000 ||
        now - session.createdAt.getTime() > this.config.sessionMaxHours * 3_600_000
      ) {
        await this.revokeSession(tx, session.id, 'expired');
        return { error: new AppException(HttpStatus.UNAUTHORIZED, AuthError.SessionExpired, 'Your session has expired, please sign in again') };
      }
      await tx.getRepository(RefreshToken).update({ id: token.id }, { usedAt: new Date() });
      await tx.getRepository(AuthSession).update({ id: session.id }, { lastActiveAt: new Date() });
      const refreshToken = await this.issueRefreshToken(tx, session.id);
      return { tokens: { ...this.accessToken(user, session.id), refreshToken } };
    });
    // The revocation above must commit even though the caller gets an error, so the error is thrown after the transaction.
    if ('error' in outcome) throw outcome.error;
    return outcome.tokens;
  }

  async logout(user: AuthUser, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.revokeSession(tx, user.sessionId, 'logout');
      const unitPath = await this.unitPathOf(tx, user.unitId);
      await this.audit.record({ action: 'auth.logout', actor: user, target: { type: 'session', id: user.sessionId }, unitPath, origin }, tx);
    });
    // Every process hears it from the trigger's notice; this one forgets it now, before the answer goes out.
    this.sessions.forgetSession(user.sessionId);
  }

  /**
   * Changes the caller's password. Every other session ends, and every refresh token of this one is replaced by the
   * returned one, so a stolen token stops working. Wrong current passwords count toward the lockout and the slowdown
   * like wrong sign-ins, so a stolen access token is no way around them.
   */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string, origin: RequestOrigin): Promise<string> {
    const address = addressKey(origin.ip);
    const lockedFor = await this.guard.lockedSeconds(user.username, address);
    if (lockedFor > 0) throw this.lockedError(lockedFor);
    const waitFor = await this.guard.waitSeconds(user.username, address, user.id);
    if (waitFor > 0) throw this.throttledError(waitFor);
    const account = await this.db.getRepository(User).findOneByOrFail({ id: user.id });
    if (!account.passwordHash || !(await verifyPassword(currentPassword, account.passwordHash))) {
      const { locked, slowed } = await this.guard.countFailure(user.username, address);
      if (slowed) await this.accountSlowed(account, user.username, slowed, origin);
      if (locked) throw this.lockedError(this.config.lockoutMinutes * 60);
      throw new AppException(HttpStatus.BAD_REQUEST, AuthError.WrongPassword, 'The current password is wrong', [
        { field: 'currentPassword', message: 'wrong password' },
      ]);
    }
    assertPasswordPolicy(newPassword, account.username, 'newPassword');
    if (newPassword === currentPassword) {
      throw new AppException(HttpStatus.BAD_REQUEST, AuthError.PasswordReused, 'Choose a password different from the current one', [
        { field: 'newPassword', message: 'same as the current password' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(async (tx) => {
      await tx.getRepository(User).update({ id: user.id }, { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() });
      await tx.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'password_changed' WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`,
        [user.id, user.sessionId],
      );
      await tx.query('UPDATE refresh_tokens SET used_at = now() WHERE session_id = $1 AND used_at IS NULL', [user.sessionId]);
      const refreshToken = await this.issueRefreshToken(tx, user.sessionId);
      const unitPath = await this.unitPathOf(tx, user.unitId);
      await this.audit.record({ action: 'auth.password_changed', actor: user, target: { type: 'user', id: user.id }, unitPath, origin }, tx);
      return refreshToken;
    });
  }

  private accessToken(user: User, sessionId: string): TokenDto {
    const payload: AccessTokenPayload = { sub: user.id, sid: sessionId };
    return {
      accessToken: this.jwt.sign(payload, { secret: this.config.jwtSecret, expiresIn: this.config.accessTokenTtlSeconds, issuer: JWT_ISSUER, algorithm: 'HS256' }),
      expiresIn: this.config.accessTokenTtlSeconds,
      user: {
        id: user.id,
        username: user.username,
        name: user.name,
        roles: user.roles,
        unitId: user.unitId,
        scopeUnitId: user.scopeUnitId,
        keyGroups: keyGroupsOf(user, this.config.newLeaderMonths),
        mustChangePassword: user.mustChangePassword,
      },
    };
  }

  private async issueRefreshToken(tx: EntityManager, sessionId: string): Promise<string> {
    const raw = randomBytes(32).toString('base64url');
    await tx.getRepository(RefreshToken).insert({ sessionId, tokenHash: sha256(raw) });
    return raw;
  }

  private async revokeSession(tx: EntityManager, sessionId: string, reason: string): Promise<void> {
    await tx.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  /**
   * The failure that took the account past the slowdown threshold (once per window): recorded, and, for a real account,
   * announced so that its superiors are told in-app, in one transaction. An unknown username has nobody to tell.
   */
  private async accountSlowed(user: Pick<User, 'id' | 'unitId'> | null, username: string, slowed: NonNullable<FailureOutcome['slowed']>, origin: RequestOrigin): Promise<void> {
    const { accountSlowdownMinutes: minutes, accountSlowdownSeconds: seconds } = this.config;
    await this.db.transaction(async (tx) => {
      await this.audit.record(
        {
          action: 'auth.throttled',
          outcome: 'denied',
          actor: user ? { id: user.id, username } : null,
          actorUsername: username,
          unitPath: user ? await this.unitPathOf(tx, user.unitId) : null,
          origin,
          details: { ...slowed, minutes, seconds },
        },
        tx,
      );
      if (user) await this.events.emit('sign_in.slowed', { tx, userId: user.id, username, ...slowed, minutes, seconds });
    });
  }

  private lockedError(seconds: number): AppException {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new AppException(HttpStatus.TOO_MANY_REQUESTS, AuthError.Locked, `Too many wrong passwords from your address: try again in ${minutes} minutes`).retryAfter(
      seconds,
    );
  }

  /** The wait goes in Retry-After only: a message naming it would differ by a second between two otherwise equal answers. */
  private throttledError(seconds: number): AppException {
    return new AppException(
      HttpStatus.TOO_MANY_REQUESTS,
      AuthError.Throttled,
      'Too many wrong passwords for this account: sign-in is slowed down, try again in a few seconds',
    ).retryAfter(seconds);
  }

  private async unitPathOf(tx: EntityManager, unitId: string): Promise<string | null> {
    return (await tx.getRepository(OrgUnit).findOne({ where: { id: unitId }, select: { path: true } }))?.path ?? null;
  }
}
