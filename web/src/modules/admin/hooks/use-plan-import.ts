import type { FieldError } from '@kompas/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/hooks';
import { sendFile, UploadProgress } from '../../api/send-file';
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
export type ImportProgress = UploadProgress;

/** Sends a plan document as it is on disk, reporting how much has been sent: a document can be hundreds of megabytes. */
export function sendPlanDocument<T>(file: Blob, dryRun: boolean, onProgress: (p: ImportProgress) => void): Promise<T> {
  return sendFile<T>(`/api/plans/import${dryRun ? '?dryRun=true' : ''}`, file, 'application/json', onProgress);
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
