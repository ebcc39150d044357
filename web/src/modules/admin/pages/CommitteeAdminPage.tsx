import { useTranslation } from 'react-i18next';
import { useCommittees, useNodeEntity } from '../../api/hooks';
import type { Committee, Plan } from '../../api/types';
import { AdminForm } from '../components/AdminForm';
import { AdminRowPage } from '../components/AdminGate';
import { ScopedPeople } from '../components/ScopedPeople';
import { NEW_ID } from '../utils/admin-address';
import { committeeFields } from '../utils/admin-fields';
import { adminHref, useGoToAdmin } from '../utils/admin-links';

/** One committee of a plan: its name, short name and core areas, and its members; or a new committee. */
export function CommitteeAdminPage({ planId, committeeId }: { planId: string; committeeId: string }) {
  const goToAdmin = useGoToAdmin();
  const { t } = useTranslation();
  const isNew = committeeId === NEW_ID;
  const committees = useCommittees(planId);
  const plan = useNodeEntity<Plan>('vision', planId);
  const found = committees.data?.find((c) => c.id === committeeId) ?? null;

  return (
    <AdminRowPage source={committees} isNew={isNew} row={found}>
      {(row) => (
        <>
          <h1>{row ? row.name : t('admin.committee.new')}</h1>
          {plan.data && <p className="kompas-muted">{t('admin.inPlan', { plan: plan.data.title })}</p>}
          <div className="kompas-admin__columns">
            <AdminForm<Committee>
              // The list is read again after every save: the form keeps its own copy, from the version it started with.
              key={row?.id ?? NEW_ID}
              kind="committee"
              row={row}
              fields={committeeFields}
              createExtras={{ planId }}
              heading={row ? t('admin.committee.edit') : t('admin.committee.newHeading')}
              nameOf={(c) => c.name}
              onSaved={(saved, created) => created && goToAdmin(adminHref.committee(planId, saved.id), { replace: true })}
              onDeleted={() => goToAdmin(adminHref.index())}
              onRestored={(p) => goToAdmin(adminHref.committee(planId, p.id))}
              deleteMessage={t('admin.committee.deleteMessage')}
              testId="committee-form"
            />
            {row && <ScopedPeople scopedRole="committeeMember" scopeId={row.id} scopeName={row.name} testId="committee-members" />}
          </div>
        </>
      )}
    </AdminRowPage>
  );
}
