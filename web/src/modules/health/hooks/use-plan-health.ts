import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../api/client';
import type { PlanHealth } from '../types';
import { healthByNode } from '../utils/health-by-node';

type Lang = 'da' | 'en';

/** Under the plan's key: anything that invalidates the plans refreshes its health too. */
export const healthQueryKey = (planId: string, lang: Lang) => ['plans', planId, 'health', lang] as const;

export const planHealthQuery = (planId: string, lang: Lang) =>
  queryOptions({
    queryKey: healthQueryKey(planId, lang),
    queryFn: () => apiRequest<PlanHealth>('GET', `/api/plans/${planId}/health?lang=${lang}`),
  });

/** Every node's health in the plan, explained in the chosen language. */
export function usePlanHealth(planId: string | null | undefined) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da';
  return useQuery({ ...planHealthQuery(planId ?? '', lang), enabled: !!planId });
}

/** The same, by node id (empty until it has loaded). */
export function useHealthByNode(planId: string | null | undefined) {
  const health = usePlanHealth(planId);
  return useMemo(() => healthByNode(health.data), [health.data]);
}

/** After an observation, an assessment or an adjustment: the plan's health in every language. */
export function invalidateHealth(client: QueryClient, planId: string | null | undefined) {
  if (!planId) return Promise.resolve();
  return client.invalidateQueries({ queryKey: ['plans', planId, 'health'] });
}
