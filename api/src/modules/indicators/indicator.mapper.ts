import { LongTermTarget, measuredOf, ReferenceSeries } from '@kompas/domain';
import { iso } from '../../common/find';
import { IndicatorDto } from './dto/indicator.dto';
import { Indicator } from './indicator.entity';

/** The long-term target as stored: a value and its date (none without a value). */
export function longTermTargetOf(value: number | null, date: string | null): LongTermTarget | null {
  return value === null || date === null ? null : { value, date };
}

/** The reference series as stored: a name and its source (none without a name). */
export function referenceOf(name: string | null, source: string | null): ReferenceSeries | null {
  return name === null ? null : { name, source: source ?? '' };
}

export const toIndicatorDto = (i: Indicator): IndicatorDto => {
  const measures = measuredOf({ ...i, measuresVision: false });
  return {
    id: i.id,
    planId: i.planId,
    measures,
    aimingPointId: i.aimingPointId,
    focusAreaId: i.focusAreaId,
    actionId: i.actionId,
    measuresVision: measures.kind === 'vision',
    title: i.title,
    description: i.description,
    type: i.type,
    evidenceKind: i.evidenceKind,
    cadence: i.cadence,
    unit: i.unit,
    direction: i.direction,
    baselineValue: i.baselineValue,
    baselineDate: i.baselineDate,
    targets: i.targets,
    longTermTarget: longTermTargetOf(i.targetValue, i.targetDate),
    reference: referenceOf(i.referenceName, i.referenceSource),
    graceDays: i.graceDays,
    responsibleUserId: i.responsibleUserId,
    targetValue: i.targetValue,
    targetDate: i.targetDate,
    example: i.example,
    version: i.version,
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
  };
};
