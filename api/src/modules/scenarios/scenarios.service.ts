import { Injectable } from '@nestjs/common';
import { applyChangesToGraph, ERROR_CODES, explainHealth, type NodeHealthResult, type PlanGraph, type StagedChange } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { AdjustmentsService } from '../adjustments/adjustments.service';
import type { CreatedAdjustmentDto } from '../adjustments/dto/adjustment.dto';
import { allow, type Actor } from '../audit/change';
import { Plan } from '../plans/plan.entity';
import { type HealthLanguage, PlanHealthService } from '../plan-health/plan-health.service';
import type {
  ApplyScenarioDto,
  CreatedScenarioDto,
  CreateScenarioDto,
  FindingDto,
  ScenarioDto,
  ScenarioPreviewDto,
  ScenarioSideDto,
  ScoresDto,
} from './dto/scenario.dto';
import { Scenario } from './scenario.entity';

/** What the alignment audit reads besides the graph and its health. */
type AlignmentFacts = {
  graph: PlanGraph;
  health: Map<string, NodeHealthResult>;
  assessments: { id: string; nodeId: string; date: string; proposal: string }[];
  today: string;
  committees: { id: string; name: string }[];
};

/** The alignment audit's findings and scores of a graph (the audit's own rules, once they are in the domain library). */
function alignment(facts: AlignmentFacts): { findings: FindingDto[]; scores: ScoresDto } {
  void facts;
  return { findings: [], scores: { committees: [], aimingPoints: [] } };
}

// Each assessment with its proposal's state, as the assessments' own answers say it.
const ASSESSMENTS_SQL = `SELECT a."id", a."nodeId", a."date",
    CASE WHEN a."proposedAdjustment" IS NULL OR a."proposedAdjustment" = '' THEN 'none'
         WHEN a."declineDecision" IS NOT NULL THEN 'declined'
         WHEN EXISTS (SELECT 1 FROM "adjustment" j WHERE j."answersAssessmentId" = a."id") THEN 'answered'
         ELSE 'open' END AS "proposal"
  FROM "assessment" a WHERE a."planId" = ?`;

const iso = (t: string | Date) => (t instanceof Date ? t.toISOString() : new Date(sqliteUtcToIso(t)).toISOString());

/**
 * What-if scenarios: changes staged in private, previewed against the plan as
 * it is, then applied as one adjustment or thrown away. Scenarios are not plan
 * data: nothing here writes to the trail but applying, which is an adjustment.
 */
@Injectable()
export class ScenariosService {
  constructor(
    private readonly db: Database,
    private readonly adjustments: AdjustmentsService,
    private readonly health: PlanHealthService,
  ) {}

  create(actor: Actor, planId: string, dto: CreateScenarioDto): Promise<CreatedScenarioDto> {
    allow(actor, { do: 'stageScenarios' });
    return this.db.write(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const [{ seq }] = (await em.query(`SELECT coalesce(max("seq"), 0) AS "seq" FROM "audit_entry"`)) as { seq: number }[];
      const id = randomUUID();
      await em.insert(Scenario, {
        id,
        planId,
        authorId: actor.userId as string,
        name: dto.name?.trim() || '',
        changes: '[]',
        baseSeq: seq,
      });
      return { id };
    });
  }

  async stage(actor: Actor, id: string, raw: Record<string, unknown>[]): Promise<ScenarioDto> {
    const scenario = await this.db.read((em) => this.own(em, actor, id));
    const changes = await this.adjustments.check(actor, scenario.planId, raw);
    return this.db.write(async (em) => {
      await this.own(em, actor, id);
      await em.update(Scenario, { id }, { changes: JSON.stringify(changes) });
      return this.dto(await this.own(em, actor, id));
    });
  }

  preview(actor: Actor, id: string, lang: HealthLanguage): Promise<ScenarioPreviewDto> {
    return this.db.read(async (em) => {
      const scenario = await this.own(em, actor, id);
      const { graph, results } = await this.health.results(em, scenario.planId);
      const staged = applyChangesToGraph(graph, JSON.parse(scenario.changes) as StagedChange[]);
      const stagedResults = await this.health.resultsFor(em, staged);
      const today = this.health.today();
      const assessments = (await em.query(ASSESSMENTS_SQL, [scenario.planId])) as AlignmentFacts['assessments'];
      const committees = (await em.query(
        `SELECT "id", "name" FROM "committee" WHERE "planId" = ? AND "deletedAt" IS NULL ORDER BY "name"`,
        [scenario.planId],
      )) as AlignmentFacts['committees'];
      const side = (g: PlanGraph, health: Map<string, NodeHealthResult>): ScenarioSideDto => ({
        ...alignment({ graph: g, health, assessments, today, committees }),
        health: g.nodes.map((n) => {
          const r = health.get(n.id)!;
          return { nodeId: n.id, health: r.health, explanation: explainHealth(r, g, lang) };
        }),
      });
      return { now: side(graph, results), scenario: side(staged, stagedResults) };
    });
  }

  async apply(actor: Actor, id: string, dto: ApplyScenarioDto): Promise<CreatedAdjustmentDto> {
    const scenario = await this.db.read((em) => this.own(em, actor, id));
    const changes = JSON.parse(scenario.changes) as Record<string, unknown>[];
    if (!changes.length) throw ApiError.invalid('changes', 'required', 'stage at least one change before applying the scenario');
    const rows = (await this.adjustments.rowsOf(changes)).filter((r) => r.now !== r.version);
    if (rows.length) {
      const err = ApiError.at(
        ERROR_CODES.scenarioConflict,
        `${rows.length} of the rows this scenario changes ${rows.length === 1 ? 'has' : 'have'} changed since it was staged: look at them again.`,
        'changes',
        'changed underneath',
      );
      err.extra = { rows };
      throw err;
    }
    const created = await this.adjustments.create(actor, { planId: scenario.planId, decision: dto.decision, reason: dto.reason, changes });
    // Decided: the scenario has done its work.
    await this.db.write((em) => em.delete(Scenario, { id }));
    return created;
  }

  async discard(actor: Actor, id: string): Promise<void> {
    await this.db.write(async (em) => {
      await this.own(em, actor, id);
      await em.delete(Scenario, { id });
    });
  }

  /** The actor's own scenario: 403 for whoever may stage none, 404 for anyone but its author. */
  private async own(em: EntityManager, actor: Actor, id: string): Promise<Scenario> {
    allow(actor, { do: 'stageScenarios' });
    const scenario = await em.findOne(Scenario, { where: { id } });
    if (!scenario || scenario.authorId !== actor.userId) throw ApiError.notFound('scenario', id);
    return scenario;
  }

  private dto(s: Scenario): ScenarioDto {
    return {
      id: s.id,
      planId: s.planId,
      name: s.name,
      changes: JSON.parse(s.changes) as Record<string, unknown>[],
      baseSeq: s.baseSeq,
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    };
  }
}
