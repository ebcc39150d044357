import type { NodeHealth } from '@kompas/domain';
import { useTranslation } from 'react-i18next';
import { HEALTH_SHAPES } from '../utils/health-by-node';

export type HealthBadgeProps = {
  health: NodeHealth;
  /** Shown as the badge's tooltip: why. */
  explanation?: string;
  /** Only the shape (a card zoomed out); the word stays for screen readers and as the tooltip. */
  compact?: boolean;
};

/** A node's health: a shape, a word and a colour, so it never rests on colour alone; "Sundhed" for screen readers. */
export function HealthBadge({ health, explanation, compact = false }: HealthBadgeProps) {
  const { t } = useTranslation();
  const word = t(`health.label.${health}`);
  return (
    <span
      className={`kompas-health kompas-health--${health}${compact ? ' is-compact' : ''}`}
      data-health={health}
      title={explanation ?? (compact ? word : undefined)}
    >
      <span className="kompas-visually-hidden">{t('health.prefix')} </span>
      <span aria-hidden="true">{HEALTH_SHAPES[health]}</span>
      {compact ? <span className="kompas-visually-hidden"> {word}</span> : <> {word}</>}
    </span>
  );
}
