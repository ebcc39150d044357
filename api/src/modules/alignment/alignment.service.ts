import { Injectable } from '@nestjs/common';
import { type AlignmentAssessment, type AlignmentInput, alignmentOf, type PlanGraph } from '@kompas/domain';
import { type EntityManager, IsNull, Not } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Database } from '../../database/database';
import { Adjustment } from '../adjustments/adjustment.entity';
import { Assessment } from '../assessments/assessment.entity';
import { Committee } from '../committees/committee.entity';
import { PlanHealthService } from '../plan-health/plan-health.service';
import type { AlignmentDto } from './dto/alignment.dto';

/** The audit with what its exports name besides: the graph (titles, the plan) and the committees. */
export type AlignmentReport = AlignmentDto & { graph: PlanGraph; committees: { id: string; name: string }[]; today: string };

/** The alignment audit of a plan, from the same graph, health and freshness the map shows. */
@Injectable()
export class AlignmentService {
  constructor(
    private readonly db: Database,
    private readonly health: PlanHealthService,
  ) {}

  /** `GET /api/plans/{planId}/alignment`: 404 naming `planId`; 400 naming `committeeId` for a committee that is not the plan's. */
  read(planId: string, committeeId?: string): Promise<AlignmentDto> {
    return this.db.read(async (em) => {
      const { graph: _graph, committees: _committees, today: _today, ...dto } = await this.reportIn(em, planId, committeeId);
      return dto;
    });
  }

  /** The audit and what the PDF and the workbook name besides it. */
  report(planId: string, committeeId?: string): Promise<AlignmentReport> {
    return this.db.read((em) => this.reportIn(em, planId, committeeId));
  }

  private async reportIn(em: EntityManager, planId: string, committeeId?: string): Promise<AlignmentReport> {
    const input = await this.inputIn(em, planId);
    if (committeeId !== undefined && !input.committees.some((c) => c.id === committeeId))
      throw ApiError.invalid('committeeId', 'not_in_plan', 'committeeId must be the id of a committee of the plan');
    return {
      planId: input.graph.planId,
      ...alignmentOf(input, { committeeId }),
      graph: input.graph,
      committees: input.committees,
      today: input.today,
    };
  }

  /** What `alignmentOf` reads, in one read transaction (`em`): for the audit, and for anyone comparing it with a changed plan. */
  async inputIn(em: EntityManager, planId: string): Promise<AlignmentInput> {
    const { graph, results } = await this.health.results(em, planId);
    const committees = await em.find(Committee, {
      where: { planId: graph.planId },
      order: { position: 'ASC', name: 'ASC' },
      select: { id: true, name: true },
    });
    const rows = await em.find(Assessment, {
      where: { planId: graph.planId },
      select: { id: true, nodeId: true, date: true, proposedAdjustment: true, declineDecision: true },
    });
    const answered = new Set(
      (
        await em.find(Adjustment, {
          where: { planId: graph.planId, answersAssessmentId: Not(IsNull()) },
          select: { answersAssessmentId: true },
        })
      ).map((a) => a.answersAssessmentId as string),
    );
    const assessments: AlignmentAssessment[] = rows.map((a) => ({
      id: a.id,
      nodeId: a.nodeId,
      date: a.date,
      proposal: !a.proposedAdjustment ? 'none' : a.declineDecision ? 'declined' : answered.has(a.id) ? 'answered' : 'open',
    }));
    return {
      graph,
      health: results,
      assessments,
      today: this.health.today(),
      committees: committees.map((c) => ({ id: c.id, name: c.name })),
    };
  }
}
