import type { FieldError } from '@kompas/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiRequestError, ApiUnreachableError } from '../../api/client';
import { queryKeys } from '../../api/hooks';
import type { Plan } from '../../api/types';

export type ImportCounts = {
  aimingPoints: number;
  committees: number;
  units: number;
  focusAreas: number;
  actions: number;
  indicators: number;
  observations: number;
  links: number;
};

/** The dry run's answer: what the import would create, why it would refuse, and plans with the same content. */
export type ImportPreview = { counts: ImportCounts; problems: FieldError[]; sameAs: { id: string; title: string }[] };
export type ImportResult = Plan & { imported: ImportCounts; unitsReused: number };

/** How far a document has come: sent so far of its size, then checked (or written) by Kompas. */
export type ImportProgress = { phase: 'sending' | 'working'; loaded: number; total: number };

/**
 * Sends a plan document as it is on disk (the browser reads the file while sending it), reporting
 * how much has been sent: a document can be hundreds of megabytes.
 */
export function sendPlanDocument<T>(file: Blob, dryRun: boolean, onProgress: (p: ImportProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/plans/import${dryRun ? '?dryRun=true' : ''}`);
    xhr.setRequestHeader('Content-Type', 'application/json');
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

/** The dry run and the import of one chosen document, each with its progress. */
export function usePlanImport() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const preview = useMutation({
    mutationFn: (file: File) => sendPlanDocument<ImportPreview>(file, true, setProgress),
    onSettled: () => setProgress(null),
  });
  const run = useMutation({
    mutationFn: (file: File) => sendPlanDocument<ImportResult>(file, false, setProgress),
    onSettled: () => setProgress(null),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: queryKeys.plans }), client.invalidateQueries({ queryKey: queryKeys.units })]),
  });
  return { preview, run, progress };
}
