import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to port 3000, data/kompas.sqlite and no demo', () => {
    const c = loadConfig({}, '/srv/kompas');
    expect(c).toMatchObject({ port: 3000, databasePath: resolve('/srv/kompas/data/kompas.sqlite'), demo: false });
  });

  it('reads PORT, DATABASE_PATH relative to the working directory, and KOMPAS_DEMO', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_PATH: 'x/y.sqlite', KOMPAS_DEMO: 'TRUE' }, '/srv');
    expect(c).toMatchObject({ port: 8080, databasePath: resolve('/srv/x/y.sqlite'), demo: true });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ PORT: '-1' }, 'PORT must be a whole number'],
    [{ DATABASE_PATH: ' ' }, 'DATABASE_PATH must not be empty'],
    [{ KOMPAS_DEMO: 'maybe' }, 'KOMPAS_DEMO must be true or false'],
    [{ TRUST_PROXY: 'proxy.example' }, 'TRUST_PROXY must be false, true, a hop count'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be false, true, a hop count'],
    [{ TRUST_PROXY: '10.0.0.256' }, 'TRUST_PROXY must be false, true, a hop count'],
    [{ TRUST_PROXY: 'a:b' }, 'TRUST_PROXY must be false, true, a hop count'],
    [{ TRUST_PROXY: '1000' }, 'TRUST_PROXY as a hop count must be from 0 to 100'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES must be a whole number'],
    [{ LOGIN_MAX_WAIT_SECONDS: 'soon' }, 'LOGIN_MAX_WAIT_SECONDS must be a whole number'],
    [{ LOGIN_CEILING: '-5' }, 'LOGIN_CEILING must be a whole number'],
    [{ AUDIT_KEY: 'x'.repeat(31) }, 'AUDIT_KEY must be at least 32 characters'],
    [{ AUDIT_KEY: ` ${'x'.repeat(40)}` }, 'AUDIT_KEY must be at least 32 characters with no surrounding spaces'],
    [{ AUDIT_SEAL_MINUTES: '0' }, 'AUDIT_SEAL_MINUTES must be a whole number from 1 to 1440'],
    [{ SMTP_URL: 'smtp://mail.kommune.dk' }, 'PUBLIC_URL is required when SMTP_URL is set'],
    [{ SMTP_URL: 'http://mail.kommune.dk', PUBLIC_URL: 'https://kompas.kommune.dk' }, 'SMTP_URL must be a mail server address'],
    [{ PUBLIC_URL: 'kompas.kommune.dk' }, 'PUBLIC_URL must be the address people open Kompas at'],
    [{ PUBLIC_URL: 'https://kompas.kommune.dk/?x=1' }, 'PUBLIC_URL must be the address people open Kompas at'],
    [{ REMINDER_CRON: 'every monday' }, 'REMINDER_CRON must be a cron pattern'],
    [{ REMINDER_CRON: '0 7 * * 9' }, 'REMINDER_CRON must be a cron pattern'],
    [{ REMINDER_TZ: 'Europe/Hedensted' }, 'REMINDER_TZ must be a time zone name'],
    [{ MAIL_FROM: 'Kompas' }, 'MAIL_FROM must be a sender'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads TRUST_PROXY as off, on, a hop count or a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,loopback,::1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'loopback',
      '::1',
      'fd00::/8',
    ]);
  });

  it('reads the sign-in throttling, taking LOGIN_WINDOW_SECONDS as the older name of the longest wait', () => {
    expect(loadConfig({})).toMatchObject({ loginMaxFailures: 3, loginMaxWaitSeconds: 900, loginCeiling: 30, sessionIdleMinutes: 480 });
    expect(loadConfig({ LOGIN_WINDOW_SECONDS: '600' }).loginMaxWaitSeconds).toBe(600);
    expect(loadConfig({ LOGIN_WINDOW_SECONDS: '600', LOGIN_MAX_WAIT_SECONDS: '300' }).loginMaxWaitSeconds).toBe(300);
  });

  it('reads the trail’s key and how often its head is sealed (no key: the key file beside the database; every 10 minutes)', () => {
    expect(loadConfig({})).toMatchObject({ auditKey: null, auditSealMinutes: 10 });
    const key = 'a'.repeat(64);
    expect(loadConfig({ AUDIT_KEY: key, AUDIT_SEAL_MINUTES: '5' })).toMatchObject({ auditKey: key, auditSealMinutes: 5 });
  });

  it('reads the mail settings: none by default (no mail, Mondays at 07:00 in Copenhagen), PUBLIC_URL without its trailing slash', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: null,
      publicUrl: null,
      reminderCron: '0 7 * * 1',
      reminderTimeZone: 'Europe/Copenhagen',
      mailFrom: 'Kompas <kompas@localhost>',
    });
    const c = loadConfig({
      SMTP_URL: 'smtp://kompas:hemmeligt@mail.kommune.dk:587',
      PUBLIC_URL: 'https://kommune.dk/kompas/',
      REMINDER_CRON: '30 6 * * 1-5',
      REMINDER_TZ: 'Atlantic/Faroe',
      MAIL_FROM: 'Kompas i Kommunen <kompas@kommune.dk>',
    });
    expect(c).toMatchObject({
      smtpUrl: 'smtp://kompas:hemmeligt@mail.kommune.dk:587',
      publicUrl: 'https://kommune.dk/kompas',
      reminderCron: '30 6 * * 1-5',
      reminderTimeZone: 'Atlantic/Faroe',
      mailFrom: 'Kompas i Kommunen <kompas@kommune.dk>',
    });
  });

  it('never repeats the mail server’s password in a refusal', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://kompas:hemmeligt@mail.kommune.dk', PUBLIC_URL: 'https://k.dk' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hemmeligt') }),
    );
  });

  it('reads the health roll-up’s thresholds (a tenth, half, 90 days by default), with a point or a comma', () => {
    expect(loadConfig({}).health).toEqual({ nearTarget: 0.1, offTrackShare: 0.5, assessmentDays: 90 });
    const c = loadConfig({ HEALTH_NEAR_TARGET: '0,2', HEALTH_OFF_TRACK_SHARE: '0.75', HEALTH_ASSESSMENT_DAYS: '30' });
    expect(c.health).toEqual({ nearTarget: 0.2, offTrackShare: 0.75, assessmentDays: 30 });
    try {
      loadConfig({ HEALTH_NEAR_TARGET: '2', HEALTH_OFF_TRACK_SHARE: '0', HEALTH_ASSESSMENT_DAYS: '-1' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(
        /HEALTH_NEAR_TARGET must be a number from 0 to 1[^]*HEALTH_OFF_TRACK_SHARE[^]*HEALTH_ASSESSMENT_DAYS/,
      );
    }
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'x', KOMPAS_DEMO: 'y' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as ConfigError).problems).toHaveLength(2);
    }
  });
});
