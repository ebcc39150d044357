import type { NodeKind } from '@kompas/domain';
import { useTranslation } from 'react-i18next';

/** The top of a node's panel: its kind (and "eksempel" for example content), then its title as the panel's heading. */
export function NodeHeading({ node, titleId }: { node: { kind: NodeKind; example: boolean; title: string }; titleId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="kompas-panel__kind">
        {t(`kind.${node.kind}`)}
        {node.example && <span className="kompas-badge kompas-badge--example">{t('common.example')}</span>}
      </p>
      <h2 id={titleId} className="kompas-panel__title">
        {node.title}
      </h2>
    </>
  );
}
