import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanGraph } from '@kompas/domain';
import { apiRequest } from '../../api/client';
import { invalidateAfterChange, queryKeys, withReason } from '../../api/hooks';
import { invalidateHealth } from '../../health/hooks/use-plan-health';
import type { Observation } from '../../api/types';
import { graphWithRecorded } from '../utils/observation-form';

/** An indicator's observations, both series, corrections included, as the API lists them (oldest period first). */
export const observationsQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: queryKeys.observations(indicatorId),
    queryFn: () => apiRequest<Observation[]>('GET', `/api/indicators/${indicatorId}/observations`),
  });

export function useObservations(indicatorId: string) {
  return useQuery(observationsQuery(indicatorId));
}

/** What the form sends: a new observation, or a correction of a current one (with why). */
export type Recording = {
  body: {
    period: string;
    series?: 'actual' | 'reference';
    value?: number | null;
    narrative?: string | null;
    judgement?: string | null;
    sourceNote?: string | null;
  };
  /** The observation this corrects, if it is a correction. */
  corrects: string | null;
  reason?: string;
};

/**
 * Records or corrects an observation. The map shows the new latest value at once (the graph's cache
 * is updated from the answer), and then the graph, the list and the histories are read again.
 */
export function useRecordObservation(planId: string, indicatorId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, corrects, reason }: Recording) =>
      corrects
        ? apiRequest<Observation>('POST', `/api/observations/${corrects}/supersede`, { ...body, ...withReason(reason) })
        : apiRequest<Observation>('POST', `/api/indicators/${indicatorId}/observations`, { ...body, ...withReason(reason) }),
    onSuccess: (recorded) => {
      client.setQueryData<PlanGraph>(queryKeys.graph(planId), (graph) => (graph ? graphWithRecorded(graph, indicatorId, recorded) : graph));
      client.setQueryData<Observation[]>(queryKeys.observations(indicatorId), (all) =>
        all ? [...all.map((o) => (o.id === recorded.supersedesId ? { ...o, supersededById: recorded.id } : o)), recorded] : all,
      );
      void client.invalidateQueries({ queryKey: queryKeys.observations(indicatorId) });
      void invalidateHealth(client, planId);
      void invalidateAfterChange(client, planId);
    },
  });
}
