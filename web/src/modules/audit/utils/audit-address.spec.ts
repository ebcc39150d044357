import { parseSearch, stringifySearch } from '../../../router/search';
import { auditFilterOf, auditQuery, auditSearchOf, NO_AUDIT_FILTER, validateAuditSearch } from './audit-address';

const formatAuditAddress = (filter: typeof NO_AUDIT_FILTER) => `/audit${stringifySearch(auditSearchOf(filter))}`;
const parseAuditFilter = (query: string) => auditFilterOf(validateAuditSearch(parseSearch(query)));

describe('the trail page’s address', () => {
  it('reads and writes every filter, so a view of the trail can be shared', () => {
    const filter = {
      entity: 'focusArea',
      action: 'update',
      user: 'udvalg',
      from: '2026-11-01',
      to: '2026-11-27',
      groupId: '',
      page: 3,
    } as const;
    const address = formatAuditAddress(filter);
    expect(address).toBe('/audit?entity=focusArea&action=update&user=udvalg&from=2026-11-01&to=2026-11-27&page=3');
    expect(parseAuditFilter(address.slice(address.indexOf('?')))).toEqual(filter);
    expect(formatAuditAddress(NO_AUDIT_FILTER)).toBe('/audit');
  });

  it('filters by one decision: the address and the API both name its group', () => {
    const groupId = '0b6f5a3e-2d7c-4c1e-9f2a-1a2b3c4d5e6f';
    const address = formatAuditAddress({ ...NO_AUDIT_FILTER, groupId });
    expect(address).toBe(`/audit?groupId=${groupId}`);
    expect(parseAuditFilter(address.slice(address.indexOf('?')))).toEqual({ ...NO_AUDIT_FILTER, groupId });
    expect(new URL(auditQuery({ ...NO_AUDIT_FILTER, groupId }), 'http://x').searchParams.get('groupId')).toBe(groupId);
    expect(parseAuditFilter('?groupId=not-a-decision')).toEqual(NO_AUDIT_FILTER);
  });

  it('drops what is not a valid choice instead of sending it', () => {
    expect(parseAuditFilter('?entity=spaceship&action=explode&from=2026-13-45&to=yesterday&page=-2')).toEqual(NO_AUDIT_FILTER);
  });

  it('asks the API for whole days, the last one included, and for the page’s slice', () => {
    const query = new URL(auditQuery({ ...NO_AUDIT_FILTER, from: '2026-11-01', to: '2026-11-01', page: 2 }), 'http://x').searchParams;
    const from = new Date(query.get('from')!);
    const to = new Date(query.get('to')!);
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 10, 1, 0]);
    expect(to.getTime() - from.getTime()).toBe(24 * 3600 * 1000);
    expect(query.get('limit')).toBe('50');
    expect(query.get('offset')).toBe('50');
  });
});
