import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import type { Indicator } from '../../api/types';
import type { Observation } from '../types';

/** An indicator's observations of both series, corrections included, oldest period first (as the API lists them). */
export const observationsQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: queryKeys.observations(indicatorId),
    queryFn: () => apiRequest<Observation[]>('GET', `/api/indicators/${indicatorId}/observations`),
  });

/** The indicator itself, under the same key as any node's (the panel's). */
export const indicatorQuery = (indicatorId: string) =>
  queryOptions({
    queryKey: queryKeys.entity('indicator', indicatorId),
    queryFn: () => apiRequest<Indicator>('GET', `/api/indicators/${indicatorId}`),
  });

export function useObservations(indicatorId: string) {
  return useQuery(observationsQuery(indicatorId));
}
