import { Injectable } from '@nestjs/common';
import { checkIndicatorShape } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { refuseIfObservations } from '../observations/observation-guard';
import { Plan } from '../plans/plan.entity';
import { CreateIndicatorDto, IndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { Indicator } from './indicator.entity';

export const toIndicatorDto = (i: Indicator): IndicatorDto => ({
  id: i.id,
  planId: i.planId,
  focusAreaId: i.focusAreaId,
  actionId: i.actionId,
  title: i.title,
  description: i.description,
  type: i.type,
  evidenceKind: i.evidenceKind,
  cadence: i.cadence,
  unit: i.unit,
  direction: i.direction,
  baselineValue: i.baselineValue,
  baselineDate: i.baselineDate,
  targetValue: i.targetValue,
  targetDate: i.targetDate,
  example: i.example,
  createdAt: iso(i.createdAt),
  updatedAt: iso(i.updatedAt),
});

const NULLABLE = ['unit', 'direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'];

@Injectable()
export class IndicatorsService {
  constructor(private readonly db: Database) {}

  list(planId: string, filter: { focusAreaId?: string; actionId?: string }): Promise<IndicatorDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const rows = await em.find(Indicator, { where: { planId, ...filter }, order: { title: 'ASC' } });
      return rows.map(toIndicatorDto);
    });
  }

  get(id: string): Promise<IndicatorDto> {
    return this.db.read(async (em) => toIndicatorDto(await findOr404(em, Indicator, id, 'indicator')));
  }

  create(dto: CreateIndicatorDto): Promise<IndicatorDto> {
    const row: Omit<Indicator, 'id' | 'planId' | 'createdAt' | 'updatedAt'> = {
      focusAreaId: dto.focusAreaId ?? null,
      actionId: dto.actionId ?? null,
      title: dto.title,
      description: dto.description ?? '',
      type: dto.type,
      evidenceKind: dto.evidenceKind,
      cadence: dto.cadence,
      unit: dto.unit ?? null,
      direction: dto.direction ?? null,
      baselineValue: dto.baselineValue ?? null,
      baselineDate: dto.baselineDate ?? null,
      targetValue: dto.targetValue ?? null,
      targetDate: dto.targetDate ?? null,
      example: dto.example ?? false,
    };
    must(checkIndicatorShape(row));
    return this.db.write(async (em) => {
      const planId = await planOfMeasured(em, row);
      samePlan(planId, dto.planId, 'the plan of what it measures');
      const saved = await em.save(em.create(Indicator, { ...row, id: randomUUID(), planId }));
      return toIndicatorDto(saved);
    });
  }

  update(id: string, dto: UpdateIndicatorDto): Promise<IndicatorDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, Indicator, id, 'indicator');
      applyPatch(row, dto, NULLABLE);
      // Turning a quantitative indicator qualitative drops what only numbers have.
      if (dto.type === 'qualitative') for (const f of NULLABLE) if (!(f in dto)) (row as unknown as Record<string, null>)[f] = null;
      must(checkIndicatorShape(row));
      return toIndicatorDto(await em.save(row));
    });
  }

  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      await findOr404(em, Indicator, id, 'indicator');
      await refuseIfObservations(em, { id }, 'indicator', 'its data stays in the plan');
      await em.delete(Indicator, { id });
    });
  }
}

async function planOfMeasured(em: EntityManager, i: { focusAreaId: string | null; actionId: string | null }): Promise<string> {
  if (i.focusAreaId) return (await findOr404(em, FocusArea, i.focusAreaId, 'focus area', 'focusAreaId')).planId;
  return (await findOr404(em, Action, i.actionId as string, 'action', 'actionId')).planId;
}
