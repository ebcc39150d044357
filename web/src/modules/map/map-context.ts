import { createContext, useContext } from 'react';
import type { GraphNode } from '@kompas/domain';
import type { NodeHealthEntry } from '../health/types';
import type { OldData } from './utils/freshness-marker';

/**
 * What every node on the map needs to know besides its own data: names of owners (the plan's
 * name for its council among them), today, and whether the signed-in user may draw links from it
 * (its handle is offered only then), and which nodes' data is old (an indicator measuring it is due or overdue).
 */
export type MapContextValue = {
  committeeNames: ReadonlyMap<string, string>;
  /** What the plan calls its council ("Kommunalbestyrelsen", "Byrådet"); null without a vision in view. */
  councilName: string | null;
  today: string;
  mayLinkFrom: (node: GraphNode) => boolean;
  /** The nodes whose data is old, by id (from the whole plan, shown indicators or not). */
  oldData: ReadonlyMap<string, OldData>;
  /** Every node's health from the plan's roll-up, by id (empty until it has loaded). */
  health: ReadonlyMap<string, NodeHealthEntry>;
};

export const MapContext = createContext<MapContextValue>({
  committeeNames: new Map(),
  councilName: null,
  today: '1970-01-01',
  mayLinkFrom: () => false,
  oldData: new Map(),
  health: new Map(),
});

export const useMapContext = () => useContext(MapContext);
