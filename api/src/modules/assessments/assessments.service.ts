import { Injectable } from '@nestjs/common';
import { ERROR_CODES, EvidenceKind, Permission } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { checkDecision, decisionDto, StoredDecision } from '../adjustments/decision';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { ownerOfRow } from '../auth/ownership';
import { Committee } from '../committees/committee.entity';
import { resolveNode } from '../links/links.service';
import { Plan } from '../plans/plan.entity';
import { Assessment } from './assessment.entity';
import type { AssessmentDto, AssessmentListQuery, CreateAssessmentDto, DeclineProposalDto, ProposalState } from './dto/assessment.dto';

type AssessableKind = 'aimingPoint' | 'focusArea' | 'action';
const ASSESSABLE = new Set<string>(['aimingPoint', 'focusArea', 'action']);

/** What assessing a node (and declining a proposal made on it) takes: `assess`, with the node's owner. */
export async function assessing(em: EntityManager, kind: AssessableKind, nodeId: string): Promise<Permission> {
  if (kind === 'aimingPoint') return { do: 'assess', owner: await ownerOfRow(em, 'aimingPoint', {}) };
  const [row] = (await em.query(
    kind === 'focusArea' ? `SELECT "committeeId" FROM "focus_area" WHERE "id" = ?` : `SELECT "unitId" FROM "action" WHERE "id" = ?`,
    [nodeId],
  )) as { committeeId?: string; unitId?: string }[];
  return { do: 'assess', owner: await ownerOfRow(em, kind, row ?? {}) };
}

type Row = Assessment & { authorName: string; declinedByName: string | null; answeredId: string | null; answeredGroup: string | null };

const SELECT = `SELECT a.*, u."name" AS "authorName", d."name" AS "declinedByName",
    (SELECT j."id" FROM "adjustment" j WHERE j."answersAssessmentId" = a."id" ORDER BY j."createdAt", j.rowid LIMIT 1) AS "answeredId",
    (SELECT j."groupId" FROM "adjustment" j WHERE j."answersAssessmentId" = a."id" ORDER BY j."createdAt", j.rowid LIMIT 1) AS "answeredGroup"
  FROM "assessment" a JOIN "user" u ON u."id" = a."authorId" LEFT JOIN "user" d ON d."id" = a."declinedBy"`;
const ORDER = `ORDER BY a."date" DESC, a."createdAt" DESC, a.rowid DESC`;

const isoOf = (t: string | Date) => (t instanceof Date ? t.toISOString() : new Date(sqliteUtcToIso(t)).toISOString());

function proposalOf(r: Row): ProposalState {
  if (!r.proposedAdjustment) return 'none';
  if (r.declineDecision) return 'declined';
  if (r.answeredId) return 'answered';
  return 'open';
}

async function toDto(em: EntityManager, r: Row): Promise<AssessmentDto> {
  const evidence = JSON.parse(r.evidence) as { indicatorIds: string[]; observationIds: string[]; kinds: EvidenceKind[] };
  return {
    id: r.id,
    planId: r.planId,
    nodeId: r.nodeId,
    nodeKind: r.nodeKind as AssessableKind,
    date: r.date,
    status: r.status as AssessmentDto['status'],
    reflection: r.reflection,
    evidence,
    proposedAdjustment: r.proposedAdjustment,
    proposal: proposalOf(r),
    answeredBy: r.answeredId && r.answeredGroup ? { adjustmentId: r.answeredId, groupId: r.answeredGroup } : null,
    declined:
      r.declineDecision && r.declinedAt
        ? {
            decision: await decisionDto(em, JSON.parse(r.declineDecision) as StoredDecision),
            reason: r.declineReason ?? '',
            byName: r.declinedByName ?? '',
            at: isoOf(r.declinedAt),
          }
        : null,
    authorId: r.authorId,
    authorName: r.authorName,
    createdAt: isoOf(r.createdAt),
  };
}

async function read(em: EntityManager, where: string, params: unknown[]): Promise<AssessmentDto[]> {
  const rows = (await em.query(`${SELECT} WHERE ${where} ${ORDER}`, params)) as Row[];
  const out: AssessmentDto[] = [];
  for (const r of rows) out.push(await toDto(em, r));
  return out;
}

/** One assessment as the API shows it, or 404 (named `field`). */
export async function assessmentOr404(em: EntityManager, id: string, field = 'id'): Promise<AssessmentDto> {
  const [found] = await read(em, `a."id" = ?`, [id]);
  if (!found) throw ApiError.notFound('assessment', id, field);
  return found;
}

const unique = (ids: readonly string[] | undefined) => [...new Set((ids ?? []).map((x) => x.toLowerCase()))];

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const nodeId = dto.nodeId.toLowerCase();
      const node = await resolveNode(em, nodeId);
      if (!node) throw ApiError.notFound('node', nodeId, 'nodeId');
      if (!ASSESSABLE.has(node.kind))
        throw ApiError.at(
          ERROR_CODES.notAssessable,
          `Only aiming points, focus areas and actions are assessed, not the ${node.kind === 'vision' ? 'vision' : node.kind}.`,
          'nodeId',
          'not an aiming point, focus area or action',
        );
      const kind = node.kind as AssessableKind;
      allow(actor, await assessing(em, kind, nodeId));
      const indicatorIds = unique(dto.evidence?.indicatorIds);
      const observationIds = unique(dto.evidence?.observationIds);
      await checkEvidence(em, node.planId, indicatorIds, observationIds);
      const id = randomUUID();
      c.describe('assess', 'assessment', id).mention(nodeId);
      await c.touch('assessment', id);
      await em.insert(Assessment, {
        id,
        planId: node.planId,
        nodeId,
        nodeKind: kind,
        date: dto.date,
        status: dto.status,
        reflection: dto.reflection,
        evidence: JSON.stringify({ indicatorIds, observationIds, kinds: [...new Set(dto.evidence?.kinds ?? [])] }),
        proposedAdjustment: dto.proposedAdjustment?.trim() ? dto.proposedAdjustment : null,
        authorId: actor.userId as string,
        declineDecision: null,
        declineReason: null,
        declinedBy: null,
        declinedAt: null,
      });
      return assessmentOr404(em, id);
    });
  }

  listOfNode(nodeId: string): Promise<AssessmentDto[]> {
    return this.db.read(async (em) => {
      if (!(await resolveNode(em, nodeId))) throw ApiError.notFound('node', nodeId);
      return read(em, `a."nodeId" = ?`, [nodeId]);
    });
  }

  listOfPlan(planId: string, q: AssessmentListQuery): Promise<AssessmentDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const where = [`a."planId" = ?`];
      const params: unknown[] = [planId];
      if (q.committeeId) {
        const committeeId = q.committeeId.toLowerCase();
        const committee = await em.findOne(Committee, { where: { id: committeeId } });
        if (!committee || committee.planId !== planId) throw ApiError.notFound('committee of this plan', committeeId, 'committeeId');
        where.push(`(a."nodeId" IN (SELECT f."id" FROM "focus_area" f WHERE f."committeeId" = ? AND f."deletedAt" IS NULL)
          OR a."nodeId" IN (SELECT l."actionId" FROM "contribution_link" l JOIN "focus_area" f ON f."id" = l."focusAreaId"
                             WHERE f."committeeId" = ? AND l."deletedAt" IS NULL AND f."deletedAt" IS NULL))`);
        params.push(committeeId, committeeId);
      }
      const all = await read(em, where.join(' AND '), params);
      return q.proposal ? all.filter((a) => a.proposal === q.proposal) : all;
    });
  }

  decline(actor: Actor, id: string, dto: DeclineProposalDto): Promise<AssessmentDto> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const found = await assessmentOr404(em, id);
      allow(actor, await assessing(em, found.nodeKind, found.nodeId));
      if (found.proposal !== 'open')
        throw ApiError.at(
          ERROR_CODES.proposalClosed,
          found.proposal === 'none' ? 'This assessment proposes no adjustment.' : `This proposal is already ${found.proposal}.`,
          'id',
          found.proposal === 'none' ? 'no proposal' : found.proposal,
        );
      const reason = requiredReason(actor);
      const decision = await checkDecision(em, found.planId, dto.decision);
      c.describe('decline', 'assessment', id).mention(found.nodeId);
      await c.touch('assessment', id);
      await em.update(
        Assessment,
        { id },
        { declineDecision: JSON.stringify(decision), declineReason: reason, declinedBy: actor.userId, declinedAt: c.now },
      );
      return assessmentOr404(em, id);
    });
  }
}

/** A decision's reason: the request's `reason`, which every write reads into its trail entry; here it is required. */
export function requiredReason(actor: Actor): string {
  if (!actor.reason) throw ApiError.invalid('reason', 'required', 'say why: a decision needs its reason');
  return actor.reason;
}

/** Evidence must be the plan's: its indicators, and observations of its indicators; else 422 naming the id. */
async function checkEvidence(em: EntityManager, planId: string, indicatorIds: string[], observationIds: string[]): Promise<void> {
  for (const [i, id] of indicatorIds.entries()) {
    const [row] = (await em.query(`SELECT "planId" FROM "indicator" WHERE "id" = ? AND "deletedAt" IS NULL`, [id])) as { planId: string }[];
    if (row?.planId !== planId)
      throw ApiError.at(
        ERROR_CODES.acrossPlans,
        'Evidence must be indicators of the plan.',
        `evidence.indicatorIds.${i}`,
        'not an indicator of this plan',
      );
  }
  for (const [i, id] of observationIds.entries()) {
    const [row] = (await em.query(
      `SELECT i."planId" FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId" WHERE o."id" = ? AND i."deletedAt" IS NULL`,
      [id],
    )) as { planId: string }[];
    if (row?.planId !== planId)
      throw ApiError.at(
        ERROR_CODES.acrossPlans,
        "Evidence must be observations of the plan's indicators.",
        `evidence.observationIds.${i}`,
        'not an observation of this plan',
      );
  }
}
