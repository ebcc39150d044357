import { useTranslation } from 'react-i18next';
import { CreatableKind } from '../../panel/components/CreatePanel';

export type CreateMenuProps = { onCreate: (kind: CreatableKind) => void };

/** New focus areas, actions and indicators, started from the map. */
export function CreateMenu({ onCreate }: CreateMenuProps) {
  const { t } = useTranslation();
  return (
    <div className="kompas-create" role="group" aria-label={t('create.menu')}>
      {(['focusArea', 'action', 'indicator'] as const).map((kind) => (
        <button key={kind} type="button" onClick={() => onCreate(kind)} data-testid={`create-${kind}`}>
          + {t(`kind.${kind}`)}
        </button>
      ))}
    </div>
  );
}
