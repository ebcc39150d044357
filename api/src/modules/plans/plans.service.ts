import { Injectable } from '@nestjs/common';
import { checkDateOrder, checkPlanInitialStatus, checkPlanTransition, ERROR_CODES } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { ApiError, must } from '../../common/api-error';
import { applyPatch, findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { CreatePlanDto, PlanDto, UpdatePlanDto } from './dto/plan.dto';
import { toPlanDto } from './plan.mapper';
import { Plan } from './plan.entity';

@Injectable()
export class PlansService {
  constructor(private readonly db: Database) {}

  list(): Promise<PlanDto[]> {
    return this.db.read(async (em) => (await em.find(Plan, { order: { periodStart: 'DESC', createdAt: 'DESC' } })).map(toPlanDto));
  }

  get(id: string): Promise<PlanDto> {
    return this.db.read(async (em) => toPlanDto(await findOr404(em, Plan, id, 'plan')));
  }

  create(dto: CreatePlanDto): Promise<PlanDto> {
    const status = must(checkPlanInitialStatus(dto.status ?? 'draft'));
    must(checkDateOrder(dto.periodStart, dto.periodEnd, 'periodEnd'));
    return this.db.write(async (em) => {
      const plan = em.create(Plan, {
        id: randomUUID(),
        organisation: dto.organisation,
        title: dto.title,
        visionStatement: dto.visionStatement ?? '',
        motivations: dto.motivations ?? [],
        sections: dto.sections ?? [],
        periodStart: dto.periodStart,
        periodEnd: dto.periodEnd,
        status,
        example: dto.example ?? false,
      });
      return toPlanDto(await em.save(plan));
    });
  }

  update(id: string, dto: UpdatePlanDto): Promise<PlanDto> {
    return this.db.write(async (em) => {
      const plan = await findOr404(em, Plan, id, 'plan');
      if (dto.status) must(checkPlanTransition(plan.status, dto.status));
      applyPatch(plan, dto);
      must(checkDateOrder(plan.periodStart, plan.periodEnd, 'periodEnd'));
      return toPlanDto(await em.save(plan));
    });
  }

  /** Deletes a plan and everything in it. An adopted plan must be archived first. */
  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      const plan = await findOr404(em, Plan, id, 'plan');
      if (plan.status === 'adopted') {
        throw ApiError.at(ERROR_CODES.planAdopted, 'An adopted plan cannot be deleted. Archive it first.', 'status', 'the plan is adopted');
      }
      await em.delete(Plan, { id });
    });
  }
}
