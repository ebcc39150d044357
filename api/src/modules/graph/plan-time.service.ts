import { Injectable } from '@nestjs/common';
import BetterSqlite3 from 'better-sqlite3';
import type { EntityManager } from 'typeorm';
import { copenhagenDate, endOfCopenhagenDay, ERROR_CODES, parseDiffSide, PlanGraph } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { isUuid } from '../../common/id.pipe';
import { Database } from '../../database/database';
import { AuditService } from '../audit/audit.service';
import { graphOf, GraphService } from './graph.service';

type Row = Record<string, unknown>;

/** The tables the graph's statements read: the rows the plan as it was is rebuilt from. */
const GRAPH_TABLES = [
  'plan',
  'aiming_point',
  'committee',
  'unit',
  'focus_area',
  'focus_area_co_owner',
  'action',
  'indicator',
  'observation',
  'support_link',
  'contribution_link',
] as const;

/** A plan at one moment: its graph, and the last trail entry it includes. */
export type PlanAt = { graph: PlanGraph; seq: number };

/**
 * The plan as it was: the trail's entries up to a moment replayed into rows
 * (by the same walk that verifies the trail), those rows put in a database in
 * memory with the live tables' own definitions, and the graph built from them
 * by the same statements and code as the graph of today.
 */
@Injectable()
export class PlanTimeService {
  private schema: string[] | null = null;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly graphs: GraphService,
    private readonly clock: Clock,
  ) {}

  /** Checks a day given as `field`: a real date, not after today in Copenhagen (400 naming the field). */
  checkDay(day: string | undefined, field: string): string {
    const side = parseDiffSide(day);
    if (!day || !side || !('date' in side)) throw ApiError.invalid(field, 'is_date', `${field} must be a date, YYYY-MM-DD`);
    if (day > copenhagenDate(this.clock.date()))
      throw ApiError.invalid(field, 'not_future', `${field} is in the future: the plan is only known up to today`);
    return day;
  }

  /** The plan at the end of `day` in Europe/Copenhagen, rebuilt from the trail; 422 `before_plan` before it existed. */
  asOf(planId: string, day: string, field = 'asOf'): Promise<PlanAt> {
    this.checkDay(day, field);
    return this.db.read((em) => this.asOfIn(em, planId, day, field));
  }

  async asOfIn(em: EntityManager, planId: string, day: string, field: string): Promise<PlanAt> {
    const end = endOfCopenhagenDay(day);
    const [{ seq }] = (await em.query(`SELECT coalesce(max("seq"), 0) AS "seq" FROM "audit_entry" WHERE "at" <= ?`, [
      end.toISOString(),
    ])) as { seq: number }[];
    const rows = seq ? await this.audit.rowsAsOf(em, seq) : new Map<string, Row>();
    if (!rows.has(`plan/${planId}`)) {
      const [exists] = (await em.query(`SELECT 1 FROM "plan" WHERE "id" = ?`, [planId])) as unknown[];
      if (!exists) throw ApiError.notFound('plan', planId, 'planId');
      throw ApiError.at(ERROR_CODES.beforePlan, `The plan did not exist yet at the end of ${day}.`, field, 'before the plan existed');
    }
    const now = this.clock.date();
    const graph = await this.graphFromRows(em, rows, planId, end < now ? end : now);
    return { graph, seq };
  }

  /** The plan as it is now, and the trail's head. */
  async nowIn(em: EntityManager, planId: string): Promise<PlanAt> {
    const graph = await this.graphs.graphIn(em, planId);
    const [{ seq }] = (await em.query(`SELECT coalesce(max("seq"), 0) AS "seq" FROM "audit_entry"`)) as { seq: number }[];
    return { graph, seq };
  }

  /** A revision's stored graph (404 for an unknown revision, or another plan's). */
  async revisionIn(em: EntityManager, planId: string, id: string, field = 'revision'): Promise<PlanAt> {
    if (!isUuid(id)) throw ApiError.notFound('revision', id, field);
    const [row] = (await em.query(`SELECT "snapshot", "auditSeq" FROM "plan_revision" WHERE "id" = ? AND "planId" = ?`, [
      id.toLowerCase(),
      planId,
    ])) as { snapshot: string; auditSeq: number }[];
    if (!row) throw ApiError.notFound('revision', id, field);
    return { graph: JSON.parse(row.snapshot) as PlanGraph, seq: row.auditSeq };
  }

  revision(planId: string, id: string): Promise<PlanGraph> {
    return this.db.read(async (em) => {
      await this.planExists(em, planId);
      return (await this.revisionIn(em, planId, id)).graph;
    });
  }

  async planExists(em: EntityManager, planId: string): Promise<void> {
    const [exists] = (await em.query(`SELECT 1 FROM "plan" WHERE "id" = ? AND "deletedAt" IS NULL`, [planId])) as unknown[];
    if (!exists) throw ApiError.notFound('plan', planId, 'planId');
  }

  /** The live tables' definitions (tables and indexes), read once. */
  private async schemaOf(em: EntityManager): Promise<string[]> {
    if (this.schema) return this.schema;
    const names = GRAPH_TABLES.map(() => '?').join(', ');
    const defs = (await em.query(
      `SELECT "type", "sql" FROM "sqlite_master" WHERE "tbl_name" IN (${names}) AND "sql" IS NOT NULL ORDER BY "type" DESC`,
      [...GRAPH_TABLES],
    )) as { type: string; sql: string }[];
    // Tables first. Nothing is refused there: a unique index is kept as a plain one, and a column an older entry did not
    // record yet is simply empty.
    this.schema = defs.map((d) =>
      d.type === 'index' ? d.sql.replace(/^CREATE UNIQUE INDEX/i, 'CREATE INDEX') : d.sql.replace(/ NOT NULL/g, ''),
    );
    return this.schema;
  }

  /** Puts one plan's replayed rows into a database in memory and builds its graph there. */
  private async graphFromRows(em: EntityManager, rows: Map<string, Row>, planId: string, today: Date): Promise<PlanGraph> {
    const mem = new BetterSqlite3(':memory:');
    try {
      mem.pragma('foreign_keys = OFF');
      for (const sql of await this.schemaOf(em)) mem.exec(sql);
      const columnsOf = new Map<string, Set<string>>();
      for (const t of GRAPH_TABLES)
        columnsOf.set(t, new Set((mem.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name)));
      const byTable = new Map<string, Row[]>();
      for (const [key, row] of rows) {
        const table = key.slice(0, key.indexOf('/'));
        if (!columnsOf.has(table)) continue;
        // Only this plan's rows (units belong to no plan; observations are kept by their indicator below).
        if ('planId' in row && table !== 'observation' && row['planId'] !== planId) continue;
        if (table === 'plan' && row['id'] !== planId) continue;
        const list = byTable.get(table) ?? [];
        list.push(row);
        byTable.set(table, list);
      }
      const indicatorIds = new Set((byTable.get('indicator') ?? []).map((r) => r['id']));
      byTable.set(
        'observation',
        (byTable.get('observation') ?? []).filter((r) => indicatorIds.has(r['indicatorId'])),
      );
      const coOwners: Row[] = [];
      for (const f of byTable.get('focus_area') ?? [])
        for (const committeeId of (f['coOwnerCommitteeIds'] as string[] | undefined) ?? [])
          coOwners.push({ focusAreaId: f['id'], committeeId });
      byTable.set('focus_area_co_owner', coOwners);
      const insertAll = mem.transaction(() => {
        for (const [table, list] of byTable) {
          const columns = [...columnsOf.get(table)!];
          const insert = mem.prepare(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          );
          for (const row of list) insert.run(columns.map((c) => toSqlite(row[c])));
        }
      });
      insertAll();
      return await graphOf((sql, params) => Promise.resolve(mem.prepare(sql).all(...params) as Row[]), planId, today);
    } finally {
      mem.close();
    }
  }
}

/** A snapshot's value as SQLite stores it (the trail keeps what the database answered: text, numbers, null). */
function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}
