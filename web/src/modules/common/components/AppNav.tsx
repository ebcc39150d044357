import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { usePrincipal } from '../../auth/current-user';
import { Link } from '@tanstack/react-router';

export type AppPage = 'map' | 'todo' | 'audit' | 'users' | 'admin';

/** Where each page lives. */
export const PAGE_PATHS = {
  map: '/',
  todo: '/todo',
  audit: '/audit',
  users: '/users',
  admin: '/admin',
} as const satisfies Record<AppPage, string>;

/** The pages the signed-in person may open: the map and what is waiting ("Til opfølgning") for everyone, the rest by role. */
export function AppNav({ current }: { current: AppPage }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const pages: AppPage[] = ['map', 'todo'];
  if (can(principal, { do: 'readAudit' })) pages.push('audit');
  if (can(principal, { do: 'manageUsers' })) pages.push('users');
  if (can(principal, { do: 'managePlans' })) pages.push('admin');
  return (
    <nav className="kompas-nav" aria-label={t('nav.label')}>
      {pages.map((page) => (
        <Link key={page} to={PAGE_PATHS[page]} aria-current={page === current ? 'page' : undefined} data-testid={`nav-${page}`}>
          {t(`nav.${page}`)}
        </Link>
      ))}
    </nav>
  );
}
