import { QueryClient, queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditPage, NodeKind, PlanGraph } from '@kompas/domain';
import { apiRequest } from './client';
import { Comment, Committee, ENTITY_ROUTES, Link, NodeEntity, Person, Plan, RestoreResult, Unit } from './types';

/**
 * Query keys: one factory for every page, so a change invalidates exactly what it touched. Keys
 * nest: invalidating `queryKeys.audit.all` refreshes one node's history, the whole trail and its
 * check alike.
 */
export const queryKeys = {
  me: ['me'] as const,
  authConfig: ['auth-config'] as const,
  plans: ['plans'] as const,
  graph: (planId: string) => ['graph', planId] as const,
  committees: (planId: string) => ['committees', planId] as const,
  units: ['units'] as const,
  users: ['users'] as const,
  /** The active users' names, for choosing one (refreshed when users change). */
  people: ['people'] as const,
  entity: (kind: NodeKind, id: string) => ['entity', kind, id] as const,
  link: (id: string) => ['link', id] as const,
  audit: {
    all: ['audit'] as const,
    /** One node's or link's changes. */
    entity: (entityId: string, limit: number) => ['audit', 'entity', entityId, limit] as const,
    /** The whole trail, as the trail page's filters ask for it. */
    trail: (request: string) => ['audit', 'trail', request] as const,
    /** Whether the trail's hash chain is intact. */
    verification: ['audit', 'verification'] as const,
  },
  comments: (nodeId: string) => ['comments', nodeId] as const,
  /** An indicator's observations, both series, corrections included. */
  observations: (indicatorId: string) => ['observations', indicatorId] as const,
  /** What is waiting on a plan: everyone's list, or the signed-in user's (`mine`). */
  due: {
    all: ['due'] as const,
    plan: (planId: string, mine: boolean) => ['due', planId, mine ? 'mine' : 'all'] as const,
  },
};

/**
 * After any change: every history (a node's, the whole trail and its check), so no page shows a
 * trail that misses it; with a plan, also its graph, its rows and the plans' list.
 */
export function invalidateAfterChange(client: QueryClient, planId?: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.audit.all }),
    ...(planId
      ? [
          client.invalidateQueries({ queryKey: queryKeys.graph(planId) }),
          client.invalidateQueries({ queryKey: ['entity'] }),
          client.invalidateQueries({ queryKey: ['link'] }),
          client.invalidateQueries({ queryKey: queryKeys.plans }),
          client.invalidateQueries({ queryKey: queryKeys.due.all }),
          client.invalidateQueries({ queryKey: ['observations'] }),
        ]
      : []),
  ]);
}

/** Why a change is made, as typed by the user: sent only when there is one. */
export const withReason = (reason: string | undefined) => (reason?.trim() ? { reason: reason.trim() } : {});
const reasonQuery = (reason: string | undefined) => (reason?.trim() ? `?reason=${encodeURIComponent(reason.trim())}` : '');

/** Every plan; asked for as soon as someone is signed in, since the map needs them first. */
export const plansQuery = queryOptions({ queryKey: queryKeys.plans, queryFn: () => apiRequest<Plan[]>('GET', '/api/plans') });

export function usePlans() {
  return useQuery(plansQuery);
}

/** A plan's graph: the map's, and what names the nodes elsewhere. */
export const graphQuery = (planId: string) =>
  queryOptions({ queryKey: queryKeys.graph(planId), queryFn: () => apiRequest<PlanGraph>('GET', `/api/plans/${planId}/graph`) });

export function usePlanGraph(planId: string | null) {
  return useQuery({ ...graphQuery(planId ?? ''), enabled: !!planId });
}

/**
 * A plan's graph at a moment: `past` is the API's question for it (`asOf=YYYY-MM-DD` or `revision={id}`,
 * the plan rebuilt from the trail), or null for now. The API's refusal of a moment is not retried.
 */
export function usePlanGraphAt(planId: string | null, past: string | null) {
  const now = usePlanGraph(past ? null : planId);
  const then = useQuery({
    queryKey: [...queryKeys.graph(planId ?? ''), 'past', past ?? ''],
    queryFn: () => apiRequest<PlanGraph>('GET', `/api/plans/${planId}/graph?${past}`),
    enabled: !!planId && !!past,
    retry: false,
  });
  return past ? then : now;
}

export function useCommittees(planId: string | null) {
  return useQuery({
    queryKey: queryKeys.committees(planId ?? ''),
    queryFn: () => apiRequest<Committee[]>('GET', `/api/plans/${planId}/committees`),
    enabled: !!planId,
  });
}

/** Every plan's committees, for choosing the ones a committee member sits on. */
export function useAllCommittees(): { committees: Committee[]; planTitles: Map<string, string>; isPending: boolean } {
  const plans = usePlans();
  const lists = useQueries({
    queries: (plans.data ?? []).map((plan) => ({
      queryKey: queryKeys.committees(plan.id),
      queryFn: () => apiRequest<Committee[]>('GET', `/api/plans/${plan.id}/committees`),
    })),
  });
  return {
    committees: lists.flatMap((l) => l.data ?? []),
    planTitles: new Map((plans.data ?? []).map((p) => [p.id, p.title])),
    isPending: plans.isPending || lists.some((l) => l.isPending),
  };
}

/** These plans' graphs (shared with the map's), for naming the nodes entries of the trail mention. */
export function useGraphs(planIds: string[]): PlanGraph[] {
  return useQueries({
    queries: planIds.map(graphQuery),
    combine: loadedGraphs,
  });
}

/** The graphs that have arrived; a stable function, so the list stays the same object until one changes. */
const loadedGraphs = (results: { data?: PlanGraph }[]): PlanGraph[] => results.flatMap((r) => (r.data ? [r.data] : []));

export function useUnits() {
  return useQuery({ queryKey: queryKeys.units, queryFn: () => apiRequest<Unit[]>('GET', '/api/units') });
}

/** The active users by name (`GET /api/people`), for choosing a responsible person. */
export function usePeople(enabled = true) {
  return useQuery({ queryKey: queryKeys.people, queryFn: () => apiRequest<Person[]>('GET', '/api/people'), enabled });
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

/** One node's or link's changes, newest first. */
export function useAudit(entityId: string | null, limit = 50) {
  return useQuery({
    queryKey: queryKeys.audit.entity(entityId ?? '', limit),
    queryFn: () => apiRequest<AuditPage>('GET', `/api/audit?entityId=${encodeURIComponent(entityId ?? '')}&limit=${limit}&offset=0`),
    enabled: !!entityId,
  });
}

export function useComments(nodeId: string) {
  return useQuery({ queryKey: queryKeys.comments(nodeId), queryFn: () => apiRequest<Comment[]>('GET', `/api/nodes/${nodeId}/comments`) });
}

export function useAddComment(nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiRequest<Comment>('POST', `/api/nodes/${nodeId}/comments`, { body }),
    onSuccess: (comment) => {
      client.setQueryData<Comment[]>(queryKeys.comments(nodeId), (all) => [...(all ?? []), comment]);
      return Promise.all([client.invalidateQueries({ queryKey: queryKeys.comments(nodeId) }), invalidateAfterChange(client)]);
    },
  });
}

/**
 * Records that the signed-in user has read a node's comments up to the last one: they leave the
 * user's follow-up list. Nothing is sent when there is nothing new to mark.
 */
export function useMarkCommentsRead(nodeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (lastCommentId: string) => apiRequest<unknown>('POST', `/api/nodes/${nodeId}/comments/read`, { lastCommentId }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.due.all }),
  });
}

/** After any change to a plan: its graph, and what lists it. */
function useInvalidatePlan(planId: string) {
  const client = useQueryClient();
  return () => invalidateAfterChange(client, planId);
}

export type NewLink = { sourceId: string; targetId: string; rationale?: string; strength?: number; reason?: string };

export function useCreateLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ reason, ...body }: NewLink) => apiRequest<Link>('POST', '/api/links', { ...body, ...withReason(reason) }),
    onSettled: invalidate,
  });
}

export type LinkUpdate = { id: string; version: number; rationale?: string; strength?: number; reason?: string };

export function useUpdateLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ id, version, reason, ...body }: LinkUpdate) =>
      apiRequest<Link>('PATCH', `/api/links/${id}`, { ...body, ...withReason(reason) }, { ifMatch: version }),
    onSuccess: invalidate,
  });
}

export type Removal = { id: string; version: number | null; reason?: string };

export function useDeleteLink(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ id, version, reason }: Removal) =>
      apiRequest<void>('DELETE', `/api/links/${id}${reasonQuery(reason)}`, undefined, { ifMatch: version }),
    onSuccess: invalidate,
  });
}

export type NodeUpdate = { kind: NodeKind; id: string; version: number; changes: Record<string, unknown>; reason?: string };

export function useUpdateNode(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ kind, id, version, changes, reason }: NodeUpdate) =>
      apiRequest<NodeEntity>('PATCH', `${ENTITY_ROUTES[kind]}/${id}`, { ...changes, ...withReason(reason) }, { ifMatch: version }),
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
    mutationFn: ({ kind, id, version, reason }: Removal & { kind: NodeKind }) =>
      apiRequest<void>('DELETE', `${ENTITY_ROUTES[kind]}/${id}${reasonQuery(reason)}`, undefined, { ifMatch: version }),
    // Not awaited: the panel closes at once, rather than first showing the node as deleted.
    onSuccess: () => void invalidate(),
  });
}

/** Brings a deleted node or link back, with what was deleted with it. */
export function useRestore(planId: string) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      apiRequest<RestoreResult>('POST', `/api/restore/${id}`, { ...withReason(reason) }),
    onSuccess: invalidate,
  });
}
