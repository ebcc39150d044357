import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { type Answerer, remindedOf, type Role } from '@kompas/domain';
import { Cron } from 'croner';
import { createTransport, type Transporter } from 'nodemailer';
import { Clock } from '../../common/clock';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { DueService } from '../follow-up/due.service';
import { commentKey, composeReminder, indicatorKey, type ReminderItem } from './reminder-mail';
import { ReminderSent } from './reminder-sent.entity';

/** What one run of the reminders did: mails sent, mails that failed (tried again next run), and the items they held. */
export type ReminderRun = { sent: number; failed: number; items: number };

type Recipient = Answerer & { name: string; username: string; email: string };
type RecipientRow = { id: string; name: string; username: string; email: string; roles: string; committeeIds: string; unitIds: string };

/** How long a mail server may take before a send counts as failed (it is tried again at the next run). */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * Reminders by e-mail. With SMTP_URL set, a scheduled job (REMINDER_CRON in
 * REMINDER_TZ) mails each active user who has an e-mail address what waits
 * on them in every adopted plan: due and overdue indicators (to the
 * responsible person if they have an address, else to the owners who have
 * one) and unread comments on what they answer for. One mail per person,
 * listing only items not mailed to them before: each item is recorded as
 * sent (`reminder_sent`) in the transaction that sends the mail, so a failed
 * send records nothing and the items go out at the next run. Without
 * SMTP_URL nothing is scheduled and nothing is sent: the list is in the app.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private job: Cron | null = null;
  private running: Promise<ReminderRun> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly due: DueService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) {
      this.logger.log('No SMTP_URL: reminders are not mailed; the "Til opfølgning" list is in the app.');
      return;
    }
    this.job = new Cron(this.config.reminderCron, { timezone: this.config.reminderTimeZone, protect: true }, () => {
      this.runNow().catch((e: unknown) => this.logger.error(`The reminder run stopped: ${e instanceof Error ? e.message : String(e)}`));
    });
    this.logger.log(
      `Reminders are mailed at "${this.config.reminderCron}" (${this.config.reminderTimeZone}); next at ${this.job.nextRun()?.toISOString()}.`,
    );
  }

  onModuleDestroy(): void {
    this.job?.stop();
    this.job = null;
  }

  /** When the job runs next; null when reminders are not mailed (no SMTP_URL). */
  nextRun(): Date | null {
    return this.job?.nextRun() ?? null;
  }

  /** Runs the reminders now, as the schedule does; a run already going is joined, not doubled. Without SMTP_URL it sends nothing. */
  runNow(): Promise<ReminderRun> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(): Promise<ReminderRun> {
    const { smtpUrl, publicUrl } = this.config;
    if (!smtpUrl || !publicUrl) return { sent: 0, failed: 0, items: 0 };
    const waiting = await this.collect();
    if (!waiting.size) return { sent: 0, failed: 0, items: 0 };

    const transport = createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
    const result: ReminderRun = { sent: 0, failed: 0, items: 0 };
    try {
      for (const { person, items } of waiting.values()) {
        try {
          const sent = await this.send(transport, person, items, publicUrl);
          if (sent) {
            result.sent++;
            result.items += sent;
          }
        } catch (e) {
          result.failed++;
          this.logger.warn(
            `The reminder to ${person.username} could not be sent and is tried again at the next run: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      }
    } finally {
      transport.close();
    }
    if (result.sent || result.failed) this.logger.log(`Reminders: ${result.sent} sent (${result.items} items), ${result.failed} failed.`);
    return result;
  }

  /** Each recipient with every item that waits on them in the adopted plans, in plan order. */
  private async collect(): Promise<Map<string, { person: Recipient; items: ReminderItem[] }>> {
    const [plans, rows] = await this.db.read(async (em) => [
      (await em.query(`SELECT "id", "title" FROM "plan" WHERE "status" = 'adopted' AND "deletedAt" IS NULL ORDER BY "title", "id"`)) as {
        id: string;
        title: string;
      }[],
      (await em.query(
        `SELECT "id", "name", "username", "email", "roles", "committeeIds", "unitIds" FROM "user"
          WHERE "active" = 1 AND "email" IS NOT NULL AND "email" != '' ORDER BY "name", "id"`,
      )) as RecipientRow[],
    ]);
    const people: Recipient[] = rows.map((r) => ({
      userId: r.id,
      name: r.name,
      username: r.username,
      email: r.email,
      roles: JSON.parse(r.roles) as Role[],
      committeeIds: JSON.parse(r.committeeIds) as string[],
      unitIds: JSON.parse(r.unitIds) as string[],
      active: true,
    }));
    const waiting = new Map<string, { person: Recipient; items: ReminderItem[] }>();
    if (!people.length) return waiting;
    const add = (person: Recipient, item: ReminderItem) => {
      const entry = waiting.get(person.userId) ?? { person, items: [] };
      entry.items.push(item);
      waiting.set(person.userId, entry);
    };
    const today = this.due.today();
    for (const plan of plans) {
      const all = await this.due.dueFor(plan.id, null, today);
      // An indicator goes to its responsible person if they have an address, else to the owners who have one.
      for (const indicator of all.indicators) {
        const to = remindedOf({ owner: indicator.owner, responsibleUserId: indicator.responsible?.id ?? null }, people);
        for (const userId of to) {
          const person = people.find((p) => p.userId === userId) as Recipient;
          add(person, {
            kind: 'indicator',
            key: indicatorKey(indicator.indicatorId, indicator.period.code),
            planId: plan.id,
            planTitle: plan.title,
            indicator,
          });
        }
      }
      // A comment reaches whoever answers for its node and has not read it: asked person by person.
      if (!all.comments.length) continue;
      for (const person of people) {
        const theirs = await this.due.dueFor(plan.id, person.userId, today);
        for (const comment of [...theirs.comments].reverse())
          add(person, { kind: 'comment', key: commentKey(comment.commentId), planId: plan.id, planTitle: plan.title, comment });
      }
    }
    return waiting;
  }

  /**
   * Mails one person the items not sent to them before, recording them as
   * sent in the same transaction: if the mail server refuses, the
   * transaction is rolled back and nothing is recorded. The number of items sent (0: nothing new).
   */
  private send(transport: Transporter, person: Recipient, items: ReminderItem[], publicUrl: string): Promise<number> {
    return this.db.write(async (em) => {
      const sent = new Set(
        ((await em.query(`SELECT "itemKey" FROM "reminder_sent" WHERE "userId" = ?`, [person.userId])) as { itemKey: string }[]).map(
          (r) => r.itemKey,
        ),
      );
      const fresh = items.filter((i) => !sent.has(i.key));
      if (!fresh.length) return 0;
      const sentAt = this.clock.date();
      await em.insert(
        ReminderSent,
        fresh.map((i) => ({ userId: person.userId, itemKey: i.key, sentAt })),
      );
      const mail = composeReminder(person.name, fresh, publicUrl);
      await transport.sendMail({
        from: this.config.mailFrom,
        to: { name: person.name, address: person.email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      return fresh.length;
    });
  }
}
