import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format';
import { useCommittees, usePlans, useUnits } from '../../api/hooks';
import type { Plan, Unit } from '../../api/types';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { AdminGate } from '../components/AdminGate';
import { useAimingPoints } from '../hooks/use-admin';
import { AdminLink, adminHref } from '../utils/admin-links';

/** A link that starts something new, shown as a button. */
function CreateLink({ href, children, testId }: { href: string; children: string; testId: string }) {
  return (
    <AdminLink className="kompas-admin__create" href={href} data-testid={testId}>
      + {children}
    </AdminLink>
  );
}

function PlanSummary({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const points = useAimingPoints(plan.id);
  const committees = useCommittees(plan.id);
  const headingId = `admin-plan-${plan.id}`;
  return (
    <article className="kompas-admin-plan" aria-labelledby={headingId} data-testid={`admin-plan-${plan.id}`}>
      <h3 id={headingId}>
        <AdminLink href={adminHref.plan(plan.id)}>{plan.title}</AdminLink>
      </h3>
      <p className="kompas-muted">
        {plan.organisation} · {formatDate(plan.periodStart, i18n.language)} – {formatDate(plan.periodEnd, i18n.language)} ·{' '}
        {t(`status.plan.${plan.status}`)} · <AdminLink href={adminHref.map(plan.id)}>{t('admin.plan.openMap')}</AdminLink>
      </p>
      <div className="kompas-admin__columns">
        <section aria-labelledby={`${headingId}-points`}>
          <h4 id={`${headingId}-points`}>{t('admin.index.aimingPoints')}</h4>
          {points.isError && <p role="alert">{t('admin.loadFailed')}</p>}
          {points.data && !points.data.length && <p className="kompas-muted">{t('admin.index.noAimingPoints')}</p>}
          <ul>
            {points.data?.map((a) => (
              <li key={a.id}>
                <AdminLink href={adminHref.aimingPoint(plan.id, a.id)}>{a.title}</AdminLink>
              </li>
            ))}
          </ul>
          <CreateLink href={adminHref.aimingPoint(plan.id)} testId={`admin-new-aiming-point-${plan.id}`}>
            {t('admin.aimingPoint.new')}
          </CreateLink>
        </section>
        <section aria-labelledby={`${headingId}-committees`}>
          <h4 id={`${headingId}-committees`}>{t('admin.index.committees')}</h4>
          {committees.isError && <p role="alert">{t('admin.loadFailed')}</p>}
          {committees.data && !committees.data.length && <p className="kompas-muted">{t('admin.index.noCommittees')}</p>}
          <ul>
            {committees.data?.map((c) => (
              <li key={c.id}>
                <AdminLink href={adminHref.committee(plan.id, c.id)}>{c.name}</AdminLink>
              </li>
            ))}
          </ul>
          <CreateLink href={adminHref.committee(plan.id)} testId={`admin-new-committee-${plan.id}`}>
            {t('admin.committee.new')}
          </CreateLink>
        </section>
      </div>
    </article>
  );
}

/** The units as a tree: each under the unit above it. */
function UnitTree({ units, parentId }: { units: Unit[]; parentId: string | null }) {
  const children = units.filter((u) => u.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  if (!children.length) return null;
  return (
    <ul>
      {children.map((u) => (
        <li key={u.id}>
          <AdminLink href={adminHref.unit(u.id)}>{u.name}</AdminLink>
          <UnitTree units={units} parentId={u.id} />
        </li>
      ))}
    </ul>
  );
}

/** Everything an administrator manages: the plans with their aiming points and committees, and the units. */
export function AdminIndexPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const units = useUnits();
  // A unit whose parent is gone still shows, at the top.
  const known = new Set((units.data ?? []).map((u) => u.id));
  const unitList = (units.data ?? []).map((u) => (u.parentId && !known.has(u.parentId) ? { ...u, parentId: null } : u));
  return (
    <AdminGate>
      <h1>{t('admin.index.title')}</h1>
      <p className="kompas-muted">{t('admin.index.intro')}</p>
      <section aria-labelledby="admin-plans-title" className="kompas-admin__section">
        <div className="kompas-admin__top">
          <h2 id="admin-plans-title">{t('admin.index.plans')}</h2>
          <CreateLink href={adminHref.import()} testId="admin-import">
            {t('admin.index.import')}
          </CreateLink>
          <CreateLink href={adminHref.newPlan()} testId="admin-new-plan">
            {t('admin.plan.new')}
          </CreateLink>
        </div>
        {plans.isPending && <StateMessage tone="loading" title={t('common.loading')} />}
        {plans.isError && <LoadFailed title={t('admin.loadFailed')} error={plans.error} onRetry={() => void plans.refetch()} />}
        {plans.data && !plans.data.length && <p className="kompas-muted">{t('admin.index.noPlans')}</p>}
        {plans.data?.map((p) => (
          <PlanSummary key={p.id} plan={p} />
        ))}
      </section>
      <section aria-labelledby="admin-units-title" className="kompas-admin__section" data-testid="admin-units">
        <div className="kompas-admin__top">
          <h2 id="admin-units-title">{t('admin.index.units')}</h2>
          <CreateLink href={adminHref.unit()} testId="admin-new-unit">
            {t('admin.unit.new')}
          </CreateLink>
        </div>
        {units.isError && <LoadFailed title={t('admin.loadFailed')} error={units.error} onRetry={() => void units.refetch()} />}
        {units.data && !units.data.length && <p className="kompas-muted">{t('admin.index.noUnits')}</p>}
        <UnitTree units={unitList} parentId={null} />
      </section>
    </AdminGate>
  );
}
