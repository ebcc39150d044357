import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { renderApp } from '../../../testing/harness';
import { ReportDownloads } from './ReportDownloads';
import { ReportMenu } from './ReportMenu';

type Served = { status: number; headers?: Record<string, string>; chunks?: Uint8Array[]; json?: unknown };

/**
 * A fake of the report routes: each fetch waits until the test serves it, so the page can be seen
 * while the report is being made; a file comes in chunks, as over the wire.
 */
function fakeReports() {
  const asked: string[] = [];
  const pending: ((served: Served) => void)[] = [];
  globalThis.fetch = jest.fn((input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Promise<Response>((resolve) => {
      pending.push((s) => {
        const headers = new Map(Object.entries(s.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        const chunks = [...(s.chunks ?? [])];
        resolve({
          ok: s.status < 400,
          status: s.status,
          headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
          text: async () => JSON.stringify(s.json ?? null),
          body: { getReader: () => ({ read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true }) }) },
        } as unknown as Response);
      });
    });
  }) as unknown as typeof fetch;
  const serve = async (s: Served) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    await act(async () => (pending.shift() as (s: Served) => void)(s));
  };
  return { asked, serve };
}

const pdfFile = (name: string): Served => ({
  status: 200,
  headers: { 'content-type': 'application/pdf', 'content-length': '8', 'content-disposition': `attachment; filename="${name}"` },
  chunks: [new Uint8Array([37, 80, 68, 70]), new Uint8Array([45, 49, 46, 55])],
});

describe('ReportDownloads', () => {
  const saved: { name: string; size: number }[] = [];
  const thisYear = new Date().getFullYear();
  let blobs: Map<string, Blob>;

  beforeAll(() => initI18n('da'));
  beforeEach(() => {
    saved.length = 0;
    blobs = new Map();
    let n = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      const href = `blob:kompas/${++n}`;
      blobs.set(href, blob);
      return href;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, size: blobs.get(this.href)?.size ?? -1 });
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    act(() => void i18next.changeLanguage('da'));
  });

  it("makes this year's PDF in Danish, shows that it is being made with the buttons disabled, and saves it under the server's name", async () => {
    const api = fakeReports();
    renderApp(<ReportDownloads planId="p1" />);
    expect((screen.getByLabelText('År') as HTMLSelectElement).value).toBe(String(thisYear));
    expect((screen.getByLabelText('Periode') as HTMLSelectElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Hent PDF' }));
    expect(await screen.findByText('Danner rapport…')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Hent PDF' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Hent Excel' }) as HTMLButtonElement).disabled).toBe(true);
    expect(api.asked).toEqual([`/api/plans/p1/report.pdf?period=${thisYear}&lang=da`]);

    await api.serve(pdfFile(`kompas-hedensted-${thisYear}.pdf`));
    await waitFor(() => expect(saved).toEqual([{ name: `kompas-hedensted-${thisYear}.pdf`, size: 8 }]));
    expect(screen.getByTestId('report-status').textContent).toBe(`Rapporten er hentet: kompas-hedensted-${thisYear}.pdf`);
    expect((screen.getByRole('button', { name: 'Hent PDF' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText('Danner rapport…')).toBeNull();
  });

  it("asks for the chosen year and quarter as a workbook, narrowed to the committee page's committee", async () => {
    const api = fakeReports();
    renderApp(<ReportDownloads planId="p1" committeeIds={['c1']} planYears={[2026, 2027, 2028, 2029]} />);
    expect(screen.getByText('Kun udvalgets fokusområder, handlinger og data.')).toBeTruthy();
    const years = [...(screen.getByLabelText('År') as HTMLSelectElement).options].map((o) => o.value);
    expect(years).toContain('2029');
    fireEvent.change(screen.getByLabelText('År'), { target: { value: '2027' } });
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'K2' } });
    expect((screen.getByLabelText('Periode') as HTMLSelectElement).selectedOptions[0].textContent).toBe('2. kvartal');
    fireEvent.click(screen.getByRole('button', { name: 'Hent Excel' }));
    await waitFor(() => expect(api.asked).toEqual(['/api/plans/p1/report.xlsx?period=2027K2&lang=da&committeeId=c1']));
    await api.serve({
      ...pdfFile('kompas-laering-2027k2.xlsx'),
      headers: { 'content-disposition': 'attachment; filename="kompas-laering-2027k2.xlsx"' },
    });
    await waitFor(() => expect(saved.map((s) => s.name)).toEqual(['kompas-laering-2027k2.xlsx']));
  });

  it('says in words why a report could not be made, and lets the user try again', async () => {
    const api = fakeReports();
    renderApp(<ReportDownloads planId="p1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hent PDF' }));
    await api.serve({
      status: 400,
      json: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Invalid period',
        details: [{ field: 'period', code: 'invalid_period', message: '…' }],
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Rapporten kunne ikke dannes: perioden kan ikke bruges. Vælg et år, et halvår, et kvartal eller en måned.',
    );
    expect(saved).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Hent PDF' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('Danner rapport…')).toBeTruthy();
    await api.serve({ status: 503, json: { statusCode: 503, code: 'unavailable', message: 'down', details: [] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Rapporten kunne ikke dannes: .+/);
  });

  it('writes the report in the language of the UI', async () => {
    act(() => void i18next.changeLanguage('en'));
    const api = fakeReports();
    renderApp(<ReportDownloads planId="p1" />);
    fireEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText('Making the report…')).toBeTruthy();
    expect(api.asked).toEqual([`/api/plans/p1/report.pdf?period=${thisYear}&lang=en`]);
    await api.serve(pdfFile('kompas.pdf'));
    await waitFor(() => expect(saved).toHaveLength(1));
  });
});

describe('ReportMenu', () => {
  beforeAll(() => initI18n('da'));

  it('opens the downloads from one button and closes them with Escape, giving focus back to the button', async () => {
    fakeReports();
    renderApp(<ReportMenu planId="p1" />);
    const button = screen.getByRole('button', { name: 'Rapport' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Hent PDF' })).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('År')));
    fireEvent.keyDown(screen.getByLabelText('År'), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(screen.queryByRole('button', { name: 'Hent PDF' })).toBeNull();
  });
});
