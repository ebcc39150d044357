import { Inject, Injectable, Logger } from '@nestjs/common';
import { ERROR_CODES, Principal } from '@kompas/domain';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { toSqliteUtc } from '../../database/sqlite-time';
import { AuditService } from '../audit/audit.service';
import { Credential, Session, User } from '../users/user.entities';
import { decoyHash, verifyPassword } from './passwords';

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

export class TooManyAttempts extends ApiError {
  constructor(readonly retryAfterSeconds: number) {
    super(ERROR_CODES.tooManyAttempts, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, [
      { field: 'username', code: ERROR_CODES.tooManyAttempts, message: 'locked for now' },
    ]);
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
  ) {}

  /** Checks the password and opens a session; the cookie's token is returned once and stored only as a hash. */
  async login(usernameRaw: string, password: string, ip: string | null): Promise<{ token: string; user: User; expiresAt: Date }> {
    const username = usernameRaw.trim().toLowerCase();
    const wait = await this.lockedFor(username, ip);
    if (wait > 0) {
      const detail = `Sign-in for "${username}" locked out: ${this.config.loginMaxFailures} failed attempts within ${this.config.loginWindowSeconds} s.`;
      this.logger.warn(`${detail} (from ${ip ?? 'unknown address'})`);
      await this.audit.record({ action: 'lockout', entity: 'session', userName: username, detail, ip });
      throw new TooManyAttempts(wait);
    }

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
      await this.audit.record({
        action: 'loginFailed',
        entity: 'session',
        userId: user?.id ?? null,
        userName: username,
        detail: refusal,
        ip,
      });
      throw ApiError.at(ERROR_CODES.invalidCredentials, 'The login or the password is wrong.', 'password', 'wrong login or password');
    }

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    await this.db.write(async (em) => {
      await em.insert(Session, { id: tokenId(token), userId: user.id, expiresAt });
      await em.query(`DELETE FROM "session" WHERE "expiresAt" < ?`, [toSqliteUtc(new Date())]);
      await this.audit.append(em, { action: 'login', entity: 'session', userId: user.id, userName: user.name, entityId: user.id, ip });
    });
    return { token, user, expiresAt };
  }

  /** Seconds until this login (or address) may try again; 0 when it may now. */
  private lockedFor(username: string, ip: string | null): Promise<number> {
    const windowMs = this.config.loginWindowSeconds * 1000;
    const since = new Date(Date.now() - windowMs).toISOString();
    return this.db.read(async (em) => {
      const check = async (column: 'userName' | 'ip', value: string, max: number) => {
        const rows = (await em.query(
          `SELECT "at" FROM "audit_entry" WHERE "action" = 'loginFailed' AND "${column}" = ? AND "at" >= ? ORDER BY "at" DESC LIMIT ?`,
          [value, since, max],
        )) as { at: string }[];
        if (rows.length < max) return 0;
        const oldest = Date.parse(rows[rows.length - 1].at);
        return Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
      };
      const byName = await check('userName', username, this.config.loginMaxFailures);
      const byIp = ip ? await check('ip', ip, this.config.loginMaxFailures * 4) : 0;
      return Math.max(byName, byIp);
    });
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

  /** The active user behind a session cookie, or null. */
  userForToken(token: string | undefined): Promise<User | null> {
    if (!token) return Promise.resolve(null);
    return this.db.read((em) => this.userForSession(em, tokenId(token)));
  }

  private async userForSession(em: EntityManager, id: string): Promise<User | null> {
    const session = await em.findOne(Session, { where: { id } });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await em.findOne(User, { where: { id: session.userId } });
    if (!user || !user.active) return null;
    if (user.demo && !this.config.demo) return null;
    return user;
  }
}
