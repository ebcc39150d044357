import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { AdjustmentGroup, Decision } from '../../assessments/types';
import { invalidateAfterAssessment } from '../../assessments/hooks/use-assessments';
import type { OpenScenario, ScenarioPreview, StagedChangeInput, StoredScenario } from '../types';

const scenarioKey = (id: string | null) => ['scenarios', id] as const;
const previewKey = (id: string | null, lang: string) => ['scenarios', id, 'preview', lang] as const;
const openKey = (planId: string) => ['plan-scenarios', planId] as const;

/** The reader's own open scenarios on the plan, newest first. */
export function useOpenScenarios(planId: string, enabled: boolean) {
  return useQuery({
    queryKey: openKey(planId),
    queryFn: () => apiRequest<OpenScenario[]>('GET', `/api/plans/${planId}/scenarios`),
    enabled,
  });
}

/** A scenario with what is staged in it, as stored: what the page restores after a reload. */
export function useScenario(id: string | null) {
  return useQuery({
    queryKey: scenarioKey(id),
    queryFn: () => apiRequest<StoredScenario>('GET', `/api/scenarios/${id}`),
    enabled: !!id,
  });
}

/** Forgets the list of open scenarios, once one is started, applied or thrown away. */
export function useForgetOpenScenarios(planId: string) {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: openKey(planId) }), [client, planId]);
}

/** Starts a private scenario on the plan. */
export function useStartScenario(planId: string) {
  return useMutation({
    mutationFn: () => apiRequest<{ id: string }>('POST', `/api/plans/${planId}/scenarios`, {}),
  });
}

/** Stages the whole list of changes (checked by the server as an adjustment's; nothing is written to the plan). */
export function useStageChanges(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: StagedChangeInput[]) => apiRequest<StoredScenario>('PUT', `/api/scenarios/${id}/changes`, { changes }),
    onSuccess: (stored) => {
      client.setQueryData(scenarioKey(id), stored);
      return client.invalidateQueries({ queryKey: ['scenarios', id, 'preview'] });
    },
  });
}

/** The plan now and with the scenario, side by side. */
export function useScenarioPreview(id: string | null, lang: string) {
  return useQuery({
    queryKey: previewKey(id, lang),
    queryFn: () => apiRequest<ScenarioPreview>('GET', `/api/scenarios/${id}/preview?lang=${lang}`),
    enabled: !!id,
  });
}

/** Applies the scenario as one decided adjustment. */
export function useApplyScenario(id: string | null, planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: Decision; reason: string }) => apiRequest<AdjustmentGroup>('POST', `/api/scenarios/${id}/apply`, body),
    onSuccess: () => invalidateAfterAssessment(client, planId),
  });
}

/** Throws the scenario away. */
export function useDiscardScenario(id: string | null) {
  return useMutation({ mutationFn: () => apiRequest<void>('DELETE', `/api/scenarios/${id}`) });
}
