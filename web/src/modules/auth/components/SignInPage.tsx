import { FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { apiErrorMessage } from '../../common/utils/api-error-message';
import { formatDuration } from '../../../i18n/format';
import { useRouter, useSearch } from '@tanstack/react-router';
import { safeReturnPath } from '../../../router/sign-in';
import { LanguageSwitch } from '../../toolbar/components/LanguageSwitch';
import { useAuthConfig, useSignIn } from '../hooks/use-auth';
import { DemoMarker } from './DemoMarker';

/** The password every demo account shares (demo mode only). */
export const DEMO_PASSWORD = 'kompas-demo';

/** Signing in: username and password, clear refusals, and in demo mode the demo accounts to pick from. */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const config = useAuthConfig();
  const signIn = useSignIn();
  const router = useRouter();
  const { next } = useSearch({ from: '/sign-in' });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const demo = config.data?.demo ?? false;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('signIn.missing'));
      (username.trim() ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setError(null);
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => void router.navigate({ href: safeReturnPath(next), replace: true }),
        onError: (failure) => {
          setError(signInErrorMessage(failure, t, i18n.language));
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const pickDemoUser = (name: string) => {
    setUsername(name);
    setError(null);
    passwordRef.current?.focus();
  };

  return (
    <div className="kompas-app">
      <header className="kompas-header">
        <span className="kompas-logo">
          <span aria-hidden="true">◈</span> Kompas
        </span>
        {demo && <DemoMarker />}
        <div className="kompas-header__end">
          <LanguageSwitch />
        </div>
      </header>
      <main className="kompas-body kompas-signin">
        <form className="kompas-signin__form" onSubmit={handleSubmit} noValidate data-testid="signin-form" aria-labelledby="signin-title">
          <h1 id="signin-title">{t('signIn.title')}</h1>
          <p className="kompas-muted">{t('signIn.intro')}</p>
          {error && (
            <p className="kompas-field__error kompas-signin__error" role="alert" id={errorId} data-testid="signin-error">
              {error}
            </p>
          )}
          <div className="kompas-field">
            <label htmlFor="signin-username">{t('signIn.username')}</label>
            <input
              ref={usernameRef}
              id="signin-username"
              name="username"
              data-testid="signin-username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              // The page exists to sign in: start where the user types.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="kompas-field">
            <label htmlFor="signin-password">{t('signIn.password')}</label>
            <input
              ref={passwordRef}
              id="signin-password"
              name="password"
              type="password"
              data-testid="signin-password"
              autoComplete="current-password"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="is-primary kompas-signin__submit" disabled={signIn.isPending} data-testid="signin-submit">
            {signIn.isPending ? t('signIn.working') : t('signIn.submit')}
          </button>
        </form>
        {demo && config.data && config.data.demoUsers.length > 0 && (
          <section className="kompas-signin__demo" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
            <h2 id="demo-accounts-title">{t('signIn.demoTitle')}</h2>
            <p>{t('signIn.demoHint', { password: DEMO_PASSWORD })}</p>
            <ul>
              {config.data.demoUsers.map((user) => (
                <li key={user.username}>
                  <button
                    type="button"
                    className="is-link"
                    onClick={() => pickDemoUser(user.username)}
                    data-testid={`demo-user-${user.username}`}
                  >
                    {user.username}
                  </button>{' '}
                  <span className="kompas-muted">
                    {t(`role.${user.role}`)}
                    {user.scope ? ` · ${user.scope}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}

/** A refused sign-in in words: wrong password, or how long to wait after too many attempts. */
export function signInErrorMessage(error: unknown, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  if (error instanceof ApiUnreachableError) return t('errors.unreachable');
  if (error instanceof ApiRequestError) {
    if (error.code === 'invalid_credentials') return t('signIn.wrong');
    if (error.code === 'too_many_attempts')
      return error.retryAfter ? t('signIn.tooManyWait', { wait: formatDuration(error.retryAfter, language) }) : t('signIn.tooMany');
  }
  return apiErrorMessage(error, t);
}
