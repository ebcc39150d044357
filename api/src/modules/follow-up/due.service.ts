import { Injectable } from '@nestjs/common';
import {
  type ActionStatus,
  type Answerable,
  type Answerer,
  answersFor,
  type Cadence,
  copenhagenDate,
  type DatedObservation,
  type FocusAreaStatus,
  freshnessOf,
  type FreshnessContext,
  type NodeKind,
  ownerOfNode,
  type PlanStatus,
  reachesPerson,
  type Role,
} from '@kompas/domain';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { Database } from '../../database/database';
import { sqliteUtcToIso, toSqliteUtc } from '../../database/sqlite-time';
import { resolveNode } from '../links/links.service';
import type { CommentReadResultDto, DueIndicatorDto, DueOwnerDto, UnreadCommentDto } from './dto/due.dto';

/** A due or overdue indicator, with whom it is owed by. */
export type DueIndicator = DueIndicatorDto;
/** A comment that someone who answers for its node has not read yet. */
export type UnreadComment = UnreadCommentDto;
/** What is waiting on a plan: due and overdue indicators, and unread comments. */
export type DueItems = { indicators: DueIndicator[]; comments: UnreadComment[] };

/** The longest excerpt of a comment a list shows. */
export const EXCERPT_LENGTH = 160;

type PlanRow = { id: string; title: string; councilName: string; status: PlanStatus; periodStart: string };
type IndicatorRow = {
  id: string;
  title: string;
  cadence: Cadence;
  graceDays: number | null;
  createdAt: string;
  responsibleUserId: string | null;
  responsibleName: string | null;
  aimingPointId: string | null;
  aimingPointTitle: string | null;
  focusAreaId: string | null;
  focusAreaTitle: string | null;
  focusAreaStatus: FocusAreaStatus | null;
  committeeId: string | null;
  committeeName: string | null;
  actionId: string | null;
  actionTitle: string | null;
  actionStatus: ActionStatus | null;
  unitId: string | null;
  unitName: string | null;
};
type ObservationRow = DatedObservation & { indicatorId: string };
type NodeRow = { id: string; title: string; committeeId?: string; unitId?: string };
type CommentRow = { id: string; nodeId: string; authorId: string; authorName: string; body: string; createdAt: string };
type ReadRow = { userId: string; nodeId: string; lastCommentId: string };
type UserRow = { id: string; roles: string; committeeIds: string; unitIds: string };

/** A node that can be commented on, with who answers for it. */
type CommentedNode = { kind: NodeKind; title: string; answerable: Answerable };

/** A comment's first words on one line, cut at a word where it can be. */
export function excerptOf(body: string, max = EXCERPT_LENGTH): string {
  const line = body.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const answerer = (u: UserRow): Answerer => ({
  userId: u.id,
  roles: JSON.parse(u.roles) as Role[],
  committeeIds: JSON.parse(u.committeeIds) as string[],
  unitIds: JSON.parse(u.unitIds) as string[],
  active: true,
});

/**
 * What is waiting on a plan, for the "Til opfølgning" page and the reminders:
 * the indicators whose data is due or overdue (freshness.ts, on today's
 * Copenhagen date), and the comments the people who answer for their nodes
 * (follow-up.ts) have not read. A fixed number of queries, however large the plan.
 */
@Injectable()
export class DueService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Today's date in Copenhagen, by the app's clock. */
  today(): string {
    return copenhagenDate(this.clock.date());
  }

  /**
   * The due and overdue indicators of a plan and its unread comments on
   * `today` (a Copenhagen date, `YYYY-MM-DD`).
   *
   * - `userId` given: what that user answers for — indicators they are the
   *   responsible person of or own through their committees, units or (the
   *   vision, aiming points) as an administrator; comments on nodes they
   *   answer for, by others, that they have not read. An unknown or
   *   deactivated user answers for nothing.
   * - `userId` null: every due indicator, and every comment that someone who
   *   answers for its node has not read.
   *
   * Indicators: overdue first, then by due date and title. Comments: newest first.
   * 404 `not_found` (field `planId`) when there is no such plan.
   */
  dueFor(planId: string, userId: string | null, today: string): Promise<DueItems> {
    return this.db.read((em) => this.collect(em, planId, userId, today));
  }

  /**
   * Records that a user has read a node's comments up to `lastCommentId` (a
   * comment of that node). Reading never moves back: an older comment than
   * the one recorded leaves it as it is. Not plan data: not in the trail.
   */
  markRead(userId: string, nodeId: string, lastCommentId: string): Promise<CommentReadResultDto> {
    return this.db.write(async (em) => {
      const node = await resolveNode(em, nodeId);
      if (!node) throw ApiError.notFound('node', nodeId);
      const [comment] = (await em.query(`SELECT "id", "createdAt", rowid AS "seq" FROM "comment" WHERE "id" = ? AND "nodeId" = ?`, [
        lastCommentId,
        nodeId,
      ])) as { id: string; createdAt: string; seq: number }[];
      if (!comment) throw ApiError.invalid('lastCommentId', 'not_a_comment_of_node', 'lastCommentId must be a comment on this node');
      const [earlier] = (await em.query(
        `SELECT c."id", c."createdAt", c.rowid AS "seq" FROM "comment_read" r JOIN "comment" c ON c."id" = r."lastCommentId"
          WHERE r."userId" = ? AND r."nodeId" = ?`,
        [userId, nodeId],
      )) as { id: string; createdAt: string; seq: number }[];
      const later = (a: { createdAt: string; seq: number }, b: { createdAt: string; seq: number }) =>
        a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.seq > b.seq);
      const kept = earlier && !later(comment, earlier) ? earlier.id : comment.id;
      const readAt = this.clock.date();
      await em.query(
        `INSERT INTO "comment_read" ("userId", "nodeId", "lastCommentId", "readAt") VALUES (?, ?, ?, ?)
           ON CONFLICT ("userId", "nodeId") DO UPDATE SET "lastCommentId" = excluded."lastCommentId", "readAt" = excluded."readAt"`,
        [userId, nodeId, kept, toSqliteUtc(readAt)],
      );
      return { nodeId, lastCommentId: kept, readAt: readAt.toISOString() };
    });
  }

  private async collect(em: EntityManager, planId: string, userId: string | null, today: string): Promise<DueItems> {
    const [plan] = (await em.query(
      `SELECT "id", "title", "councilName", "status", "periodStart" FROM "plan" WHERE "id" = ? AND "deletedAt" IS NULL`,
      [planId],
    )) as PlanRow[];
    if (!plan) throw ApiError.notFound('plan', planId, 'planId');

    const people = await this.people(em, userId);
    const person = userId === null ? null : (people[0] ?? null);
    if (userId !== null && !person) return { indicators: [], comments: [] };

    const indicators = (await em.query(
      `SELECT i."id", i."title", i."cadence", i."graceDays", i."createdAt", i."responsibleUserId", ru."name" AS "responsibleName",
              i."aimingPointId", ap."title" AS "aimingPointTitle",
              i."focusAreaId", f."title" AS "focusAreaTitle", f."status" AS "focusAreaStatus", f."committeeId", cm."name" AS "committeeName",
              i."actionId", a."title" AS "actionTitle", a."status" AS "actionStatus", a."unitId", un."name" AS "unitName"
         FROM "indicator" i
         LEFT JOIN "aiming_point" ap ON ap."id" = i."aimingPointId"
         LEFT JOIN "focus_area" f ON f."id" = i."focusAreaId"
         LEFT JOIN "committee" cm ON cm."id" = f."committeeId"
         LEFT JOIN "action" a ON a."id" = i."actionId"
         LEFT JOIN "unit" un ON un."id" = a."unitId"
         LEFT JOIN "user" ru ON ru."id" = i."responsibleUserId" AND ru."active" = 1
        WHERE i."planId" = ? AND i."deletedAt" IS NULL
          AND (i."aimingPointId" IS NULL OR ap."deletedAt" IS NULL)
          AND (i."focusAreaId" IS NULL OR f."deletedAt" IS NULL)
          AND (i."actionId" IS NULL OR a."deletedAt" IS NULL)`,
      [planId],
    )) as IndicatorRow[];

    const observations = (await em.query(
      `SELECT o."indicatorId", o."periodStart", o."periodEnd" FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId"
        WHERE i."planId" = ? AND i."deletedAt" IS NULL AND o."series" = 'actual'
          AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = o."id")`,
      [planId],
    )) as ObservationRow[];
    const byIndicator = new Map<string, DatedObservation[]>();
    for (const o of observations) {
      const list = byIndicator.get(o.indicatorId) ?? [];
      list.push(o);
      byIndicator.set(o.indicatorId, list);
    }

    const due: DueIndicator[] = [];
    const nodes = new Map<string, CommentedNode>();
    for (const row of indicators) {
      const item = describe(plan, row);
      nodes.set(row.id, { kind: 'indicator', title: row.title, answerable: item.answerable });
      if (person && !answersFor(person, item.answerable)) continue;
      const freshness = freshnessOf(
        { cadence: row.cadence, createdAt: sqliteUtcToIso(row.createdAt), graceDays: row.graceDays },
        item.context,
        byIndicator.get(row.id) ?? [],
        today,
      );
      if ((freshness.state !== 'due' && freshness.state !== 'overdue') || !freshness.period || !freshness.dueDate) continue;
      due.push({
        indicatorId: row.id,
        title: row.title,
        state: freshness.state,
        period: { code: freshness.period.code, start: freshness.period.start, end: freshness.period.end },
        dueDate: freshness.dueDate,
        owner: item.owner,
        responsible: row.responsibleUserId && row.responsibleName ? { id: row.responsibleUserId, name: row.responsibleName } : null,
        measures: item.measures,
      });
    }
    due.sort(
      (a, b) =>
        Number(b.state === 'overdue') - Number(a.state === 'overdue') ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.title.localeCompare(b.title, 'da'),
    );

    return { indicators: due, comments: await this.unreadComments(em, plan, nodes, people, person) };
  }

  /** The user asked about (active), or for everyone every active user. */
  private async people(em: EntityManager, userId: string | null): Promise<Answerer[]> {
    const rows = (await em.query(
      `SELECT "id", "roles", "committeeIds", "unitIds" FROM "user" WHERE "active" = 1${userId === null ? '' : ' AND "id" = ?'}`,
      userId === null ? [] : [userId],
    )) as UserRow[];
    return rows.map(answerer);
  }

  private async unreadComments(
    em: EntityManager,
    plan: PlanRow,
    nodes: Map<string, CommentedNode>,
    people: Answerer[],
    person: Answerer | null,
  ): Promise<UnreadComment[]> {
    nodes.set(plan.id, { kind: 'vision', title: plan.title, answerable: { owner: ownerOfNode({ kind: 'vision', planId: plan.id }) } });
    const planNodes = (await em.query(
      `SELECT 'aimingPoint' AS "kind", "id", "title", NULL AS "committeeId", NULL AS "unitId" FROM "aiming_point" WHERE "planId" = ? AND "deletedAt" IS NULL
       UNION ALL SELECT 'focusArea', "id", "title", "committeeId", NULL FROM "focus_area" WHERE "planId" = ? AND "deletedAt" IS NULL
       UNION ALL SELECT 'action', "id", "title", NULL, "unitId" FROM "action" WHERE "planId" = ? AND "deletedAt" IS NULL`,
      [plan.id, plan.id, plan.id],
    )) as (NodeRow & { kind: 'aimingPoint' | 'focusArea' | 'action' })[];
    for (const n of planNodes) {
      const owner =
        n.kind === 'action'
          ? ownerOfNode({ kind: 'action', unitId: n.unitId ?? '' })
          : n.kind === 'focusArea'
            ? ownerOfNode({ kind: 'focusArea', committeeId: n.committeeId ?? '' })
            : ownerOfNode({ kind: 'aimingPoint', planId: plan.id });
      nodes.set(n.id, { kind: n.kind, title: n.title, answerable: { owner } });
    }

    const comments = (await em.query(
      `SELECT c."id", c."nodeId", c."authorId", u."name" AS "authorName", c."body", c."createdAt"
         FROM "comment" c JOIN "user" u ON u."id" = c."authorId" WHERE c."planId" = ? ORDER BY c."createdAt", c.rowid`,
      [plan.id],
    )) as CommentRow[];
    if (!comments.length || !people.length) return [];
    const position = new Map(comments.map((c, i) => [c.id, i]));
    const reads = (await em.query(
      `SELECT r."userId", r."nodeId", r."lastCommentId" FROM "comment_read" r JOIN "comment" c ON c."id" = r."lastCommentId"
        WHERE c."planId" = ?${person ? ' AND r."userId" = ?' : ''}`,
      person ? [plan.id, person.userId] : [plan.id],
    )) as ReadRow[];
    const readUpTo = new Map(reads.map((r) => [`${r.userId} ${r.nodeId}`, position.get(r.lastCommentId) ?? -1]));

    const unread: UnreadComment[] = [];
    comments.forEach((c, i) => {
      const node = nodes.get(c.nodeId);
      if (!node) return;
      const waiting = people.some((p) => reachesPerson(p, c, node.answerable) && i > (readUpTo.get(`${p.userId} ${c.nodeId}`) ?? -1));
      if (!waiting) return;
      unread.push({
        commentId: c.id,
        nodeId: c.nodeId,
        nodeKind: node.kind,
        nodeTitle: node.title,
        author: { id: c.authorId, name: c.authorName },
        createdAt: sqliteUtcToIso(c.createdAt),
        excerpt: excerptOf(c.body),
      });
    });
    return unread.reverse();
  }
}

/** An indicator's owner, what it measures and the context freshness needs. */
function describe(plan: PlanRow, row: IndicatorRow) {
  const planContext = { status: plan.status, periodStart: plan.periodStart };
  let owner: DueOwnerDto;
  let measures: DueIndicatorDto['measures'];
  let context: FreshnessContext;
  if (row.actionId) {
    owner = { ...ownerOfNode({ kind: 'action', unitId: row.unitId ?? '' }), name: row.unitName ?? '' };
    measures = { kind: 'action', id: row.actionId, title: row.actionTitle ?? '' };
    context = { plan: planContext, measures: { kind: 'action', status: row.actionStatus ?? 'identified' } };
  } else if (row.focusAreaId) {
    owner = { ...ownerOfNode({ kind: 'focusArea', committeeId: row.committeeId ?? '' }), name: row.committeeName ?? '' };
    measures = { kind: 'focusArea', id: row.focusAreaId, title: row.focusAreaTitle ?? '' };
    context = { plan: planContext, measures: { kind: 'focusArea', status: row.focusAreaStatus ?? 'proposed' } };
  } else if (row.aimingPointId) {
    owner = { ...ownerOfNode({ kind: 'aimingPoint', planId: plan.id }), name: plan.councilName };
    measures = { kind: 'aimingPoint', id: row.aimingPointId, title: row.aimingPointTitle ?? '' };
    context = { plan: planContext, measures: { kind: 'aimingPoint' } };
  } else {
    owner = { ...ownerOfNode({ kind: 'vision', planId: plan.id }), name: plan.councilName };
    measures = { kind: 'vision', id: plan.id, title: plan.title };
    context = { plan: planContext, measures: { kind: 'vision' } };
  }
  const answerable: Answerable = { owner, responsibleUserId: row.responsibleUserId };
  return { owner, measures, context, answerable };
}
