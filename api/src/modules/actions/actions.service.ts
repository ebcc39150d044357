import { Injectable } from '@nestjs/common';
import { checkActionInitialStatus, checkActionTransition, checkDateOrder } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { must } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { refuseIfObservations } from '../observations/observation-guard';
import { Plan } from '../plans/plan.entity';
import { Unit } from '../units/unit.entity';
import { Action } from './action.entity';
import { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';

export const toActionDto = (a: Action): ActionDto => ({
  id: a.id,
  planId: a.planId,
  title: a.title,
  description: a.description,
  unitId: a.unitId,
  responsiblePerson: a.responsiblePerson,
  status: a.status,
  startDate: a.startDate,
  endDate: a.endDate,
  example: a.example,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

@Injectable()
export class ActionsService {
  constructor(private readonly db: Database) {}

  list(planId: string, unitId?: string): Promise<ActionDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const rows = await em.find(Action, { where: unitId ? { planId, unitId } : { planId }, order: { title: 'ASC' } });
      return rows.map(toActionDto);
    });
  }

  get(id: string): Promise<ActionDto> {
    return this.db.read(async (em) => toActionDto(await findOr404(em, Action, id, 'action')));
  }

  create(dto: CreateActionDto): Promise<ActionDto> {
    const status = must(checkActionInitialStatus(dto.status ?? 'identified'));
    must(checkDateOrder(dto.startDate, dto.endDate));
    return this.db.write(async (em) => {
      await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      await findOr404(em, Unit, dto.unitId, 'unit', 'unitId');
      const row = em.create(Action, {
        id: randomUUID(),
        planId: dto.planId,
        title: dto.title,
        description: dto.description ?? '',
        unitId: dto.unitId,
        responsiblePerson: dto.responsiblePerson ?? null,
        status,
        startDate: dto.startDate ?? null,
        endDate: dto.endDate ?? null,
        example: dto.example ?? false,
      });
      return toActionDto(await em.save(row));
    });
  }

  update(id: string, dto: UpdateActionDto): Promise<ActionDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, Action, id, 'action');
      if (dto.status) must(checkActionTransition(row.status, dto.status));
      if (dto.unitId) await findOr404(em, Unit, dto.unitId, 'unit', 'unitId');
      applyPatch(row, dto, ['responsiblePerson', 'startDate', 'endDate']);
      must(checkDateOrder(row.startDate, row.endDate));
      return toActionDto(await em.save(row));
    });
  }

  /** Deletes an action with its links; one with recorded observations is refused (stop it instead). */
  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      await findOr404(em, Action, id, 'action');
      await refuseIfObservations(em, { actionId: id }, 'action', 'stop it instead');
      await em.delete(Action, { id });
    });
  }
}
