import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { fileNameOf } from './report-request';

/** How far a report has come: made by the server (no byte yet), then received (bytes of the total, when known). */
export type ReportProgress = { phase: 'making' } | { phase: 'receiving'; loaded: number; total: number | null };

/**
 * Fetches a report as a file (a Blob), reporting its progress, and answers the API's refusals as
 * the app's errors: the one place the app downloads files it made for the user.
 */
export async function fetchReport(
  url: string,
  fallbackName: string,
  onProgress: (p: ReportProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  onProgress({ phase: 'making' });
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/pdf, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/json' },
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiUnreachableError();
  }
  if (!res.ok) {
    let body: unknown = null;
    try {
      body = JSON.parse(await res.text());
    } catch {
      body = null;
    }
    if (typeof body === 'object' && body !== null && 'code' in body && 'statusCode' in body) {
      throw new ApiRequestError(body as ConstructorParameters<typeof ApiRequestError>[0]);
    }
    if (res.status >= 500) throw new ApiUnreachableError();
    throw new ApiRequestError({ statusCode: res.status, code: 'http_error', message: `HTTP ${res.status}`, details: [] });
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = res.body?.getReader();
  if (!reader) {
    const blob = await res.blob();
    onProgress({ phase: 'receiving', loaded: blob.size, total: blob.size });
    return { blob, fileName };
  }
  const parts: Uint8Array[] = [];
  let loaded = 0;
  onProgress({ phase: 'receiving', loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.length;
    onProgress({ phase: 'receiving', loaded, total });
  }
  return { blob: new Blob(parts as BlobPart[], { type }), fileName };
}

/** Hands a file to the browser to save, under its name. */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
