import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NodeKind, PlanGraph } from '@kompas/domain';
import { apiRequest } from './client';
import { Committee, ENTITY_ROUTES, Link, NodeEntity, Plan, Unit } from './types';

/** Query keys: one place, so a change invalidates exactly what it touched. */
export const queryKeys = {
  plans: ['plans'] as const,
  graph: (planId: string) => ['graph', planId] as const,
  committees: (planId: string) => ['committees', planId] as const,
  units: ['units'] as const,
  entity: (kind: NodeKind, id: string) => ['entity', kind, id] as const,
  link: (id: string) => ['link', id] as const,
};

export function usePlans() {
  return useQuery({ queryKey: queryKeys.plans, queryFn: () => apiRequest<Plan[]>('GET', '/api/plans') });
}

export function usePlanGraph(planId: string | null) {
  return useQuery({
    queryKey: queryKeys.graph(planId ?? ''),
    queryFn: () => apiRequest<PlanGraph>('GET', `/api/plans/${planId}/graph`),
    enabled: !!planId,
  });
}

export function useCommittees(planId: string | null) {
  return useQuery({
    queryKey: queryKeys.committees(planId ?? ''),
    queryFn: () => apiRequest<Committee[]>('GET', `/api/plans/${planId}/committees`),
    enabled: !!planId,
  });
}

export function useUnits() {
  return useQuery({ queryKey: queryKeys.units, queryFn: () => apiRequest<Unit[]>('GET', '/api/units') });
}

export function useNodeEntity<T extends NodeEntity>(kind: NodeKind | null, id: string | null) {
  return useQuery({
    queryKey: queryKeys.entity(kind ?? 'vision', id ?? ''),
    queryFn: () => apiRequest<T>('GET', `${ENTITY_ROUTES[kind as NodeKind]}/${id}`),
    enabled: !!kind && !!id,
  });
}

export function useLink(id: string | null) {
  return useQuery({ queryKey: queryKeys.link(id ?? ''), queryFn: () => apiRequest<Link>('GET', `/api/links/${id}`), enabled: !!id });
}

/** After any change to a plan: its graph, and what lists it. */
function useInvalidatePlan(planId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.graph(planId) }),
      client.invalidateQueries({ queryKey: ['entity'] }),
      client.invalidateQueries({ queryKey: ['link'] }),
      client.invalidateQueries({ queryKey: queryKeys.plans }),
    ]);
}

export type NewLink = { sourceId: string; targetId: string; rationale?: string; strength?: number };

export function useCreateLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({ mutationFn: (body: NewLink) => apiRequest<Link>('POST', '/api/links', body), onSettled: invalidate });
}

export function useUpdateLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; rationale?: string; strength?: number }) =>
      apiRequest<Link>('PATCH', `/api/links/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useDeleteLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({ mutationFn: (id: string) => apiRequest<void>('DELETE', `/api/links/${id}`), onSuccess: invalidate });
}

export function useUpdateNode(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ kind, id, changes }: { kind: NodeKind; id: string; changes: Record<string, unknown> }) =>
      apiRequest<NodeEntity>('PATCH', `${ENTITY_ROUTES[kind]}/${id}`, changes),
    onSuccess: invalidate,
  });
}

export function useCreateNode(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ kind, body }: { kind: Exclude<NodeKind, 'vision'>; body: Record<string, unknown> }) =>
      apiRequest<NodeEntity>('POST', ENTITY_ROUTES[kind], body),
    onSuccess: invalidate,
  });
}

export function useDeleteNode(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ kind, id }: { kind: NodeKind; id: string }) => apiRequest<void>('DELETE', `${ENTITY_ROUTES[kind]}/${id}`),
    onSuccess: invalidate,
  });
}
