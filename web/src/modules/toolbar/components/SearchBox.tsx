import { KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphNode, ownerNames, PlanGraph, searchNodes } from '@kompas/domain';

export type SearchBoxProps = {
  graph: PlanGraph;
  onJump: (node: GraphNode) => void;
  /** Committees' names by id, so a shared focus area is found by every owner's name. */
  committeeNames?: ReadonlyMap<string, string>;
};

/** Search by title or owner (committee, unit) and jump to the node: a combobox, by mouse or keyboard. */
export function SearchBox({ graph, onJump, committeeNames }: SearchBoxProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => (query.trim() ? searchNodes(graph, query, 12, committeeNames) : []), [graph, query, committeeNames]);
  const expanded = open && query.trim().length > 0;

  const jump = (node: GraphNode | undefined) => {
    if (!node) return;
    onJump(node);
    setOpen(false);
    setQuery('');
  };
  const handleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      jump(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="kompas-search">
      <label htmlFor="search-input" className="kompas-visually-hidden">
        {t('toolbar.search')}
      </label>
      <input
        id="search-input"
        data-testid="search-input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && results.length ? `search-result-${active}` : undefined}
        placeholder={t('toolbar.searchPlaceholder')}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={handleKey}
      />
      {expanded && (
        <ul id="search-results" role="listbox" className="kompas-listbox kompas-search__results" aria-label={t('toolbar.searchResults')}>
          {results.map((node, i) => (
            <li
              key={node.id}
              id={`search-result-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => jump(node)}
              onKeyDown={() => undefined}
            >
              <span className="kompas-listbox__kind">{t(`kind.${node.kind}`)}</span> {node.title}
              {ownerNames(node, committeeNames).length > 0 && (
                <span className="kompas-muted"> · {ownerNames(node, committeeNames).join(', ')}</span>
              )}
            </li>
          ))}
          {!results.length && <li className="kompas-muted">{t('toolbar.noResults')}</li>}
        </ul>
      )}
    </div>
  );
}
