import { AUDIT_ACTIONS, AUDIT_ENTITIES, AuditAction, AuditEntity, MAX_SHORT_TEXT } from '@kompas/domain';

/** The trail page's filters and page, as its address holds them (`/audit?entity=focusArea&user=udvalg&page=2`). */
export type AuditFilter = {
  entity: AuditEntity | null;
  action: AuditAction | null;
  /** A login. */
  user: string;
  /** Calendar days (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  /** One decision: every entry from the parts of this adjustment group. */
  groupId: string;
  page: number;
};

export const PAGE_SIZE = 50;
export const NO_AUDIT_FILTER: AuditFilter = { entity: null, action: null, user: '', from: '', to: '', groupId: '', page: 1 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The trail page's query parameters, only those set (`page` only past the first). */
export type AuditSearch = Partial<Omit<AuditFilter, 'entity' | 'action'>> & { entity?: AuditEntity; action?: AuditAction };

/** Reads the filters from the address's query, dropping what is not a valid choice. */
export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const str = (key: string) => (typeof raw[key] === 'string' || typeof raw[key] === 'number' ? String(raw[key]) : '');
  // Every key is named, unset ones too, so nothing unchecked from the address survives beside them.
  const search: AuditSearch = {
    entity: undefined,
    action: undefined,
    user: undefined,
    from: undefined,
    to: undefined,
    groupId: undefined,
    page: undefined,
  };
  const entity = str('entity');
  const action = str('action');
  const user = str('user').trim().slice(0, MAX_SHORT_TEXT);
  const page = Number(str('page'));
  if (AUDIT_ENTITIES.includes(entity as AuditEntity)) search.entity = entity as AuditEntity;
  if (AUDIT_ACTIONS.includes(action as AuditAction)) search.action = action as AuditAction;
  if (user) search.user = user;
  if (isDay(str('from'))) search.from = str('from');
  if (isDay(str('to'))) search.to = str('to');
  if (UUID.test(str('groupId'))) search.groupId = str('groupId').toLowerCase();
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

export const auditFilterOf = (search: AuditSearch): AuditFilter => ({
  entity: search.entity ?? null,
  action: search.action ?? null,
  user: search.user ?? '',
  from: search.from ?? '',
  to: search.to ?? '',
  groupId: search.groupId ?? '',
  page: search.page ?? 1,
});

/** The query for a filter: only what is chosen, in a fixed order. */
export function auditSearchOf(filter: AuditFilter): AuditSearch {
  return validateAuditSearch({ ...filter, page: String(filter.page) });
}

/** The local midnight starting a calendar day, as the API's ISO time. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** The API request for a filter: the days are whole local days, the last one included. */
export function auditQuery(filter: AuditFilter): string {
  const q = new URLSearchParams();
  if (filter.entity) q.set('entity', filter.entity);
  if (filter.action) q.set('action', filter.action);
  if (filter.user) q.set('user', filter.user);
  if (filter.groupId) q.set('groupId', filter.groupId);
  if (filter.from) q.set('from', startOfDay(filter.from));
  if (filter.to) {
    const next = new Date(`${filter.to}T00:00:00`);
    next.setDate(next.getDate() + 1);
    q.set('to', next.toISOString());
  }
  q.set('limit', String(PAGE_SIZE));
  q.set('offset', String((filter.page - 1) * PAGE_SIZE));
  return `/api/audit?${q.toString()}`;
}
