import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { usePrincipal } from '../../auth/current-user';
import { Link } from '@tanstack/react-router';

export type AppPage = 'map' | 'audit' | 'users' | 'admin';

/** Where each page lives. */
export const PAGE_PATHS = { map: '/', audit: '/audit', users: '/users', admin: '/admin' } as const satisfies Record<AppPage, string>;

/** The pages the signed-in person may open; nothing when the map is all there is for them. */
export function AppNav({ current }: { current: AppPage }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const pages: AppPage[] = ['map'];
  if (can(principal, { do: 'readAudit' })) pages.push('audit');
  if (can(principal, { do: 'manageUsers' })) pages.push('users');
  if (can(principal, { do: 'managePlans' })) pages.push('admin');
  if (pages.length < 2) return null;
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
