import type { EntityManager } from 'typeorm';
import type { TargetEntry } from '@kompas/domain';
import type { ReportAdjustment, ReportAssessment, ReportLang } from './report-model';
import { ReportText } from './report-words';

type Str = string;
type Period = { start: string; end: string };

/** The assessments dated in the period, newest first, by the node they assess. */
export async function assessmentsInPeriod(em: EntityManager, planId: Str, period: Period): Promise<Map<Str, ReportAssessment[]>> {
  const rows = (await em.query(
    `SELECT a."id", a."nodeId", a."date", a."status", a."reflection", a."proposedAdjustment", u."name" AS "authorName"
       FROM "assessment" a LEFT JOIN "user" u ON u."id" = a."authorId"
      WHERE a."planId" = ? AND a."date" >= ? AND a."date" <= ?
      ORDER BY a."date" DESC, a."createdAt" DESC, a.rowid DESC`,
    [planId, period.start, period.end],
  )) as (ReportAssessment & { nodeId: Str; authorName: Str | null })[];
  const byNode = new Map<Str, ReportAssessment[]>();
  for (const { nodeId, ...a } of rows) {
    const list = byNode.get(nodeId) ?? [];
    list.push({ ...a, status: a.status, authorName: a.authorName ?? '' });
    byNode.set(nodeId, list);
  }
  return byNode;
}

type Change = {
  kind: Str;
  id?: Str;
  rank?: number;
  status?: Str;
  targets?: TargetEntry[];
  longTermTarget?: { value: number; date: Str } | null;
  title?: Str;
  description?: Str;
  startDate?: Str | null;
  endDate?: Str | null;
  from?: Str;
  to?: Str;
};

type AdjustmentRow = {
  id: Str;
  decidedBy: 'committee' | 'council';
  committeeName: Str | null;
  decidedAt: Str;
  caseNumber: Str;
  reason: Str;
  changes: Str;
  state: 'pending' | 'applied';
};

/** What the words of a change need: the titles of the nodes it names and the ends of the links it removes. */
export type ChangeContext = { titleOf: ReadonlyMap<Str, Str>; linkEnds: ReadonlyMap<Str, { source: Str; target: Str }> };

/** Every link of the plan, removed ones too, by id: a removed link's ends, for the words of its removal. */
export async function linkEnds(em: EntityManager, planId: Str): Promise<Map<Str, { source: Str; target: Str }>> {
  const rows = (await em.query(
    `SELECT "id", "focusAreaId" AS "source", "aimingPointId" AS "target" FROM "support_link" WHERE "planId" = ?
     UNION ALL SELECT "id", "actionId", "focusAreaId" FROM "contribution_link" WHERE "planId" = ?`,
    [planId, planId],
  )) as { id: Str; source: Str; target: Str }[];
  return new Map(rows.map((r) => [r.id, { source: r.source, target: r.target }]));
}

/**
 * The adjustments decided in the period (by their meeting's date), newest
 * first, by each node one of their changes is about: a focus area's rank or
 * status, an action's status, scope or dates, an indicator's targets, a link
 * added or removed (under the focus area or action it starts from). Under each
 * node only the changes about it, in words.
 */
export async function adjustmentsInPeriod(
  em: EntityManager,
  planId: Str,
  period: Period,
  lang: ReportLang,
  context: ChangeContext,
): Promise<Map<Str, ReportAdjustment[]>> {
  const rows = (await em.query(
    `SELECT ad."id", ad."decidedBy", c."name" AS "committeeName", ad."decidedAt", ad."caseNumber", ad."reason", ad."changes", ad."state"
       FROM "adjustment" ad LEFT JOIN "committee" c ON c."id" = ad."committeeId"
      WHERE ad."planId" = ? AND ad."decidedAt" >= ? AND ad."decidedAt" <= ?
      ORDER BY ad."decidedAt" DESC, ad."createdAt" DESC, ad.rowid DESC`,
    [planId, period.start, period.end],
  )) as AdjustmentRow[];
  const t = new ReportText(lang);
  const byNode = new Map<Str, ReportAdjustment[]>();
  for (const row of rows) {
    const words = new Map<Str, Str[]>();
    for (const change of JSON.parse(row.changes) as Change[]) {
      const said = describeChange(change, t, context);
      if (!said) continue;
      words.set(said.nodeId, [...(words.get(said.nodeId) ?? []), said.text]);
    }
    for (const [nodeId, changes] of words) {
      const list = byNode.get(nodeId) ?? [];
      list.push({
        id: row.id,
        decision: { decidedBy: row.decidedBy, committeeName: row.committeeName, decidedAt: row.decidedAt, caseNumber: row.caseNumber },
        reason: row.reason,
        changes,
        state: row.state,
      });
      byNode.set(nodeId, list);
    }
  }
  return byNode;
}

/** A change in words, and the node it is about. */
export function describeChange(change: Change, t: ReportText, { titleOf, linkEnds }: ChangeContext): { nodeId: Str; text: Str } | null {
  const title = (id: Str | undefined) => (id ? (titleOf.get(id) ?? '?') : '?');
  const w = t.lang === 'da';
  switch (change.kind) {
    case 'focusAreaRank':
      return change.id
        ? { nodeId: change.id, text: w ? `Prioritet ændret til ${change.rank}` : `Priority changed to ${change.rank}` }
        : null;
    case 'focusAreaStatus':
      return change.id ? { nodeId: change.id, text: `${t.w.status}: ${t.focusAreaStatus(change.status as never) ?? change.status}` } : null;
    case 'actionStatus':
      return change.id ? { nodeId: change.id, text: `${t.w.status}: ${t.actionStatus(change.status as never) ?? change.status}` } : null;
    case 'actionScope': {
      if (!change.id) return null;
      const parts = [
        change.title !== undefined ? (w ? `Ny titel: ${change.title}` : `New title: ${change.title}`) : '',
        change.description !== undefined ? (w ? 'Beskrivelsen er ændret' : 'The description is changed') : '',
      ].filter(Boolean);
      return { nodeId: change.id, text: parts.join('; ') || (w ? 'Indholdet er ændret' : 'The scope is changed') };
    }
    case 'actionDates':
      return change.id
        ? {
            nodeId: change.id,
            text: `${w ? 'Datoer' : 'Dates'}: ${t.span(change.startDate ?? null, change.endDate ?? null) || (w ? 'ingen' : 'none')}`,
          }
        : null;
    case 'targets': {
      if (!change.id) return null;
      const path = (change.targets ?? [])
        .map((e) =>
          'value' in e
            ? `${t.periodCode(e.period)}: ${t.number(e.value)}`
            : `${t.periodCode(e.period)}: ${e.relation} ${t.number(e.offset)}`,
        )
        .join(', ');
      const lt = change.longTermTarget
        ? `${t.w.longTermTarget} ${t.number(change.longTermTarget.value)} (${t.date(change.longTermTarget.date)})`
        : '';
      return {
        nodeId: change.id,
        text: `${w ? 'Nye mål' : 'New targets'}: ${[path, lt].filter(Boolean).join('; ') || (w ? 'ingen' : 'none')}`,
      };
    }
    case 'linkAdd':
      return change.from ? { nodeId: change.from, text: `${w ? 'Kobles til' : 'Linked to'} »${title(change.to)}«` } : null;
    case 'linkRemove': {
      const ends = change.id ? linkEnds.get(change.id) : undefined;
      return ends
        ? { nodeId: ends.source, text: `${w ? 'Koblingen til' : 'The link to'} »${title(ends.target)}« ${w ? 'fjernes' : 'is removed'}` }
        : null;
    }
    default:
      return null;
  }
}
