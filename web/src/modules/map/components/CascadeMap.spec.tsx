import { act, render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { layoutPlanGraph, PlanGraph } from '@kompas/domain';
import i18next from 'i18next';
import { initI18n } from '../../../i18n';
import { MapContext } from '../map-context';
import { CascadeMap, CascadeMapProps } from './CascadeMap';

const graph: PlanGraph = {
  planId: 'p',
  nodes: [
    {
      id: 'v',
      kind: 'vision',
      title: 'Hedensted – sammen om at skabe et liv i balance',
      example: false,
      organisation: 'Hedensted Kommune',
      statement: 'I Hedensted Kommune tager vi ansvar sammen.',
      motivations: [],
      status: 'adopted',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
    },
    {
      id: 'ap1',
      kind: 'aimingPoint',
      title: 'Forskellige sammen',
      example: false,
      ambition: 'Vi vil have stærke fællesskaber',
      position: 1,
    },
    {
      id: 'fa1',
      kind: 'focusArea',
      title: 'Trivsel i skolen',
      example: false,
      committeeId: 'c1',
      committeeName: 'Udvalget for Læring',
      coOwnerCommitteeIds: ['c2'],
      rank: 1,
      status: 'proposed',
    },
    {
      id: 'a1',
      kind: 'action',
      title: 'Læsevenner i indskolingen',
      example: true,
      unitId: 'u1',
      unitName: 'Skoledistrikt Juelsminde',
      responsiblePerson: null,
      status: 'launched',
      startDate: null,
      endDate: null,
    },
    {
      id: 'i1',
      kind: 'indicator',
      title: 'Trivselsmåling',
      example: false,
      measuresId: 'fa1',
      type: 'quantitative',
      evidenceKind: 'survey',
      cadence: 'yearly',
      unit: '%',
      direction: 'up',
      baselineValue: 80,
      targetValue: 90,
      targetDate: null,
      latest: {
        id: 'o1',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        value: 1234.5,
        narrative: null,
        judgement: null,
        recordedAt: '2026-01-10T00:00:00Z',
      },
    },
  ],
  edges: [
    { id: 'ap1:partOf', kind: 'partOf', source: 'ap1', target: 'v', rationale: null, strength: null, example: false },
    { id: 's1', kind: 'supports', source: 'fa1', target: 'ap1', rationale: 'Trivsel bygger fællesskab', strength: 3, example: false },
    { id: 'l1', kind: 'contributes', source: 'a1', target: 'fa1', rationale: '', strength: 2, example: false },
    { id: 'i1:measures', kind: 'measures', source: 'i1', target: 'fa1', rationale: null, strength: null, example: false },
  ],
};

function renderMap(overrides: Partial<CascadeMapProps> = {}) {
  const props: CascadeMapProps = {
    graph,
    layout: layoutPlanGraph(graph, { showIndicators: true }),
    selectedNodeId: null,
    selectedLinkId: null,
    path: null,
    pendingEdges: [],
    viewKey: 'p',
    onSelectNode: jest.fn(),
    onSelectLink: jest.fn(),
    onCreateLink: jest.fn(),
    onRefuseLink: jest.fn(),
    refusal: () => null,
    onStartLinkFrom: jest.fn(),
    onDeleteLink: jest.fn(),
    ...overrides,
  };
  render(
    <MapContext.Provider value={{ committeeNames: new Map([['c2', 'Økonomiudvalget']]), today: '2026-11-27' }}>
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
    expect(props.onStartLinkFrom).toHaveBeenCalledWith('a1');
    act(() => void action.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(props.onSelectNode).toHaveBeenCalledWith('a1');
  });

  it('asks to delete the selected link on Delete', () => {
    const props = renderMap({ selectedLinkId: 'l1' });
    act(() => void node('v').dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
    expect(props.onDeleteLink).toHaveBeenCalledWith('l1');
  });
});
