import { RevisionsService } from '../revisions/revisions.service';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { ErrorCode, MAX_REASON, PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, PlanDocument, planDocumentContent } from '@kompas/domain';
import { performance } from 'node:perf_hooks';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { sqliteUtcToIso, toSqliteUtc } from '../../database/sqlite-time';
import { Clock } from '../../common/clock';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../audit/change';
import { contentDigest as digestOf, newUnitCount } from './import-preview';
import type { KnownUnit } from './import-rows';
import { RECORD_CHUNK_ROWS } from '../audit/trail';
import { ImportPreviewDto, ImportResultDto } from '../plans/dto/plan.dto';
import { toPlanDto } from '../plans/plan.mapper';
import { Plan } from '../plans/plan.entity';
import { readDocument } from './import-document';
import { longTermTargetOf, referenceOf } from '../indicators/indicator.mapper';
import { ImportJob } from './import-job';
import type { CheckFailure } from './import-protocol';
import { parentsFirst } from './import-rows';
import { writeImport, WriteOrder } from './import-write';

type Row = Record<string, unknown>;

/** Values per INSERT while importing. */
const VALUES_PER_BATCH = 3_000;
/** While importing, SQLite keeps this much of the database in memory (KiB) rather than re-reading it: the new rows' indexes are written all over. */
const IMPORT_CACHE_KIB = 16 * 1024;
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

const bool = (v: unknown) => Boolean(v);
const json = <T>(v: unknown): T => JSON.parse(v as string) as T;

/**
 * Export and import of whole plans in the plan document format (docs/plan-format.md).
 * Rows are exported in the order they were made (SQLite's rowid), and import
 * inserts them in document order, so export → import → export gives the same
 * document apart from ids.
 */
@Injectable()
export class PlanDocumentsService implements OnModuleDestroy {
  private readonly logger = new Logger('Import');
  /** Checkpoints still running after an import (see `import`). */
  private readonly checkpoints = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly revisions: RevisionsService,
    private readonly clock: Clock,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.checkpoints);
  }

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
          councilName: plan.councilName,
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
          aimingPointId: (i.aimingPointId as string | null) ?? null,
          focusAreaId: (i.focusAreaId as string | null) ?? null,
          actionId: (i.actionId as string | null) ?? null,
          measuresVision: !i.aimingPointId && !i.focusAreaId && !i.actionId,
          title: i.title as string,
          description: i.description as string,
          type: i.type as never,
          evidenceKind: i.evidenceKind as never,
          cadence: i.cadence as never,
          unit: (i.unit as string | null) ?? null,
          direction: (i.direction as never) ?? null,
          baselineValue: (i.baselineValue as number | null) ?? null,
          baselineDate: (i.baselineDate as string | null) ?? null,
          targets: json(i.targets),
          longTermTarget: longTermTargetOf((i.targetValue as number | null) ?? null, (i.targetDate as string | null) ?? null),
          reference: referenceOf((i.referenceName as string | null) ?? null, (i.referenceSource as string | null) ?? null),
          graceDays: i.graceDays as number,
          example: bool(i.example),
        })),
        observations: observations.map((o) => ({
          id: o.id as string,
          indicatorId: o.indicatorId as string,
          series: o.series as never,
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
   * What importing the document would do, without writing anything: how many
   * rows of each kind it would create, the problems an import would refuse
   * it with, and the plans whose content already equals it (ids and
   * timestamps aside). A body that is no plan document at all (not JSON,
   * another format) is refused as by the import.
   */
  async preview(body: Uint8Array | undefined): Promise<ImportPreviewDto> {
    const bytes = body ?? Buffer.from('null');
    const job = new ImportJob(bytes, { maxReason: MAX_REASON, dryRun: true });
    try {
      const checked = await job.checked;
      if ('refused' in checked) {
        const { code, message, details } = checked.refused;
        throw new ApiError(code as ErrorCode, message, details);
      }
      if (!('preview' in checked)) throw new Error('The dry run was not checked as one.');
      const { counts, problems, units, contentDigest } = checked.preview;
      const { known, plans } = await this.db.read(async (em) => ({
        known: units ? ((await em.query(`SELECT "id", "name", "parentId" FROM "unit" WHERE "deletedAt" IS NULL`)) as KnownUnit[]) : [],
        plans: contentDigest
          ? ((await em.query(`SELECT "id", "title" FROM "plan" WHERE "deletedAt" IS NULL ORDER BY rowid`)) as Row[])
          : [],
      }));
      const sameAs: { id: string; title: string }[] = [];
      for (const plan of plans) {
        const exported = await this.export(plan.id as string);
        if (digestOf(planDocumentContent(exported)) === contentDigest) sameAs.push({ id: plan.id as string, title: plan.title as string });
      }
      return {
        counts: { ...counts, units: units ? newUnitCount(units, known) : counts.units },
        problems,
        sameAs,
      };
    } finally {
      await job.close();
    }
  }

  /**
   * Reads a plan document into a new plan, all of it or nothing. A worker
   * thread parses and checks the body, then — once the import's turn in the
   * write queue has come — writes it in one transaction on a database
   * connection of its own: the rows, the import's record (every created row as
   * stored) and the trail entry, which the API makes (it holds the trail's
   * key). Meanwhile this thread goes on answering requests; reads see the
   * database as it was until the commit, other writes wait their turn. `body`
   * is the document as JSON bytes, or (for Kompas's own demo plan) already as
   * an object. A database in memory cannot be shared with a worker: there,
   * this thread does the same work itself.
   */
  async import(actor: Actor, body: Uint8Array | object | undefined): Promise<ImportResultDto> {
    const bytes = body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body ?? null));
    const phases = new Phases();
    const path = (this.db.dataSource.options as { database?: string }).database ?? ':memory:';
    const onFile = path !== ':memory:' && !path.startsWith('file::memory:');
    const job = onFile ? new ImportJob(bytes, { maxReason: MAX_REASON }) : null;
    let checkpointing = false;
    try {
      let doc: PlanDocument | null = null;
      let checked: CheckFailure | { reason: string | null } | { preview: unknown };
      if (job) checked = await job.checked;
      else {
        const read = readDocument({ body: bytes, maxReason: MAX_REASON });
        checked = read;
        if (!('refused' in read)) doc = read.doc;
      }
      phases.end('read and checked');
      if ('refused' in checked) {
        const { code, message, details } = checked.refused;
        throw new ApiError(code as ErrorCode, message, details);
      }
      if ('preview' in checked) throw new Error('The import checked the document as a dry run.');
      const order: WriteOrder = {
        importer: { userId: actor.userId, userName: actor.userName, reason: checked.reason ?? actor.reason ?? null, ip: actor.ip ?? null },
        valuesPerBatch: VALUES_PER_BATCH,
        recordChunkRows: RECORD_CHUNK_ROWS,
        cacheKib: IMPORT_CACHE_KIB,
        now: toSqliteUtc(this.clock.date()),
      };
      const summary = await this.db.exclusive(async () => {
        phases.end('waited for the write queue');
        if (job) return job.write(path, order, (last, facts) => this.audit.entryFor(last, facts));
        const sqlite = (this.db.dataSource.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;
        return writeImport(sqlite, doc as PlanDocument, order, async (last, facts) => this.audit.entryFor(last, facts));
      });
      phases.end('written, with its record and trail entry');
      let plan = await this.db.read((em) => findOr404(em, Plan, summary.planId, 'plan'));
      if (job) {
        checkpointing = true;
        const done = job.checkpointed
          .then(
            (error) => error && this.logger.warn(`Copying the log into the database after an import failed: ${error}`),
            (e: Error) => this.logger.warn(`Copying the log into the database after an import failed: ${e.message}`),
          )
          .finally(() => job.close());
        this.checkpoints.add(done);
        void done.finally(() => this.checkpoints.delete(done));
        // The revision below reads the whole plan: the worker, and the document it holds, are gone first.
        if (plan.status === 'adopted') {
          await done;
          phases.end('log copied, worker ended');
        }
      }
      // An adopted plan comes in with the revision its adoption takes.
      if (plan.status === 'adopted') {
        await this.revisions.adoptedAfterImport(actor, plan.id);
        phases.end('revision taken');
        plan = await this.db.read((em) => findOr404(em, Plan, summary.planId, 'plan'));
      }
      const result = { ...toPlanDto(plan), imported: summary.imported, unitsReused: summary.unitsReused };
      const { actions, indicators, observations } = result.imported;
      this.logger.log(`Imported "${result.title}" (${actions} actions, ${indicators} indicators, ${observations} observations) ${phases}.`);
      return result;
    } finally {
      if (!checkpointing) await job?.close();
    }
  }
}
