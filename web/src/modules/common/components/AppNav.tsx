import { useTranslation } from 'react-i18next';
import { can } from '@kompas/domain';
import { usePrincipal } from '../../auth/current-user';
import { followLink } from '../../routing/history';

export type AppPage = 'map' | 'audit' | 'users' | 'admin';

/** Where each page lives. */
export const PAGE_PATHS: Record<AppPage, string> = { map: '/', audit: '/audit', users: '/users', admin: '/admin' };

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
        <a
          key={page}
          href={PAGE_PATHS[page]}
          aria-current={page === current ? 'page' : undefined}
          onClick={(event) => followLink(event, PAGE_PATHS[page])}
          data-testid={`nav-${page}`}
        >
          {t(`nav.${page}`)}
        </a>
      ))}
    </nav>
  );
}
