import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { ImportProgress, sendPlanDocument } from './use-plan-import';

/** A stand-in for the browser's request object: it reports the upload in steps, then answers as told. */
class FakeXhr {
  static last: FakeXhr;
  static answer: { status: number; body: string } | 'offline' = { status: 200, body: '{}' };
  upload: { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  url = '';
  headers: Record<string, string> = {};
  sent: unknown;
  constructor() {
    FakeXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.sent = body;
    for (const loaded of [body.size / 2, body.size]) this.upload.onprogress?.({ loaded, total: body.size, lengthComputable: true });
    this.upload.onload?.();
    const answer = FakeXhr.answer;
    if (answer === 'offline') return this.onerror?.();
    this.status = answer.status;
    this.responseText = answer.body;
    this.onload?.();
  }
}

describe('sending a plan document', () => {
  const file = new Blob(['x'.repeat(1000)], { type: 'application/json' });
  beforeEach(() => {
    globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });

  it('sends the file as it is, as a dry run when asked, and reports how much is sent, then that Kompas works on it', async () => {
    FakeXhr.answer = { status: 200, body: JSON.stringify({ counts: {}, problems: [], sameAs: [] }) };
    const seen: ImportProgress[] = [];
    await expect(sendPlanDocument(file, true, (p) => seen.push(p))).resolves.toEqual({ counts: {}, problems: [], sameAs: [] });
    expect(FakeXhr.last.url).toBe('/api/plans/import?dryRun=true');
    expect(FakeXhr.last.headers['Content-Type']).toBe('application/json');
    expect(FakeXhr.last.sent).toBe(file);
    expect(seen).toEqual([
      { phase: 'sending', loaded: 0, total: 1000 },
      { phase: 'sending', loaded: 500, total: 1000 },
      { phase: 'sending', loaded: 1000, total: 1000 },
      { phase: 'working', loaded: 1000, total: 1000 },
    ]);
    await sendPlanDocument(file, false, () => undefined);
    expect(FakeXhr.last.url).toBe('/api/plans/import');
  });

  it('answers a refusal with its code and fields, and a lost connection or a bare server failure as no connection', async () => {
    FakeXhr.answer = {
      status: 400,
      body: JSON.stringify({
        statusCode: 400,
        code: 'invalid_json',
        message: 'not JSON',
        details: [{ field: '', code: 'invalid_json', message: 'x' }],
      }),
    };
    const refused = await sendPlanDocument(file, true, () => undefined).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect((refused as ApiRequestError).details.map((d) => d.code)).toEqual(['invalid_json']);
    FakeXhr.answer = 'offline';
    await expect(sendPlanDocument(file, true, () => undefined)).rejects.toBeInstanceOf(ApiUnreachableError);
    FakeXhr.answer = { status: 502, body: '<html>Bad gateway</html>' };
    await expect(sendPlanDocument(file, true, () => undefined)).rejects.toBeInstanceOf(ApiUnreachableError);
  });
});
