import { ERROR_CODES } from '@kompas/domain';
import { EntityManager, In } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Indicator } from '../indicators/indicator.entity';
import { Observation } from './observation.entity';

/** Refuses to delete what would take recorded observations with it. */
export async function refuseIfObservations(
  em: EntityManager,
  where: { aimingPointId: string } | { focusAreaId: string } | { actionId: string } | { id: string },
  what: string,
  instead: string,
) {
  const indicators = await em.find(Indicator, { where, select: { id: true } });
  if (!indicators.length) return;
  const count = await em.count(Observation, { where: { indicatorId: In(indicators.map((i) => i.id)) } });
  if (count > 0) {
    throw ApiError.at(
      ERROR_CODES.inUse,
      `This ${what} has ${count} recorded observation(s), which are never deleted; ${instead}.`,
      'id',
      'has recorded observations',
    );
  }
}
