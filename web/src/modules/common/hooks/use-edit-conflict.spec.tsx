import { act, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { initI18n } from '../../../i18n';
import { ApiRequestError } from '../../api/client';
import { ToastProvider } from '../components/Toasts';
import { useEditConflict } from './use-edit-conflict';

type Row = { id: string; version: number; title: string };
type Edit = { base: Row; title: string };

const theirs: Row = { id: 'fa1', version: 4, title: 'Their title' };
const changedMeanwhile = () =>
  new ApiRequestError({
    statusCode: 412,
    code: 'version_conflict',
    message: 'Changed meanwhile.',
    details: [],
    current: theirs,
    lastChange: { at: '2026-12-01T10:00:00Z', userName: 'Hanne', action: 'update', reason: null },
  });
const wrapper = ({ children }: { children: ReactNode }) => <ToastProvider>{children}</ToastProvider>;

describe('the edit-conflict flow', () => {
  beforeAll(() => initI18n('da'));

  function setUp(answers: (() => Promise<unknown>)[]) {
    const sent: number[] = [];
    const saved: Edit[] = [];
    const reloaded: Row[] = [];
    const failed: unknown[] = [];
    const hook = renderHook(
      () =>
        useEditConflict<Row, Edit>({
          save: (edit) => {
            sent.push(edit.base.version);
            return answers.shift()!();
          },
          onSaved: (edit) => saved.push(edit),
          onReload: (current) => reloaded.push(current),
          onFailed: (error) => failed.push(error),
        }),
      { wrapper },
    );
    return { hook, sent, saved, reloaded, failed };
  }

  it('keeps my edit when someone saved first, and re-applies it over their version', async () => {
    const { hook, sent, saved, failed } = setUp([() => Promise.reject(changedMeanwhile()), () => Promise.resolve({})]);
    await act(() => hook.result.current.send({ base: { id: 'fa1', version: 3, title: 'Old' }, title: 'Mine' }));
    expect(hook.result.current.conflict).toMatchObject({ edit: { title: 'Mine' }, current: theirs });
    expect(hook.result.current.conflict?.error.lastChange?.userName).toBe('Hanne');
    expect(failed).toEqual([]);

    await act(() => hook.result.current.reapply());
    expect(sent).toEqual([3, 4]);
    expect(saved).toEqual([{ base: theirs, title: 'Mine' }]);
    expect(hook.result.current.conflict).toBeNull();
  });

  it('reload shows their version, drops my edit and says so', async () => {
    const { hook, reloaded, saved } = setUp([() => Promise.reject(changedMeanwhile())]);
    await act(() => hook.result.current.send({ base: { id: 'fa1', version: 3, title: 'Old' }, title: 'Mine' }));
    act(() => hook.result.current.reload());
    expect(reloaded).toEqual([theirs]);
    expect(saved).toEqual([]);
    expect(hook.result.current.conflict).toBeNull();
    expect(await screen.findByText('Du ser nu den gemte udgave.', { exact: false })).toBeTruthy();
  });

  it('leaves any other refusal to the form, and Esc keeps the edit unsent', async () => {
    const refused = new ApiRequestError({ statusCode: 422, code: 'validation_failed', message: 'No.', details: [] });
    const { hook, failed, sent } = setUp([() => Promise.reject(refused), () => Promise.reject(changedMeanwhile())]);
    await act(() => hook.result.current.send({ base: { id: 'fa1', version: 3, title: 'Old' }, title: 'Mine' }));
    expect(failed).toEqual([refused]);
    expect(hook.result.current.conflict).toBeNull();
    await act(() => hook.result.current.send({ base: { id: 'fa1', version: 3, title: 'Old' }, title: 'Mine' }));
    act(() => hook.result.current.dismiss());
    expect(hook.result.current.conflict).toBeNull();
    expect(sent).toEqual([3, 3]);
  });
});
