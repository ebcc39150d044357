import { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CurrentUser } from '../../auth/components/CurrentUser';
import { DemoMarker } from '../../auth/components/DemoMarker';
import { useCurrentUser } from '../../auth/current-user';
import { LanguageSwitch } from '../../toolbar/components/LanguageSwitch';
import { AppNav, AppPage } from './AppNav';

/** A page beside the map: the same header (logo, demo marker, pages, language, who is signed in) over its content. */
export function PageShell({ current, children }: { current: AppPage; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div className="kompas-app">
      <header className="kompas-header">
        <Link className="kompas-logo" to="/" aria-label={t('app.home')}>
          <span aria-hidden="true">◈</span> Kompas
        </Link>
        {me?.demo && <DemoMarker />}
        <AppNav current={current} />
        <div className="kompas-header__end">
          <LanguageSwitch />
          <CurrentUser />
        </div>
      </header>
      <main className="kompas-body">{children}</main>
    </div>
  );
}
