import { Inject, Injectable, Logger } from '@nestjs/common';
import { ERROR_CODES, Principal } from '@kompas/domain';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { toSqliteUtc } from '../../database/sqlite-time';
import { AuditService } from '../audit/audit.service';
import { Credential, Session, User } from '../users/user.entities';
import { decoyHash, verifyPassword } from './passwords';
import { SignInThrottle } from './sign-in-throttle';

export const SESSION_COOKIE = 'kompas_session';

export type Me = {
  id: string;
  username: string;
  name: string;
  roles: User['roles'];
  committeeIds: string[];
  unitIds: string[];
  demo: boolean;
};

export const toMe = (u: User): Me => ({
  id: u.id,
  username: u.username,
  name: u.name,
  roles: u.roles,
  committeeIds: u.committeeIds,
  unitIds: u.unitIds,
  demo: u.demo,
});

export const principalOf = (u: User): Principal => ({
  userId: u.id,
  roles: u.roles,
  committeeIds: u.committeeIds,
  unitIds: u.unitIds,
});

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');
/** The shape of every session token Kompas issues: 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** How often a session's last-seen time is written, at most. */
const LAST_SEEN_EVERY_MS = 60_000;

export class TooManyAttempts extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ERROR_CODES.tooManyAttempts,
      retryAfterSeconds < 60
        ? `Too many failed sign-ins. Try again in ${retryAfterSeconds} second(s).`
        : `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      [{ field: 'username', code: ERROR_CODES.tooManyAttempts, message: 'wait before trying again' }],
    );
    this.extra = { retryAfterSeconds };
  }
}

/** Sign-in, sessions and throttling. Sessions live in the database, so any API process can serve them. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks the password and opens a session; the cookie's token is returned
   * once and stored only as a hash. A login that must wait from this address
   * is answered at once, before any password is checked (see SignInThrottle).
   */
  async login(usernameRaw: string, password: string, ip: string | null): Promise<{ token: string; user: User; expiresAt: Date }> {
    const username = usernameRaw.trim().toLowerCase();
    const from = ip ?? 'unknown address';
    const gate = await this.throttle.gate(username, ip);
    // A read first: a flood of attempts that must wait is answered without writing anything.
    const claim = gate.waitSeconds > 0 ? null : await this.throttle.claim(username, ip);
    const wait = claim ? claim.waitSeconds : gate.waitSeconds;
    if (!claim || wait > 0) {
      this.logger.warn(`Sign-in for "${username}" from ${from} refused: it must wait ${wait} s after failed attempts.`);
      throw new TooManyAttempts(wait);
    }
    if (gate.slowMs) await this.clock.wait(gate.slowMs);

    const found = await this.db.read(async (em) => {
      const user = await em.findOne(User, { where: { username } });
      const credential = user ? await em.findOne(Credential, { where: { userId: user.id, kind: 'password' } }) : null;
      return { user, credential };
    });
    const ok = await verifyPassword(password, found.credential?.secret ?? (await decoyHash()));
    const user = found.user;
    const refusal =
      !ok || !user || !found.credential
        ? 'wrong login or password'
        : !user.active
          ? 'user deactivated'
          : user.demo && !this.config.demo
            ? 'demo login while demo mode is off'
            : null;
    if (refusal || !user) {
      // Failed sign-ins go to the log and the counters; only a lock-out reaches the trail, once per login and address.
      const failure = await this.db.write(async (em) => {
        const f = await this.throttle.failed(em, username, ip, claim);
        if (f.lockedOut) {
          const detail = `Sign-in for "${username}" from ${from} waits ${f.waitSeconds} s after each failed attempt: ${f.failures} failed attempts.`;
          await this.audit.append(em, { action: 'lockout', entity: 'session', userId: user?.id ?? null, userName: username, detail, ip });
        }
        return f;
      });
      this.logger.warn(
        `Failed sign-in for "${username}" from ${from}: ${refusal ?? 'refused'} (${failure.failures} in a row${failure.waitSeconds ? `, next try in ${failure.waitSeconds} s` : ''}).`,
      );
      throw ApiError.at(ERROR_CODES.invalidCredentials, 'The login or the password is wrong.', 'password', 'wrong login or password');
    }

    const token = randomBytes(32).toString('base64url');
    const now = this.clock.date();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3600_000);
    await this.db.write(async (em) => {
      await this.throttle.succeeded(em, username, ip);
      await em.insert(Session, { id: tokenId(token), userId: user.id, expiresAt, lastSeenAt: now });
      await em.query(`DELETE FROM "session" WHERE "expiresAt" < ? OR coalesce("lastSeenAt", "createdAt") < ?`, [
        toSqliteUtc(now),
        toSqliteUtc(new Date(now.getTime() - this.idleMs())),
      ]);
      await this.audit.append(em, { action: 'login', entity: 'session', userId: user.id, userName: user.name, entityId: user.id, ip });
    });
    return { token, user, expiresAt };
  }

  async logout(token: string, actor: { userId: string; userName: string }, ip: string | null): Promise<void> {
    await this.db.write(async (em) => {
      const result = await em.delete(Session, { id: tokenId(token) });
      if (result.affected)
        await this.audit.append(em, {
          action: 'logout',
          entity: 'session',
          userId: actor.userId,
          userName: actor.userName,
          entityId: actor.userId,
          ip,
        });
    });
  }

  /**
   * The active user behind a session cookie, or null. Anything but a token
   * Kompas could have issued (an express "JSON cookie" read into an object, a
   * number, a long string) is no session at all. A session ends at its expiry
   * and after SESSION_IDLE_MINUTES without a request; when it was last seen is
   * written at most once a minute.
   */
  async userForToken(token: unknown): Promise<User | null> {
    if (typeof token !== 'string' || !TOKEN.test(token)) return null;
    const id = tokenId(token);
    const found = await this.db.read((em) => this.userForSession(em, id));
    if (!found) return null;
    const now = this.clock.now();
    if (now - found.lastSeen >= LAST_SEEN_EVERY_MS) {
      // Not awaited: a signed-in read must not wait behind a long write (an import) just to note the time.
      this.db
        .write((em) => em.query(`UPDATE "session" SET "lastSeenAt" = ? WHERE "id" = ?`, [toSqliteUtc(new Date(now)), id]))
        .catch((e: unknown) => this.logger.warn(`Could not note when a session was last seen: ${String(e)}`));
    }
    return found.user;
  }

  private idleMs(): number {
    return this.config.sessionIdleMinutes * 60_000;
  }

  private async userForSession(em: EntityManager, id: string): Promise<{ user: User; lastSeen: number } | null> {
    const session = await em.findOne(Session, { where: { id } });
    const now = this.clock.now();
    if (!session || session.expiresAt.getTime() <= now) return null;
    const lastSeen = (session.lastSeenAt ?? session.createdAt).getTime();
    if (now - lastSeen >= this.idleMs()) return null;
    const user = await em.findOne(User, { where: { id: session.userId } });
    if (!user || !user.active) return null;
    if (user.demo && !this.config.demo) return null;
    return { user, lastSeen };
  }
}
