import { useTranslation } from 'react-i18next';
import { useNodeEntity } from '../../api/hooks';
import type { AimingPoint, Plan } from '../../api/types';
import { AdminForm } from '../components/AdminForm';
import { AdminRowPage } from '../components/AdminGate';
import { NEW_ID } from '../utils/admin-address';
import { aimingPointFields } from '../utils/admin-fields';
import { adminHref, useGoToAdmin } from '../utils/admin-links';

/** One aiming point of a plan: its title, ambition, text and sections; or a new one. */
export function AimingPointAdminPage({ planId, aimingPointId }: { planId: string; aimingPointId: string }) {
  const goToAdmin = useGoToAdmin();
  const { t } = useTranslation();
  const isNew = aimingPointId === NEW_ID;
  const point = useNodeEntity<AimingPoint>(isNew ? null : 'aimingPoint', isNew ? null : aimingPointId);
  const plan = useNodeEntity<Plan>('vision', planId);

  return (
    <AdminRowPage source={point} isNew={isNew} row={point.data}>
      {(row) => (
        <>
          <h1>{row ? row.title : t('admin.aimingPoint.new')}</h1>
          {plan.data && <p className="kompas-muted">{t('admin.inPlan', { plan: plan.data.title })}</p>}
          <AdminForm<AimingPoint>
            key={row?.id ?? NEW_ID}
            kind="aimingPoint"
            row={row}
            fields={aimingPointFields}
            createExtras={{ planId }}
            heading={row ? t('admin.aimingPoint.edit') : t('admin.aimingPoint.newHeading')}
            nameOf={(a) => a.title}
            onSaved={(saved, created) => created && goToAdmin(adminHref.aimingPoint(planId, saved.id), { replace: true })}
            onDeleted={() => goToAdmin(adminHref.index())}
            onRestored={(p) => goToAdmin(adminHref.aimingPoint(planId, p.id))}
            deleteMessage={t('admin.aimingPoint.deleteMessage')}
            testId="aiming-point-form"
          />
        </>
      )}
    </AdminRowPage>
  );
}
