import { Injectable } from '@nestjs/common';
import { checkDateOrder, checkPlanInitialStatus, checkPlanTransition, DEFAULT_COUNCIL_NAME, ERROR_CODES, ownerOf } from '@kompas/domain';
import { ApiError, must } from '../../common/api-error';
import { applyPatch, findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { createRow, entityRows, removeRow, updateRow } from '../audit/row-writes';
import { CreatePlanDto, PlanDto, UpdatePlanDto } from './dto/plan.dto';
import { toPlanDto } from './plan.mapper';
import { Plan } from './plan.entity';
import { RevisionsService } from '../revisions/revisions.service';

const PLANS = entityRows(Plan, 'plan', {
  kind: 'plan',
  table: 'plan',
  owner: () => ownerOf('plan', {}),
  toDto: toPlanDto,
});

@Injectable()
export class PlansService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly revisions: RevisionsService,
  ) {}

  list(): Promise<PlanDto[]> {
    return this.db.read(async (em) => (await em.find(Plan, { order: { periodStart: 'DESC', createdAt: 'DESC' } })).map(toPlanDto));
  }

  get(id: string): Promise<PlanDto> {
    return this.db.read(async (em) => toPlanDto(await findOr404(em, Plan, id, 'plan')));
  }

  create(actor: Actor, dto: CreatePlanDto): Promise<PlanDto> {
    allow(actor, ownerOf('plan', {}));
    const status = must(checkPlanInitialStatus(dto.status ?? 'draft'));
    must(checkDateOrder(dto.periodStart, dto.periodEnd, 'periodEnd'));
    return createRow(this.audit, actor, PLANS, async (c, id) => {
      const plan = c.em.create(Plan, {
        id,
        organisation: dto.organisation,
        councilName: dto.councilName ?? DEFAULT_COUNCIL_NAME,
        title: dto.title,
        visionStatement: dto.visionStatement ?? '',
        motivations: dto.motivations ?? [],
        sections: dto.sections ?? [],
        periodStart: dto.periodStart,
        periodEnd: dto.periodEnd,
        status,
        example: dto.example ?? false,
      });
      await c.em.insert(Plan, plan);
    });
  }

  /** Changes a plan; setting it to `adopted` also takes a revision named by that decision, in the same entry. */
  update(actor: Actor, id: string, dto: UpdatePlanDto, ifMatch: IfMatch): Promise<PlanDto> {
    let adopting = false;
    return updateRow(this.audit, actor, PLANS, id, ifMatch, {
      apply: (plan) => {
        if (dto.status) must(checkPlanTransition(plan.status, dto.status));
        adopting = dto.status === 'adopted' && plan.status !== 'adopted';
        applyPatch(plan, dto);
        must(checkDateOrder(plan.periodStart, plan.periodEnd, 'periodEnd'));
      },
      after: async (_plan, c) => {
        if (adopting) await this.revisions.adoptedIn(c, id);
      },
    });
  }

  /** Deletes a plan (softly: everything in it goes with it, and comes back on restore). An adopted plan must be archived first. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, PLANS, id, ifMatch, {
      apply: async (plan, c) => {
        if (plan.status === 'adopted') {
          throw ApiError.at(
            ERROR_CODES.planAdopted,
            'An adopted plan cannot be deleted. Archive it first.',
            'status',
            'the plan is adopted',
          );
        }
        // Everything in the plan goes with it, at the same moment, so a restore brings it all back.
        await c.softDeleteChildren('plan', id);
      },
    });
  }
}
