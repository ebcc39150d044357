import { screen } from '@testing-library/react';
import { MAX_REASON, MAX_USER_NAME, MIN_PASSWORD } from '@kompas/domain';
import type { Me } from '../../api/types';
import { renderApp, users } from '../../../testing/harness';
import { UserForm } from '../../users/components/UserForm';
import { ReasonField } from './ReasonField';

describe('the forms hold texts to the API’s limits', () => {
  it('a reason takes at most what the API accepts', () => {
    renderApp(<ReasonField id="r" value="" onChange={() => undefined} />);
    expect((screen.getByTestId('reason-input') as HTMLTextAreaElement).maxLength).toBe(MAX_REASON);
  });

  it('a user’s name and new password have the API’s bounds', () => {
    const admin: Me = { ...users.viewer, id: 'u-admin', roles: ['administrator'] };
    const { container } = renderApp(
      <UserForm
        user={null}
        meId={admin.id}
        committees={[]}
        planTitles={new Map()}
        units={[]}
        onDone={() => undefined}
        onReload={async () => null}
      />,
      admin,
    );
    expect((container.querySelector('input[name="name"]') as HTMLInputElement).maxLength).toBe(MAX_USER_NAME);
    expect((container.querySelector('input[name="password"]') as HTMLInputElement).minLength).toBe(MIN_PASSWORD);
  });
});
