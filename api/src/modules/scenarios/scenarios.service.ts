import { Injectable } from '@nestjs/common';
import {
  alignmentOf,
  applyChangesToGraph,
  ERROR_CODES,
  explainHealth,
  type NodeHealthResult,
  type PlanGraph,
  type StagedChange,
} from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { AdjustmentsService } from '../adjustments/adjustments.service';
import { AlignmentService } from '../alignment/alignment.service';
import type { CreatedAdjustmentDto } from '../adjustments/dto/adjustment.dto';
import { allow, type Actor } from '../audit/change';
import { Plan } from '../plans/plan.entity';
import { type HealthLanguage, PlanHealthService } from '../plan-health/plan-health.service';
import type {
  ApplyScenarioDto,
  CreatedScenarioDto,
  CreateScenarioDto,
  ScenarioDto,
  ScenarioPreviewDto,
  ScenarioSideDto,
  ScenarioSummaryDto,
} from './dto/scenario.dto';
import { Scenario } from './scenario.entity';

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
    private readonly alignment: AlignmentService,
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

  /** The caller's own open scenarios on the plan, newest first. */
  list(actor: Actor, planId: string): Promise<ScenarioSummaryDto[]> {
    allow(actor, { do: 'stageScenarios' });
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      // Started within the same second, the later row is the newer.
      const rows = (await em.query(
        `SELECT "id", "planId", "createdAt", json_array_length("changes") AS "changeCount" FROM "scenario"
         WHERE "planId" = ? AND "authorId" = ? ORDER BY "createdAt" DESC, "rowid" DESC`,
        [planId, actor.userId],
      )) as { id: string; planId: string; createdAt: string; changeCount: number }[];
      return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
    });
  }

  /** The caller's own scenario with what is staged in it. */
  get(actor: Actor, id: string): Promise<ScenarioDto> {
    return this.db.read(async (em) => this.dto(await this.own(em, actor, id)));
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
      // The audit's input as it is now; the scenario's is the same with the changed graph and its health.
      const input = await this.alignment.inputIn(em, scenario.planId);
      const staged = applyChangesToGraph(input.graph, JSON.parse(scenario.changes) as StagedChange[]);
      const stagedResults = await this.health.resultsFor(em, staged);
      const side = (graph: PlanGraph, health: Map<string, NodeHealthResult>): ScenarioSideDto => {
        const { findings, scores } = alignmentOf({ ...input, graph, health });
        return {
          findings,
          scores,
          health: graph.nodes.map((n) => {
            const r = health.get(n.id)!;
            return { nodeId: n.id, health: r.health, explanation: explainHealth(r, graph, lang) };
          }),
        };
      };
      return { now: side(input.graph, input.health), scenario: side(staged, stagedResults) };
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
