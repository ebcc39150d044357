import { useTranslation } from 'react-i18next';
import type { NodeHealth } from './index';

const SHAPES: Record<NodeHealth, string> = { onTrack: '●', atRisk: '▲', offTrack: '■', noData: '○' };

/** A node's health in a word and a shape as well as colour. */
export function HealthBadge({ health }: { health: NodeHealth }) {
  const { t } = useTranslation();
  return (
    <span className={`kompas-status kompas-status--${health}`} data-testid="health-badge" data-health={health}>
      <span aria-hidden="true">{SHAPES[health]}</span> {t(`status.health.${health}`)}
    </span>
  );
}
