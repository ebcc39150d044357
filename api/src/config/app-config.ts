import { DEFAULT_HEALTH_SETTINGS, HealthSettings, isEmailAddress } from '@kompas/domain';
import { Cron } from 'croner';
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

/** Everything Kompas reads from its environment, validated once at start-up. */
export type AppConfig = {
  /** HTTP port; 0 picks a free one (tests). */
  port: number;
  /** The SQLite database file, created on first start. */
  databasePath: string;
  /** Demo mode: load the Hedensted plan into an empty database. */
  demo: boolean;
  /** Largest request body for ordinary routes. */
  bodyLimitBytes: number;
  /** Largest plan document `POST /api/plans/import` accepts. */
  importLimitBytes: number;
  /** The built web app (`npm run build` writes it to dist/web), served at `/`. */
  webRoot: string;
  /** Sign-in throttling: failed sign-ins of one login from one address answered without a wait; after each further one the pair waits 1, 2, 4 … s. */
  loginMaxFailures: number;
  /** The longest such wait, in seconds. */
  loginMaxWaitSeconds: number;
  /** Failed sign-ins within an hour from one address (any login), or for one login (any address), above which every attempt is answered slowly. */
  loginCeiling: number;
  /** How long a session lasts at most. */
  sessionHours: number;
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** Express's trust-proxy setting: which proxies' X-Forwarded-For names the client's address (false: none). */
  trustProxy: boolean | number | string[];
  /** Other origins allowed to call the API with the session cookie (CORS); the app's own origin always is. */
  corsOrigins: string[];
  /** Send the session cookie only over HTTPS. */
  secureCookies: boolean;
  /** The first administrator, created at start-up when no active administrator exists. */
  admin: { username: string; password: string; name: string } | null;
  /** The trail's key (AUDIT_KEY, 32+ characters); null: the key file beside the database (`<database>.key`). */
  auditKey: string | null;
  /** How often the head of the chain is sealed into `<database>.seal`. */
  auditSealMinutes: number;
  /** The mail server reminders are sent through (SMTP_URL, `smtp://user:password@host:587`); null: no mail at all, only the in-app list. */
  smtpUrl: string | null;
  /** The address people open Kompas at, without a trailing slash (PUBLIC_URL): links in mails start with it. Required with SMTP_URL. */
  publicUrl: string | null;
  /** When reminders go out: a cron pattern (REMINDER_CRON, Monday 07:00 by default) in `reminderTimeZone`. */
  reminderCron: string;
  /** The time zone of `reminderCron` (REMINDER_TZ, an IANA name). */
  reminderTimeZone: string;
  /** The sender of reminder mails (MAIL_FROM), `Name <address>` or an address. */
  mailFrom: string;
  /** The health roll-up's thresholds: HEALTH_NEAR_TARGET, HEALTH_OFF_TRACK_SHARE, HEALTH_ASSESSMENT_DAYS. */
  health: HealthSettings;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

export const DEFAULT_DATABASE_PATH = 'data/kompas.sqlite';
export const DEFAULT_WEB_ROOT = 'dist/web';
export const BODY_LIMIT_BYTES = 1024 * 1024;
// A 20,000-action plan document is about 90 MB (see `npm run bench`); keep room above it.
export const IMPORT_LIMIT_BYTES = 256 * 1024 * 1024;

export const DEFAULT_REMINDER_CRON = '0 7 * * 1';
export const DEFAULT_REMINDER_TZ = 'Europe/Copenhagen';
export const DEFAULT_MAIL_FROM = 'Kompas <kompas@localhost>';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off', ''];

export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  let port = 3000;
  const rawPort = env['PORT'];
  if (rawPort !== undefined && rawPort !== '') {
    if (!/^\d+$/.test(rawPort.trim()) || Number(rawPort) > 65535) {
      problems.push(`PORT must be a whole number from 0 to 65535, not "${rawPort}".`);
    } else {
      port = Number(rawPort);
    }
  }

  let databasePath = resolve(cwd, DEFAULT_DATABASE_PATH);
  const rawPath = env['DATABASE_PATH'];
  if (rawPath !== undefined) {
    if (!rawPath.trim()) problems.push('DATABASE_PATH must not be empty; leave it unset for data/kompas.sqlite.');
    else databasePath = rawPath === ':memory:' || isAbsolute(rawPath) ? rawPath : resolve(cwd, rawPath);
  }

  let demo = false;
  const rawDemo = (env['KOMPAS_DEMO'] ?? '').trim().toLowerCase();
  if (TRUE.includes(rawDemo)) demo = true;
  else if (!FALSE.includes(rawDemo)) problems.push(`KOMPAS_DEMO must be true or false, not "${env['KOMPAS_DEMO']}".`);

  let webRoot = resolve(cwd, DEFAULT_WEB_ROOT);
  const rawWebRoot = env['WEB_ROOT'];
  if (rawWebRoot !== undefined) {
    if (!rawWebRoot.trim()) problems.push('WEB_ROOT must not be empty; leave it unset for dist/web.');
    else webRoot = resolve(cwd, rawWebRoot);
  }

  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
      return fallback;
    }
    return Number(raw);
  };
  const loginMaxFailures = whole('LOGIN_MAX_FAILURES', 3, 0, 1000);
  // LOGIN_WINDOW_SECONDS is the older name: it was how long a lock-out lasted.
  const loginMaxWaitSeconds =
    env['LOGIN_MAX_WAIT_SECONDS'] !== undefined && env['LOGIN_MAX_WAIT_SECONDS'].trim() !== ''
      ? whole('LOGIN_MAX_WAIT_SECONDS', 900, 1, 86_400)
      : whole('LOGIN_WINDOW_SECONDS', 900, 1, 86_400);
  const loginCeiling = whole('LOGIN_CEILING', 30, 1, 1_000_000);
  const sessionHours = whole('SESSION_HOURS', 12, 1, 24 * 90);
  const sessionIdleMinutes = whole('SESSION_IDLE_MINUTES', 480, 1, 60 * 24 * 90);
  const trustProxy = parseTrustProxy(env['TRUST_PROXY'], problems);

  const corsOrigins: string[] = [];
  for (const origin of (env['CORS_ORIGINS'] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`CORS_ORIGINS must list origins such as https://kompas.example.dk, not "${origin}".`);
    else corsOrigins.push(origin.toLowerCase());
  }

  let secureCookies = false;
  const rawSecure = (env['SECURE_COOKIES'] ?? '').trim().toLowerCase();
  if (TRUE.includes(rawSecure)) secureCookies = true;
  else if (!FALSE.includes(rawSecure)) problems.push(`SECURE_COOKIES must be true or false, not "${env['SECURE_COOKIES']}".`);

  let admin: AppConfig['admin'] = null;
  const adminUser = (env['KOMPAS_ADMIN_USERNAME'] ?? '').trim();
  const adminPassword = env['KOMPAS_ADMIN_PASSWORD'] ?? '';
  if (adminUser || adminPassword) {
    if (!/^[a-z0-9._-]{2,60}$/i.test(adminUser)) {
      problems.push('KOMPAS_ADMIN_USERNAME must be 2–60 letters, digits, dots, dashes or underscores.');
    } else if (adminPassword.length < 12) {
      problems.push('KOMPAS_ADMIN_PASSWORD must be at least 12 characters.');
    } else {
      admin = { username: adminUser.toLowerCase(), password: adminPassword, name: (env['KOMPAS_ADMIN_NAME'] ?? '').trim() || adminUser };
    }
  }

  let auditKey: string | null = null;
  const rawKey = env['AUDIT_KEY'];
  if (rawKey !== undefined && rawKey !== '') {
    if (rawKey.trim().length < 32 || rawKey.trim() !== rawKey)
      problems.push(
        'AUDIT_KEY must be at least 32 characters with no surrounding spaces (e.g. the 64 hex digits of `openssl rand -hex 32`).',
      );
    else auditKey = rawKey;
  }
  const auditSealMinutes = whole('AUDIT_SEAL_MINUTES', 10, 1, 24 * 60);

  const mail = readMailSettings(env, problems);

  // A share from 0 to 1, written with a point (0.1) or, as Danes write it, a comma (0,1).
  const share = (name: string, fallback: number, min: number): number => {
    const raw = (env[name] ?? '').trim();
    if (!raw) return fallback;
    const n = /^\d+([.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : NaN;
    if (!(n >= min && n <= 1)) {
      problems.push(`${name} must be a number from ${min} to 1 (e.g. ${fallback}), not "${env[name]}".`);
      return fallback;
    }
    return n;
  };
  const health: HealthSettings = {
    nearTarget: share('HEALTH_NEAR_TARGET', DEFAULT_HEALTH_SETTINGS.nearTarget, 0),
    // 0 would call every parent with data off track.
    offTrackShare: share('HEALTH_OFF_TRACK_SHARE', DEFAULT_HEALTH_SETTINGS.offTrackShare, 0.01),
    assessmentDays: whole('HEALTH_ASSESSMENT_DAYS', DEFAULT_HEALTH_SETTINGS.assessmentDays, 0, 3650),
  };

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    databasePath,
    demo,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    importLimitBytes: IMPORT_LIMIT_BYTES,
    webRoot,
    loginMaxFailures,
    loginMaxWaitSeconds,
    loginCeiling,
    sessionHours,
    sessionIdleMinutes,
    trustProxy,
    corsOrigins,
    secureCookies,
    admin,
    auditKey,
    auditSealMinutes,
    ...mail,
    health,
  };
}

/** SMTP_URL, PUBLIC_URL, REMINDER_CRON, REMINDER_TZ and MAIL_FROM: the reminders by mail. */
function readMailSettings(
  env: Record<string, string | undefined>,
  problems: string[],
): Pick<AppConfig, 'smtpUrl' | 'publicUrl' | 'reminderCron' | 'reminderTimeZone' | 'mailFrom'> {
  let smtpUrl: string | null = null;
  const rawSmtp = (env['SMTP_URL'] ?? '').trim();
  if (rawSmtp) {
    let url: URL | null = null;
    try {
      url = new URL(rawSmtp);
    } catch {
      url = null;
    }
    // The value is not repeated in the message: it may hold the mail server's password.
    if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname)
      problems.push(
        'SMTP_URL must be a mail server address such as smtp://user:password@mail.kommune.dk:587 (smtps:// for TLS from the start).',
      );
    else smtpUrl = rawSmtp;
  }

  let publicUrl: string | null = null;
  const rawPublic = (env['PUBLIC_URL'] ?? '').trim();
  if (rawPublic) {
    let url: URL | null = null;
    try {
      url = new URL(rawPublic);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password)
      problems.push(`PUBLIC_URL must be the address people open Kompas at, such as https://kompas.kommune.dk, not "${rawPublic}".`);
    else publicUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } else if (smtpUrl) {
    problems.push(
      'PUBLIC_URL is required when SMTP_URL is set: the address people open Kompas at, such as https://kompas.kommune.dk (links in reminder mails start with it).',
    );
  }

  let reminderTimeZone = DEFAULT_REMINDER_TZ;
  const rawTz = (env['REMINDER_TZ'] ?? '').trim();
  if (rawTz) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: rawTz });
      reminderTimeZone = rawTz;
    } catch {
      problems.push(`REMINDER_TZ must be a time zone name such as Europe/Copenhagen, not "${rawTz}".`);
    }
  }

  let reminderCron = DEFAULT_REMINDER_CRON;
  const rawCron = (env['REMINDER_CRON'] ?? '').trim();
  if (rawCron) {
    try {
      // Never started: only read, and asked once when it would run.
      const pattern = new Cron(rawCron, { paused: true, timezone: reminderTimeZone });
      if (!pattern.nextRun()) throw new Error('never runs');
      reminderCron = rawCron;
    } catch {
      problems.push(
        `REMINDER_CRON must be a cron pattern of five fields (minute hour day month weekday) that runs, such as "0 7 * * 1" (Mondays at 07:00), not "${rawCron}".`,
      );
    }
  }

  let mailFrom = DEFAULT_MAIL_FROM;
  const rawFrom = (env['MAIL_FROM'] ?? '').trim();
  if (rawFrom) {
    const named = /^([^<>\r\n"]*)<([^<>\s]+)>$/.exec(rawFrom);
    const address = named ? named[2] : rawFrom;
    // `localhost` has no dot, so the rule for users' addresses would refuse the default's own domain.
    if (!isEmailAddress(address) && !/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@localhost$/.test(address))
      problems.push(`MAIL_FROM must be a sender such as "Kompas <kompas@kommune.dk>" or kompas@kommune.dk, not "${rawFrom}".`);
    else mailFrom = rawFrom;
  }

  return { smtpUrl, publicUrl, reminderCron, reminderTimeZone, mailFrom };
}

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** Whether `entry` is an address, a CIDR range (`10.0.0.0/8`) or one of Express's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length) return false;
  const version = isIP(address);
  if (!version) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: off (unset, `false`), `true` (every proxy: only when nothing
 * can reach Kompas but the proxy), a hop count (`1`: the nearest proxy), or
 * a comma-separated list of proxy addresses and CIDR ranges.
 */
function parseTrustProxy(raw: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  const value = (raw ?? '').trim().toLowerCase();
  if (FALSE.includes(value) && value !== '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 100) problems.push(`TRUST_PROXY as a hop count must be from 0 to 100, not "${raw}".`);
    return hops === 0 ? false : hops;
  }
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const wrong = entries.filter((e) => !isProxyAddress(e));
  if (wrong.length) {
    problems.push(
      `TRUST_PROXY must be false, true, a hop count (e.g. 1) or a list of proxy addresses and ranges (e.g. 10.0.0.5,192.168.0.0/16), not "${raw}" (${wrong.join(', ')}).`,
    );
    return false;
  }
  return entries;
}

/** The configuration of this process, from its environment. */
export const configFromEnvironment = (): AppConfig => loadConfig(process.env);
