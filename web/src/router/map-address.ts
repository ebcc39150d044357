import { MapFilter } from '@kompas/domain';
import { text } from './search';

/** Everything a shared address says about the map: plan, selection, filters. */
export type MapAddress = {
  planId: string | null;
  selection: { type: 'node' | 'link'; id: string } | null;
  filter: MapFilter;
  showIndicators: boolean;
};

/** The map's query parameters, with the names shared links have always used. */
export type MapSearch = {
  committee?: string;
  unit?: string;
  aimingPoint?: string;
  status?: string;
  /** `0` hides the indicators. */
  indicators?: '0';
  /** The plan as it was at the end of that day (`YYYY-MM-DD`), read-only. */
  asOf?: string;
  /** The plan as a revision kept it, read-only. */
  revision?: string;
};

export function validateMapSearch(raw: Record<string, unknown>): MapSearch {
  // Every key is named, unset ones too, so nothing unchecked from the address survives beside them.
  return {
    committee: text(raw['committee']),
    unit: text(raw['unit']),
    aimingPoint: text(raw['aimingPoint']),
    status: text(raw['status']),
    indicators: String(raw['indicators']) === '0' ? '0' : undefined,
    asOf: typeof raw['asOf'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw['asOf']) ? raw['asOf'] : undefined,
    revision: text(raw['revision']),
  };
}

/** The map's path parameters, whichever of its routes matched. */
export type MapParams = { planId?: string; nodeId?: string; linkId?: string };

export function mapAddressOf(params: MapParams, search: MapSearch): MapAddress {
  const filter: MapFilter = {
    committeeId: search.committee ?? null,
    unitId: search.unit ?? null,
    aimingPointId: search.aimingPoint ?? null,
    status: search.status ?? null,
  };
  const showIndicators = search.indicators !== '0';
  if (!params.planId) return { planId: null, selection: null, filter, showIndicators };
  const selection = params.nodeId
    ? ({ type: 'node', id: params.nodeId } as const)
    : params.linkId
      ? ({ type: 'link', id: params.linkId } as const)
      : null;
  return { planId: params.planId, selection, filter, showIndicators };
}

export function mapSearchOf(address: MapAddress): MapSearch {
  return validateMapSearch({
    committee: address.filter.committeeId ?? undefined,
    unit: address.filter.unitId ?? undefined,
    aimingPoint: address.filter.aimingPointId ?? undefined,
    status: address.filter.status ?? undefined,
    indicators: address.showIndicators ? undefined : '0',
  });
}

/** Where the router goes for a map address: `/` when no plan is chosen (with no filters), else the plan and its selection. */
export function mapLocationOf(address: MapAddress) {
  const search = mapSearchOf(address);
  if (!address.planId) return { to: '/', params: {}, search: {} } as const;
  const planId = address.planId;
  if (address.selection?.type === 'node')
    return { to: '/plans/$planId/nodes/$nodeId', params: { planId, nodeId: address.selection.id }, search } as const;
  if (address.selection?.type === 'link')
    return { to: '/plans/$planId/links/$linkId', params: { planId, linkId: address.selection.id }, search } as const;
  return { to: '/plans/$planId', params: { planId }, search } as const;
}
