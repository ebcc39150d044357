import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidateAfterChange } from '../../api/hooks';
import { invalidateHealth } from '../../health/hooks/use-plan-health';
import { sendFile, UploadProgress } from '../../api/send-file';
import { contentTypeOf, ObservationImportPreview, ObservationImportResult } from '../utils/import-file';

/** The file to send and the Content-Type it goes as. */
export type ChosenFile = { file: File; contentType: string };

export function chosenFile(file: File): ChosenFile | null {
  const contentType = contentTypeOf(file);
  return contentType ? { file, contentType } : null;
}

const importUrl = (planId: string, dryRun: boolean) => `/api/plans/${planId}/observations/import${dryRun ? '?dryRun=true' : ''}`;

/** The preview and the import of one chosen file of observations, each with its progress. */
export function useObservationImport(planId: string) {
  const client = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const preview = useMutation({
    mutationFn: ({ file, contentType }: ChosenFile) =>
      sendFile<ObservationImportPreview>(importUrl(planId, true), file, contentType, setProgress),
    onSettled: () => setProgress(null),
  });
  const run = useMutation({
    mutationFn: ({ file, contentType }: ChosenFile) =>
      sendFile<ObservationImportResult>(importUrl(planId, false), file, contentType, setProgress),
    onSettled: () => setProgress(null),
    // The map's indicators show their latest values, and the trail the new entries.
    onSuccess: () => Promise.all([invalidateHealth(client, planId), invalidateAfterChange(client, planId)]),
  });
  return { preview, run, progress };
}
