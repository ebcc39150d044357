import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Alignment } from '@kompas/domain';
import { apiRequest } from '../../api/client';
import { fetchReport, saveFile, type ReportProgress } from '../../reports/utils/download-report';
import { alignmentUrl, type AlignmentFormat } from '../utils/overview-view';

export type AlignmentAnswer = Alignment & { planId: string };

export const alignmentQueryKey = (planId: string, committeeId: string | null) => ['alignment', planId, committeeId ?? 'all'] as const;

/** The plan's alignment audit, for all committees or one. */
export function useAlignment(planId: string, committeeId: string | null) {
  return useQuery({
    queryKey: alignmentQueryKey(planId, committeeId),
    queryFn: () => apiRequest<AlignmentAnswer>('GET', alignmentUrl(planId, committeeId)),
  });
}

/** Downloads the audit as a PDF or a workbook, with the report's progress and refusals. */
export function useAlignmentDownload() {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [format, setFormat] = useState<AlignmentFormat | null>(null);
  const mutation = useMutation({
    mutationFn: async (request: { planId: string; committeeId: string | null; format: AlignmentFormat; lang: 'da' | 'en' }) => {
      setFormat(request.format);
      const file = await fetchReport(
        alignmentUrl(request.planId, request.committeeId, request.format, request.lang),
        `kompas-overblik.${request.format}`,
        setProgress,
      );
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress, format };
}
