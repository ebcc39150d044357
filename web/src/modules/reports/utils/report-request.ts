/** The two files a report comes as. */
export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

import type { PlanGraph } from '@kompas/domain';

/** The spans a report can cover within a year, as the end of a period code (`''`: the whole year). */
export const REPORT_SPANS = [
  '',
  'H1',
  'H2',
  'K1',
  'K2',
  'K3',
  'K4',
  ...Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
] as const;

export type ReportRequest = { planId: string; format: ReportFormat; period: string; lang: 'da' | 'en'; committeeIds?: readonly string[] };

/** The address of a report: `/api/plans/{planId}/report.pdf?period=2026&lang=da&committeeId=…`. */
export function reportUrl({ planId, format, period, lang, committeeIds = [] }: ReportRequest): string {
  const query = new URLSearchParams({ period, lang });
  for (const id of committeeIds) query.append('committeeId', id);
  return `/api/plans/${encodeURIComponent(planId)}/report.${format}?${query.toString()}`;
}

/** The file name the server gave (`attachment; filename="kompas-….pdf"`), or the fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // A malformed encoded name: the plain one, if any.
    }
  }
  const plain = /filename="([^"]+)"/i.exec(contentDisposition) ?? /filename=([^;]+)/i.exec(contentDisposition);
  return plain ? plain[1].trim() : fallback;
}

/** The years a period picker offers: the plan's years and this year, at least, in order. */
export function reportYears(thisYear: number, planYears: readonly number[] = []): number[] {
  const years = new Set<number>([thisYear, thisYear - 1, ...planYears]);
  const all = [...years].sort((a, b) => a - b);
  const out: number[] = [];
  for (let y = all[0]; y <= all[all.length - 1]; y++) out.push(y);
  return out;
}

/** The years of a plan's period (2026–2029), from its vision node, for the period picker. */
export function planYearsOf(graph: Pick<PlanGraph, 'nodes'>): number[] {
  const vision = graph.nodes.find((n) => n.kind === 'vision');
  if (!vision || vision.kind !== 'vision') return [];
  const from = Number(vision.periodStart.slice(0, 4));
  const to = Number(vision.periodEnd.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 20) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
