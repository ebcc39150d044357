import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DatedObservation,
  FreshnessContext,
  freshnessOf,
  GraphEdge,
  GraphNode,
  LatestObservation,
  measuredOf,
  PlanGraph,
  structuralEdge,
} from '@kompas/domain';
import { Clock } from '../../common/clock';
import { ApiError } from '../../common/api-error';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { longTermTargetOf, referenceOf } from '../indicators/indicator.mapper';
import { GRAPH_SQL } from './graph.sql';

type Row = Record<string, unknown>;
type Str = string;

@Injectable()
export class GraphService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The whole plan as nodes and edges, in GRAPH_STATEMENTS statements. */
  graph(planId: string): Promise<PlanGraph> {
    return this.db.read((em) => this.graphIn(em, planId));
  }

  /** The same graph, read with a transaction's entity manager (for a service that reads more beside it, as one snapshot). */
  graphIn(em: EntityManager, planId: string): Promise<PlanGraph> {
    return graphOf((sql, params) => em.query(sql, params) as Promise<Row[]>, planId, this.clock.date());
  }
}

/** Runs one of GRAPH_SQL's statements: on the database, or on rows the trail says were there on a day. */
export type GraphQuery = (sql: string, params: unknown[]) => Promise<Row[]>;

/**
 * The plan as nodes and edges from the rows `query` reads, its freshness as of
 * `today`: the one graph builder, for the plan as it is and as it was.
 */
export async function graphOf(query: GraphQuery, planId: string, today: Date): Promise<PlanGraph> {
  const [plan] = await query(GRAPH_SQL.plan, [planId]);
  if (!plan) throw ApiError.notFound('plan', planId, 'planId');
  const aimingPoints = await query(GRAPH_SQL.aimingPoints, [planId]);
  const focusAreas = await query(GRAPH_SQL.focusAreas, [planId]);
  const actions = await query(GRAPH_SQL.actions, [planId]);
  const indicators = await query(GRAPH_SQL.indicators, [planId]);
  const observed = await query(GRAPH_SQL.observedPeriods, [planId, plan.periodStart]);
  const links = await query(GRAPH_SQL.links, [planId, planId]);
  const periodsOf = new Map<Str, DatedObservation[]>();
  for (const o of observed) {
    const list = periodsOf.get(o.indicatorId as Str) ?? [];
    list.push({ periodStart: o.periodStart as Str, periodEnd: o.periodEnd as Str });
    periodsOf.set(o.indicatorId as Str, list);
  }
  const statusOf = new Map<Str, Str>();
  const planContext = { status: plan.status as never, periodStart: plan.periodStart as Str };

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  nodes.push({
    id: plan.id as Str,
    kind: 'vision',
    title: plan.title as Str,
    example: Boolean(plan.example),
    version: plan.version as number,
    organisation: plan.organisation as Str,
    councilName: plan.councilName as Str,
    statement: plan.visionStatement as Str,
    motivations: JSON.parse(plan.motivations as Str),
    status: plan.status as never,
    periodStart: plan.periodStart as Str,
    periodEnd: plan.periodEnd as Str,
  });
  for (const a of aimingPoints) {
    nodes.push({
      id: a.id as Str,
      kind: 'aimingPoint',
      title: a.title as Str,
      example: Boolean(a.example),
      version: a.version as number,
      ambition: a.ambition as Str,
      position: a.position as number,
    });
    edges.push(structuralEdge('partOf', a.id as Str, plan.id as Str));
  }
  for (const f of focusAreas) {
    nodes.push({
      id: f.id as Str,
      kind: 'focusArea',
      title: f.title as Str,
      example: Boolean(f.example),
      version: f.version as number,
      committeeId: f.committeeId as Str,
      committeeName: f.committeeName as Str,
      coOwnerCommitteeIds: f.coOwners ? (f.coOwners as Str).split(',') : [],
      rank: f.rank as number,
      status: f.status as never,
    });
    statusOf.set(f.id as Str, f.status as Str);
  }
  for (const a of actions) {
    nodes.push({
      id: a.id as Str,
      kind: 'action',
      title: a.title as Str,
      example: Boolean(a.example),
      version: a.version as number,
      unitId: a.unitId as Str,
      unitName: a.unitName as Str,
      responsiblePerson: a.responsiblePerson as Str | null,
      status: a.status as never,
      startDate: a.startDate as Str | null,
      endDate: a.endDate as Str | null,
    });
    statusOf.set(a.id as Str, a.status as Str);
  }
  for (const i of indicators) {
    const measured = measuredOf({
      planId: plan.id as Str,
      aimingPointId: i.aimingPointId as Str | null,
      focusAreaId: i.focusAreaId as Str | null,
      actionId: i.actionId as Str | null,
      measuresVision: false,
    });
    const measures = (
      measured.kind === 'action' || measured.kind === 'focusArea'
        ? { kind: measured.kind, status: statusOf.get(measured.id) }
        : { kind: measured.kind }
    ) as FreshnessContext['measures'];
    const freshness = freshnessOf(
      { cadence: i.cadence as never, createdAt: sqliteUtcToIso(i.createdAt as Str), graceDays: i.graceDays as number },
      { plan: planContext, measures },
      periodsOf.get(i.id as Str) ?? [],
      today,
    );
    nodes.push({
      id: i.id as Str,
      kind: 'indicator',
      title: i.title as Str,
      example: Boolean(i.example),
      version: i.version as number,
      measuresId: measured.id,
      measures: measured.kind,
      type: i.type as never,
      evidenceKind: i.evidenceKind as never,
      cadence: i.cadence as never,
      unit: i.unit as Str | null,
      direction: i.direction as never,
      baselineValue: i.baselineValue as number | null,
      targets: JSON.parse(i.targets as Str),
      longTermTarget: longTermTargetOf(i.targetValue as number | null, i.targetDate as Str | null),
      reference: referenceOf(i.referenceName as Str | null, i.referenceSource as Str | null),
      graceDays: i.graceDays as number,
      responsibleUserId: i.responsibleUserId as Str | null,
      latest: latestOf(i, 'o', 'actual'),
      latestReference: latestOf(i, 'r', 'reference'),
      freshness,
    });
    edges.push(structuralEdge('measures', i.id as Str, measured.id));
  }
  for (const l of links) {
    edges.push({
      id: l.id as Str,
      kind: l.kind as 'supports' | 'contributes',
      source: l.source as Str,
      target: l.target as Str,
      rationale: l.rationale as Str,
      strength: l.strength as number,
      example: Boolean(l.example),
      version: l.version as number,
    });
  }
  return { planId: plan.id as Str, nodes, edges };
}

/** The latest observation of a series, from the columns the statement names with its prefix (`o` actual, `r` reference). */
function latestOf(i: Row, p: 'o' | 'r', series: LatestObservation['series']): LatestObservation | null {
  if (!i[`${p}Id`]) return null;
  return {
    id: i[`${p}Id`] as Str,
    series,
    periodStart: i[`${p}Start`] as Str,
    periodEnd: i[`${p}End`] as Str,
    value: i[`${p}Value`] as number | null,
    narrative: i[`${p}Narrative`] as Str | null,
    judgement: i[`${p}Judgement`] as never,
    recordedAt: sqliteUtcToIso(i[`${p}RecordedAt`] as Str),
  };
}
