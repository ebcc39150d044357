import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import type { AdjustmentGroup, Decision } from '../../assessments/types';
import { invalidateAfterAssessment } from '../../assessments/hooks/use-assessments';
import type { ScenarioPreview, StagedChangeInput } from '../types';

const previewKey = (id: string | null, lang: string) => ['scenarios', id, 'preview', lang] as const;

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
    mutationFn: (changes: StagedChangeInput[]) =>
      apiRequest<{ changes: StagedChangeInput[] }>('PUT', `/api/scenarios/${id}/changes`, { changes }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['scenarios', id] }),
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
