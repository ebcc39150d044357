import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVersionConflict } from '../../api/client';
import type { User } from '../../api/types';
import { useToast } from '../../common/components/Toasts';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { useSaveUser, useUsers } from '../../users/hooks/use-users';
import { membershipChange, ScopedRole } from '../utils/membership';

export type ScopedPeopleProps = {
  /** committeeMember: the committee's members; manager: the unit's managers. */
  role: ScopedRole;
  scopeId: string;
  scopeName: string;
  testId: string;
};

/**
 * The people who hold a role bound to this committee or unit, adding and removing them.
 * A membership is a change to the person: their roles and the committees or units those bind to.
 */
export function ScopedPeople({ role, scopeId, scopeName, testId }: ScopedPeopleProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const selectId = useId();
  const users = useUsers(true);
  const save = useSaveUser();
  const [chosen, setChosen] = useState('');
  const ids = (u: User) => (role === 'committeeMember' ? u.committeeIds : u.unitIds);
  const holders = (users.data ?? []).filter((u) => u.active && u.roles.includes(role) && ids(u).includes(scopeId));
  const others = (users.data ?? []).filter((u) => u.active && !holders.includes(u)).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const words = role === 'committeeMember' ? 'members' : 'managers';

  const change = (user: User, add: boolean, again = true) => {
    save.mutate(
      { id: user.id, version: user.version, body: membershipChange(user, role, scopeId, add) },
      {
        onSuccess: (saved) => {
          setChosen('');
          toast.show('success', t(add ? `admin.${words}.added` : `admin.${words}.removed`, { name: saved.name, scope: scopeName }));
        },
        onError: (error) => {
          // Someone changed the person meanwhile: adding or removing this one membership means the same on their
          // current version, so it is made once more on that (the person's other changes are kept).
          if (again && isVersionConflict(error)) change(error.current as User, add, false);
        },
      },
    );
  };

  return (
    <section className="kompas-admin-people" aria-labelledby={`${selectId}-title`} data-testid={testId}>
      <h2 id={`${selectId}-title`}>{t(`admin.${words}.title`)}</h2>
      {users.isPending && <p role="status">{t('common.loading')}</p>}
      {users.isError && <p role="alert">{apiErrorMessage(users.error, t)}</p>}
      {users.data && !holders.length && <p className="kompas-muted">{t(`admin.${words}.none`)}</p>}
      {holders.length > 0 && (
        <ul>
          {holders.map((u) => (
            <li key={u.id} data-testid={`${testId}-person`}>
              <span>
                {u.name} <span className="kompas-muted">({u.username})</span>
              </span>{' '}
              <button type="button" disabled={save.isPending} onClick={() => change(u, false)}>
                {t(`admin.${words}.remove`, { name: u.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {users.data && (
        <div className="kompas-admin-people__add">
          <div className="kompas-field">
            <label htmlFor={selectId}>{t(`admin.${words}.choose`)}</label>
            <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid={`${testId}-choose`}>
              <option value="">{t('common.none')}</option>
              {others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.username})
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!chosen || save.isPending}
            onClick={() => {
              const user = others.find((u) => u.id === chosen);
              if (user) change(user, true);
            }}
            data-testid={`${testId}-add`}
          >
            {t(`admin.${words}.add`)}
          </button>
        </div>
      )}
      {save.error && !isVersionConflict(save.error) && (
        <p className="kompas-field__error" role="alert">
          {apiErrorMessage(save.error, t)}
        </p>
      )}
    </section>
  );
}
