import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchReport, saveFile, type ReportProgress } from '../utils/download-report';
import { reportUrl, type ReportFormat, type ReportRequest } from '../utils/report-request';

/**
 * Downloads a report (PDF or workbook) through fetch, so that its progress and any refusal show
 * where the user asked for it; the file is then handed to the browser to save.
 */
export function useReportDownload() {
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [format, setFormat] = useState<ReportFormat | null>(null);
  const mutation = useMutation({
    mutationFn: async (request: ReportRequest) => {
      setFormat(request.format);
      const fallback = `kompas-${request.period.toLowerCase()}.${request.format}`;
      const file = await fetchReport(reportUrl(request), fallback, setProgress);
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress, format };
}
