import { KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanGraph, searchNodes } from '@kompas/domain';
import { connectHints } from '../../map/utils/to-flow';

export type LinkTargetDialogProps = {
  graph: PlanGraph;
  sourceId: string | null;
  onPick: (sourceId: string, targetId: string) => void;
  onClose: () => void;
};

/**
 * The keyboard way to draw a link: from the focused node, pick its target
 * from a searchable list of the nodes the rules allow.
 */
export function LinkTargetDialog({ graph, sourceId, onPick, onClose }: LinkTargetDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const open = !!sourceId;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setQuery('');
      setActive(0);
      dialog.showModal?.();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const source = graph.nodes.find((n) => n.id === sourceId);
  const candidates = useMemo(() => {
    if (!sourceId) return [];
    const hints = connectHints(graph, sourceId);
    const allowed = graph.nodes.filter((n) => hints.get(n.id) === 'allowed');
    if (!query.trim()) return allowed;
    const found = new Set(searchNodes({ ...graph, nodes: allowed }, query, allowed.length).map((n) => n.id));
    return allowed.filter((n) => found.has(n.id));
  }, [graph, query, sourceId]);

  const pick = (index: number) => {
    const target = candidates[index];
    if (target && sourceId) onPick(sourceId, target.id);
  };
  const handleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, candidates.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    }
  };
  const optionId = (i: number) => `link-target-option-${i}`;

  return (
    <dialog
      ref={ref}
      className="kompas-dialog kompas-dialog--wide"
      aria-labelledby="link-target-title"
      data-testid="link-target-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && source && (
        <>
          <h2 id="link-target-title">{t('linkDialog.title', { title: source.title })}</h2>
          <p className="kompas-muted">{t(source.kind === 'action' ? 'linkDialog.hintAction' : 'linkDialog.hintFocusArea')}</p>
          <label htmlFor="link-target-search">{t('linkDialog.search')}</label>
          <input
            id="link-target-search"
            data-testid="link-target-search"
            type="search"
            role="combobox"
            aria-expanded="true"
            aria-controls="link-target-list"
            aria-activedescendant={candidates.length ? optionId(Math.min(active, candidates.length - 1)) : undefined}
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={handleKey}
          />
          <ul id="link-target-list" role="listbox" aria-label={t('linkDialog.candidates')} className="kompas-listbox">
            {candidates.map((node, i) => (
              <li
                key={node.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : ''}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(i)}
                onKeyDown={() => undefined}
              >
                <span className="kompas-listbox__kind">{t(`kind.${node.kind}`)}</span> {node.title}
                {'committeeName' in node && <span className="kompas-muted"> · {node.committeeName}</span>}
              </li>
            ))}
            {!candidates.length && <li className="kompas-muted">{t('linkDialog.none')}</li>}
          </ul>
          <div className="kompas-dialog__buttons">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
