import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import type { FocusAreaNode } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { todayIso } from '../../../i18n/format';
import { apiError, fakeApi, renderApp, Sent, users } from '../../../testing/harness';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import type { Assessment } from '../types';
import { AssessmentsTab } from './AssessmentsTab';

const focusArea = graph.nodes.find((n) => n.id === 'fa1') as FocusAreaNode;
const committees = [
  { id: 'c1', name: 'Udvalget for Læring' },
  { id: 'c2', name: 'Økonomiudvalget' },
];

const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  id: 'as1',
  planId: 'p',
  nodeId: 'fa1',
  nodeKind: 'focusArea',
  date: '2026-05-01',
  status: 'atRisk',
  reflection: 'Trivslen falder i udskolingen',
  evidence: { indicatorIds: ['i1'], observationIds: [], kinds: ['survey'] },
  proposedAdjustment: null,
  proposal: 'none',
  answeredBy: null,
  declined: null,
  authorId: 'u-udvalg',
  authorName: 'Mette Udvalg',
  createdAt: '2026-05-01T10:00:00.000Z',
  ...over,
});

const newest = assessment({
  id: 'as2',
  date: '2026-06-01',
  status: 'offTrack',
  reflection: 'Målingen viser et fald',
  proposedAdjustment: 'Flyt midler til trivselsvejledere',
  proposal: 'open',
});
const declined = assessment({
  id: 'as0',
  date: '2026-03-01',
  status: 'onTrack',
  reflection: 'Godt i gang',
  evidence: { indicatorIds: [], observationIds: [], kinds: [] },
  proposedAdjustment: 'Udvid til alle skoler',
  proposal: 'declined',
  declined: {
    decision: {
      decidedBy: 'committee',
      committeeId: 'c1',
      committeeName: 'Udvalget for Læring',
      decidedAt: '2026-04-02',
      caseNumber: '26/77',
    },
    reason: 'For tidligt',
    byName: 'Mette Udvalg',
    at: '2026-04-02T10:00:00.000Z',
  },
});

function serve(list: Assessment[], write: (s: Sent) => { status: number; body?: unknown } = (s) => ({ status: 201, body: s.body })) {
  return fakeApi((s) => {
    if (s.method === 'GET' && s.path === '/api/nodes/fa1/assessments') return { status: 200, body: list };
    if (s.method === 'POST') return write(s);
    return undefined;
  });
}

describe('the Vurderinger tab', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('lists the assessments newest first with date, status word, reflection, evidence and the proposal’s state', async () => {
    serve([newest, assessment(), declined]);
    renderApp(<AssessmentsTab planId="p" node={focusArea} graph={graph} committees={committees} />, users.viewer);
    const items = await screen.findAllByTestId('assessment');
    expect(items.map((i) => within(i).getByTestId('assessment-status').textContent)).toEqual([
      '■ Ude af sporet',
      '▲ I risiko',
      '● På sporet',
    ]);
    expect(items[0].textContent).toContain('1. jun. 2026');
    expect(items[0].textContent).toContain('Målingen viser et fald');
    expect(within(items[0]).getByTestId('proposal-state').textContent).toContain('Åbent');
    expect(within(items[1]).getByTestId('assessment-evidence').textContent).toBe('Grundlag: Trivselsmåling · Spørgeundersøgelse');
    expect(within(items[2]).getByTestId('proposal-state').textContent).toContain('Afvist');
    expect(within(items[2]).getByTestId('proposal-declined').textContent).toBe(
      'Afvist: Udvalget for Læring, 2. apr. 2026, sag 26/77. Begrundelse: For tidligt',
    );
    // A reader may neither assess nor decline.
    expect(screen.queryByTestId('assessment-form')).toBeNull();
    expect(screen.queryByTestId('decline-proposal')).toBeNull();
    expect(screen.getByTestId('assess-note')).toBeTruthy();
  });

  it('says so when there are none', async () => {
    serve([]);
    renderApp(<AssessmentsTab planId="p" node={focusArea} graph={graph} committees={committees} />, users.member);
    expect((await screen.findByTestId('assessment-list')).textContent).toBe('Ingen vurderinger endnu.');
  });

  it('lets the focus area’s committee member assess it, with evidence and a proposal, dated today by default', async () => {
    const api = serve([]);
    renderApp(<AssessmentsTab planId="p" node={focusArea} graph={graph} committees={committees} />, users.member);
    const form = within(await screen.findByTestId('assessment-form'));
    expect((form.getByTestId('assessment-date') as HTMLInputElement).value).toBe(todayIso());
    // Without a status and a reflection nothing is sent.
    fireEvent.click(form.getByTestId('assessment-submit'));
    expect(form.getByText('Vælg en vurdering.')).toBeTruthy();
    expect(form.getByText('Skal udfyldes.')).toBeTruthy();
    expect(api.writes()).toHaveLength(0);

    fireEvent.click(form.getByTestId('assessment-status-offTrack'));
    fireEvent.change(form.getByTestId('assessment-reflection'), { target: { value: 'Trivslen falder' } });
    fireEvent.click(form.getByLabelText('Trivselsmåling'));
    fireEvent.click(form.getByLabelText('Dialog med borgere og virksomheder'));
    fireEvent.change(form.getByTestId('assessment-proposal-input'), { target: { value: 'Flyt midler' } });
    fireEvent.click(form.getByTestId('assessment-submit'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]).toMatchObject({
      path: '/api/assessments',
      body: {
        nodeId: 'fa1',
        date: todayIso(),
        status: 'offTrack',
        reflection: 'Trivslen falder',
        evidence: { indicatorIds: ['i1'], observationIds: [], kinds: ['dialogue'] },
        proposedAdjustment: 'Flyt midler',
      },
    });
    expect(await screen.findByText('Vurderingen er gemt.')).toBeTruthy();
  });

  it('shows the server’s refusal in words', async () => {
    serve([], () => apiError(403, 'forbidden', 'no', { reason: { code: 'other_committee', params: { committeeId: 'c1' } } }));
    renderApp(<AssessmentsTab planId="p" node={focusArea} graph={graph} committees={committees} />, users.member);
    const form = within(await screen.findByTestId('assessment-form'));
    fireEvent.click(form.getByTestId('assessment-status-onTrack'));
    fireEvent.change(form.getByTestId('assessment-reflection'), { target: { value: 'Fint' } });
    fireEvent.click(form.getByTestId('assessment-submit'));
    expect((await form.findByTestId('assessment-error')).textContent).toMatch(/udvalg/i);
  });

  it('declines an open proposal with its decision and reason; a director may too', async () => {
    const api = serve([newest]);
    renderApp(<AssessmentsTab planId="p" node={focusArea} graph={graph} committees={committees} />, {
      ...users.viewer,
      id: 'u-dir',
      name: 'Hanne Direktør',
      roles: ['director'],
    });
    fireEvent.click(await screen.findByTestId('decline-proposal'));
    const dialog = within(screen.getByTestId('decline-dialog'));
    expect(dialog.getByText('Flyt midler til trivselsvejledere')).toBeTruthy();
    expect((dialog.getByTestId('decision-committee') as HTMLSelectElement).value).toBe('c1');
    fireEvent.click(dialog.getByTestId('decline-confirm'));
    expect(dialog.getAllByText('Skal udfyldes.')).toHaveLength(2);
    expect(api.writes()).toHaveLength(0);
    fireEvent.change(dialog.getByTestId('decision-case'), { target: { value: '26/1234' } });
    fireEvent.change(dialog.getByTestId('decision-date'), { target: { value: '2026-06-10' } });
    fireEvent.change(dialog.getByTestId('decline-reason'), { target: { value: 'Midlerne er bundet' } });
    fireEvent.click(dialog.getByTestId('decline-confirm'));
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]).toMatchObject({
      path: '/api/assessments/as2/decline',
      body: {
        decision: { decidedBy: 'committee', committeeId: 'c1', decidedAt: '2026-06-10', caseNumber: '26/1234' },
        reason: 'Midlerne er bundet',
      },
    });
    expect(await screen.findByText('Forslaget er afvist.')).toBeTruthy();
  });
});
