/** The plan's health roll-up as the web shows it: the query, the badge and the "why". */
export { HealthBadge } from './components/HealthBadge';
export { HealthWhy } from './components/HealthWhy';
export { healthQueryKey, invalidateHealth, planHealthQuery, useHealthByNode, usePlanHealth } from './hooks/use-plan-health';
export type { NodeHealth } from '@kompas/domain';
export type { NodeHealthEntry, NodeHealthEntry as PlanHealthNode, PlanHealth } from './types';
