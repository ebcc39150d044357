import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { apiError, fakeApi, renderAt } from '../../../testing/harness';

const config = (demo: boolean) => ({
  status: 200,
  body: {
    demo,
    demoUsers: demo
      ? [
          { username: 'udvalg', role: 'committeeMember', description: 'Member of Udvalget for Læring', scope: 'Udvalget for Læring' },
          { username: 'laeser', role: 'viewer', description: 'Viewer', scope: null },
        ]
      : [],
  },
});

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByTestId('signin-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('signin-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('signin-submit'));
}

describe('the sign-in page', () => {
  beforeAll(() => initI18n('da'));
  beforeEach(() => window.history.replaceState(null, '', '/sign-in'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('says a wrong password plainly, keeps the username and asks for the password again', async () => {
    const api = fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/auth/login') return config(false);
      if (method === 'POST' && path === '/api/auth/login') return apiError(401, 'invalid_credentials', 'Wrong username or password.');
    });
    renderAt('/sign-in', null);
    await signIn('udvalg', 'forkert');
    expect(await screen.findByTestId('signin-error')).toHaveProperty('textContent', 'Forkert brugernavn eller adgangskode. Prøv igen.');
    expect(api.writes()[0]).toMatchObject({ path: '/api/auth/login', body: { username: 'udvalg', password: 'forkert' } });
    expect(screen.getByTestId('signin-username')).toHaveProperty('value', 'udvalg');
    expect(screen.getByTestId('signin-password')).toHaveProperty('value', '');
    expect(document.activeElement).toBe(screen.getByTestId('signin-password'));
    expect(screen.getByTestId('signin-password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('demo-marker')).toBeNull();
  });

  it('after too many attempts says how long to wait, from Retry-After', async () => {
    fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/auth/login') return config(false);
      if (path === '/api/auth/login')
        return { ...apiError(429, 'too_many_attempts', 'Too many attempts.'), headers: { 'Retry-After': '90' } };
    });
    renderAt('/sign-in', null);
    await signIn('udvalg', 'igen');
    expect((await screen.findByTestId('signin-error')).textContent).toBe('For mange forkerte forsøg. Vent 2 minutter, og prøv igen.');
    act(() => void i18next.changeLanguage('en'));
    await signIn('udvalg', 'again');
    await waitFor(() =>
      expect(screen.getByTestId('signin-error').textContent).toBe('Too many failed attempts. Wait 2 minutes and try again.'),
    );
  });

  it('asks for both fields before asking the server', async () => {
    const api = fakeApi(({ method, path }) => (method === 'GET' && path === '/api/auth/login' ? config(false) : undefined));
    renderAt('/sign-in', null);
    await signIn('udvalg', '');
    expect((await screen.findByTestId('signin-error')).textContent).toBe('Skriv både brugernavn og adgangskode.');
    expect(api.writes()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByTestId('signin-password'));
  });

  it('in demo mode shows the demo marker and the demo accounts; picking one fills the username', async () => {
    fakeApi(({ method, path }) => (method === 'GET' && path === '/api/auth/login' ? config(true) : undefined));
    renderAt('/sign-in', null);
    expect(await screen.findByTestId('demo-marker')).toHaveProperty('textContent', expect.stringContaining('DEMO'));
    expect(screen.getByText(/adgangskoden er kompas-demo/)).toBeTruthy();
    expect(screen.getByText(/Udvalgsmedlem · Udvalget for Læring/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('demo-user-udvalg'));
    expect(screen.getByTestId('signin-username')).toHaveProperty('value', 'udvalg');
    expect(document.activeElement).toBe(screen.getByTestId('signin-password'));
  });

  it('returns to where the user was going once signed in, but never to another site', async () => {
    fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/auth/login') return config(true);
      if (path === '/api/auth/login') return { status: 200, body: { user: { id: 'u', name: 'Mette Udvalg', roles: ['committeeMember'] } } };
    });
    const first = renderAt(`/sign-in?next=${encodeURIComponent('/plans/p1/nodes/fa1?committee=c1')}`, null);
    await signIn('udvalg', 'kompas-demo');
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/plans/p1/nodes/fa1?committee=c1'));
    first.unmount();

    renderAt(`/sign-in?next=${encodeURIComponent('//evil.example/plans')}`, null);
    await signIn('udvalg', 'kompas-demo');
    await waitFor(() => expect(window.location.pathname).toBe('/'));
  });
});
