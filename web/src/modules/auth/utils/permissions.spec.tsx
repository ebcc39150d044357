import { render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { GraphNode, layoutPlanGraph } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { users } from '../../../testing/harness';
import { CascadeMap } from '../../map/components/CascadeMap';
import { MapContext } from '../../map/map-context';
import { smallPlanGraph as graph } from '../../../testing/small-plan-graph';
import { CreateMenu } from '../../toolbar/components/CreateMenu';
import { creatableKinds, mayEditLink, mayEditNode, mayRecordData, mayRecordIndicator, mayStartLinkFrom, principalOf } from './permissions';

const node = (id: string) => graph.nodes.find((n) => n.id === id) as GraphNode;
const viewer = principalOf(users.viewer);
const manager = principalOf(users.manager);
const member = principalOf(users.member);

describe('what the signed-in user may do', () => {
  beforeAll(() => initI18n('da'));

  it('a viewer changes nothing; a manager their unit’s actions; a member their committee’s focus areas and indicators', () => {
    for (const id of ['v', 'ap1', 'fa1', 'a1', 'i1']) expect(mayEditNode(viewer, node(id), graph)).toBe(false);
    expect(mayEditNode(manager, node('a1'), graph)).toBe(true);
    expect(mayEditNode(manager, node('fa1'), graph)).toBe(false);
    expect(mayEditNode(member, node('fa1'), graph)).toBe(true);
    // The indicator measures fa1: it belongs to fa1's committee.
    expect(mayEditNode(member, node('i1'), graph)).toBe(true);
    expect(mayEditNode(manager, node('i1'), graph)).toBe(false);
    expect(mayEditNode(member, node('ap1'), graph)).toBe(false);
    expect(mayEditNode(principalOf({ ...users.viewer, roles: ['administrator'] }), node('ap1'), graph)).toBe(true);
  });

  it('an indicator of the vision or an aiming point is the administrators’, and they may create one', () => {
    const admin = principalOf({ ...users.viewer, roles: ['administrator'] });
    const onAim = {
      ...(node('i1') as Extract<GraphNode, { kind: 'indicator' }>),
      id: 'i2',
      measuresId: 'ap1',
      measures: 'aimingPoint' as const,
    };
    const withIt = { ...graph, nodes: [...graph.nodes, onAim] };
    expect(mayEditNode(admin, onAim, withIt)).toBe(true);
    expect([member, manager, viewer].map((p) => mayEditNode(p, onAim, withIt))).toEqual([false, false, false]);
    expect(creatableKinds(admin, graph, [], [])).toEqual(['indicator']);
  });

  it('offers importing observations to those who may record some indicator of the plan, and to no one else', () => {
    expect(mayRecordData(member, graph)).toBe(true);
    // The manager's unit has an action but no indicator in this plan; the administrator owns no committee or unit.
    expect(mayRecordData(manager, graph)).toBe(false);
    expect(mayRecordData(viewer, graph)).toBe(false);
    expect(mayRecordData(principalOf({ ...users.viewer, roles: ['administrator'] }), graph)).toBe(false);
  });

  it('records an indicator’s data as the API allows: its owners, administrators for the vision and aiming points, and its responsible person', () => {
    const admin = principalOf({ ...users.viewer, roles: ['administrator'] });
    const i1 = node('i1') as Extract<GraphNode, { kind: 'indicator' }>;
    // i1 measures fa1: its committee's members record it; nobody else.
    expect([member, manager, viewer, admin].map((p) => mayRecordIndicator(p, i1, graph))).toEqual([true, false, false, false]);
    // Made the viewer's responsibility, the viewer may record it, and still only it.
    const theirs = { ...i1, responsibleUserId: users.viewer.id };
    const withTheirs = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'i1' ? theirs : n)) };
    expect(mayRecordIndicator(viewer, theirs, withTheirs)).toBe(true);
    expect(mayRecordData(viewer, withTheirs)).toBe(true);
    expect(mayRecordIndicator(manager, theirs, withTheirs)).toBe(false);
    expect(mayEditNode(viewer, theirs, withTheirs)).toBe(false);
    // An indicator of an aiming point is the administrators' to record.
    const onAim = { ...i1, id: 'i2', measuresId: 'ap1', measures: 'aimingPoint' as const };
    expect([admin, member, manager].map((p) => mayRecordIndicator(p, onAim, graph))).toEqual([true, false, false]);
    // A measured node out of view: only the responsible person is known to be allowed.
    const lost = { ...i1, measuresId: 'gone', measures: 'action' as const };
    expect(mayRecordIndicator(member, lost, graph)).toBe(false);
    expect(mayRecordIndicator(viewer, { ...lost, responsibleUserId: users.viewer.id }, graph)).toBe(true);
    expect(mayRecordIndicator(null, theirs, withTheirs)).toBe(false);
  });

  it('a link belongs to where it starts', () => {
    expect(mayEditLink(manager, { source: 'a1' }, graph)).toBe(true);
    expect(mayEditLink(member, { source: 'a1' }, graph)).toBe(false);
    expect(mayEditLink(member, { source: 'fa1' }, graph)).toBe(true);
    expect(mayStartLinkFrom(viewer, node('a1'), graph)).toBe(false);
    expect(mayStartLinkFrom(manager, node('a1'), graph)).toBe(true);
  });

  it('the create menu offers only what the user may create, and nothing to a viewer', () => {
    const kinds = (p: typeof viewer) => creatableKinds(p, graph, ['c1', 'c2'], ['u1', 'u2']);
    expect(kinds(viewer)).toEqual([]);
    expect(kinds(manager)).toEqual(['action', 'indicator']);
    expect(kinds(member)).toEqual(['focusArea', 'indicator']);

    const { rerender } = render(<CreateMenu kinds={kinds(viewer)} onCreate={jest.fn()} />);
    expect(screen.queryByTestId('create-menu')).toBeNull();
    rerender(<CreateMenu kinds={kinds(manager)} onCreate={jest.fn()} />);
    expect(screen.getByTestId('create-action')).toBeTruthy();
    expect(screen.queryByTestId('create-focusArea')).toBeNull();
  });

  it('the map offers a link handle only on nodes the user may link from', () => {
    const drawMap = (p: typeof viewer) =>
      render(
        <MapContext.Provider
          value={{
            committeeNames: new Map(),
            councilName: null,
            today: '2026-11-27',
            mayLinkFrom: (n) => mayStartLinkFrom(p, n, graph),
            oldData: new Map(),
            health: new Map(),
          }}
        >
          <ReactFlowProvider>
            <CascadeMap
              graph={graph}
              layout={layoutPlanGraph(graph, { showIndicators: true })}
              selectedNodeId={null}
              selectedLinkId={null}
              openOn={null}
              path={null}
              pendingEdges={[]}
              viewKey="p"
              onSelectNode={jest.fn()}
              onSelectLink={jest.fn()}
              editing={{
                onCreateLink: jest.fn(),
                onRefuseLink: jest.fn(),
                refusal: () => null,
                onStartLinkFrom: jest.fn(),
                onDeleteLink: jest.fn(),
              }}
            />
          </ReactFlowProvider>
        </MapContext.Provider>,
      );
    const startHandle = (id: string) =>
      document.querySelector(`.react-flow__node[data-id="${id}"] .react-flow__handle.source`)?.classList.contains('connectablestart');
    const asViewer = drawMap(viewer);
    expect(startHandle('a1')).toBe(false);
    expect(startHandle('fa1')).toBe(false);
    asViewer.unmount();
    drawMap(manager);
    expect(startHandle('a1')).toBe(true);
    expect(startHandle('fa1')).toBe(false);
  });
});
