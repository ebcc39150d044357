import { createContext, useContext } from 'react';
import type { GraphNode } from '@kompas/domain';

/**
 * What every node on the map needs to know besides its own data: names of owners (the plan's
 * name for its council among them), today, and whether the signed-in user may draw links from it
 * (its handle is offered only then).
 */
export type MapContextValue = {
  committeeNames: ReadonlyMap<string, string>;
  /** What the plan calls its council ("Kommunalbestyrelsen", "Byrådet"); null without a vision in view. */
  councilName: string | null;
  today: string;
  mayLinkFrom: (node: GraphNode) => boolean;
};

export const MapContext = createContext<MapContextValue>({
  committeeNames: new Map(),
  councilName: null,
  today: '1970-01-01',
  mayLinkFrom: () => false,
});

export const useMapContext = () => useContext(MapContext);
