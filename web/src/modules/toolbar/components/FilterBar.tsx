import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, FOCUS_AREA_STATUSES, isFiltering, MapFilter, NO_FILTER, PlanGraph } from '@kompas/domain';
import { Committee } from '../../api/types';

export type FilterBarProps = {
  graph: PlanGraph;
  committees: Committee[];
  filter: MapFilter;
  showIndicators: boolean;
  onFilter: (filter: MapFilter) => void;
  onShowIndicators: (show: boolean) => void;
};

/** Narrow the map by committee, unit, aiming point and status; show or hide the data row. */
export function FilterBar({ graph, committees, filter, showIndicators, onFilter, onShowIndicators }: FilterBarProps) {
  const { t } = useTranslation();
  const aimingPoints = graph.nodes.filter((n) => n.kind === 'aimingPoint');
  const units = useMemo(() => unitsOf(graph), [graph]);
  const active = isFiltering(filter);
  return (
    <div className="kompas-filters" role="group" aria-label={t('toolbar.filters')}>
      <div className="kompas-control">
        <label htmlFor="filter-committee">{t('toolbar.committee')}</label>
        <select
          id="filter-committee"
          data-testid="filter-committee"
          value={filter.committeeId ?? ''}
          onChange={(e) => onFilter({ ...filter, committeeId: e.target.value || null })}
        >
          <option value="">{t('toolbar.allCommittees')}</option>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-control">
        <label htmlFor="filter-unit">{t('toolbar.unit')}</label>
        <select
          id="filter-unit"
          data-testid="filter-unit"
          value={filter.unitId ?? ''}
          onChange={(e) => onFilter({ ...filter, unitId: e.target.value || null })}
        >
          <option value="">{t('toolbar.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-control">
        <label htmlFor="filter-aiming-point">{t('toolbar.aimingPoint')}</label>
        <select
          id="filter-aiming-point"
          data-testid="filter-aiming-point"
          value={filter.aimingPointId ?? ''}
          onChange={(e) => onFilter({ ...filter, aimingPointId: e.target.value || null })}
        >
          <option value="">{t('toolbar.allAimingPoints')}</option>
          {aimingPoints.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="kompas-control">
        <label htmlFor="filter-status">{t('toolbar.status')}</label>
        <select
          id="filter-status"
          data-testid="filter-status"
          value={filter.status ?? ''}
          onChange={(e) => onFilter({ ...filter, status: e.target.value || null })}
        >
          <option value="">{t('toolbar.allStatuses')}</option>
          <optgroup label={t('kind.focusArea')}>
            {FOCUS_AREA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.focusArea.${s}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('kind.action')}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.action.${s}`)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="kompas-control kompas-control--check">
        <input
          id="toggle-indicators"
          data-testid="toggle-indicators"
          type="checkbox"
          checked={showIndicators}
          onChange={(e) => onShowIndicators(e.target.checked)}
        />
        <label htmlFor="toggle-indicators">{t('toolbar.showIndicators')}</label>
      </div>
      {active && (
        <button type="button" className="is-link" onClick={() => onFilter(NO_FILTER)} data-testid="clear-filters">
          {t('toolbar.clearFilters')}
        </button>
      )}
    </div>
  );
}

const collator = new Intl.Collator('da');

/** The units owning actions in the plan, by name. */
function unitsOf(graph: PlanGraph): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const node of graph.nodes) if (node.kind === 'action') units.set(node.unitId, node.unitName);
  return [...units].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}
