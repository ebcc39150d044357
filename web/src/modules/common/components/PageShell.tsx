import { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CurrentUser } from '../../auth/components/CurrentUser';
import { DemoMarker } from '../../auth/components/DemoMarker';
import { useCurrentUser } from '../../auth/current-user';
import { LanguageSwitch } from '../../toolbar/components/LanguageSwitch';
import { AppNav, AppPage } from './AppNav';

type PageShellProps = {
  current: AppPage;
  /** The page's own tools, after the pages (the map's plan picker and search). */
  tools?: ReactNode;
  /** The page's own tools at the end, before the language (the map's list-view toggle). */
  endTools?: ReactNode;
  children: ReactNode;
};

/** Every page's frame: the same header (logo, demo marker, pages, the page's tools, language, who is signed in) over its content. */
export function PageShell({ current, tools, endTools, children }: PageShellProps) {
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
        {tools}
        <div className="kompas-header__end">
          {endTools}
          <LanguageSwitch />
          <CurrentUser />
        </div>
      </header>
      <main className="kompas-body">{children}</main>
    </div>
  );
}
