import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '@kompas/domain';

export type MeasuresPathProps = { planId: string; paths: GraphNode[][] };

/** What the indicator measures and the way up to the vision, each node a link to it on the map. */
export function MeasuresPath({ planId, paths }: MeasuresPathProps) {
  const { t } = useTranslation();
  if (!paths.length) return <p className="kompas-muted">{t('indicatorPage.noPath')}</p>;
  return (
    <div className="kompas-measures" data-testid="indicator-path">
      {paths.map((path) => (
        <ol key={path.map((n) => n.id).join('>')} className="kompas-measures__path" aria-label={t('indicatorPage.pathLabel')}>
          {path.map((node) => (
            <li key={node.id}>
              <span className="kompas-measures__kind">{t(`kind.${node.kind}`)}</span>{' '}
              <Link to="/plans/$planId/nodes/$nodeId" params={{ planId, nodeId: node.id }}>
                {node.title}
              </Link>
            </li>
          ))}
        </ol>
      ))}
    </div>
  );
}
