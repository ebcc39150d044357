import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { useAllCommittees, useUnits } from '../../api/hooks';
import type { Committee, Unit, User } from '../../api/types';
import { useCurrentUser, usePrincipal } from '../../auth/current-user';
import { PageShell } from '../../common/components/PageShell';
import { LoadFailed, StateMessage } from '../../common/components/StateMessage';
import { Link, useMatchRoute, useNavigate, useParams } from '@tanstack/react-router';
import { useUsers } from '../hooks/use-users';
import { UserForm } from './UserForm';

/** A user's roles in words, each with the committees or units it is bound to. */
function rolesInWords(user: User, committees: Map<string, Committee>, units: Map<string, Unit>, t: (key: string) => string): string {
  return user.roles
    .map((role) => {
      const scope =
        role === 'committeeMember'
          ? user.committeeIds.map((id) => committees.get(id)?.name ?? id)
          : role === 'manager'
            ? user.unitIds.map((id) => units.get(id)?.name ?? id)
            : [];
      return scope.length ? `${t(`role.${role}`)} (${scope.join(', ')})` : t(`role.${role}`);
    })
    .join(' · ');
}

/** The administrators' page: everyone who may sign in, their roles, and creating, changing and deactivating them. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const { userId } = useParams({ strict: false });
  const address = { creating: !!useMatchRoute()({ to: '/users/new' }), userId: userId ?? null };
  const allowed = can(principal, { do: 'manageUsers' });
  const users = useUsers(allowed);
  const units = useUnits();
  const { committees, planTitles } = useAllCommittees();
  const committeesById = new Map(committees.map((c) => [c.id, c]));
  const unitsById = new Map((units.data ?? []).map((u) => [u.id, u]));

  let body;
  if (!allowed) {
    body = <StateMessage title={t('users.onlyAdmins')} action={<Link to="/">{t('users.toMap')}</Link>} />;
  } else if (users.isPending) {
    body = <StateMessage tone="loading" title={t('common.loading')} />;
  } else if (users.isError) {
    body = <LoadFailed title={t('users.loadFailed')} error={users.error} onRetry={() => void users.refetch()} />;
  } else {
    const list = [...users.data].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'da'));
    const chosen = address.userId ? users.data.find((u) => u.id === address.userId) : undefined;
    const editing = address.creating || !!chosen;
    body = (
      <div className="kompas-users">
        <section className="kompas-users__list" aria-labelledby="users-title">
          <div className="kompas-users__top">
            <h1 id="users-title">{t('users.title')}</h1>
            <button type="button" className="is-primary" onClick={() => void navigate({ to: '/users/new' })} data-testid="user-new">
              {t('users.new')}
            </button>
          </div>
          <p className="kompas-muted">{t('users.intro')}</p>
          {address.userId && !chosen && (
            <p className="kompas-field__error" role="alert">
              {t('users.notFound')}
            </p>
          )}
          <table className="kompas-users__table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{t('users.col.name')}</th>
                <th scope="col">{t('users.col.username')}</th>
                <th scope="col">{t('users.col.roles')}</th>
                <th scope="col">{t('users.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr
                  key={u.id}
                  className={[u.active ? '' : 'is-inactive', u.id === chosen?.id ? 'is-chosen' : ''].join(' ').trim() || undefined}
                  data-testid={`user-row-${u.username}`}
                >
                  <th scope="row">
                    <Link to="/users/$userId" params={{ userId: u.id }}>
                      {u.name}
                    </Link>
                    {u.id === me?.id && <span className="kompas-muted"> ({t('users.you')})</span>}
                  </th>
                  <td>
                    {u.username}
                    {u.demo && <span className="kompas-badge">{t('users.demo')}</span>}
                  </td>
                  <td>{rolesInWords(u, committeesById, unitsById, t)}</td>
                  <td>{u.active ? t('users.active') : t('users.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {editing && (
          <aside className="kompas-panel kompas-users__panel" aria-label={t('users.formLabel')}>
            <UserForm
              key={chosen?.id ?? 'new'}
              user={chosen ?? null}
              meId={me?.id ?? ''}
              committees={committees}
              planTitles={planTitles}
              units={units.data ?? []}
              onDone={() => void navigate({ to: '/users' })}
              onReload={async () => (await users.refetch()).data?.find((u) => u.id === chosen?.id) ?? null}
            />
          </aside>
        )}
      </div>
    );
  }

  return <PageShell current="users">{body}</PageShell>;
}
