import type { IndicatorNode, Judgement } from '@kompas/domain';

export type Health = Judgement | 'noData';

/** How an indicator stands: the latest judgement if someone made one, else its value against the target. */
export function indicatorHealth(indicator: IndicatorNode): Health {
  const latest = indicator.latest;
  if (!latest) return 'noData';
  if (latest.judgement) return latest.judgement;
  const { value } = latest;
  const { baselineValue: baseline, direction } = indicator;
  const target = indicator.longTermTarget?.value ?? null;
  if (value === null || target === null) return 'noData';
  if (direction === 'hold') return Math.abs(value - target) <= Math.abs(target) * 0.05 ? 'onTrack' : 'atRisk';
  const better = direction === 'down' ? (a: number, b: number) => a <= b : (a: number, b: number) => a >= b;
  if (better(value, target)) return 'onTrack';
  if (baseline !== null && better(value, baseline) && value !== baseline) return 'atRisk';
  return baseline === null ? 'atRisk' : 'offTrack';
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
