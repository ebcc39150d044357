import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { fakeApi, renderAt, users } from '../../../testing/harness';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import type { ObservationImportPreview } from '../utils/import-file';

/** A stand-in for the browser's request object: it reports the upload, then waits until the test answers. */
class FakeXhr {
  static all: FakeXhr[] = [];
  upload: { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  url = '';
  headers: Record<string, string> = {};
  sent: Blob | null = null;
  constructor() {
    FakeXhr.all.push(this);
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.sent = body;
    this.upload.onprogress?.({ loaded: body.size / 2, total: body.size, lengthComputable: true });
  }
  /** The upload ends and Kompas answers. */
  answer(status: number, body: unknown) {
    this.upload.onload?.();
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const preview = (over: Partial<ObservationImportPreview> = {}): ObservationImportPreview => ({
  file: { format: 'csv', encoding: 'utf-8', bom: false, delimiter: ';', decimal: 'comma' },
  columns: ['indicator', 'period', 'value'],
  counts: { rows: 2, new: 1, unchanged: 0, corrections: 1, problems: 0 },
  rows: [
    {
      row: 2,
      cells: { indicator: 'Trivselsmåling', period: '2026', value: '81,5' },
      indicatorId: 'i1',
      indicatorTitle: 'Trivselsmåling',
      period: '2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      series: 'actual',
      value: 81.5,
      narrative: null,
      judgement: null,
      sourceNote: null,
      status: 'new',
      current: null,
    },
    {
      row: 3,
      cells: { indicator: 'Trivselsmåling', period: '2025', value: '1.234,5' },
      indicatorId: 'i1',
      indicatorTitle: 'Trivselsmåling',
      period: '2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      series: 'actual',
      value: 1234.5,
      narrative: null,
      judgement: null,
      sourceNote: null,
      status: 'correction',
      current: { id: 'o1', value: 80, narrative: null, judgement: null, sourceNote: null, example: false },
    },
  ],
  problems: [],
  ...over,
});

const withProblems = (): ObservationImportPreview => {
  const clean = preview();
  return preview({
    file: { format: 'csv', encoding: 'windows-1252', bom: false, delimiter: ';', decimal: 'comma' },
    counts: { rows: 2, new: 1, unchanged: 0, corrections: 0, problems: 2 },
    rows: [
      clean.rows[0],
      { ...clean.rows[1], cells: { indicator: 'Trivselsmåling', period: '2025K9', value: '3.5' }, status: null, current: null },
    ],
    problems: [
      { field: 'rows.3.period', row: 3, column: 'period', code: 'invalid_period', message: 'not a period code' },
      { field: 'rows.3.value', row: 3, column: 'value', code: 'mixed_decimals', message: 'mixed' },
    ],
  });
};

/** The n-th request sent with a file, once the app has sent it. */
const sent = async (n: number): Promise<FakeXhr> => {
  await waitFor(() => expect(FakeXhr.all.length).toBeGreaterThan(n));
  return FakeXhr.all[n];
};

const choose = (name: string, text = 'indikator;periode;værdi\n') =>
  fireEvent.change(screen.getByTestId('observation-import-file'), { target: { files: [new File([text], name)] } });

describe('importing observations from a file, in the app', () => {
  beforeAll(() => initI18n('da'));
  beforeEach(() => {
    FakeXhr.all = [];
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
    fakeApi(({ method, path }) => {
      if (method === 'GET' && path === '/api/plans/p/graph') return { status: 200, body: smallPlanGraph };
      if (method === 'GET' && path === '/api/plans') return { status: 200, body: [] };
    });
  });
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('shows the preview with each problem at its cell and the encoding, and keeps the import closed while there are problems', async () => {
    renderAt('/plans/p/import', users.member);
    expect(await screen.findByRole('heading', { name: 'Indlæs målinger fra en fil' })).toBeTruthy();
    choose('målinger.csv');
    const xhr = await sent(0);
    expect(xhr.url).toBe('/api/plans/p/observations/import?dryRun=true');
    expect(xhr.headers['Content-Type']).toBe('text/csv');
    // While the file is on its way: how much is sent.
    expect(screen.getByTestId('observation-import-progress').textContent).toContain('Sender filen');
    act(() => xhr.answer(200, withProblems()));

    const period = await screen.findByText((_, el) => el?.getAttribute('data-cell') === '3:period');
    expect(period.className).toContain('is-problem');
    expect(period.textContent).toContain('»2025K9« er ikke en periode');
    const value = document.querySelector('[data-cell="3:value"]') as HTMLElement;
    expect(value.textContent).toContain('»3.5« er skrevet med et andet decimaltegn end filens andre tal, som bruger decimalkomma.');
    expect(document.querySelector('[data-cell="2:period"]')?.className).not.toContain('is-problem');
    expect(screen.getAllByTestId('observation-import-problem-cell')).toHaveLength(2);
    expect(screen.getByTestId('observation-import-encoding').textContent).toContain('læst som Windows-1252');
    expect(screen.getByTestId('observation-import-decimal').textContent).toBe('Decimaltegn: komma (1.234,5)');
    expect(screen.getByText('Filen har 2 problemer. Ret dem i filen, og vælg den igen.')).toBeTruthy();
    expect((screen.getByTestId('observation-import-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect(FakeXhr.all).toHaveLength(1);
  });

  it('imports a clean file on confirmation, showing new rows and corrections with their old value first', async () => {
    renderAt('/plans/p/import', users.member);
    await screen.findByTestId('observation-import-file');
    choose('målinger.xlsx');
    expect((await sent(0)).headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    act(() => FakeXhr.all[0].answer(200, preview()));
    const rows = await screen.findAllByTestId('observation-import-row');
    expect(rows.map((r) => within(r).getByTestId('observation-import-status').textContent)).toEqual(['Ny måling', 'Retter 80']);
    expect(screen.getByTestId('observation-import-count-corrections').textContent).toBe('1');
    const confirm = screen.getByTestId('observation-import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    const xhr = await sent(1);
    expect(xhr.url).toBe('/api/plans/p/observations/import');
    expect(xhr.sent).toBe(FakeXhr.all[0].sent);
    act(() => xhr.answer(201, { written: 2, unchanged: 0, corrected: 1 }));
    expect((await screen.findByTestId('observation-import-done')).textContent).toContain(
      '2 målinger er gemt, heraf 1 rettelser; 0 uændrede rækker blev sprunget over.',
    );
  });

  it('says which rows were refused when the server refuses the import, in the chosen language', async () => {
    await act(() => i18next.changeLanguage('en'));
    renderAt('/plans/p/import', users.member);
    await screen.findByTestId('observation-import-file');
    choose('observations.csv');
    const first = await sent(0);
    act(() => first.answer(200, preview()));
    fireEvent.click(await screen.findByTestId('observation-import-confirm'));
    const second = await sent(1);
    act(() =>
      second.answer(403, {
        statusCode: 403,
        code: 'forbidden',
        message: 'You may not …',
        details: [{ field: 'rows.2.indicator', row: 2, column: 'indicator', code: 'forbidden', message: 'other unit' }],
        reason: { code: 'other_committee', params: {} },
      }),
    );
    const failed = await screen.findByTestId('observation-import-failed');
    expect(failed.textContent).toContain('Row 2');
    expect(failed.textContent).toContain('You may not record observations of');
  });

  it('refuses a file that is neither CSV nor Excel before sending it', async () => {
    renderAt('/plans/p/import', users.member);
    await screen.findByTestId('observation-import-file');
    choose('noter.txt');
    expect(screen.getByTestId('observation-import-wrong-file').textContent).toBe(
      '»noter.txt« er hverken en CSV-fil eller en Excel-projektmappe (.xlsx).',
    );
    expect(FakeXhr.all).toHaveLength(0);
  });

  it('offers no file picker to someone who may record no indicator of the plan', async () => {
    renderAt('/plans/p/import', users.viewer);
    expect(await screen.findByText('Du kan ikke registrere målinger for nogen indikator i denne plan.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('observation-import-file')).toBeNull());
  });
});
