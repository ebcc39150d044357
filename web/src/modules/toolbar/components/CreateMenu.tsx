import { useTranslation } from 'react-i18next';
import { CreatableKind } from '../../panel/components/CreatePanel';

export type CreateMenuProps = {
  /** What the signed-in user may create; nothing shows when that is nothing. */
  kinds: readonly CreatableKind[];
  onCreate: (kind: CreatableKind) => void;
};

/** New focus areas, actions and indicators, started from the map. */
export function CreateMenu({ kinds, onCreate }: CreateMenuProps) {
  const { t } = useTranslation();
  if (!kinds.length) return null;
  return (
    <div className="kompas-create" role="group" aria-label={t('create.menu')} data-testid="create-menu">
      {kinds.map((kind) => (
        <button key={kind} type="button" onClick={() => onCreate(kind)} data-testid={`create-${kind}`}>
          + {t(`kind.${kind}`)}
        </button>
      ))}
    </div>
  );
}
