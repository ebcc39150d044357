import { QueryClient, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/client';
import { HealthBadge } from './HealthBadge';

export { HealthBadge };

export type NodeHealth = 'onTrack' | 'atRisk' | 'offTrack' | 'noData';
export type PlanHealthNode = {
  nodeId: string;
  health: NodeHealth;
  explanation: string;
  reasons: { nodeId: string; code: string; params: Record<string, string | number | null> }[];
};
export type PlanHealth = { planId: string; nodes: PlanHealthNode[] };

/** Every node's health in a plan, with its explanation in the chosen language. */
export function usePlanHealth(planId: string | null) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return useQuery({
    queryKey: ['plans', planId ?? '', 'health', lang],
    queryFn: () => apiRequest<PlanHealth>('GET', `/api/plans/${planId}/health?lang=${lang}`),
    enabled: !!planId,
  });
}

/** After observations, assessments or adjustments are written: the plan's health is asked for again. */
export function invalidateHealth(client: QueryClient, planId: string) {
  return client.invalidateQueries({ queryKey: ['plans', planId, 'health'] });
}
