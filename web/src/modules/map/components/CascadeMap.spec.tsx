import { act, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { explainHealth, IndicatorNode, layoutPlanGraph, PlanGraph, planHealth } from '@kompas/domain';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { MapContext } from '../map-context';
import { CascadeMap, CascadeMapProps } from './CascadeMap';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import { oldDataByNode } from '../utils/freshness-marker';
import { healthByNode } from '../../health/utils/health-by-node';

/** The plan's health as the API would answer it. */
function rolledUp(g: PlanGraph) {
  const results = planHealth(g, { today: '2026-11-27' });
  return healthByNode({ planId: g.planId, nodes: [...results.values()].map((r) => ({ ...r, explanation: explainHealth(r, g, 'da') })) });
}

function renderMap(overrides: Partial<CascadeMapProps> = {}) {
  const props: CascadeMapProps = {
    graph,
    layout: layoutPlanGraph(graph, { showIndicators: true }),
    selectedNodeId: null,
    selectedLinkId: null,
    path: null,
    pendingEdges: [],
    viewKey: 'p',
    openOn: null,
    onSelectNode: jest.fn(),
    onSelectLink: jest.fn(),
    editing: { onCreateLink: jest.fn(), onRefuseLink: jest.fn(), refusal: () => null, onStartLinkFrom: jest.fn(), onDeleteLink: jest.fn() },
    ...overrides,
  };
  render(
    <MapContext.Provider
      value={{
        committeeNames: new Map([['c2', 'Økonomiudvalget']]),
        councilName: 'Byrådet',
        today: '2026-11-27',
        mayLinkFrom: () => true,
        oldData: oldDataByNode(props.graph.nodes),
        health: rolledUp(props.graph),
      }}
    >
      <ReactFlowProvider>
        <div style={{ width: 1200, height: 800 }}>
          <CascadeMap {...props} />
        </div>
      </ReactFlowProvider>
    </MapContext.Provider>,
  );
  return props;
}

const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement;

describe('the cascade map', () => {
  beforeAll(() => initI18n('da'));
  afterEach(() => act(() => void i18next.changeLanguage('da')));

  it('draws one node per kind with title, owner and status in words', () => {
    renderMap();
    expect(node('v')).toHaveProperty('className', expect.stringContaining('react-flow__node-vision'));
    expect(within(node('v')).getByText('Hedensted – sammen om at skabe et liv i balance')).toBeTruthy();
    expect(within(node('ap1')).getByText('Sigtepunkt')).toBeTruthy();
    // The vision and its aiming points belong to the council, by the name the plan gives it.
    expect(within(node('v')).getByText('Kommunalbestyrelsen · Hedensted Kommune')).toBeTruthy();
    expect(within(node('ap1')).getByText('Byrådet')).toBeTruthy();
    // A shared focus area shows every owner; status is a word, not only a colour.
    expect(within(node('fa1')).getByText('Udvalget for Læring · Økonomiudvalget')).toBeTruthy();
    expect(within(node('fa1')).getByText(/Foreslået/)).toBeTruthy();
    expect(within(node('fa1')).getByText('Prioritet 1')).toBeTruthy();
    expect(within(node('a1')).getByText('Skoledistrikt Juelsminde')).toBeTruthy();
    expect(within(node('a1')).getByText('eksempel')).toBeTruthy();
  });

  it('shows an indicator’s latest value against its target, in Danish number format', () => {
    renderMap();
    const indicator = within(node('i1'));
    expect(indicator.getByText('1.234,5 %')).toBeTruthy();
    expect(indicator.getByText(/mål 90 %/)).toBeTruthy();
    expect(indicator.getByText(/På sporet/)).toBeTruthy();
  });

  it('marks an overdue indicator with a shape and a word, its due date in its title, and "Gamle data" on the focus area it measures', () => {
    const overdue: PlanGraph = {
      ...graph,
      nodes: graph.nodes.map((n) =>
        n.id === 'i1'
          ? ({
              ...n,
              freshness: {
                state: 'overdue',
                period: { code: '2025', start: '2025-01-01', end: '2025-12-31' },
                dueDate: '2026-01-30',
                next: { period: { code: '2025', start: '2025-01-01', end: '2025-12-31' }, dueDate: '2026-01-30' },
                why: null,
              },
            } as IndicatorNode)
          : n,
      ),
    };
    renderMap({ graph: overdue, layout: layoutPlanGraph(overdue, { showIndicators: true }) });
    const marker = within(node('i1')).getByText('! Overskredet');
    expect(marker.closest('[title]')?.getAttribute('title')).toBe(
      'Overskredet: værdien for 2025 skulle have været registreret senest 30. jan. 2026',
    );
    expect(within(node('fa1')).getByText('! Gamle data')).toBeTruthy();
    // Only the node the indicator measures: the action and the aiming point above say nothing.
    expect(within(node('a1')).queryByText(/Gamle data/)).toBeNull();
    expect(within(node('ap1')).queryByText(/Gamle data/)).toBeNull();
    act(() => void i18next.changeLanguage('en'));
    expect(within(node('i1')).getByText('! Overdue')).toBeTruthy();
    expect(within(node('fa1')).getByText('! Old data')).toBeTruthy();
  });

  it('shows no freshness marker on an indicator whose data is fresh', () => {
    renderMap();
    expect(within(node('i1')).queryByText(/Forfalden|Overskredet/)).toBeNull();
    expect(document.querySelector('[data-old-data]')).toBeNull();
  });

  it('switches every text to English', () => {
    renderMap();
    act(() => void i18next.changeLanguage('en'));
    expect(within(node('fa1')).getByText(/Proposed/)).toBeTruthy();
    expect(within(node('fa1')).getByText('Priority 1')).toBeTruthy();
    expect(within(node('i1')).getByText('1,234.5 %')).toBeTruthy();
    expect(screen.getByText('Legend')).toBeTruthy();
  });

  it('draws the committee lanes with their names behind the nodes', () => {
    renderMap();
    const lanes = document.querySelectorAll('.kompas-lane');
    expect([...lanes].map((l) => l.textContent)).toEqual(['Udvalget for Læring']);
  });

  it('opens the link picker from a focused node with L, and selects it with Enter', () => {
    const props = renderMap();
    const action = node('a1');
    act(() => {
      action.focus();
      action.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    });
    expect(props.editing?.onStartLinkFrom).toHaveBeenCalledWith('a1');
    act(() => void action.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(props.onSelectNode).toHaveBeenCalledWith('a1');
  });

  it('without editing is read-only: no handle offers a link, and L and Delete do nothing', () => {
    const props = renderMap({ editing: undefined, selectedLinkId: 'l1' });
    expect(document.querySelector('.kompas-map--read-only')).not.toBeNull();
    expect(document.querySelector('.react-flow__handle.connectablestart')).toBeNull();
    const action = node('a1');
    act(() => {
      action.focus();
      action.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
      action.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
      action.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    // Choosing still works: the comparison's map shows what is chosen.
    expect(props.onSelectNode).toHaveBeenCalledWith('a1');
  });

  it('asks to delete the selected link on Delete', () => {
    const props = renderMap({ selectedLinkId: 'l1' });
    act(() => void node('v').dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
    expect(props.editing?.onDeleteLink).toHaveBeenCalledWith('l1');
  });
});
