import { Injectable } from '@nestjs/common';
import { copenhagenDate, DiffBecause, diffPlans, parseDiffSide, PlanDiff } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { adjustmentOf, AuditService } from '../audit/audit.service';
import { snapshotDigest } from '../audit/trail';
import { Actor, allow, Change } from '../audit/change';
import { GraphService } from '../graph/graph.service';
import { PlanAt, PlanTimeService } from '../graph/plan-time.service';
import type { CreateRevisionDto, PlanDiffDto, RevisionDto } from './dto/revision.dto';

type Decision = { name: string; decidedAt: string; decidedBy: string; caseNumber: string };

const SELECT = `SELECT r."id", r."planId", r."name", r."decidedAt", r."decidedBy", r."caseNumber", r."createdAt", r."auditSeq",
    coalesce(u."name", 'Kompas') AS "createdByName"
  FROM "plan_revision" r LEFT JOIN "user" u ON u."id" = r."createdBy"`;

function toDto(r: Record<string, unknown>): RevisionDto {
  return {
    id: r.id as string,
    planId: r.planId as string,
    name: r.name as string,
    decidedAt: r.decidedAt as string,
    decidedBy: r.decidedBy as string,
    caseNumber: r.caseNumber as string,
    createdAt: new Date(sqliteUtcToIso(r.createdAt as string)).toISOString(),
    createdByName: r.createdByName as string,
    auditSeq: r.auditSeq as number,
  };
}

/** "Vedtaget 1. marts 2026": the name of the revision an adoption takes. */
export function adoptedName(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  return `Vedtaget ${d}. ${months[m - 1]} ${y}`;
}

/**
 * Revisions of a plan (named, dated, immutable snapshots with their decision),
 * and the comparison of any two moments of a plan.
 */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly graphs: GraphService,
    private readonly time: PlanTimeService,
    private readonly clock: Clock,
  ) {}

  list(planId: string): Promise<RevisionDto[]> {
    return this.db.read(async (em) => {
      await this.time.planExists(em, planId);
      return this.listIn(em, planId);
    });
  }

  private async listIn(em: EntityManager, planId: string): Promise<RevisionDto[]> {
    const rows = (await em.query(`${SELECT} WHERE r."planId" = ? ORDER BY r."auditSeq" DESC, r."createdAt" DESC`, [planId])) as Record<
      string,
      unknown
    >[];
    return rows.map(toDto);
  }

  /** Adopts a revision of the plan as it is now (administrators and directors), with its own trail entry. */
  async create(actor: Actor, planId: string, dto: CreateRevisionDto): Promise<RevisionDto> {
    allow(actor, { do: 'adoptRevisions' });
    const id = await this.audit.change(actor, async (c) => {
      await this.time.planExists(c.em, planId);
      return this.takeIn(c, planId, dto);
    });
    return this.get(id);
  }

  /** The revision an adoption takes: named by its decision, decided by the plan's council, today. */
  async adoptedIn(c: Change, planId: string): Promise<string> {
    const [plan] = (await c.em.query(`SELECT "councilName" FROM "plan" WHERE "id" = ?`, [planId])) as { councilName: string }[];
    const day = copenhagenDate(this.clock.date());
    return this.takeIn(c, planId, { name: adoptedName(day), decidedAt: day, decidedBy: plan.councilName, caseNumber: '' });
  }

  /** After an adopted plan was imported: its revision, in a change of its own. */
  adoptedAfterImport(actor: Actor, planId: string): Promise<string> {
    return this.audit.change(actor, (c) => this.adoptedIn(c, planId));
  }

  /** Takes a revision inside a change: the plan's graph as that change leaves it, and the entry that change will write. */
  async takeIn(c: Change, planId: string, d: Decision): Promise<string> {
    const graph = await this.graphs.graphIn(c.em, planId);
    // Writes take turns, so the entry this change ends with is the next one.
    const [{ seq }] = (await c.em.query(`SELECT coalesce(max("seq"), 0) + 1 AS "seq" FROM "audit_entry"`)) as { seq: number }[];
    const id = randomUUID();
    await c.touch('plan_revision', id);
    const snapshot = JSON.stringify(graph);
    await c.em.query(
      `INSERT INTO "plan_revision" ("id", "planId", "name", "decidedAt", "decidedBy", "caseNumber", "createdBy", "createdAt", "auditSeq", "snapshot", "snapshotDigest")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, planId, d.name, d.decidedAt, d.decidedBy, d.caseNumber, c.actor.userId, c.now, seq, snapshot, snapshotDigest(snapshot)],
    );
    if (c.entityId === null) c.describe('create', 'plan', planId);
    c.detail = `Revision "${d.name}" (${d.decidedBy}, ${d.decidedAt}${d.caseNumber ? `, ${d.caseNumber}` : ''}) taken.`;
    return id;
  }

  private get(id: string): Promise<RevisionDto> {
    return this.db.read(async (em) => {
      const [row] = (await em.query(`${SELECT} WHERE r."id" = ?`, [id])) as Record<string, unknown>[];
      return toDto(row);
    });
  }

  /** What changed between two sides, each a revision id, a day or `now`, with the trail's reasons and decisions. */
  async diff(planId: string, fromText: string | undefined, toText: string | undefined): Promise<PlanDiffDto & PlanDiff> {
    const to = this.checkSide(toText ?? 'now', 'to');
    return this.db.read(async (em) => {
      await this.time.planExists(em, planId);
      // Without `from`: since the latest revision (or nothing, with none).
      const [latest] = fromText === undefined ? await this.listIn(em, planId) : [];
      const from = this.checkSide(fromText ?? latest?.id ?? 'now', 'from');
      const a = await this.sideIn(em, planId, from, 'from');
      const b = await this.sideIn(em, planId, to, 'to');
      const decisions = await this.decisionsIn(em, Math.min(a.seq, b.seq), Math.max(a.seq, b.seq));
      const diff = diffPlans(a.graph, b.graph, decisions);
      return {
        planId,
        from: { side: from, seq: a.seq, revision: a.revision },
        to: { side: to, seq: b.seq, revision: b.revision },
        ...diff,
      };
    });
  }

  private checkSide(text: string | undefined, field: 'from' | 'to'): string {
    const side = parseDiffSide(text);
    if (!text || !side) throw ApiError.invalid(field, 'is_side', `${field} must be a revision's id, a date (YYYY-MM-DD) or "now"`);
    if ('date' in side) this.time.checkDay(side.date, field);
    return 'revision' in side ? side.revision : text;
  }

  private async sideIn(em: EntityManager, planId: string, text: string, field: string): Promise<PlanAt & { revision: RevisionDto | null }> {
    const side = parseDiffSide(text)!;
    if ('now' in side) return { ...(await this.time.nowIn(em, planId)), revision: null };
    if ('date' in side) return { ...(await this.time.asOfIn(em, planId, side.date, field)), revision: null };
    const at = await this.time.revisionIn(em, planId, side.revision, field);
    const [row] = (await em.query(`${SELECT} WHERE r."id" = ?`, [side.revision])) as Record<string, unknown>[];
    return { ...at, revision: toDto(row) };
  }

  /**
   * For every row the trail changed in entries `after` < seq ≤ `upTo`: the reason and decided adjustment of the last
   * entry that changed it (an entry that only mentions it, as a link's removal mentions its ends, does not count).
   */
  private async decisionsIn(em: EntityManager, after: number, upTo: number): Promise<Map<string, DiffBecause>> {
    const out = new Map<string, DiffBecause>();
    if (upTo <= after) return out;
    const seqs = (
      (await em.query(`SELECT "seq" FROM "audit_entry" WHERE "seq" > ? AND "seq" <= ? AND "changes" <> '[]' ORDER BY "seq"`, [
        after,
        upTo,
      ])) as { seq: number }[]
    ).map((r) => r.seq);
    for (let i = 0; i < seqs.length; i += 500) {
      const batch = seqs.slice(i, i + 500);
      const marks = batch.map(() => '?').join(', ');
      const rows = (await em.query(
        `SELECT "seq", "reason", "entity", "entityId" FROM "audit_entry" WHERE "seq" IN (${marks}) ORDER BY "seq"`,
        batch,
      )) as { seq: number; reason: string | null; entity: string; entityId: string | null }[];
      const changed = (await em.query(
        `SELECT e."seq", json_extract(j."value", '$.id') AS "id" FROM "audit_entry" e, json_each(e."changes") j WHERE e."seq" IN (${marks})`,
        batch,
      )) as { seq: number; id: string }[];
      const because = new Map<number, DiffBecause>();
      for (const r of rows) {
        const adjustment = r.entity === 'adjustment' && r.entityId ? await adjustmentOf(em, r.entityId) : null;
        because.set(r.seq, {
          reason: r.reason ?? adjustment?.reason ?? null,
          adjustment: adjustment ? { id: adjustment.id, decision: adjustment.decision } : null,
          seq: r.seq,
        });
      }
      // Oldest first, so the last entry that changed a row is the one kept.
      changed.sort((x, y) => x.seq - y.seq);
      for (const c of changed) out.set(c.id, because.get(c.seq)!);
    }
    return out;
  }
}
