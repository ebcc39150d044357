import { healthOf, type IndicatorNode, type Judgement } from '@kompas/domain';

export type Health = Judgement | 'noData';

/**
 * How an indicator stands, by the domain's one rule (`healthOf`): the latest judgement if someone made one,
 * else its latest value against the target that applies to its period (the target path, a relative step
 * against the reference series of the same period, or the long-term target), then against the baseline.
 */
export function indicatorHealth(indicator: IndicatorNode): Health {
  if (!indicator.latest) return 'noData';
  const reference = indicator.latestReference ? [indicator.latestReference] : [];
  return healthOf(indicator, [indicator.latest], reference).health ?? 'noData';
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
