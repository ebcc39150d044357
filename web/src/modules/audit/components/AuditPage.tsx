import { FormEvent, useId, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AuditEntry, AuditVerification, can, PLAN_NODE_KINDS, MAX_SHORT_TEXT } from '@kompas/domain';
import { useAllCommittees, useGraphs, useUnits } from '../../api/hooks';
import { usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { fieldName, type NameLookup } from '../../common/utils/field-words';
import { describeAuditEntry } from '../../panel/utils/history-wording';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTrail, useTrailVerification } from '../hooks/use-trail';
import { decisionLine } from '../utils/decision-line';
import { AuditFilter, auditFilterOf, auditSearchOf, NO_AUDIT_FILTER, PAGE_SIZE } from '../utils/audit-address';

const NODE_KINDS_IN_TRAIL = new Set<string>(PLAN_NODE_KINDS);

/** Where an entry's thing is on the map, when it is a node of a plan. */
function mapAddressOf(entry: AuditEntry): { planId: string; nodeId: string } | null {
  if (!entry.entityId || !NODE_KINDS_IN_TRAIL.has(entry.entity)) return null;
  const row = entry.changes.find((c) => c.id === entry.entityId);
  const planId = row?.after?.['planId'] ?? row?.before?.['planId'];
  return typeof planId === 'string' ? { planId, nodeId: entry.entityId } : null;
}

/**
 * The whole trail, for directors and administrators: every change with who, when and why, filtered by
 * kind, action, person and days (all in the address), and whether the hash chain is intact.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const principal = usePrincipal();
  const allowed = can(principal, { do: 'readAudit' });
  const navigate = useNavigate();
  const search = useSearch({ from: '/signed-in/audit' });
  const filter = auditFilterOf(search);
  const trail = useTrail(filter, allowed);
  const verification = useTrailVerification(allowed);
  // Only the plans the entries shown belong to: a link's ends are named from its plan's graph.
  const planIds = useMemo(() => {
    const ids = new Set<string>();
    for (const entry of trail.data?.items ?? [])
      for (const change of entry.changes) {
        const planId = change.after?.['planId'] ?? change.before?.['planId'];
        if (typeof planId === 'string') ids.add(planId);
      }
    return [...ids].sort();
  }, [trail.data]);
  const graphs = useGraphs(planIds);
  const { committees } = useAllCommittees();
  const units = useUnits();
  const names: NameLookup = useMemo(
    () => ({
      nodes: new Map(graphs.flatMap((g) => g.nodes.map((n) => [n.id, n.title] as const))),
      committees: new Map(committees.map((c) => [c.id, c.name])),
      units: new Map((units.data ?? []).map((u) => [u.id, u.name])),
    }),
    [graphs, committees, units.data],
  );

  if (!allowed) {
    return (
      <PageShell current="audit">
        <StateMessage title={t('audit.onlyDirectors')} action={<Link to="/">{t('nav.map')}</Link>} />
      </PageShell>
    );
  }

  const go = (next: AuditFilter) => void navigate({ to: '/audit', search: auditSearchOf(next) });
  const pages = trail.data ? Math.max(1, Math.ceil(trail.data.total / PAGE_SIZE)) : 1;

  return (
    <PageShell current="audit">
      <div className="kompas-audit">
        <div className="kompas-users__top">
          <h1>{t('audit.title')}</h1>
        </div>
        <p className="kompas-muted">{t('audit.intro')}</p>
        <ChainStatus verification={verification.data} error={verification.error} pending={verification.isPending} />
        <AuditFilters key={JSON.stringify(search)} filter={filter} onChange={go} />
        {filter.groupId && (
          <p className="kompas-muted" data-testid="audit-decision-filter">
            {t('adjustments.filteredByDecision')}{' '}
            <Link to="/audit" search={auditSearchOf({ ...filter, groupId: '', page: 1 })}>
              {t('audit.filter.clear')}
            </Link>
          </p>
        )}

        {trail.isPending ? (
          <StateMessage tone="loading" title={t('common.loading')} />
        ) : trail.isError ? (
          <LoadFailed title={t('audit.loadFailed')} error={trail.error} onRetry={() => void trail.refetch()} />
        ) : trail.data.items.length === 0 ? (
          <StateMessage title={t('audit.empty')} />
        ) : (
          <>
            <p className="kompas-muted" role="status" data-testid="audit-count">
              {t('audit.count', {
                count: trail.data.total,
                first: trail.data.offset + 1,
                last: trail.data.offset + trail.data.items.length,
              })}
            </p>
            <table className="kompas-users__table kompas-audit__table" data-testid="audit-table" aria-busy={trail.isFetching}>
              <thead>
                <tr>
                  <th scope="col">{t('audit.col.seq')}</th>
                  <th scope="col">{t('audit.col.when')}</th>
                  <th scope="col">{t('audit.col.what')}</th>
                  <th scope="col">{t('audit.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {trail.data.items.map((entry) => {
                  const line = describeAuditEntry(entry, { nodeId: '', t, language: i18n.language, names });
                  const address = mapAddressOf(entry);
                  return (
                    <tr key={entry.id} data-testid="audit-row" className={entry.action === 'denied' ? 'is-denied' : undefined}>
                      <td className="kompas-audit__seq">{entry.seq}</td>
                      <td className="kompas-audit__when">{line.when}</td>
                      <td>
                        {line.text}
                        {entry.adjustment && (
                          <p className="kompas-history__decision" data-testid="audit-decision">
                            {t('adjustments.decision', { line: decisionLine(entry.adjustment.decision, t) })}
                            {filter.groupId !== entry.adjustment.groupId && (
                              <>
                                {' · '}
                                <Link to="/audit" search={auditSearchOf({ ...NO_AUDIT_FILTER, groupId: entry.adjustment.groupId })}>
                                  {t('adjustments.showDecision')}
                                </Link>
                              </>
                            )}
                          </p>
                        )}
                        {address && (
                          <>
                            {' · '}
                            <Link to="/plans/$planId/nodes/$nodeId" params={address}>
                              {t('audit.showOnMap')}
                            </Link>
                          </>
                        )}
                      </td>
                      <td>{entry.reason ?? <span className="kompas-muted">–</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <nav className="kompas-audit__pages" aria-label={t('audit.pages')}>
              <button
                type="button"
                disabled={filter.page <= 1}
                onClick={() => go({ ...filter, page: filter.page - 1 })}
                data-testid="audit-newer"
              >
                {t('audit.newer')}
              </button>
              <span>{t('audit.page', { page: filter.page, pages })}</span>
              <button
                type="button"
                disabled={filter.page >= pages}
                onClick={() => go({ ...filter, page: filter.page + 1 })}
                data-testid="audit-older"
              >
                {t('audit.older')}
              </button>
            </nav>
          </>
        )}
      </div>
    </PageShell>
  );
}

function ChainStatus({ verification, error, pending }: { verification?: AuditVerification; error: unknown; pending: boolean }) {
  const { t, i18n } = useTranslation();
  if (pending) return <p className="kompas-audit__chain kompas-muted">{t('audit.checking')}</p>;
  if (!verification) return <p className="kompas-audit__chain kompas-field__error">{apiErrorMessage(error, t)}</p>;
  const number = new Intl.NumberFormat(i18n.language);
  const entries = number.format(verification.entries);
  const broken = verification.broken ?? [];
  const drift = verification.drift ?? [];
  const seal = verification.seal;
  return (
    <section className="kompas-audit__verification" aria-label={t('audit.verification')} data-testid="audit-verification">
      {verification.intact ? (
        <p className="kompas-audit__chain is-intact" data-testid="audit-chain">
          <span aria-hidden="true">✓</span> {t('audit.intact', { entries })}
        </p>
      ) : (
        <p className="kompas-audit__chain is-broken" role="alert" data-testid="audit-chain">
          <span aria-hidden="true">✗</span>{' '}
          {verification.brokenAt !== null
            ? t('audit.broken', { seq: verification.brokenAt, entries })
            : seal && !seal.matches
              ? t('audit.sealBroken', { entries })
              : t('audit.drifted', { entries, count: drift.length })}
        </p>
      )}
      {broken.length > 0 && (
        <details className="kompas-audit__problems" open={broken.length <= 10} data-testid="audit-breaks">
          <summary>{t('audit.breaks', { count: broken.length })}</summary>
          <ul>
            {broken.map((b) => (
              <li key={`${b.seq}-${b.problem}`}>{t(`audit.problem.${b.problem}`, { seq: b.seq })}</li>
            ))}
          </ul>
        </details>
      )}
      {drift.length > 0 && (
        <details className="kompas-audit__problems" open={drift.length <= 10} data-testid="audit-drift">
          <summary>{t('audit.driftTitle', { count: drift.length })}</summary>
          <ul>
            {drift.map((d) => (
              <li key={`${d.table}/${d.id}/${d.field}`}>{driftInWords(d, t)}</li>
            ))}
          </ul>
        </details>
      )}
      {seal && (
        <p className={`kompas-muted${seal.matches ? '' : ' kompas-field__error'}`} data-testid="audit-seal">
          {t(seal.matches ? 'audit.sealMatches' : 'audit.sealMismatch', {
            entries: number.format(seal.entries),
            at: new Date(seal.at).toLocaleString(i18n.language),
          })}
        </p>
      )}
      {verification.unkeyed > 0 && (
        <p className="kompas-muted" data-testid="audit-unkeyed">
          {t('audit.unkeyed', { count: verification.unkeyed })}
        </p>
      )}
    </section>
  );
}

/** One row that differs from the trail, in words: a field changed, or a whole row the trail does not know or misses. */
function driftInWords(d: AuditVerification['drift'][number], t: TFunction): string {
  const table = t(`audit.table.${d.table}`, { defaultValue: d.table });
  if (d.field === '*') return t(d.trail === null ? 'audit.driftAdded' : 'audit.driftGone', { table, id: d.id });
  return t('audit.driftRow', { table, id: d.id, field: fieldName(d.field, t), trail: shown(d.trail, t), now: shown(d.now, t) });
}

/** A stored value as the drift list shows it: text as it is, a missing row or field as words. */
function shown(value: unknown, t: TFunction): string {
  if (value === undefined || value === null) return t('audit.nothing');
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState(filter);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...draft, user: draft.user.trim(), page: 1 });
  };
  const filtering = JSON.stringify({ ...filter, page: 1 }) !== JSON.stringify(NO_AUDIT_FILTER);
  return (
    <form className="kompas-toolbar kompas-audit__filters" onSubmit={submit} aria-label={t('audit.filters')} data-testid="audit-filters">
      <div className="kompas-field">
        <label htmlFor={`${formId}-entity`}>{t('audit.filter.entity')}</label>
        <select
          id={`${formId}-entity`}
          value={draft.entity ?? ''}
          onChange={(e) => setDraft({ ...draft, entity: (e.target.value || null) as AuditFilter['entity'] })}
        >
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ENTITIES.map((entity) => (
            <option key={entity} value={entity}>
              {t(`audit.entity.${entity}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-field">
        <label htmlFor={`${formId}-action`}>{t('audit.filter.action')}</label>
        <select
          id={`${formId}-action`}
          value={draft.action ?? ''}
          onChange={(e) => setDraft({ ...draft, action: (e.target.value || null) as AuditFilter['action'] })}
        >
          <option value="">{t('audit.filter.all')}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`audit.action.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-field">
        <label htmlFor={`${formId}-user`}>{t('audit.filter.user')}</label>
        <input
          id={`${formId}-user`}
          value={draft.user}
          maxLength={MAX_SHORT_TEXT}
          placeholder={t('audit.filter.userHint')}
          onChange={(e) => setDraft({ ...draft, user: e.target.value })}
        />
      </div>
      <div className="kompas-field">
        <label htmlFor={`${formId}-from`}>{t('audit.filter.from')}</label>
        <input id={`${formId}-from`} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </div>
      <div className="kompas-field">
        <label htmlFor={`${formId}-to`}>{t('audit.filter.to')}</label>
        <input id={`${formId}-to`} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </div>
      <button type="submit" className="is-primary" data-testid="audit-apply">
        {t('audit.filter.apply')}
      </button>
      {filtering && (
        <button type="button" onClick={() => onChange(NO_AUDIT_FILTER)} data-testid="audit-clear">
          {t('audit.filter.clear')}
        </button>
      )}
    </form>
  );
}
