import { render, screen, within } from '@testing-library/react';
import { PlanGraph } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
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

  it('leaves the indicators out when the map hides them', () => {
    const graph = smallPlanGraph;
    const { container } = render(<ListView graph={graph} onSelectNode={jest.fn()} showIndicators={false} />);
    expect(new Set(drawnIds(container))).toEqual(new Set(graph.nodes.filter((n) => n.kind !== 'indicator').map((n) => n.id)));
  });
});
