import { Injectable } from '@nestjs/common';
import { checkActionInitialStatus, checkActionTransition, checkDateOrder, ownerOf } from '@kompas/domain';
import { must } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change } from '../audit/change';
import { createRow, entityRows, removeRow, updateRowIn } from '../audit/row-writes';
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
  version: a.version,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

const ACTIONS = entityRows(Action, 'action', {
  kind: 'action',
  table: 'action',
  owner: (_em, a) => ownerOf('action', a),
  toDto: toActionDto,
});

@Injectable()
export class ActionsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

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

  create(actor: Actor, dto: CreateActionDto): Promise<ActionDto> {
    return createRow(this.audit, actor, ACTIONS, async (c, id) => {
      const em = c.em;
      // Who may comes first: a caller who may not is told so, not what is wrong with the content.
      const unit = await findOr404(em, Unit, dto.unitId, 'unit', 'unitId');
      allow(actor, ownerOf('action', { unitId: unit.id }));
      await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const status = must(checkActionInitialStatus(dto.status ?? 'identified'));
      must(checkDateOrder(dto.startDate, dto.endDate));
      await em.insert(Action, {
        id,
        planId: dto.planId.toLowerCase(),
        title: dto.title,
        description: dto.description ?? '',
        unitId: unit.id,
        responsiblePerson: dto.responsiblePerson ?? null,
        status,
        startDate: dto.startDate ?? null,
        endDate: dto.endDate ?? null,
        example: dto.example ?? false,
      });
    });
  }

  update(actor: Actor, id: string, dto: UpdateActionDto, ifMatch: IfMatch): Promise<ActionDto> {
    return this.audit.change(actor, (c) => this.updateIn(c, id, dto, ifMatch));
  }

  /** `update`'s steps inside a change already open (one change of an adjustment). */
  updateIn(c: Change, id: string, dto: UpdateActionDto, ifMatch: IfMatch): Promise<ActionDto> {
    const actor = c.actor;
    return updateRowIn(this.audit, c, ACTIONS, id, ifMatch, {
      check: async (_found, c) => {
        if (!dto.unitId) return;
        const unit = await findOr404(c.em, Unit, dto.unitId, 'unit', 'unitId');
        allow(actor, ownerOf('action', { unitId: unit.id }));
        dto.unitId = unit.id;
      },
      apply: (row) => {
        if (dto.status) must(checkActionTransition(row.status, dto.status));
        applyPatch(row, dto, ['responsiblePerson', 'startDate', 'endDate']);
        must(checkDateOrder(row.startDate, row.endDate));
      },
    });
  }

  /**
   * Deletes an action, softly, with its links and indicators: they leave the
   * map and can be restored from its history. One with recorded observations
   * is refused (stop it instead).
   */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, ACTIONS, id, ifMatch, {
      apply: async (_row, c) => {
        await refuseIfObservations(c.em, { actionId: id }, 'action', 'stop it instead');
        await c.softDeleteChildren('action', id);
      },
    });
  }
}
