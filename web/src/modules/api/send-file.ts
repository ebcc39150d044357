import { ApiRequestError, ApiUnreachableError } from './client';

/** How far a file has come: sent so far of its size, then read (or written) by Kompas. */
export type UploadProgress = { phase: 'sending' | 'working'; loaded: number; total: number };

/**
 * Sends a file as the request's body as it is on disk (the browser reads it while sending), reporting
 * how much has been sent: the one place the app uploads files (plan documents, observation files).
 */
export function sendFile<T>(url: string, file: Blob, contentType: string, onProgress: (p: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress({ phase: 'sending', loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => onProgress({ phase: 'working', loaded: file.size, total: file.size });
    xhr.onerror = () => reject(new ApiUnreachableError());
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        json = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(json as T);
      if (typeof json === 'object' && json !== null && 'code' in json && 'statusCode' in json) {
        return reject(new ApiRequestError(json as ConstructorParameters<typeof ApiRequestError>[0]));
      }
      if (xhr.status >= 500 || xhr.status === 0) return reject(new ApiUnreachableError());
      reject(
        new ApiRequestError({ statusCode: xhr.status, code: 'http_error', message: xhr.statusText || `HTTP ${xhr.status}`, details: [] }),
      );
    };
    onProgress({ phase: 'sending', loaded: 0, total: file.size });
    xhr.send(file);
  });
}
