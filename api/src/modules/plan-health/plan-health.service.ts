import { Inject, Injectable } from '@nestjs/common';
import {
  addDays,
  type AssessmentForHealth,
  copenhagenDate,
  explainHealth,
  type JudgedObservation,
  type NodeHealthResult,
  type PlanGraph,
  planHealth,
} from '@kompas/domain';
import { Between, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { Database } from '../../database/database';
import { Assessment } from '../assessments/assessment.entity';
import { GraphService } from '../graph/graph.service';
import type { PlanHealthDto } from './dto/plan-health.dto';

export type HealthLanguage = 'da' | 'en';

// Every current observation of the plan's indicators (both series), for "siden 2025K3".
const OBSERVATIONS_SQL = `SELECT x."indicatorId", x."series", x."periodStart", x."periodEnd", x."value", x."judgement"
  FROM "observation" x JOIN "indicator" i ON i."id" = x."indicatorId"
  WHERE i."planId" = ? AND i."deletedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "observation" y WHERE y."supersedesId" = x."id")`;

/** The health roll-up of a plan, computed from its graph, its indicators' observations and its assessments. */
@Injectable()
export class PlanHealthService {
  constructor(
    private readonly db: Database,
    private readonly graphs: GraphService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today in Copenhagen: the day assessments are counted back from. */
  today(): string {
    return copenhagenDate(this.clock.date());
  }

  /** `GET /api/plans/{planId}/health`, in a read of its own. */
  read(planId: string, lang: HealthLanguage): Promise<PlanHealthDto> {
    return this.db.read((em) => this.compute(em, planId, lang));
  }

  /** Every node's health with its explanation, read with `em` (404 naming `planId` if there is no such plan). */
  async compute(em: EntityManager, planId: string, lang: HealthLanguage): Promise<PlanHealthDto> {
    const { graph, results } = await this.results(em, planId);
    return {
      planId: graph.planId,
      nodes: graph.nodes.map((n) => {
        const r = results.get(n.id) as NodeHealthResult;
        return { nodeId: n.id, health: r.health, explanation: explainHealth(r, graph, lang), reasons: r.reasons };
      }),
    };
  }

  /** The graph and the roll-up's results, for a caller that explains them itself (a report). */
  async results(em: EntityManager, planId: string): Promise<{ graph: PlanGraph; results: Map<string, NodeHealthResult> }> {
    const graph = await this.graphs.graphIn(em, planId);
    return { graph, results: await this.resultsFor(em, graph) };
  }

  /** The roll-up of a graph of a stored plan as given (a what-if's copy of it), with the plan's observations and assessments. */
  async resultsFor(em: EntityManager, graph: PlanGraph): Promise<Map<string, NodeHealthResult>> {
    const today = this.today();
    const observations = new Map<string, JudgedObservation[]>();
    for (const o of (await em.query(OBSERVATIONS_SQL, [graph.planId])) as (JudgedObservation & { indicatorId: string })[]) {
      const list = observations.get(o.indicatorId) ?? [];
      list.push({ periodStart: o.periodStart, periodEnd: o.periodEnd, value: o.value, judgement: o.judgement ?? null, series: o.series });
      observations.set(o.indicatorId, list);
    }
    const assessments = await this.assessments(em, graph.planId, today);
    return planHealth(graph, { today, observations, assessments, settings: this.config.health });
  }

  /** The plan's assessments within the window that can still override a health. */
  private async assessments(em: EntityManager, planId: string, today: string): Promise<AssessmentForHealth[]> {
    const from = addDays(today, -this.config.health.assessmentDays);
    const rows = await em.find(Assessment, {
      where: { planId, date: Between(from, today) },
      select: { id: true, nodeId: true, date: true, status: true, reflection: true },
    });
    return rows.map((a) => ({
      id: a.id,
      nodeId: a.nodeId,
      date: a.date,
      status: a.status as AssessmentForHealth['status'],
      reflection: a.reflection,
    }));
  }
}
