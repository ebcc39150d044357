import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, GraphEdge, linkKindFor, PlanGraph } from '@kompas/domain';
import { checkLinkOnMap } from '../utils/to-flow';
import { useCreateLink } from '../../api/hooks';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage, namesInGraph } from '../../common/utils/api-error-message';
import { usePrincipal } from '../../auth/current-user';
import { mayEditNode, readOnlyReason } from '../../auth/utils/permissions';

/** Why a link from one node to another is refused, in the user's language; null when it is allowed. */
export function useLinkRefusal(graph: PlanGraph | undefined) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  return useCallback(
    (sourceId: string, targetId: string): string | null => {
      const check = graph ? checkLinkOnMap(graph, sourceId, targetId) : null;
      // A link belongs to where it starts: only whoever may change that node draws it.
      const source = graph?.nodes.find((n) => n.id === sourceId);
      if (check?.ok && graph && source && !mayEditNode(principal, source, graph)) {
        const why = readOnlyReason(source, graph, new Map());
        return t(why.key, why.values);
      }
      if (check?.ok) return null;
      if (!check || !graph || check.code !== ERROR_CODES.linkKindForbidden)
        return t(`errors.${check?.code ?? 'link_kind_forbidden_generic'}`);
      // Name both kinds, and say which way round the link would be allowed.
      const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.kind ?? 'vision';
      const [sourceKind, targetKind] = [kindOf(sourceId), kindOf(targetId)];
      const words = { source: t(`kindA.${sourceKind}`), target: t(`kindA.${targetKind}`) };
      const reversed = linkKindFor(targetKind, sourceKind).ok;
      return t('errors.link_kind_forbidden', words) + (reversed ? ' ' + t('errors.link_reverse_hint', words) : '');
    },
    [graph, principal, t],
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
        version: null,
      };
      setPendingEdges((all) => [...all, pending]);
      create.mutate(
        { sourceId, targetId, ...extra },
        {
          onSuccess: (link) => {
            toast.show('success', t('link.created'));
            onCreated(link.id);
          },
          onError: (error) => toast.show('error', t('link.refused', { reason: apiErrorMessage(error, t, namesInGraph(graph)) })),
          onSettled: () => setPendingEdges((all) => all.filter((e) => e.id !== pending.id)),
        },
      );
    },
    [create, graph, onCreated, refusal, t, toast],
  );

  return { pendingEdges, createLink, refusal };
}
