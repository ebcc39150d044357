import { createContext, useContext } from 'react';

/** What every node on the map needs to know besides its own data: names of owners, and today. */
export type MapContextValue = { committeeNames: ReadonlyMap<string, string>; today: string };

export const MapContext = createContext<MapContextValue>({ committeeNames: new Map(), today: '1970-01-01' });

export const useMapContext = () => useContext(MapContext);
