import { Logger } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { RemindersService } from '../src/modules/reminders/reminders.service';
import { Client, Kompas, seedSmallPlan, startKompas } from './harness';
import { Mailbox } from './mailbox';

const DAY = 24 * 60 * 60 * 1000;
const PUBLIC_URL = 'https://kompas.kommune.dk';
const monthly = { type: 'quantitative', evidenceKind: 'statistics', cadence: 'monthly', unit: '%', direction: 'up', graceDays: 0 };
// Sessions outlive the weeks the clock is moved on by.
const LONG_SESSIONS = { sessionHours: 24 * 90, sessionIdleMinutes: 60 * 24 * 90 };

type DueList = { indicators: { indicatorId: string; title: string; state: string; period: { code: string } }[] };

/**
 * An adopted plan whose indicators' first month has ended without data
 * (overdue: no grace), and people with and without e-mail addresses:
 *
 * - `Udlån` on the action, with Rikke as its responsible person;
 * - `Læsescore` on the action, with nobody responsible: the unit's managers own it;
 * - `Trivselsmåling` on the focus area, whose responsible person has no address: the committee's members own it.
 */
async function seedOverdue(k: Kompas) {
  const s = await seedSmallPlan(k);
  await k.http.withCurrentVersion().patch(`/api/plans/${s.plan.id}`).send({ status: 'adopted' }).expect(200);
  const mail = (who: Client, email: string | null, more: object = {}) =>
    k.http
      .withCurrentVersion()
      .patch(`/api/users/${who.userId}`)
      .send({ email, ...more })
      .expect(200);
  const rikke = await k.as('viewer', { name: 'Rikke Ansvarlig' });
  const noAddress = await k.as('viewer', { name: 'Uden Adresse' });
  const managerWithout = await k.as('manager', { units: [s.unit.id], name: 'Leder Uden Adresse' });
  const gone = await k.as('manager', { units: [s.unit.id], name: 'Fratrådt Leder' });
  const viewer = await k.as('viewer', { name: 'Vera Læser' });
  await mail(rikke, 'Rikke@Kommune.dk');
  await mail(s.manager, 'lars@kommune.dk');
  await mail(s.member, 'mette@kommune.dk');
  await mail(viewer, 'vera@kommune.dk');
  await mail(gone, 'fratraadt@kommune.dk', { active: false });
  const create = async (by: Client, title: string, body: object) =>
    (
      await by
        .post('/api/indicators')
        .send({ title, ...monthly, ...body })
        .expect(201)
    ).body as { id: string };
  const held = await create(s.manager, 'Udlån', { actionId: s.action.id, responsibleUserId: rikke.userId });
  const owned = await create(s.manager, 'Læsescore', { actionId: s.action.id });
  const focus = await create(s.member, 'Trivselsmåling', { focusAreaId: s.focusArea.id, responsibleUserId: noAddress.userId });
  // Creation falls in a month that does not count; by 70 days on, the next one has ended.
  k.clock.advance(70 * DAY);
  const due = (await k.http.get(`/api/plans/${s.plan.id}/due`).expect(200)).body as DueList;
  expect(due.indicators.map((i) => [i.title, i.state]).sort()).toEqual([
    ['Læsescore', 'overdue'],
    ['Trivselsmåling', 'overdue'],
    ['Udlån', 'overdue'],
  ]);
  const period = (id: string) => due.indicators.find((i) => i.indicatorId === id)?.period.code as string;
  return { ...s, rikke, noAddress, managerWithout, gone, viewer, held, owned, focus, period };
}

const sentRows = async (k: Kompas) =>
  (await k.dataSource.query(`SELECT "userId", "itemKey" FROM "reminder_sent" ORDER BY "userId", "itemKey"`)) as {
    userId: string;
    itemKey: string;
  }[];

describe('reminders by e-mail', () => {
  let box: Mailbox;
  let k: Kompas;
  let webRoot: string;
  let p: Awaited<ReturnType<typeof seedOverdue>>;
  let reminders: RemindersService;

  beforeAll(async () => {
    box = await Mailbox.start();
    webRoot = mkdtempSync(join(tmpdir(), 'kompas-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Kompas</title><div id="root"></div>');
    k = await startKompas({
      webRoot,
      config: { ...LONG_SESSIONS, smtpUrl: box.url, publicUrl: PUBLIC_URL, mailFrom: 'Kompas i Testrup <kompas@testrup.dk>' },
    });
    reminders = k.app.get(RemindersService);
    p = await seedOverdue(k);
  });
  afterAll(async () => {
    await k.close();
    await box.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('is scheduled for the next Monday at 07:00 in Copenhagen', () => {
    const next = reminders.nextRun();
    expect(next).toBeInstanceOf(Date);
    const words = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'long', hour: '2-digit', minute: '2-digit' });
    expect(words.format(next as Date)).toBe('Monday 07:00');
    expect((next as Date).getTime()).toBeGreaterThan(Date.now());
    expect((next as Date).getTime()).toBeLessThanOrEqual(Date.now() + 7 * DAY);
  });

  it('mails a responsible person their overdue indicator, in Danish, with links that open it', async () => {
    expect(await reminders.runNow()).toEqual({ sent: 3, failed: 0, items: 3 });
    const [mail, ...more] = box.to('rikke@kommune.dk');
    expect(more).toEqual([]);
    expect(mail.toName).toBe('Rikke Ansvarlig');
    expect(mail.from).toContain('kompas@testrup.dk');
    expect(mail.subject).toBe('Kompas – til opfølgning: 1 indikator mangler data');
    expect(mail.text).toContain('Hej Rikke Ansvarlig');
    expect(mail.text).toContain(`Udlån (periode ${p.period(p.held.id)}): overskredet`);
    expect(mail.text).not.toContain('Læsescore');
    const record = `${PUBLIC_URL}/plans/${p.plan.id}/nodes/${p.held.id}#record`;
    expect(mail.links).toEqual([`${PUBLIC_URL}/todo`, record]);
    expect(mail.html).toContain(`href="${record}"`);
    // The address opens the app where it points: the map with the indicator selected, on its recording form.
    for (const link of mail.links) {
      const page = await k.anon.get(new URL(link).pathname).expect(200);
      expect(page.text).toContain('<div id="root">');
    }
    expect((await k.http.get(`/api/indicators/${p.held.id}`).expect(200)).body.title).toBe('Udlån');
  });

  it('mails the owners who have an address when nobody responsible has one; one mail each, nothing to others', async () => {
    const [lars] = box.to('lars@kommune.dk');
    expect(lars.text).toContain(`Læsescore (periode ${p.period(p.owned.id)}): overskredet`);
    expect(lars.text).not.toContain('Udlån');
    expect(lars.links).toContain(`${PUBLIC_URL}/plans/${p.plan.id}/nodes/${p.owned.id}#record`);
    const [mette] = box.to('mette@kommune.dk');
    expect(mette.text).toContain('Trivselsmåling');
    expect(mette.text).toContain('måler Trivsel i skolen');
    // The deactivated manager, the managers and responsible person without an address, and a reader: nothing.
    expect(box.received.map((m) => m.to).sort()).toEqual([['lars@kommune.dk'], ['mette@kommune.dk'], ['rikke@kommune.dk']]);
    expect(await sentRows(k)).toEqual(
      [
        { userId: p.rikke.userId, itemKey: `indicator:${p.held.id}:${p.period(p.held.id)}` },
        { userId: p.manager.userId, itemKey: `indicator:${p.owned.id}:${p.period(p.owned.id)}` },
        { userId: p.member.userId, itemKey: `indicator:${p.focus.id}:${p.period(p.focus.id)}` },
      ].sort((a, b) => a.userId.localeCompare(b.userId) || a.itemKey.localeCompare(b.itemKey)),
    );
  });

  it('sends nothing new on a second run', async () => {
    expect(await reminders.runNow()).toEqual({ sent: 0, failed: 0, items: 0 });
    expect(box.received).toHaveLength(3);
    expect(await sentRows(k)).toHaveLength(3);
  });

  it('mails a new comment with the next reminder to those who answer for its node, not to its author', async () => {
    await p.viewer.post(`/api/nodes/${p.action.id}/comments`).send({ body: 'Hvornår kommer tallene for marts?' }).expect(201);
    await p.manager.post(`/api/nodes/${p.action.id}/comments`).send({ body: 'Vi ser på det – Lars' }).expect(201);
    expect(await reminders.runNow()).toEqual({ sent: 1, failed: 0, items: 1 });
    // Lars's own comment reaches only the other manager, who has no address; Vera wrote hers.
    expect(box.received.slice(3).map((m) => m.to)).toEqual([['lars@kommune.dk']]);
    const [lars] = box.to('lars@kommune.dk').slice(1);
    expect(lars.subject).toBe('Kompas – til opfølgning: 1 ny kommentar');
    expect(lars.text).toContain('Vera Læser om Læsevenner i indskolingen');
    expect(lars.text).toContain('»Hvornår kommer tallene for marts?«');
    // Already sent: the overdue indicator is not repeated.
    expect(lars.text).not.toContain('Læsescore');
    expect(lars.links).toContain(`${PUBLIC_URL}/plans/${p.plan.id}/nodes/${p.action.id}#comments`);
    expect(lars.text).not.toContain('Vi ser på det');
  });

  it('records nothing when the mail server refuses, says so in the log, and sends it all at the next run', async () => {
    await p.viewer.post(`/api/nodes/${p.focusArea.id}/comments`).send({ body: 'Er målingen for foråret med?' }).expect(201);
    const before = await sentRows(k);
    const received = box.received.length;
    const warn = jest.spyOn(Logger.prototype, 'warn');
    box.refusing = true;
    try {
      expect(await reminders.runNow()).toEqual({ sent: 0, failed: 1, items: 0 });
    } finally {
      box.refusing = false;
    }
    expect(await sentRows(k)).toEqual(before);
    expect(box.received).toHaveLength(received);
    const said = warn.mock.calls.map((c) => String(c[0])).join('\n');
    warn.mockRestore();
    expect(said).toMatch(/could not be sent and is tried again at the next run/);
    expect(said).toContain((await k.http.get(`/api/users/${p.member.userId}`).expect(200)).body.username);

    expect(await reminders.runNow()).toEqual({ sent: 1, failed: 0, items: 1 });
    const [mette] = box.to('mette@kommune.dk').slice(-1);
    expect(mette.text).toContain('»Er målingen for foråret med?«');
    expect((await sentRows(k)).length).toBe(before.length + 1);
  });
});

describe('reminders without a mail server', () => {
  it('sends no mail and records nothing when SMTP_URL is not set: the list is only in the app', async () => {
    const box = await Mailbox.start();
    const k = await startKompas({ config: { ...LONG_SESSIONS, publicUrl: PUBLIC_URL } });
    try {
      const reminders = k.app.get(RemindersService);
      const p = await seedOverdue(k);
      expect(reminders.nextRun()).toBeNull();
      expect(await reminders.runNow()).toEqual({ sent: 0, failed: 0, items: 0 });
      expect(box.received).toEqual([]);
      expect(await sentRows(k)).toEqual([]);
      // The in-app list still has it all.
      const mine = (await p.rikke.get(`/api/plans/${p.plan.id}/due?mine=true`).expect(200)).body as DueList;
      expect(mine.indicators.map((i) => i.title)).toEqual(['Udlån']);
    } finally {
      await k.close();
      await box.close();
    }
  });

  it('refuses to start with SMTP_URL but no PUBLIC_URL, naming PUBLIC_URL', () => {
    const start = () => loadConfig({ SMTP_URL: 'smtp://kompas:hemmeligt@mail.kommune.dk:587' });
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/PUBLIC_URL is required when SMTP_URL is set/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.kommune.dk', PUBLIC_URL: PUBLIC_URL, REMINDER_CRON: 'hver mandag' })).toThrow(
      /REMINDER_CRON must be a cron pattern/,
    );
  });
});
