import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../../i18n';
import { ToastProvider, useToast } from './Toasts';

function Buttons() {
  const toast = useToast();
  return (
    <>
      <button type="button" onClick={() => toast.show('error', 'Det har du ikke ret til.')}>
        refuse
      </button>
      <button type="button" onClick={() => toast.show('success', 'Gemt.')}>
        save
      </button>
      <button type="button" onClick={() => toast.show('info', 'Ingen ændringer.')}>
        nothing
      </button>
    </>
  );
}

describe('messages', () => {
  beforeAll(() => initI18n('da'));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('an error does not outlive a later success', () => {
    render(
      <ToastProvider>
        <Buttons />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByText('refuse'));
    expect(screen.getByRole('alert').textContent).toContain('Det har du ikke ret til.');
    // A mere note does not take the error away; the next success does.
    fireEvent.click(screen.getByText('nothing'));
    expect(screen.queryByRole('alert')).not.toBeNull();
    act(() => jest.advanceTimersByTime(1000));
    fireEvent.click(screen.getByText('save'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByTestId('toast').map((t) => t.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Gemt.')]));
  });
});
