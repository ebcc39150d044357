import type { DueIndicator, UnreadComment } from '../../api/types';

/** A place on the map: a node of a plan selected, and what its panel opens on (`#record`, `#comments`). */
export type MapNodeLink = { to: '/plans/$planId/nodes/$nodeId'; params: { planId: string; nodeId: string }; hash: string };

/** The map with a due indicator selected, opened on its recording form. */
export function recordLink(planId: string, item: Pick<DueIndicator, 'indicatorId'>): MapNodeLink {
  return { to: '/plans/$planId/nodes/$nodeId', params: { planId, nodeId: item.indicatorId }, hash: 'record' };
}

/**
 * The map with a commented node selected, opened on its comments. A comment on the vision is on
 * the plan itself: the vision node has the plan's id.
 */
export function commentsLink(planId: string, comment: Pick<UnreadComment, 'nodeId'>): MapNodeLink {
  return { to: '/plans/$planId/nodes/$nodeId', params: { planId, nodeId: comment.nodeId }, hash: 'comments' };
}
