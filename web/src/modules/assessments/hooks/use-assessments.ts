import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/client';
import { invalidateAfterChange } from '../../api/hooks';
import { invalidateHealth } from '../../health';
import type { AdjustmentGroup, Assessment, Decision, NewAdjustment, NewAssessment } from '../types';

/** Query keys of assessments: one node's, and a plan's as the committee page filters them. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  node: (nodeId: string) => ['assessments', 'node', nodeId] as const,
  plan: (planId: string, filter: string) => ['assessments', 'plan', planId, filter] as const,
};

/** After an assessment, a decline or an adjustment: the assessments, the plan (graph, histories) and its health. */
export function invalidateAfterAssessment(client: QueryClient, planId: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: assessmentKeys.all }),
    invalidateAfterChange(client, planId),
    invalidateHealth(client, planId),
  ]);
}

/** A node's assessments, newest first. */
export function useNodeAssessments(nodeId: string) {
  return useQuery({
    queryKey: assessmentKeys.node(nodeId),
    queryFn: () => apiRequest<Assessment[]>('GET', `/api/nodes/${encodeURIComponent(nodeId)}/assessments`),
  });
}

/** A plan's assessments with an open proposal, narrowed to a committee's focus areas and their actions. */
export function useOpenProposals(planId: string, committeeId: string) {
  const query = `proposal=open&committeeId=${encodeURIComponent(committeeId)}`;
  return useQuery({
    queryKey: assessmentKeys.plan(planId, query),
    queryFn: () => apiRequest<Assessment[]>('GET', `/api/plans/${encodeURIComponent(planId)}/assessments?${query}`),
  });
}

export function useAddAssessment(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAssessment) => apiRequest<Assessment>('POST', '/api/assessments', body),
    onSuccess: () => invalidateAfterAssessment(client, planId),
  });
}

/** Records, with its decision, that an assessment's proposed adjustment will not be adopted. */
export function useDeclineProposal(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: Decision; reason: string }) =>
      apiRequest<Assessment>('POST', `/api/assessments/${encodeURIComponent(id)}/decline`, { decision, reason }),
    onSuccess: () => invalidateAfterAssessment(client, planId),
  });
}

/** Records a decided adjustment and applies what the signed-in user may apply. */
export function useCreateAdjustment(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewAdjustment) => apiRequest<AdjustmentGroup>('POST', '/api/adjustments', body),
    onSuccess: () => invalidateAfterAssessment(client, planId),
  });
}
