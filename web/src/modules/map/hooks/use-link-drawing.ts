import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphEdge, linkKindFor, PlanGraph } from '@kompas/domain';
import { useCreateLink } from '../../api/hooks';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';

/** Why a link from one node to another is refused, in the user's language; null when it is allowed. */
export function useLinkRefusal(graph: PlanGraph | undefined) {
  const { t } = useTranslation();
  return useCallback(
    (sourceId: string, targetId: string): string | null => {
      const source = graph?.nodes.find((n) => n.id === sourceId);
      const target = graph?.nodes.find((n) => n.id === targetId);
      if (!source || !target || sourceId === targetId) return t('errors.link_kind_forbidden_generic');
      const rule = linkKindFor(source.kind, target.kind);
      if (!rule.ok) {
        const reversed = linkKindFor(target.kind, source.kind).ok;
        const words = { source: t(`kindA.${source.kind}`), target: t(`kindA.${target.kind}`) };
        return t('errors.link_kind_forbidden', words) + (reversed ? ' ' + t('errors.link_reverse_hint', words) : '');
      }
      if (graph?.edges.some((e) => e.source === sourceId && e.target === targetId)) return t('errors.duplicate_link');
      return null;
    },
    [graph, t],
  );
}

/**
 * Saving a drawn link: it shows at once as a pending edge, and disappears
 * again with the API's reason if the API refuses it.
 */
export function useLinkDrawing(planId: string, graph: PlanGraph | undefined, onCreated: (linkId: string) => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateLink(planId);
  const refusal = useLinkRefusal(graph);
  const [pendingEdges, setPendingEdges] = useState<GraphEdge[]>([]);

  const createLink = useCallback(
    (sourceId: string, targetId: string, extra: { rationale?: string; strength?: number } = {}) => {
      const reason = refusal(sourceId, targetId);
      if (reason) {
        toast.show('error', reason);
        return;
      }
      const source = graph?.nodes.find((n) => n.id === sourceId);
      const kind = source?.kind === 'action' ? 'contributes' : 'supports';
      const pending: GraphEdge = {
        id: `pending:${sourceId}:${targetId}`,
        kind,
        source: sourceId,
        target: targetId,
        rationale: extra.rationale ?? null,
        strength: extra.strength ?? 2,
        example: false,
      };
      setPendingEdges((all) => [...all, pending]);
      create.mutate(
        { sourceId, targetId, ...extra },
        {
          onSuccess: (link) => {
            toast.show('success', t('link.created'));
            onCreated(link.id);
          },
          onError: (error) => toast.show('error', t('link.refused', { reason: apiErrorMessage(error, t) })),
          onSettled: () => setPendingEdges((all) => all.filter((e) => e.id !== pending.id)),
        },
      );
    },
    [create, graph, onCreated, refusal, t, toast],
  );

  return { pendingEdges, createLink, refusal };
}
