import { Locator, Page } from '@playwright/test';

/** The sign-in page as a user sees it. */
export class SignInPage {
  readonly form: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly demoMarker: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('signin-form');
    this.username = page.getByTestId('signin-username');
    this.password = page.getByTestId('signin-password');
    this.submit = page.getByTestId('signin-submit');
    this.error = page.getByTestId('signin-error');
    this.demoMarker = page.getByTestId('demo-marker');
  }

  demoAccount(username: string): Locator {
    return this.page.getByTestId(`demo-user-${username}`);
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submit.click();
  }
}
