import { Permission } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { Action } from '../actions/action.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Indicator } from '../indicators/indicator.entity';

/**
 * Whose a row is, as the permission to change it: a focus area is its
 * committee's, an action its unit's, an indicator belongs to what it measures.
 * Deleted owners count too, so a deleted row's owner can still restore it.
 */
export async function focusAreaPermission(em: EntityManager, focusAreaId: string): Promise<Permission> {
  const fa = await em.findOne(FocusArea, { where: { id: focusAreaId }, withDeleted: true, select: { id: true, committeeId: true } });
  return { do: 'editFocusArea', committeeId: fa?.committeeId ?? '' };
}

export async function actionPermission(em: EntityManager, actionId: string): Promise<Permission> {
  const action = await em.findOne(Action, { where: { id: actionId }, withDeleted: true, select: { id: true, unitId: true } });
  return { do: 'editAction', unitId: action?.unitId ?? '' };
}

export function indicatorPermission(em: EntityManager, indicator: Pick<Indicator, 'focusAreaId' | 'actionId'>): Promise<Permission> {
  return indicator.actionId ? actionPermission(em, indicator.actionId) : focusAreaPermission(em, indicator.focusAreaId ?? '');
}

export async function indicatorIdPermission(em: EntityManager, indicatorId: string): Promise<Permission> {
  const row = await em.findOne(Indicator, {
    where: { id: indicatorId },
    withDeleted: true,
    select: { id: true, focusAreaId: true, actionId: true },
  });
  return indicatorPermission(em, row ?? { focusAreaId: null, actionId: null });
}
