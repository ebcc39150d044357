import { Injectable } from '@nestjs/common';
import { checkPlanDocument, ERROR_CODES, PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, PlanDocument } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { bulkInsert } from '../../database/bulk-insert';
import { Database } from '../../database/database';
import { sqliteUtcToIso, toSqliteUtc } from '../../database/sqlite-time';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../audit/change';
import { ImportResultDto } from '../plans/dto/plan.dto';
import { toPlanDto } from '../plans/plan.mapper';
import { Plan } from '../plans/plan.entity';

type Row = Record<string, unknown>;

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

  /** Reads a plan document into a new plan, all of it or nothing. */
  import(actor: Actor, document: unknown): Promise<ImportResultDto> {
    const problems = checkPlanDocument(document);
    if (problems.length) {
      const unsupported = problems.some((p) => p.field === 'format' || p.field === 'version');
      throw new ApiError(
        unsupported ? ERROR_CODES.unsupportedDocument : ERROR_CODES.invalidDocument,
        unsupported
          ? `This is not a Kompas plan document this version can read (${problems[0].field}: ${problems[0].message}).`
          : `The plan document has ${problems.length}${problems.length >= 50 ? ' or more' : ''} problem(s); nothing was imported.`,
        problems,
      );
    }
    return this.audit.change(actor, async (c) => {
      const result = await this.write(c.em, document as PlanDocument);
      c.describe('import', 'plan', result.id);
      // The trail starts here: every row the import made, as it was made.
      const q = (sql: string, params: unknown[] = [result.id]) => c.em.query(sql, params) as Promise<Row[]>;
      c.created('plan', await q(`SELECT * FROM "plan" WHERE "id" = ?`));
      if (result.newUnitIds.length) {
        const units: Row[] = [];
        for (let i = 0; i < result.newUnitIds.length; i += 500) {
          const ids = result.newUnitIds.slice(i, i + 500);
          units.push(...(await q(`SELECT * FROM "unit" WHERE "id" IN (${ids.map(() => '?').join(',')}) ORDER BY rowid`, ids)));
        }
        c.created('unit', units);
      }
      for (const table of ['aiming_point', 'committee', 'action', 'indicator', 'support_link', 'contribution_link'] as const) {
        c.created(table, await q(`SELECT * FROM "${table}" WHERE "planId" = ? ORDER BY rowid`));
      }
      const focusAreas = await q(`SELECT * FROM "focus_area" WHERE "planId" = ? ORDER BY rowid`);
      const coOwners = await q(
        `SELECT co."focusAreaId", co."committeeId" FROM "focus_area_co_owner" co JOIN "focus_area" f ON f."id" = co."focusAreaId"
          WHERE f."planId" = ? ORDER BY co."committeeId"`,
      );
      for (const f of focusAreas) f['coOwnerCommitteeIds'] = coOwners.filter((co) => co.focusAreaId === f.id).map((co) => co.committeeId);
      c.created('focus_area', focusAreas);
      c.created(
        'observation',
        await q(`SELECT o.* FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId" WHERE i."planId" = ? ORDER BY o.rowid`),
      );
      const { newUnitIds: _units, ...dto } = result;
      return dto;
    });
  }

  private async write(em: EntityManager, doc: PlanDocument): Promise<ImportResultDto & { newUnitIds: string[] }> {
    // References were all checked above; checking foreign keys at commit lets rows come in any order.
    await em.query('PRAGMA defer_foreign_keys = ON');
    const now = toSqliteUtc(new Date());
    const ids = new Map<string, string>();
    const newId = (docId: string) => {
      const id = randomUUID();
      ids.set(docId, id);
      return id;
    };
    const ref = (docId: string | null) => (docId === null ? null : (ids.get(docId) as string));
    const b = (v: boolean) => (v ? 1 : 0);
    const planId = randomUUID();
    const p = doc.plan;

    await bulkInsert(
      em,
      'plan',
      [
        'id',
        'organisation',
        'title',
        'visionStatement',
        'motivations',
        'sections',
        'periodStart',
        'periodEnd',
        'status',
        'example',
        'createdAt',
        'updatedAt',
      ],
      [
        [
          planId,
          p.organisation,
          p.title,
          p.visionStatement,
          JSON.stringify(p.motivations),
          JSON.stringify(p.sections),
          p.periodStart,
          p.periodEnd,
          p.status,
          b(p.example),
          now,
          now,
        ],
      ],
    );

    // Units outlive plans: one with the same name under the same parent is the same unit.
    let unitsReused = 0;
    const newUnits: unknown[][] = [];
    const existingUnits = (await em.query(`SELECT "id", "name", "parentId" FROM "unit" WHERE "deletedAt" IS NULL`)) as Row[];
    const unitKey = (name: string, parentId: string | null) => `${parentId ?? ''}/${name}`;
    const known = new Map(existingUnits.map((u) => [unitKey(u.name as string, u.parentId as string | null), u.id as string]));
    for (const u of parentsFirst(doc.units)) {
      const parentId = ref(u.parentId);
      const existing = known.get(unitKey(u.name, parentId));
      if (existing) {
        ids.set(u.id, existing);
        unitsReused++;
        continue;
      }
      const id = newId(u.id);
      known.set(unitKey(u.name, parentId), id);
      newUnits.push([id, u.name, parentId, b(u.example), now, now]);
    }
    await bulkInsert(em, 'unit', ['id', 'name', 'parentId', 'example', 'createdAt', 'updatedAt'], newUnits);

    await bulkInsert(
      em,
      'aiming_point',
      ['id', 'planId', 'title', 'ambition', 'body', 'sections', 'position', 'example', 'createdAt', 'updatedAt'],
      doc.aimingPoints.map((a, i) => [
        newId(a.id),
        planId,
        a.title,
        a.ambition,
        a.body,
        JSON.stringify(a.sections),
        i + 1,
        b(a.example),
        now,
        now,
      ]),
    );
    await bulkInsert(
      em,
      'committee',
      ['id', 'planId', 'name', 'shortName', 'coreAreas', 'position', 'example', 'createdAt', 'updatedAt'],
      doc.committees.map((c, i) => [newId(c.id), planId, c.name, c.shortName, JSON.stringify(c.coreAreas), i + 1, b(c.example), now, now]),
    );
    await bulkInsert(
      em,
      'focus_area',
      ['id', 'planId', 'committeeId', 'title', 'description', 'rank', 'status', 'example', 'createdAt', 'updatedAt'],
      doc.focusAreas.map((f) => [
        newId(f.id),
        planId,
        ref(f.committeeId),
        f.title,
        f.description,
        f.rank,
        f.status,
        b(f.example),
        now,
        now,
      ]),
    );
    await bulkInsert(
      em,
      'focus_area_co_owner',
      ['focusAreaId', 'committeeId'],
      doc.focusAreas.flatMap((f) => f.coOwnerCommitteeIds.map((c) => [ref(f.id), ref(c)])),
    );
    await bulkInsert(
      em,
      'action',
      [
        'id',
        'planId',
        'title',
        'description',
        'unitId',
        'responsiblePerson',
        'status',
        'startDate',
        'endDate',
        'example',
        'createdAt',
        'updatedAt',
      ],
      doc.actions.map((a) => [
        newId(a.id),
        planId,
        a.title,
        a.description,
        ref(a.unitId),
        a.responsiblePerson,
        a.status,
        a.startDate,
        a.endDate,
        b(a.example),
        now,
        now,
      ]),
    );
    await bulkInsert(
      em,
      'indicator',
      [
        'id',
        'planId',
        'focusAreaId',
        'actionId',
        'title',
        'description',
        'type',
        'evidenceKind',
        'cadence',
        'unit',
        'direction',
        'baselineValue',
        'baselineDate',
        'targetValue',
        'targetDate',
        'example',
        'createdAt',
        'updatedAt',
      ],
      doc.indicators.map((i) => [
        newId(i.id),
        planId,
        ref(i.focusAreaId),
        ref(i.actionId),
        i.title,
        i.description,
        i.type,
        i.evidenceKind,
        i.cadence,
        i.unit,
        i.direction,
        i.baselineValue,
        i.baselineDate,
        i.targetValue,
        i.targetDate,
        b(i.example),
        now,
        now,
      ]),
    );
    for (const o of doc.observations) newId(o.id);
    await bulkInsert(
      em,
      'observation',
      [
        'id',
        'indicatorId',
        'periodStart',
        'periodEnd',
        'value',
        'narrative',
        'judgement',
        'sourceNote',
        'recordedAt',
        'supersedesId',
        'example',
      ],
      doc.observations.map((o) => [
        ref(o.id),
        ref(o.indicatorId),
        o.periodStart,
        o.periodEnd,
        o.value,
        o.narrative,
        o.judgement,
        o.sourceNote,
        toSqliteUtc(o.recordedAt),
        ref(o.supersedesId),
        b(o.example),
      ]),
    );
    const linkColumns = ['id', 'planId', 'rationale', 'strength', 'example', 'createdAt', 'updatedAt'];
    const linkRow = (l: PlanDocument['links'][number]) => [
      newId(l.id),
      planId,
      l.rationale,
      l.strength,
      b(l.example),
      now,
      now,
      ref(l.sourceId),
      ref(l.targetId),
    ];
    await bulkInsert(
      em,
      'support_link',
      [...linkColumns, 'focusAreaId', 'aimingPointId'],
      doc.links.filter((l) => l.kind === 'supports').map(linkRow),
    );
    await bulkInsert(
      em,
      'contribution_link',
      [...linkColumns, 'actionId', 'focusAreaId'],
      doc.links.filter((l) => l.kind === 'contributes').map(linkRow),
    );

    const plan = await findOr404(em, Plan, planId, 'plan');
    return {
      ...toPlanDto(plan),
      imported: {
        aimingPoints: doc.aimingPoints.length,
        committees: doc.committees.length,
        units: newUnits.length,
        focusAreas: doc.focusAreas.length,
        actions: doc.actions.length,
        indicators: doc.indicators.length,
        observations: doc.observations.length,
        links: doc.links.length,
      },
      unitsReused,
      newUnitIds: newUnits.map((u) => u[0] as string),
    };
  }
}

/**
 * Units with every parent before its children, otherwise in the order given:
 * a list that is already parents-first comes back unchanged.
 */
function parentsFirst<U extends { id?: unknown; parentId?: unknown }>(units: U[]): U[] {
  const ids = new Set(units.map((u) => u.id));
  const placed = new Set<unknown>();
  const out: U[] = [];
  let pending = units;
  while (pending.length) {
    const next: U[] = [];
    for (const u of pending) {
      if (u.parentId == null || !ids.has(u.parentId) || placed.has(u.parentId)) {
        out.push(u);
        placed.add(u.id);
      } else next.push(u);
    }
    // A cycle cannot be stored (the checker refuses it); keep the rest rather than loop.
    if (next.length === pending.length) return [...out, ...next];
    pending = next;
  }
  return out;
}
