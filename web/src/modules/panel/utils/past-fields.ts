import type { GraphNode, PlanGraph } from '@kompas/domain';

/**
 * One line of a node's details on the map of the past: the field it shows (its label is `field.<name>`)
 * and the value the past graph holds. `text` values are the plan's own words, shown as written;
 * the others are said in words (statuses, dates, numbers) by the panel.
 */
export type PastField = { field: string; value: unknown; text?: boolean };

/** What the past graph holds for a node, in the order a person reads it (the panel's own order where it has one). */
export function pastFieldsOf(node: GraphNode, graph: PlanGraph, committeeNames: ReadonlyMap<string, string>): PastField[] {
  switch (node.kind) {
    case 'vision':
      return [
        { field: 'visionStatement', value: node.statement, text: true },
        { field: 'status', value: node.status },
        { field: 'periodStart', value: node.periodStart },
        { field: 'periodEnd', value: node.periodEnd },
      ];
    case 'aimingPoint':
      return [
        { field: 'ambition', value: node.ambition, text: true },
        { field: 'position', value: node.position },
      ];
    case 'focusArea':
      return [
        // The owner by the name it had then: a committee may have been renamed or removed since.
        { field: 'committeeId', value: node.committeeName, text: true },
        ...(node.coOwnerCommitteeIds.length
          ? [
              {
                field: 'coOwnerCommitteeIds',
                value: node.coOwnerCommitteeIds.map((id) => committeeNames.get(id) ?? id).join(', '),
                text: true,
              },
            ]
          : []),
        { field: 'rank', value: node.rank },
        { field: 'status', value: node.status },
      ];
    case 'action':
      return [
        { field: 'unitId', value: node.unitName, text: true },
        { field: 'responsiblePerson', value: node.responsiblePerson, text: true },
        { field: 'status', value: node.status },
        { field: 'startDate', value: node.startDate },
        { field: 'endDate', value: node.endDate },
      ];
    case 'indicator':
      return [
        { field: 'measuresId', value: graph.nodes.find((n) => n.id === node.measuresId)?.title ?? null, text: true },
        { field: 'unit', value: node.unit, text: true },
        { field: 'direction', value: node.direction },
        { field: 'baselineValue', value: node.baselineValue },
        { field: 'targetValue', value: node.longTermTarget?.value ?? null },
        { field: 'targetDate', value: node.longTermTarget?.date ?? null },
        { field: 'cadence', value: node.cadence },
      ];
  }
}
