import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, PlanDocument } from '@kompas/domain';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { bulkInsert } from '../../database/bulk-insert';
import { Database } from '../../database/database';
import { sqliteUtcToIso, toSqliteUtc } from '../../database/sqlite-time';
import { AuditService } from '../audit/audit.service';
import type { Actor, Change } from '../audit/change';
import { MAX_REASON } from '../../common/request-guards';
import { ImportJob, isRowBatch } from './import-job';
import { ImportSummary, KnownUnit, parentsFirst } from './import-rows';
import { ImportResultDto } from '../plans/dto/plan.dto';
import { toPlanDto } from '../plans/plan.mapper';
import { Plan } from '../plans/plan.entity';

type Row = Record<string, unknown>;

/** Values per INSERT while importing: small enough that one statement holds the event loop only a few milliseconds. */
const VALUES_PER_BATCH = 1_000;
/** Rows read back per statement for the import's audit entry. */
const READ_BACK_ROWS = 500;
/** The tables whose new rows are read back in batches (in this order, observations last). */
const READ_BACK_TABLES = ['aiming_point', 'committee', 'action', 'indicator', 'support_link', 'contribution_link', 'observation'] as const;
type ReadBackTable = (typeof READ_BACK_TABLES)[number];
/** How long each phase of an import took, and the process's resident memory after it: for the log. */
class Phases {
  private readonly started = performance.now();
  private last = this.started;
  private readonly done: string[] = [];

  end(what: string): void {
    const now = performance.now();
    this.done.push(`${what} ${((now - this.last) / 1000).toFixed(1)} s (${Math.round(process.memoryUsage.rss() / 1048576)} MB)`);
    this.last = now;
  }

  toString(): string {
    return `in ${((this.last - this.started) / 1000).toFixed(1)} s: ${this.done.join(', ')}`;
  }
}

/** Lets other requests in (timers, sockets) between two batches of a long write. */
const breather = () => setImmediate();

const bool = (v: unknown) => Boolean(v);
const json = <T>(v: unknown): T => JSON.parse(v as string) as T;

/**
 * Export and import of whole plans in the plan document format (docs/plan-format.md).
 * Rows are exported in the order they were made (SQLite's rowid), and import
 * inserts them in document order, so export → import → export gives the same
 * document apart from ids.
 */
@Injectable()
export class PlanDocumentsService {
  private readonly logger = new Logger('Import');

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  export(planId: string): Promise<PlanDocument> {
    return this.db.read(async (em) => {
      const plan = await findOr404(em, Plan, planId, 'plan', 'planId');
      const q = (sql: string, params: unknown[] = [planId]) => em.query(sql, params) as Promise<Row[]>;
      const aimingPoints = await q(`SELECT * FROM "aiming_point" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY "position"`);
      const committees = await q(`SELECT * FROM "committee" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY "position"`);
      const focusAreas = await q(
        `SELECT f.* FROM "focus_area" f JOIN "committee" c ON c."id" = f."committeeId" WHERE f."planId" = ? AND f."deletedAt" IS NULL ORDER BY c."position", f."rank"`,
      );
      const coOwners = await q(
        `SELECT co."focusAreaId", co."committeeId" FROM "focus_area_co_owner" co
           JOIN "focus_area" f ON f."id" = co."focusAreaId" JOIN "committee" c ON c."id" = co."committeeId"
          WHERE f."planId" = ? AND f."deletedAt" IS NULL AND c."deletedAt" IS NULL ORDER BY c."position"`,
      );
      const actions = await q(`SELECT * FROM "action" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY rowid`);
      // The units the plan's actions belong to, with every unit above them.
      const units = await q(
        `WITH RECURSIVE used("id") AS (
           SELECT DISTINCT "unitId" FROM "action" WHERE "planId" = ? AND "deletedAt" IS NULL
           UNION SELECT u."parentId" FROM "unit" u JOIN used ON used."id" = u."id" WHERE u."parentId" IS NOT NULL)
         SELECT u.*, u.rowid AS "_order" FROM "unit" u WHERE u."id" IN (SELECT "id" FROM used) ORDER BY u.rowid`,
      );
      const indicators = await q(`SELECT * FROM "indicator" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY rowid`);
      const observations = await q(
        `SELECT o.* FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId" WHERE i."planId" = ? AND i."deletedAt" IS NULL ORDER BY o.rowid`,
      );
      const links = await q(
        `SELECT * FROM (
           SELECT 'supports' AS "kind", "id", "focusAreaId" AS "sourceId", "aimingPointId" AS "targetId", "rationale", "strength", "example", "createdAt", rowid AS r, 0 AS t
             FROM "support_link" WHERE "planId" = ? AND "deletedAt" IS NULL
           UNION ALL
           SELECT 'contributes', "id", "actionId", "focusAreaId", "rationale", "strength", "example", "createdAt", rowid, 1
             FROM "contribution_link" WHERE "planId" = ? AND "deletedAt" IS NULL) ORDER BY t, r`,
        [planId, planId],
      );

      const coOwnersOf = new Map<string, string[]>();
      for (const co of coOwners) {
        coOwnersOf.set(co.focusAreaId as string, [...(coOwnersOf.get(co.focusAreaId as string) ?? []), co.committeeId as string]);
      }
      return {
        format: PLAN_DOCUMENT_FORMAT,
        version: PLAN_DOCUMENT_VERSION,
        plan: {
          organisation: plan.organisation,
          title: plan.title,
          visionStatement: plan.visionStatement,
          motivations: plan.motivations,
          sections: plan.sections,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          status: plan.status,
          example: plan.example,
        },
        aimingPoints: aimingPoints.map((a) => ({
          id: a.id as string,
          title: a.title as string,
          ambition: a.ambition as string,
          body: a.body as string,
          sections: json(a.sections),
          example: bool(a.example),
        })),
        committees: committees.map((c) => ({
          id: c.id as string,
          name: c.name as string,
          shortName: c.shortName as string,
          coreAreas: json(c.coreAreas),
          example: bool(c.example),
        })),
        units: parentsFirst(units).map((u) => ({
          id: u.id as string,
          name: u.name as string,
          parentId: (u.parentId as string | null) ?? null,
          example: bool(u.example),
        })),
        focusAreas: focusAreas.map((f) => ({
          id: f.id as string,
          committeeId: f.committeeId as string,
          coOwnerCommitteeIds: coOwnersOf.get(f.id as string) ?? [],
          title: f.title as string,
          description: f.description as string,
          rank: f.rank as number,
          status: f.status as never,
          example: bool(f.example),
        })),
        actions: actions.map((a) => ({
          id: a.id as string,
          title: a.title as string,
          description: a.description as string,
          unitId: a.unitId as string,
          responsiblePerson: (a.responsiblePerson as string | null) ?? null,
          status: a.status as never,
          startDate: (a.startDate as string | null) ?? null,
          endDate: (a.endDate as string | null) ?? null,
          example: bool(a.example),
        })),
        indicators: indicators.map((i) => ({
          id: i.id as string,
          focusAreaId: (i.focusAreaId as string | null) ?? null,
          actionId: (i.actionId as string | null) ?? null,
          title: i.title as string,
          description: i.description as string,
          type: i.type as never,
          evidenceKind: i.evidenceKind as never,
          cadence: i.cadence as never,
          unit: (i.unit as string | null) ?? null,
          direction: (i.direction as never) ?? null,
          baselineValue: (i.baselineValue as number | null) ?? null,
          baselineDate: (i.baselineDate as string | null) ?? null,
          targetValue: (i.targetValue as number | null) ?? null,
          targetDate: (i.targetDate as string | null) ?? null,
          example: bool(i.example),
        })),
        observations: observations.map((o) => ({
          id: o.id as string,
          indicatorId: o.indicatorId as string,
          periodStart: o.periodStart as string,
          periodEnd: o.periodEnd as string,
          value: (o.value as number | null) ?? null,
          narrative: (o.narrative as string | null) ?? null,
          judgement: (o.judgement as never) ?? null,
          sourceNote: (o.sourceNote as string | null) ?? null,
          recordedAt: sqliteUtcToIso(o.recordedAt as string),
          supersedesId: (o.supersedesId as string | null) ?? null,
          example: bool(o.example),
        })),
        links: links.map((l) => ({
          id: l.id as string,
          kind: l.kind as 'supports' | 'contributes',
          sourceId: l.sourceId as string,
          targetId: l.targetId as string,
          rationale: l.rationale as string,
          strength: l.strength as 1 | 2 | 3,
          example: bool(l.example),
        })),
      };
    });
  }

  /**
   * Reads a plan document into a new plan, all of it or nothing. The body is
   * parsed and checked in a worker thread; then one transaction writes it,
   * batch by batch, letting other requests in between batches (reads go on
   * beside it; other writes wait their turn). `body` is the document as JSON
   * bytes, or (for Kompas's own demo plan) already as an object.
   */
  async import(actor: Actor, body: Uint8Array | object | undefined): Promise<ImportResultDto> {
    const bytes = body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body ?? null));
    const job = new ImportJob(bytes, { maxReason: MAX_REASON, valuesPerBatch: VALUES_PER_BATCH });
    const phases = new Phases();
    try {
      const checked = await job.checked;
      phases.end('read and checked');
      if ('refused' in checked) {
        const { code, message, details } = checked.refused;
        throw new ApiError(code as ErrorCode, message, details);
      }
      const who = checked.reason === null ? actor : { ...actor, reason: checked.reason };
      const result = await this.audit.change(who, async (c) => {
        // References were all checked; checking foreign keys at commit lets rows come in any order.
        await c.em.query('PRAGMA defer_foreign_keys = ON');
        const knownUnits = (await c.em.query(`SELECT "id", "name", "parentId" FROM "unit" WHERE "deletedAt" IS NULL`)) as KnownUnit[];
        // New rows go after each table's last rowid: reading them back can start there.
        const [lastRowids] = (await c.em.query(
          `SELECT ${READ_BACK_TABLES.map((t) => `(SELECT coalesce(max(rowid), 0) FROM "${t}") AS "${t}"`).join(', ')}`,
        )) as Record<ReadBackTable, number>[];
        phases.end('waited for the write queue');
        let pending = job.start(knownUnits, toSqliteUtc(new Date()));
        let next = await pending;
        while (isRowBatch(next)) {
          pending = job.next(); // the worker makes the next batch while this one is written
          await bulkInsert(c.em, next.table, next.columns, next.rows);
          await breather();
          next = await pending;
        }
        const summary = next;
        await job.close();
        phases.end('written');
        c.describe('import', 'plan', summary.planId);
        await this.recordCreated(c, summary, lastRowids);
        phases.end('read back for the trail');
        const plan = await findOr404(c.em, Plan, summary.planId, 'plan');
        return { ...toPlanDto(plan), imported: summary.imported, unitsReused: summary.unitsReused };
      });
      phases.end('trail entry and commit');
      const { actions, indicators, observations } = result.imported;
      this.logger.log(`Imported "${result.title}" (${actions} actions, ${indicators} indicators, ${observations} observations) ${phases}.`);
      return result;
    } finally {
      await job.close();
    }
  }

  /** The trail starts here: every row the import made, as it was made (read back in batches, letting other requests in between). */
  private async recordCreated(c: Change, summary: ImportSummary, lastRowids: Record<ReadBackTable, number>): Promise<void> {
    const planId = summary.planId;
    const q = (sql: string, params: unknown[]) => c.em.query(sql, params) as Promise<Row[]>;
    c.created('plan', await q(`SELECT * FROM "plan" WHERE "id" = ?`, [planId]));
    const units: Row[] = [];
    for (let i = 0; i < summary.newUnitIds.length; i += 500) {
      const ids = summary.newUnitIds.slice(i, i + 500);
      units.push(...(await q(`SELECT * FROM "unit" WHERE "id" IN (${ids.map(() => '?').join(',')}) ORDER BY rowid`, ids)));
    }
    if (units.length) c.created('unit', units);
    // Read back in rowid order, a batch at a time; each batch goes on along the table's rowid from where the last one ended.
    const inBatches = async (table: ReadBackTable, select: (where: string) => string) => {
      const rows: Row[] = [];
      for (let after = lastRowids[table]; ;) {
        const batch = await q(`${select('WHERE t.rowid > ? AND')} ORDER BY t.rowid LIMIT ${READ_BACK_ROWS}`, [after, planId]);
        if (!batch.length) break;
        after = batch[batch.length - 1]['_rowid'] as number;
        for (const row of batch) {
          delete row['_rowid'];
          rows.push(row);
        }
        await breather();
      }
      c.created(table, rows);
    };
    for (const table of READ_BACK_TABLES.filter((t) => t !== 'observation')) {
      // `+` keeps SQLite on the rowid, not the planId index (with which every batch would start over).
      await inBatches(table, (where) => `SELECT t.*, t.rowid AS "_rowid" FROM "${table}" t ${where} +t."planId" = ?`);
    }
    const focusAreas = await q(`SELECT * FROM "focus_area" WHERE "planId" = ? ORDER BY rowid`, [planId]);
    const coOwners = await q(
      `SELECT co."focusAreaId", co."committeeId" FROM "focus_area_co_owner" co JOIN "focus_area" f ON f."id" = co."focusAreaId"
        WHERE f."planId" = ? ORDER BY co."committeeId"`,
      [planId],
    );
    const coOwnersOf = new Map<unknown, unknown[]>();
    for (const co of coOwners) coOwnersOf.set(co.focusAreaId, [...(coOwnersOf.get(co.focusAreaId) ?? []), co.committeeId]);
    for (const f of focusAreas) f['coOwnerCommitteeIds'] = coOwnersOf.get(f.id) ?? [];
    c.created('focus_area', focusAreas);
    // CROSS JOIN: SQLite keeps this order, walking the observations by rowid.
    await inBatches(
      'observation',
      (where) =>
        `SELECT t.*, t.rowid AS "_rowid" FROM "observation" t CROSS JOIN "indicator" i ON i."id" = t."indicatorId" ${where} i."planId" = ?`,
    );
  }
}
