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
  page: number;
};

export const AUDIT_PATH = '/audit';
export const PAGE_SIZE = 50;
export const NO_AUDIT_FILTER: AuditFilter = { entity: null, action: null, user: '', from: '', to: '', page: 1 };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export function isAuditPath(pathname: string): boolean {
  return /^\/audit\/?$/.test(pathname);
}

/** Reads the filters from the query string, dropping what is not a valid choice. */
export function parseAuditFilter(search: string): AuditFilter {
  const q = new URLSearchParams(search);
  const entity = q.get('entity');
  const action = q.get('action');
  const page = Number(q.get('page'));
  return {
    entity: AUDIT_ENTITIES.includes(entity as AuditEntity) ? (entity as AuditEntity) : null,
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : null,
    user: (q.get('user') ?? '').trim().slice(0, MAX_SHORT_TEXT),
    from: isDay(q.get('from') ?? '') ? q.get('from')! : '',
    to: isDay(q.get('to') ?? '') ? q.get('to')! : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function formatAuditAddress(filter: AuditFilter): string {
  const q = new URLSearchParams();
  if (filter.entity) q.set('entity', filter.entity);
  if (filter.action) q.set('action', filter.action);
  if (filter.user) q.set('user', filter.user);
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (filter.page > 1) q.set('page', String(filter.page));
  const query = q.toString();
  return query ? `${AUDIT_PATH}?${query}` : AUDIT_PATH;
}

/** The local midnight starting a calendar day, as the API's ISO time. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** The API request for a filter: the days are whole local days, the last one included. */
export function auditQuery(filter: AuditFilter): string {
  const q = new URLSearchParams();
  if (filter.entity) q.set('entity', filter.entity);
  if (filter.action) q.set('action', filter.action);
  if (filter.user) q.set('user', filter.user);
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
