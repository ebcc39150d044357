import { Injectable } from '@nestjs/common';
import { checkIndicatorShape } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { ownerOfRow } from '../auth/ownership';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { createRow, entityRows, removeRow, updateRow } from '../audit/row-writes';
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
  version: i.version,
  createdAt: iso(i.createdAt),
  updatedAt: iso(i.updatedAt),
});

const INDICATORS = entityRows(Indicator, 'indicator', {
  kind: 'indicator',
  table: 'indicator',
  owner: (em, i) => ownerOfRow(em, 'indicator', i),
  toDto: toIndicatorDto,
});

const NULLABLE = ['unit', 'direction', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'];

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

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

  create(actor: Actor, dto: CreateIndicatorDto): Promise<IndicatorDto> {
    const row: Omit<Indicator, 'id' | 'planId' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'> = {
      focusAreaId: dto.focusAreaId?.toLowerCase() ?? null,
      actionId: dto.actionId?.toLowerCase() ?? null,
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
    // Without exactly one thing it measures there is no owner to ask: that is refused first.
    if ((row.focusAreaId == null) === (row.actionId == null)) must(checkIndicatorShape(row));
    return createRow(this.audit, actor, INDICATORS, async (c, id) => {
      const em = c.em;
      const planId = await planOfMeasured(em, row);
      allow(actor, await ownerOfRow(em, 'indicator', row));
      must(checkIndicatorShape(row));
      samePlan(planId, dto.planId, 'the plan of what it measures');
      await em.insert(Indicator, { ...row, id, planId });
    });
  }

  update(actor: Actor, id: string, dto: UpdateIndicatorDto, ifMatch: IfMatch): Promise<IndicatorDto> {
    return updateRow(this.audit, actor, INDICATORS, id, ifMatch, {
      apply: (row) => {
        applyPatch(row, dto, NULLABLE);
        // Turning a quantitative indicator qualitative drops what only numbers have.
        if (dto.type === 'qualitative') for (const f of NULLABLE) if (!(f in dto)) (row as unknown as Record<string, null>)[f] = null;
        must(checkIndicatorShape(row));
      },
    });
  }

  /** Deletes an indicator, softly; one with observations is refused: its data stays in the plan. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, INDICATORS, id, ifMatch, {
      apply: (_row, c) => refuseIfObservations(c.em, { id }, 'indicator', 'its data stays in the plan'),
    });
  }
}

async function planOfMeasured(em: EntityManager, i: { focusAreaId: string | null; actionId: string | null }): Promise<string> {
  if (i.focusAreaId) return (await findOr404(em, FocusArea, i.focusAreaId, 'focus area', 'focusAreaId')).planId;
  return (await findOr404(em, Action, i.actionId as string, 'action', 'actionId')).planId;
}
