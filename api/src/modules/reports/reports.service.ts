import { Injectable } from '@nestjs/common';
import {
  checkTarget,
  copenhagenDate,
  explainHealth,
  type LongTermTarget,
  measuredOf,
  type NodeKind,
  type ObservedValue,
  periodCode,
  type TargetEntry,
} from '@kompas/domain';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { Database } from '../../database/database';
import { GRAPH_SQL } from '../graph/graph.sql';
import { longTermTargetOf } from '../indicators/indicator.mapper';
import { PlanHealthService } from '../plan-health/plan-health.service';
import type {
  ReportAction,
  ReportAdjustment,
  ReportAssessment,
  ReportCommittee,
  ReportFocusArea,
  ReportHealth,
  ReportIndicator,
  ReportModel,
  ReportValue,
} from './report-model';
import type { ReportQuery } from './report-query';
import { adjustmentsInPeriod, assessmentsInPeriod, linkEnds } from './report-slots';

type Row = Record<string, unknown>;
type Str = string;

/** The current observations of a plan's indicators whose period ends in the report's period, both series. */
const PERIOD_OBSERVATIONS = `SELECT o."indicatorId", o."series", o."periodStart", o."periodEnd", o."value", o."narrative", o."judgement"
    FROM "observation" o JOIN "indicator" i ON i."id" = o."indicatorId"
   WHERE i."planId" = ? AND i."deletedAt" IS NULL AND o."periodEnd" >= ? AND o."periodEnd" <= ?
     AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = o."id")
   ORDER BY o."periodEnd", o."periodStart"`;

const COMMITTEES = `SELECT "id", "name" FROM "committee" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY "position", "name"`;

/** What a node's health, assessments and adjustments come from: empty where that data is not recorded. */
type Slots = {
  health: Map<string, ReportHealth> | null;
  assessments: Map<string, ReportAssessment[]> | null;
  adjustments: Map<string, ReportAdjustment[]> | null;
};

/**
 * Reads everything a follow-up report says from the database, in one read
 * transaction and a fixed number of statements however large the plan, into
 * the plain ReportModel that the PDF and the spreadsheet are both made from.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly planHealth: PlanHealthService,
  ) {}

  /** Today's date in Copenhagen, by the app's clock. */
  today(): string {
    return copenhagenDate(this.clock.date());
  }

  /**
   * The report of a plan for a period. 404 (field `planId`) for an unknown
   * plan; 400 naming `committeeId` for a committee that is not the plan's.
   */
  model(planId: string, query: ReportQuery): Promise<ReportModel> {
    return this.db.read((em) => this.assemble(em, planId, query));
  }

  private async assemble(em: EntityManager, planId: string, query: ReportQuery): Promise<ReportModel> {
    const [plan] = (await em.query(GRAPH_SQL.plan, [planId])) as Row[];
    if (!plan) throw ApiError.notFound('plan', planId, 'planId');
    const committeeRows = (await em.query(COMMITTEES, [planId])) as { id: Str; name: Str }[];
    const committeeName = new Map(committeeRows.map((c) => [c.id, c.name]));
    for (const id of query.committeeIds) {
      if (!committeeName.has(id)) throw ApiError.invalid('committeeId', 'not_in_plan', `${id} is not a committee of this plan`);
    }
    const filter = query.committeeIds.length ? new Set(query.committeeIds) : null;

    const aimingPointRows = (await em.query(GRAPH_SQL.aimingPoints, [planId])) as Row[];
    const focusAreaRows = (await em.query(GRAPH_SQL.focusAreas, [planId])) as Row[];
    const actionRows = (await em.query(GRAPH_SQL.actions, [planId])) as Row[];
    const indicatorRows = (await em.query(GRAPH_SQL.indicators, [planId])) as Row[];
    const linkRows = (await em.query(GRAPH_SQL.links, [planId, planId])) as Row[];
    const observationRows = (await em.query(PERIOD_OBSERVATIONS, [planId, query.period.start, query.period.end])) as Row[];

    const titleOf = new Map<Str, Str>();
    titleOf.set(plan.id as Str, plan.title as Str);
    for (const r of [...aimingPointRows, ...focusAreaRows, ...actionRows, ...indicatorRows]) titleOf.set(r.id as Str, r.title as Str);
    const slots: Slots = {
      health: await this.health(em, planId, query),
      assessments: await assessmentsInPeriod(em, planId, query.period),
      adjustments: await adjustmentsInPeriod(em, planId, query.period, query.lang, { titleOf, linkEnds: await linkEnds(em, planId) }),
    };

    // Links, both ways, in the order of what they point to.
    const supportsOf = new Map<Str, Str[]>();
    const supportedBy = new Map<Str, Str[]>();
    const contributesTo = new Map<Str, Str[]>();
    const contributors = new Map<Str, Str[]>();
    const push = (m: Map<Str, Str[]>, k: Str, v: Str) => m.set(k, [...(m.get(k) ?? []), v]);
    for (const l of linkRows) {
      if (l.kind === 'supports') {
        push(supportsOf, l.source as Str, l.target as Str);
        push(supportedBy, l.target as Str, l.source as Str);
      } else {
        push(contributesTo, l.source as Str, l.target as Str);
        push(contributors, l.target as Str, l.source as Str);
      }
    }

    // FOKUS/RETNING: focus areas in scope, under each committee that owns or shares them, in priority order.
    const inScope = (f: Row) => {
      if (!filter) return true;
      const owners = [f.committeeId as Str, ...(f.coOwners ? (f.coOwners as Str).split(',') : [])];
      return owners.some((c) => filter.has(c));
    };
    const focusAreas = focusAreaRows.filter(inScope);
    const focusAreaIds = new Set(focusAreas.map((f) => f.id as Str));
    const actions = actionRows.filter((a) => !filter || (contributesTo.get(a.id as Str) ?? []).some((f) => focusAreaIds.has(f)));
    const actionIds = new Set(actions.map((a) => a.id as Str));
    const focusAreaPosition = new Map(focusAreas.map((f, i) => [f.id as Str, i]));
    const actionsOf = (focusAreaId: Str) => (contributors.get(focusAreaId) ?? []).filter((a) => actionIds.has(a));

    const committees: ReportCommittee[] = [];
    for (const c of committeeRows) {
      if (filter && !filter.has(c.id)) continue;
      const owned = focusAreas.filter((f) => f.committeeId === c.id);
      const shared = focusAreas.filter((f) => f.committeeId !== c.id && ((f.coOwners as Str | null) ?? '').split(',').includes(c.id));
      committees.push({
        id: c.id,
        name: c.name,
        focusAreas: [...owned, ...shared].map((f): ReportFocusArea => ({
          id: f.id as Str,
          title: f.title as Str,
          rank: f.rank as number,
          status: f.status as never,
          ownerName: f.committeeId === c.id ? null : (f.committeeName as Str),
          health: slots.health?.get(f.id as Str) ?? null,
          supports: (supportsOf.get(f.id as Str) ?? []).map((id) => titleOf.get(id) ?? id),
          actionCount: actionsOf(f.id as Str).length,
          adjustments: slots.adjustments?.get(f.id as Str) ?? [],
          assessments: slots.assessments?.get(f.id as Str) ?? [],
        })),
      });
    }

    // HANDLINGER: in the order of the first focus area each contributes to, then by title.
    const firstFocus = (a: Row) =>
      Math.min(...(contributesTo.get(a.id as Str) ?? []).map((f) => focusAreaPosition.get(f) ?? Infinity), Infinity);
    const reportActions: ReportAction[] = actions
      .map((a) => ({ a, at: firstFocus(a) }))
      .sort((x, y) => x.at - y.at || (x.a.title as Str).localeCompare(y.a.title as Str, 'da'))
      .map(({ a }): ReportAction => ({
        id: a.id as Str,
        title: a.title as Str,
        unitName: a.unitName as Str,
        responsiblePerson: a.responsiblePerson as Str | null,
        status: a.status as never,
        startDate: a.startDate as Str | null,
        endDate: a.endDate as Str | null,
        health: slots.health?.get(a.id as Str) ?? null,
        contributesTo: (contributesTo.get(a.id as Str) ?? []).filter((f) => !filter || focusAreaIds.has(f)).map((f) => titleOf.get(f) ?? f),
        assessments: slots.assessments?.get(a.id as Str) ?? [],
        adjustments: slots.adjustments?.get(a.id as Str) ?? [],
      }));

    // DATA: each indicator of what the report covers, in the cascade's order, with its values in the period.
    const observationsOf = new Map<Str, Row[]>();
    for (const o of observationRows) push2(observationsOf, o.indicatorId as Str, o);
    const order = new Map<Str, number>();
    order.set(plan.id as Str, 0);
    aimingPointRows.forEach((a, i) => order.set(a.id as Str, 1 + i));
    focusAreas.forEach((f, i) => order.set(f.id as Str, 10_000 + i));
    reportActions.forEach((a, i) => order.set(a.id, 1_000_000 + i));
    const indicators: ReportIndicator[] = [];
    const rankOf = new Map<Str, number>();
    for (const i of indicatorRows) {
      const measured = measuredOf({
        planId: plan.id as Str,
        aimingPointId: i.aimingPointId as Str | null,
        focusAreaId: i.focusAreaId as Str | null,
        actionId: i.actionId as Str | null,
        measuresVision: false,
      });
      // Narrowed to committees: only what their focus areas and actions measure.
      if (filter && !focusAreaIds.has(measured.id) && !actionIds.has(measured.id)) continue;
      if (!order.has(measured.id)) continue;
      rankOf.set(i.id as Str, order.get(measured.id) as number);
      const targeted = {
        direction: (i.type === 'quantitative' ? i.direction : null) as never,
        targets: JSON.parse(i.targets as Str) as TargetEntry[],
        longTermTarget: longTermTargetOf(i.targetValue as number | null, i.targetDate as Str | null) as LongTermTarget | null,
      };
      const own = (observationsOf.get(i.id as Str) ?? []).filter((o) => o.series === 'actual');
      const reference: ObservedValue[] = (observationsOf.get(i.id as Str) ?? [])
        .filter((o) => o.series === 'reference')
        .map((o) => ({ periodStart: o.periodStart as Str, periodEnd: o.periodEnd as Str, value: o.value as number | null }));
      const values = own.map((o): ReportValue => {
        const observed = { periodStart: o.periodStart as Str, periodEnd: o.periodEnd as Str, value: o.value as number | null };
        const check = checkTarget(targeted, observed, reference);
        return {
          period: periodCode(observed.periodStart, observed.periodEnd) ?? `${observed.periodStart}–${observed.periodEnd}`,
          ...observed,
          narrative: o.narrative as Str | null,
          judgement: (o.judgement as never) ?? null,
          target: check.state === 'met' || check.state === 'notMet' ? check.bound : null,
          check: check.state,
        };
      });
      indicators.push({
        id: i.id as Str,
        title: i.title as Str,
        type: i.type as never,
        unit: i.unit as Str | null,
        direction: targeted.direction,
        baselineValue: i.baselineValue as number | null,
        longTermTarget: targeted.longTermTarget,
        measures: { kind: measured.kind as NodeKind, title: titleOf.get(measured.id) ?? '' },
        health: slots.health?.get(i.id as Str) ?? null,
        adjustments: slots.adjustments?.get(i.id as Str) ?? [],
        values,
      });
    }
    indicators.sort((a, b) => (rankOf.get(a.id) ?? 0) - (rankOf.get(b.id) ?? 0) || a.title.localeCompare(b.title, 'da'));

    return {
      lang: query.lang,
      madeOn: this.today(),
      period: query.period,
      plan: {
        id: plan.id as Str,
        title: plan.title as Str,
        organisation: plan.organisation as Str,
        councilName: plan.councilName as Str,
        statement: plan.visionStatement as Str,
        motivations: JSON.parse(plan.motivations as Str) as Str[],
        periodStart: plan.periodStart as Str,
        periodEnd: plan.periodEnd as Str,
        status: plan.status as never,
      },
      committeeFilter: filter ? query.committeeIds.map((id) => ({ id, name: committeeName.get(id) as Str })) : null,
      sources: { health: slots.health !== null, assessments: slots.assessments !== null, adjustments: slots.adjustments !== null },
      visionHealth: slots.health?.get(plan.id as Str) ?? null,
      aimingPoints: aimingPointRows.map((a) => ({
        id: a.id as Str,
        title: a.title as Str,
        ambition: a.ambition as Str,
        health: slots.health?.get(a.id as Str) ?? null,
        assessments: slots.assessments?.get(a.id as Str) ?? [],
        // Narrowed to committees: the aiming point stays, read against their focus areas only.
        supportedBy: (supportedBy.get(a.id as Str) ?? []).filter((f) => focusAreaIds.has(f)).map((f) => titleOf.get(f) ?? f),
      })),
      committees,
      actions: reportActions,
      indicators,
    };
  }

  /** Each node's health with its explanation in the report's language: the same roll-up as the map's (PlanHealthService). */
  private async health(em: EntityManager, planId: string, query: ReportQuery): Promise<Map<string, ReportHealth>> {
    const { graph, results } = await this.planHealth.results(em, planId);
    const out = new Map<string, ReportHealth>();
    for (const [id, r] of results) out.set(id, { health: r.health, explanation: explainHealth(r, graph, query.lang) });
    return out;
  }
}

function push2(m: Map<Str, Row[]>, k: Str, v: Row): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
