import { useTranslation } from 'react-i18next';
import { useNodeEntity } from '../../api/hooks';
import type { Plan } from '../../api/types';
import { AdminForm } from '../components/AdminForm';
import { AdminRowPage } from '../components/AdminGate';
import { NEW_ID } from '../utils/admin-address';
import { planFields } from '../utils/admin-fields';
import { AdminLink, adminHref, useGoToAdmin } from '../utils/admin-links';

/** A plan's vision and texts (its sections as the plan has them), its period and status; or a new plan. */
export function PlanAdminPage({ planId }: { planId: string }) {
  const goToAdmin = useGoToAdmin();
  const { t } = useTranslation();
  const isNew = planId === NEW_ID;
  const plan = useNodeEntity<Plan>(isNew ? null : 'vision', isNew ? null : planId);
  const fields = planFields((s) => t(`status.plan.${s}`));

  return (
    <AdminRowPage source={plan} isNew={isNew} row={plan.data}>
      {(row) => (
        <>
          <h1>{row ? row.title : t('admin.plan.new')}</h1>
          {row && (
            <p>
              <AdminLink href={adminHref.map(row.id)}>{t('admin.plan.openMap')}</AdminLink>
            </p>
          )}
          <AdminForm<Plan>
            key={row?.id ?? NEW_ID}
            kind="plan"
            row={row}
            fields={fields}
            heading={row ? t('admin.plan.edit') : t('admin.plan.newHeading')}
            nameOf={(p) => p.title}
            onSaved={(saved, created) => created && goToAdmin(adminHref.plan(saved.id), { replace: true })}
            onDeleted={() => goToAdmin(adminHref.index())}
            onRestored={(p) => goToAdmin(adminHref.plan(p.id))}
            deleteMessage={t('admin.plan.deleteMessage')}
            testId="plan-form"
          />
        </>
      )}
    </AdminRowPage>
  );
}
