import { render, screen, within } from '@testing-library/react';
import { IndicatorNode, PlanGraph } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import { MapContext } from '../map-context';
import { ListView } from './ListView';

function drawnIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-node-id]')].map((e) => e.getAttribute('data-node-id') ?? '');
}

describe('ListView', () => {
  beforeAll(() => initI18n('da'));

  it('lists every node of the graph, with status and owner', () => {
    const graph: PlanGraph = smallPlanGraph;
    const { container } = render(<ListView graph={graph} onSelectNode={jest.fn()} />);
    expect(new Set(drawnIds(container))).toEqual(new Set(graph.nodes.map((n) => n.id)));
    const action = graph.nodes.find((n) => n.kind === 'action');
    if (action?.kind !== 'action') throw new Error('the small plan has an action');
    const line = screen.getAllByRole('button', { name: new RegExp(action.title) })[0].parentElement as HTMLElement;
    expect(within(line).getByText(action.unitName)).toBeTruthy();
    expect(line.querySelector('.kompas-status')).not.toBeNull();
  });

  it('shows each node’s health from the roll-up beside its lifecycle status, as a word and a shape', () => {
    const graph: PlanGraph = smallPlanGraph;
    const action = graph.nodes.find((n) => n.kind === 'action')!;
    const health = new Map([[action.id, { nodeId: action.id, health: 'atRisk' as const, explanation: 'I risiko: fordi', reasons: [] }]]);
    render(
      <MapContext.Provider
        value={{ committeeNames: new Map(), councilName: null, today: '2026-11-27', mayLinkFrom: () => false, oldData: new Map(), health }}
      >
        <ListView graph={graph} onSelectNode={jest.fn()} />
      </MapContext.Provider>,
    );
    const line = screen.getAllByRole('button', { name: new RegExp(action.title) })[0].parentElement as HTMLElement;
    const badge = line.querySelector('[data-health]') as HTMLElement;
    expect(badge.textContent).toBe('Sundhed: ▲ I risiko');
    expect(badge.getAttribute('title')).toBe('I risiko: fordi');
    // The lifecycle status stays.
    expect(line.querySelector('.kompas-status')).not.toBeNull();
  });

  it('leaves the indicators out when the map hides them', () => {
    const graph = smallPlanGraph;
    const { container } = render(<ListView graph={graph} onSelectNode={jest.fn()} showIndicators={false} />);
    expect(new Set(drawnIds(container))).toEqual(new Set(graph.nodes.filter((n) => n.kind !== 'indicator').map((n) => n.id)));
  });

  it('says which indicator is due, and "Gamle data" on the node it measures even when indicators are hidden', () => {
    const graph: PlanGraph = {
      ...smallPlanGraph,
      nodes: smallPlanGraph.nodes.map((n) =>
        n.kind === 'indicator'
          ? ({
              ...n,
              freshness: {
                state: 'due',
                period: { code: '2026', start: '2026-01-01', end: '2026-12-31' },
                dueDate: '2027-01-30',
                next: { period: { code: '2026', start: '2026-01-01', end: '2026-12-31' }, dueDate: '2027-01-30' },
                why: null,
              },
            } as IndicatorNode)
          : n,
      ),
    };
    const { unmount } = render(<ListView graph={graph} onSelectNode={jest.fn()} />);
    expect(screen.getByRole('img', { name: 'Forfalden: værdien for 2026 skal registreres senest 30. jan. 2027' })).toBeTruthy();
    const focusArea = (document.querySelector('[data-node-id="fa1"]') as HTMLElement).parentElement as HTMLElement;
    expect(within(focusArea).getByText('◷ Gamle data')).toBeTruthy();
    unmount();
    render(<ListView graph={graph} onSelectNode={jest.fn()} showIndicators={false} />);
    expect(screen.queryByText(/Forfalden/)).toBeNull();
    expect(screen.getByText('◷ Gamle data')).toBeTruthy();
  });
});
