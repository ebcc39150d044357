import type { DueIndicator, UnreadComment } from '../follow-up/due.service';

/** One thing a reminder tells someone about, with the key that records it as sent to them. */
export type ReminderItem =
  | { kind: 'indicator'; key: string; planId: string; planTitle: string; indicator: DueIndicator }
  | { kind: 'comment'; key: string; planId: string; planTitle: string; comment: UnreadComment };

/** The mail one person gets: a subject, and the same content as plain text and as HTML. */
export type ReminderMail = { subject: string; text: string; html: string };

/** What a due indicator is recorded as sent by: the indicator and the period whose value is missing (a later period reminds again). */
export const indicatorKey = (indicatorId: string, periodCode: string) => `indicator:${indicatorId}:${periodCode}`;
export const commentKey = (commentId: string) => `comment:${commentId}`;

const STATE = { due: 'forfalden', overdue: 'overskredet' } as const;

const danishDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const danishDay = (isoDate: string) => danishDate.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
const danishInstant = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date(iso));

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Where the mail's links go, all starting with PUBLIC_URL: the same places the "Til opfølgning" page links to. */
export function reminderLinks(publicUrl: string) {
  const node = (planId: string, nodeId: string, hash: string) =>
    `${publicUrl}/plans/${encodeURIComponent(planId)}/nodes/${encodeURIComponent(nodeId)}#${hash}`;
  return {
    todo: `${publicUrl}/todo`,
    record: (planId: string, indicatorId: string) => node(planId, indicatorId, 'record'),
    comments: (planId: string, nodeId: string) => node(planId, nodeId, 'comments'),
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The reminder one person gets, in Danish: their due and overdue indicators
 * (overdue first) and the new comments on what they answer for, grouped by
 * plan, each with a link, and a link to their whole list.
 */
export function composeReminder(recipientName: string, items: readonly ReminderItem[], publicUrl: string): ReminderMail {
  const links = reminderLinks(publicUrl);
  const indicators = items.filter((i) => i.kind === 'indicator');
  const comments = items.filter((i) => i.kind === 'comment');
  const parts: string[] = [];
  if (indicators.length) parts.push(`${count(indicators.length, 'indikator', 'indikatorer')} mangler data`);
  if (comments.length) parts.push(count(comments.length, 'ny kommentar', 'nye kommentarer'));
  const subject = `Kompas – til opfølgning: ${parts.join(', ')}`;

  const plans = [...new Map(items.map((i) => [i.planId, i.planTitle])).entries()];
  const text: string[] = [`Hej ${recipientName}`, '', 'Her er, hvad der venter på dig i Kompas.', `Hele din liste: ${links.todo}`];
  const html: string[] = [
    `<p>Hej ${escapeHtml(recipientName)}</p>`,
    `<p>Her er, hvad der venter på dig i Kompas. <a href="${escapeHtml(links.todo)}">Se hele din liste</a>.</p>`,
  ];
  for (const [planId, planTitle] of plans) {
    const mine = items.filter((i) => i.planId === planId);
    if (plans.length > 1) {
      text.push('', planTitle.toUpperCase());
      html.push(`<h2>${escapeHtml(planTitle)}</h2>`);
    }
    const due = mine.flatMap((i) => (i.kind === 'indicator' ? [i.indicator] : []));
    if (due.length) {
      text.push('', 'Data, der mangler:');
      html.push('<h3>Data, der mangler</h3>', '<ul>');
      for (const d of due) {
        const state = `${STATE[d.state]}, frist ${danishDay(d.dueDate)}`;
        const measures = `måler ${d.measures.title}`;
        const link = links.record(planId, d.indicatorId);
        text.push(`- ${d.title} (periode ${d.period.code}): ${state}`, `  ${measures}`, `  Registrér data: ${link}`);
        html.push(
          `<li><a href="${escapeHtml(link)}">${escapeHtml(d.title)}</a> (periode ${escapeHtml(d.period.code)}): <strong>${state}</strong><br>${escapeHtml(measures)}</li>`,
        );
      }
      html.push('</ul>');
    }
    const said = mine.flatMap((i) => (i.kind === 'comment' ? [i.comment] : []));
    if (said.length) {
      text.push('', 'Nye kommentarer:');
      html.push('<h3>Nye kommentarer</h3>', '<ul>');
      for (const c of said) {
        const head = `${c.author.name} om ${c.nodeTitle}, ${danishInstant(c.createdAt)}`;
        const link = links.comments(planId, c.nodeId);
        text.push(`- ${head}:`, `  »${c.excerpt}«`, `  Læs og svar: ${link}`);
        html.push(`<li>${escapeHtml(head)}:<br>»${escapeHtml(c.excerpt)}«<br><a href="${escapeHtml(link)}">Læs og svar</a></li>`);
      }
      html.push('</ul>');
    }
  }
  const footer = 'Du får besked om hver ting én gang. Det, der stadig venter, står altid på din liste i Kompas.';
  text.push('', footer, '', 'Venlig hilsen', 'Kompas');
  html.push(`<p>${escapeHtml(footer)}</p>`, '<p>Venlig hilsen<br>Kompas</p>');
  return { subject, text: `${text.join('\n')}\n`, html: `<!doctype html><html lang="da"><body>${html.join('\n')}</body></html>` };
}
