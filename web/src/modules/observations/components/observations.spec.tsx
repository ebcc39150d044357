import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import type { PlanGraph } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { todayIso } from '../../../i18n/format';
import { queryKeys } from '../../api/hooks';
import type { Observation } from '../../api/types';
import { apiError, fakeApi, renderApp, Sent, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { latestEndedPeriod } from '../utils/observation-form';
import { ObservationHistory } from './ObservationHistory';
import { RecordObservationForm } from './RecordObservationForm';

const quarterly = { id: 'i1', type: 'quantitative' as const, cadence: 'quarterly' as const, unit: '%' };

const observation = (over: Partial<Observation> = {}): Observation => ({
  id: 'o1',
  indicatorId: 'i1',
  series: 'actual',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  period: '2026K1',
  value: 61.5,
  narrative: null,
  judgement: 'atRisk',
  sourceNote: 'Skolernes trivselsmåling',
  recordedAt: '2026-11-27T10:00:00.000Z',
  supersedesId: null,
  supersededById: null,
  example: false,
  recordedBy: { id: 'u-leder', name: 'Jonas Leder' },
  reason: null,
  ...over,
});

/** The fake API: the indicator's observations, and whatever a write answers. */
function serve(observations: Observation[], write: (s: Sent) => { status: number; body?: unknown } = () => ({ status: 201 })) {
  return fakeApi((s) => {
    if (s.method === 'GET' && s.path === '/api/indicators/i1/observations') return { status: 200, body: observations };
    if (s.method === 'POST') return write(s);
    return undefined;
  });
}

const periodInput = () => screen.getByTestId('period-input') as HTMLInputElement;

describe('recording an observation', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('starts at the latest ended period of the indicator’s cadence, offered in the picker', async () => {
    serve([]);
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
    const latest = latestEndedPeriod('quarterly', todayIso());
    expect(periodInput().value).toBe(latest.code);
    expect((screen.getByTestId('period-choice') as HTMLSelectElement).value).toBe(latest.code);
    expect(screen.getByLabelText('Periode (kvartalsvis)')).toBeTruthy();
    // Choosing another quarter in the picker writes its code into the field.
    const picker = screen.getByTestId('period-choice') as HTMLSelectElement;
    const other = picker.options[picker.options.length - 1].value;
    fireEvent.change(picker, { target: { value: other } });
    expect(periodInput().value).toBe(other);
  });

  it.each([
    ['2026', '1. jan. 2026 – 31. dec. 2026.'],
    ['2026H2', '1. jul. 2026 – 31. dec. 2026.'],
    ['2026K1', '1. jan. 2026 – 31. mar. 2026.'],
    ['2026q1', '1. jan. 2026 – 31. mar. 2026.'],
    ['2026M02', '1. feb. 2026 – 28. feb. 2026.'],
    ['2026-03-31', '31. mar. 2026 – 31. mar. 2026.'],
  ])('reads the period code %p as %s while it is typed', async (code, means) => {
    serve([]);
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
    fireEvent.change(periodInput(), { target: { value: code } });
    expect(screen.getByText(new RegExp(means.replace(/\./g, '\\.')))).toBeTruthy();
    expect(periodInput().getAttribute('aria-invalid')).toBeNull();
  });

  it.each(['2026K5', '2026H3', '2026M13', 'Q1 2026', '2026-02-30'])(
    'says at once that %p is no period, and sends nothing',
    async (code) => {
      const api = serve([]);
      renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
      fireEvent.change(periodInput(), { target: { value: code } });
      expect(screen.getByRole('alert').textContent).toMatch(/Perioden kendes ikke.*2026H1.*2026K1/);
      expect(periodInput().getAttribute('aria-invalid')).toBe('true');
      // The picker shows that the field holds no period it offers.
      expect((screen.getByTestId('period-choice') as HTMLSelectElement).value).toBe('');
      fireEvent.change(screen.getByTestId('value-input'), { target: { value: '4' } });
      fireEvent.click(screen.getByTestId('record-submit'));
      expect(api.writes()).toEqual([]);
    },
  );

  it('records the value typed with a decimal comma, the judgement and the source', async () => {
    const api = serve([], (s) => ({ status: 201, body: observation({ id: 'o9', value: (s.body as { value: number }).value }) }));
    const onRecorded = jest.fn();
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} onRecorded={onRecorded} />, users.member);
    fireEvent.change(periodInput(), { target: { value: '2026K2' } });
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: '1.234,5' } });
    fireEvent.change(screen.getByTestId('judgement-input'), { target: { value: 'onTrack' } });
    expect(within(screen.getByTestId('judgement-input')).getByText('På sporet')).toBeTruthy();
    fireEvent.change(screen.getByTestId('source-input'), { target: { value: 'Danmarks Statistik' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(api.writes()).toEqual([
      expect.objectContaining({
        path: '/api/indicators/i1/observations',
        body: { period: '2026K2', value: 1234.5, judgement: 'onTrack', sourceNote: 'Danmarks Statistik' },
      }),
    ]);
    expect(await screen.findByText('Målingen for 2026K2 er registreret.')).toBeTruthy();
  });

  it('refuses a value that is no number at the field', async () => {
    const api = serve([]);
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: 'ca. 60' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    expect(screen.getByText('Skriv et tal, fx 1.234,5.')).toBeTruthy();
    expect(screen.getByTestId('value-input').getAttribute('aria-invalid')).toBe('true');
    expect(api.writes()).toEqual([]);
  });

  it('a period that has an observation is corrected instead, and the form asks why', async () => {
    const api = serve([observation()], () => ({
      status: 201,
      body: observation({ id: 'o2', value: 63.1, supersedesId: 'o1', reason: 'Tastefejl' }),
    }));
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
    fireEvent.change(periodInput(), { target: { value: '2026K1' } });
    const existing = await screen.findByTestId('existing-observation');
    expect(existing.textContent).toContain('Der er allerede en måling for 2026K1: 61,5');
    // Recording it anew is not offered: it would be refused.
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: '63' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    expect(screen.getByText(/Ret den, eller vælg en anden periode/)).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.click(screen.getByTestId('offer-correction'));
    expect(screen.getByRole('heading', { name: 'Ret målingen' })).toBeTruthy();
    // The correction starts from what it corrects.
    expect((screen.getByTestId('value-input') as HTMLInputElement).value).toBe('61,5');
    expect((screen.getByTestId('judgement-input') as HTMLSelectElement).value).toBe('atRisk');
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: '63,1' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    expect(screen.getByText('Skriv, hvorfor målingen rettes.')).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.change(screen.getByTestId('correction-reason'), { target: { value: 'Tastefejl' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    expect(await screen.findByText('Målingen for 2026K1 er rettet.')).toBeTruthy();
    expect(api.writes()).toEqual([
      expect.objectContaining({
        path: '/api/observations/o1/supersede',
        body: { period: '2026K1', value: 63.1, judgement: 'atRisk', sourceNote: 'Skolernes trivselsmåling', reason: 'Tastefejl' },
      }),
    ]);
  });

  it('shows the server’s problem with a field at that field', async () => {
    serve([], () => ({
      ...apiError(400, 'validation_failed', 'bad', {
        details: [
          { field: 'sourceNote', code: 'max_length', message: 'sourceNote must be at most 2000 characters' },
          { field: 'period', code: 'invalid_period', message: 'not a period' },
        ],
      }),
    }));
    renderApp(<RecordObservationForm planId="p1" indicator={quarterly} />, users.member);
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    const source = screen.getByTestId('source-input');
    await waitFor(() => expect(source.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(source.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe('Teksten er for lang.');
    expect(periodInput().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Perioden er ugyldig.')).toBeTruthy();
    // Nothing said twice under the form.
    expect(screen.queryByText('Nogle felter er ikke udfyldt rigtigt.')).toBeNull();
  });

  it('asks for a narrative, not a number, for a qualitative indicator', async () => {
    const api = serve([], () => ({ status: 201, body: observation({ value: null, narrative: 'Godt forløb' }) }));
    renderApp(<RecordObservationForm planId="p1" indicator={{ ...quarterly, type: 'qualitative', unit: null }} />, users.member);
    expect(screen.queryByTestId('value-input')).toBeNull();
    fireEvent.click(screen.getByTestId('record-submit'));
    expect(screen.getByText('Skriv, hvad I har set.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('narrative-input'), { target: { value: 'Godt forløb' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0].body).toMatchObject({ narrative: 'Godt forløb' });
  });

  it('puts the new latest value on the map at once', async () => {
    serve([], () => ({
      status: 201,
      body: observation({ id: 'o9', periodStart: '2026-01-01', periodEnd: '2026-12-31', period: '2026', value: 88 }),
    }));
    const { client } = renderApp(<RecordObservationForm planId="p1" indicator={{ ...quarterly, cadence: 'yearly' }} />, users.member);
    client.setQueryData(queryKeys.graph('p1'), smallPlanGraph);
    fireEvent.change(periodInput(), { target: { value: '2026' } });
    fireEvent.change(screen.getByTestId('value-input'), { target: { value: '88' } });
    fireEvent.click(screen.getByTestId('record-submit'));
    await waitFor(() => {
      const graph = client.getQueryData<PlanGraph>(queryKeys.graph('p1'));
      const node = graph?.nodes.find((n) => n.id === 'i1');
      expect(node?.kind === 'indicator' && node.latest?.value).toBe(88);
    });
  });
});

describe('an indicator’s observation history', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  const corrected = [
    observation({ supersededById: 'o2' }),
    observation({
      id: 'o2',
      value: 1234.5,
      judgement: 'onTrack',
      supersedesId: 'o1',
      recordedAt: '2026-11-28T09:00:00.000Z',
      recordedBy: { id: 'u-k', name: 'Karen Korrektur' },
      reason: 'Tastefejl i skolens indberetning',
    }),
    observation({ id: 'o3', periodStart: '2026-04-01', periodEnd: '2026-06-30', period: '2026K2', value: 70, judgement: null }),
  ];

  it('lists the newest period first, and strikes a corrected one through with who corrected it and why', async () => {
    serve(corrected);
    renderApp(<ObservationHistory planId="p1" indicator={quarterly} canRecord={false} />);
    const rows = await screen.findAllByTestId('observation-row');
    expect(rows.map((r) => r.getAttribute('data-observation-id'))).toEqual(['o3', 'o2', 'o1']);
    const old = rows[2];
    expect(old.getAttribute('data-superseded')).toBe('true');
    expect(old.querySelector('del')?.textContent).toBe('61,5 %');
    expect(within(old).getByText('Erstattet')).toBeTruthy();
    expect(within(old).getByTestId('observation-corrected').textContent).toBe(
      'Erstattet 28. nov. 2026 af Karen Korrektur med 1.234,5 %. Begrundelse: Tastefejl i skolens indberetning',
    );
    expect(within(old).getByTestId('observation-recorded').textContent).toBe('Registreret 27. nov. 2026 af Jonas Leder.');
    const current = rows[1];
    expect(current.querySelector('del')).toBeNull();
    expect(within(current).getByTestId('observation-value').textContent).toBe('1.234,5 % · På sporet');
    expect(within(current).getByTestId('observation-recorded').textContent).toContain('Rettet 28. nov. 2026 af Karen Korrektur.');
    // Reading only: nothing to correct.
    expect(screen.queryByTestId('correct-observation')).toBeNull();
  });

  it('numbers and dates follow the chosen language', async () => {
    serve(corrected);
    await act(() => i18next.changeLanguage('en'));
    renderApp(<ObservationHistory planId="p1" indicator={quarterly} canRecord={false} />);
    const rows = await screen.findAllByTestId('observation-row');
    expect(within(rows[1]).getByTestId('observation-value').textContent).toBe('1,234.5 % · On track');
    expect(within(rows[2]).getByTestId('observation-corrected').textContent).toContain(
      'Replaced 28 Nov 2026 by Karen Korrektur with 1,234.5 %.',
    );
    expect(within(rows[0]).getByText('2026Q2')).toBeTruthy();
  });

  it('offers "Ret" on each current observation to whoever may record, and corrects from there with a reason', async () => {
    const api = serve(corrected, () => ({ status: 201, body: observation({ id: 'o4', period: '2026K2', supersedesId: 'o3' }) }));
    renderApp(<ObservationHistory planId="p1" indicator={quarterly} canRecord />, users.member);
    const rows = await screen.findAllByTestId('observation-row');
    expect(rows.map((r) => !!within(r).queryByTestId('correct-observation'))).toEqual([true, true, false]);
    fireEvent.click(within(rows[0]).getByRole('button', { name: 'Ret målingen for 2026K2' }));
    const form = await within(rows[0]).findByTestId('record-observation-form');
    await waitFor(() => expect((within(form).getByTestId('value-input') as HTMLInputElement).value).toBe('70'));
    fireEvent.change(within(form).getByTestId('value-input'), { target: { value: '71' } });
    fireEvent.change(within(form).getByTestId('correction-reason'), { target: { value: 'Endeligt tal' } });
    fireEvent.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]).toMatchObject({ path: '/api/observations/o3/supersede', body: { value: 71, reason: 'Endeligt tal' } });
  });

  it('says so when there are none yet', async () => {
    serve([]);
    renderApp(<ObservationHistory planId="p1" indicator={quarterly} canRecord />);
    expect((await screen.findByTestId('observation-history')).textContent).toBe('Der er endnu ingen målinger.');
  });
});
