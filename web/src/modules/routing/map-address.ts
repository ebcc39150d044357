import { MapFilter } from '@kompas/domain';

/** Everything a shared address says about the map: plan, selection, filters. */
export type MapAddress = {
  planId: string | null;
  selection: { type: 'node' | 'link'; id: string } | null;
  filter: MapFilter;
  showIndicators: boolean;
};

const ID = '([0-9a-zA-Z:_-]+)';
const PATTERN = new RegExp(`^/plans/${ID}(?:/(nodes|links)/${ID})?/?$`);

export function parseMapAddress(pathname: string, search: string): MapAddress {
  const params = new URLSearchParams(search);
  const match = PATTERN.exec(pathname);
  const filter: MapFilter = {
    committeeId: params.get('committee') || null,
    unitId: params.get('unit') || null,
    aimingPointId: params.get('aimingPoint') || null,
    status: params.get('status') || null,
  };
  const showIndicators = params.get('indicators') !== '0';
  if (!match) return { planId: null, selection: null, filter, showIndicators };
  const [, planId, type, id] = match;
  return {
    planId,
    selection: type && id ? { type: type === 'nodes' ? 'node' : 'link', id } : null,
    filter,
    showIndicators,
  };
}

export function formatMapAddress(address: MapAddress): string {
  if (!address.planId) return '/';
  let path = `/plans/${address.planId}`;
  if (address.selection) path += `/${address.selection.type === 'node' ? 'nodes' : 'links'}/${address.selection.id}`;
  const params = new URLSearchParams();
  if (address.filter.committeeId) params.set('committee', address.filter.committeeId);
  if (address.filter.unitId) params.set('unit', address.filter.unitId);
  if (address.filter.aimingPointId) params.set('aimingPoint', address.filter.aimingPointId);
  if (address.filter.status) params.set('status', address.filter.status);
  if (!address.showIndicators) params.set('indicators', '0');
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
