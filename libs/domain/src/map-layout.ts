import type { ActionNode, AimingPointNode, FocusAreaNode, GraphNode, IndicatorNode, PlanGraph, VisionNode } from './graph';
import type { NodeKind } from './kinds';

/**
 * Where the map draws each node: a layered layout, top to bottom vision,
 * aiming points, focus areas (one lane per committee), actions and indicators,
 * each indicator under the node it measures (a row of its own under the
 * vision, a column under each aiming point). Pure and deterministic, so the
 * map only places what this returns.
 */

// Room for the card's rows at the map's type sizes: kind, a two-line title, owner, details and status.
export const MAP_NODE_SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  vision: { width: 560, height: 156 },
  aimingPoint: { width: 300, height: 126 },
  focusArea: { width: 240, height: 112 },
  action: { width: 240, height: 106 },
  indicator: { width: 240, height: 124 },
};

/** The spacing the layout uses, in px; exported so the map can draw lane labels to match. */
export const MAP_SPACING = {
  /** Between rows: edges need room to bend. */
  rowGap: 90,
  /** Between nodes stacked in one column. */
  stackGap: 16,
  /** Between columns inside a lane, and between nodes side by side in the top rows. */
  columnGap: 24,
  /** Between two lanes' boxes (and before the unlinked column). */
  laneGap: 40,
  /** Inside a lane's box, left, right and below its nodes. */
  lanePadding: 12,
  /** The band at the top of a lane's box where its committee's name goes. */
  laneLabelHeight: 36,
} as const;

export type MapLayoutOptions = { showIndicators: boolean };
export type MapBox = { x: number; y: number; width: number; height: number };
export type PositionedNode = { id: string; kind: NodeKind } & MapBox;
/**
 * A committee's lane: a band down the page from its label to the bottom of the
 * drawing, enclosing its focus areas and the action and indicator columns under
 * them. The label band is the top `MAP_SPACING.laneLabelHeight` px of the box.
 */
export type MapLane = { committeeId: string; committeeName: string } & MapBox;
export type MapLayout = {
  nodes: PositionedNode[];
  lanes: MapLane[];
  /**
   * The column(s) right of the last lane holding actions that contribute to no
   * focus area (and indicators measuring them, or measuring nothing in the
   * graph). Like a lane, its top `MAP_SPACING.laneLabelHeight` px are a label
   * band, just above its first action. null when there is nothing to hold.
   */
  unlinkedColumn: MapBox | null;
  width: number;
  height: number;
};

// Every column is as wide as the widest node that can stand in it.
const COLUMN_WIDTH = Math.max(MAP_NODE_SIZE.focusArea.width, MAP_NODE_SIZE.action.width, MAP_NODE_SIZE.indicator.width);
// Unlinked actions wrap into a new column after this many, unless the linked columns are deeper anyway.
const MIN_UNLINKED_STACK = 4;

const collator = new Intl.Collator('da');

function byTitle(a: GraphNode, b: GraphNode): number {
  return collator.compare(a.title, b.title) || compareIds(a.id, b.id);
}

// Ids break ties by code unit, never by locale, so the order cannot vary between runtimes.
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Column = { x: number; actions: ActionNode[]; indicators: IndicatorNode[] };

export function layoutPlanGraph(graph: PlanGraph, options: MapLayoutOptions): MapLayout {
  const S = MAP_SPACING;
  const visions: VisionNode[] = [];
  const aimingPoints: AimingPointNode[] = [];
  const focusAreas: FocusAreaNode[] = [];
  const actions: ActionNode[] = [];
  const indicators: IndicatorNode[] = [];
  for (const node of graph.nodes) {
    if (node.kind === 'vision') visions.push(node);
    else if (node.kind === 'aimingPoint') aimingPoints.push(node);
    else if (node.kind === 'focusArea') focusAreas.push(node);
    else if (node.kind === 'action') actions.push(node);
    else if (node.kind === 'indicator') indicators.push(node);
  }

  // Lanes in order of each committee's first focus area: the API sends them in committee order.
  const laneMembers = new Map<string, FocusAreaNode[]>();
  for (const fa of focusAreas) {
    const members = laneMembers.get(fa.committeeId);
    if (members) members.push(fa);
    else laneMembers.set(fa.committeeId, [fa]);
  }
  for (const members of laneMembers.values()) members.sort((a, b) => a.rank - b.rank || byTitle(a, b));

  // One column per focus area, left to right in lane order; its index is the "lane/rank order".
  const columns: Column[] = [];
  const columnOfFocusArea = new Map<string, number>();
  for (const members of laneMembers.values()) {
    for (const fa of members) {
      columnOfFocusArea.set(fa.id, columns.length);
      columns.push({ x: 0, actions: [], indicators: [] });
    }
  }
  const linkedColumnCount = columns.length;

  // An action stands under its first focus area; edges to nodes not in the graph count as no link.
  const actionIds = new Set(actions.map((a) => a.id));
  const primary = new Map<string, number>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'contributes' || !actionIds.has(edge.source)) continue;
    const column = columnOfFocusArea.get(edge.target);
    if (column === undefined) continue;
    const current = primary.get(edge.source);
    if (current === undefined || column < current) primary.set(edge.source, column);
  }
  const columnOfAction = new Map<string, number>();
  const unlinkedActions: ActionNode[] = [];
  for (const action of actions) {
    const column = primary.get(action.id);
    if (column === undefined) unlinkedActions.push(action);
    else columns[column].actions.push(action);
  }
  let deepestStack = 0;
  columns.forEach((column, index) => {
    column.actions.sort(byTitle);
    deepestStack = Math.max(deepestStack, column.actions.length);
    for (const action of column.actions) columnOfAction.set(action.id, index);
  });

  // Unlinked actions wrap so they do not make the drawing taller than the linked columns need.
  unlinkedActions.sort(byTitle);
  const unlinkedStack = Math.max(deepestStack, MIN_UNLINKED_STACK);
  for (let i = 0; i < unlinkedActions.length; i++) {
    if (i % unlinkedStack === 0) columns.push({ x: 0, actions: [], indicators: [] });
    const column = columns[columns.length - 1];
    column.actions.push(unlinkedActions[i]);
    columnOfAction.set(unlinkedActions[i].id, columns.length - 1);
  }
  deepestStack = Math.max(deepestStack, Math.min(unlinkedActions.length, unlinkedStack));

  // Indicators of the vision stand in a row under it, those of an aiming point in a column under it.
  const visionIds = new Set(visions.map((v) => v.id));
  const aimingPointIds = new Set(aimingPoints.map((a) => a.id));
  const visionIndicators: IndicatorNode[] = [];
  const underAimingPoint = new Map<string, IndicatorNode[]>();
  if (options.showIndicators) {
    const orphans: IndicatorNode[] = [];
    for (const indicator of indicators) {
      if (visionIds.has(indicator.measuresId)) {
        visionIndicators.push(indicator);
        continue;
      }
      if (aimingPointIds.has(indicator.measuresId)) {
        const under = underAimingPoint.get(indicator.measuresId);
        if (under) under.push(indicator);
        else underAimingPoint.set(indicator.measuresId, [indicator]);
        continue;
      }
      const column = columnOfFocusArea.get(indicator.measuresId) ?? columnOfAction.get(indicator.measuresId);
      if (column === undefined) orphans.push(indicator);
      else columns[column].indicators.push(indicator);
    }
    visionIndicators.sort(byTitle);
    for (const under of underAimingPoint.values()) under.sort(byTitle);
    // Indicators measuring nothing in the graph join the first unlinked column.
    if (orphans.length > 0) {
      if (columns.length === linkedColumnCount) columns.push({ x: 0, actions: [], indicators: [] });
      columns[linkedColumnCount].indicators.push(...orphans);
    }
    for (const column of columns) column.indicators.sort(byTitle);
  }

  // Horizontal: lanes side by side, then the unlinked column(s), each box padded around its columns.
  const boxes: { x: number; width: number }[] = [];
  let x = 0;
  let next = 0;
  const addBox = (count: number) => {
    boxes.push({ x, width: count * COLUMN_WIDTH + (count - 1) * S.columnGap + 2 * S.lanePadding });
    for (let i = 0; i < count; i++) columns[next + i].x = x + S.lanePadding + i * (COLUMN_WIDTH + S.columnGap);
    x += boxes[boxes.length - 1].width + S.laneGap;
    next += count;
  };
  for (const members of laneMembers.values()) addBox(members.length);
  const hasUnlinked = columns.length > linkedColumnCount;
  if (hasUnlinked) addBox(columns.length - linkedColumnCount);
  const blockWidth = boxes.length > 0 ? x - S.laneGap : 0;

  const indicatorRowWidth = visionIndicators.length * (MAP_NODE_SIZE.indicator.width + S.columnGap) - S.columnGap;
  const width = Math.max(
    blockWidth,
    rowWidth(visions.length, 'vision'),
    rowWidth(aimingPoints.length, 'aimingPoint'),
    Math.max(0, indicatorRowWidth),
  );
  const shift = Math.floor((width - blockWidth) / 2);
  const indicatorStep = MAP_NODE_SIZE.indicator.height + S.stackGap;

  // Vertical: each row only takes room when it has something in it.
  const nodes: PositionedNode[] = [];
  let y = 0;
  if (visions.length > 0) {
    placeRow(nodes, [...visions].sort(byTitle), y, width);
    y += MAP_NODE_SIZE.vision.height + S.rowGap;
  }
  if (visionIndicators.length > 0) {
    // Side by side, centred under the vision (which is centred in the drawing).
    const left = Math.floor((width - indicatorRowWidth) / 2);
    visionIndicators.forEach((indicator, i) => place(nodes, indicator, left + i * (MAP_NODE_SIZE.indicator.width + S.columnGap), y));
    y += MAP_NODE_SIZE.indicator.height + S.rowGap;
  }
  if (aimingPoints.length > 0) {
    const row = [...aimingPoints].sort((a, b) => a.position - b.position || byTitle(a, b));
    const placed = placeRow(nodes, row, y, width);
    y += MAP_NODE_SIZE.aimingPoint.height + S.rowGap;
    // Each aiming point's indicators stacked under its centre: its slot is wider than an indicator, so stacks never meet.
    let deepest = 0;
    row.forEach((ap, i) => {
      const under = underAimingPoint.get(ap.id) ?? [];
      const x = placed[i].x + Math.floor((MAP_NODE_SIZE.aimingPoint.width - MAP_NODE_SIZE.indicator.width) / 2);
      under.forEach((indicator, k) => place(nodes, indicator, x, y + k * indicatorStep));
      deepest = Math.max(deepest, under.length);
    });
    if (deepest > 0) y += deepest * indicatorStep - S.stackGap + S.rowGap;
  }
  if (columns.length === 0) {
    return { nodes, lanes: [], unlinkedColumn: null, width, height: Math.max(0, y - S.rowGap) };
  }

  const lanesTop = y;
  const focusTop = lanesTop + S.laneLabelHeight;
  const focusBottom = focusTop + MAP_NODE_SIZE.focusArea.height;
  const actionsTop = focusBottom + S.rowGap;
  const actionStep = MAP_NODE_SIZE.action.height + S.stackGap;
  // No actions: the indicators take the actions' row rather than leave it empty.
  const indicatorsTop = deepestStack > 0 ? actionsTop + deepestStack * actionStep - S.stackGap + S.rowGap : actionsTop;
  let contentBottom = deepestStack > 0 ? indicatorsTop - S.rowGap : focusBottom;

  for (const members of laneMembers.values()) {
    for (const fa of members) place(nodes, fa, columns[columnOfFocusArea.get(fa.id) as number].x + shift, focusTop);
  }
  for (const column of columns) {
    column.actions.forEach((action, i) => place(nodes, action, column.x + shift, actionsTop + i * actionStep));
  }
  for (const column of columns) {
    column.indicators.forEach((indicator, i) => place(nodes, indicator, column.x + shift, indicatorsTop + i * indicatorStep));
    if (column.indicators.length > 0) {
      contentBottom = Math.max(contentBottom, indicatorsTop + column.indicators.length * indicatorStep - S.stackGap);
    }
  }

  const bottom = contentBottom + S.lanePadding;
  const lanes: MapLane[] = [];
  let laneIndex = 0;
  for (const [committeeId, members] of laneMembers) {
    const box = boxes[laneIndex++];
    lanes.push({
      committeeId,
      committeeName: members[0].committeeName,
      x: box.x + shift,
      y: lanesTop,
      width: box.width,
      height: bottom - lanesTop,
    });
  }
  let unlinkedColumn: MapBox | null = null;
  if (hasUnlinked) {
    const box = boxes[boxes.length - 1];
    // Its label band sits right above its first action, where a lane has its focus areas.
    const top = (unlinkedActions.length > 0 ? actionsTop : indicatorsTop) - S.laneLabelHeight;
    unlinkedColumn = { x: box.x + shift, y: top, width: box.width, height: bottom - top };
  }
  return { nodes, lanes, unlinkedColumn, width, height: bottom };
}

// Room for `count` nodes of a kind in equal slots, with at least a column gap between neighbours.
function rowWidth(count: number, kind: NodeKind): number {
  if (count === 0) return 0;
  const size = MAP_NODE_SIZE[kind].width;
  return count === 1 ? size : count * (size + MAP_SPACING.columnGap);
}

// Each node centred in an equal slot across the whole drawing; returns what it placed, in the row's order.
function placeRow(nodes: PositionedNode[], row: GraphNode[], y: number, width: number): PositionedNode[] {
  const slot = width / row.length;
  return row.map((node, i) => place(nodes, node, Math.round(i * slot + (slot - MAP_NODE_SIZE[node.kind].width) / 2), y));
}

function place(nodes: PositionedNode[], node: GraphNode, x: number, y: number): PositionedNode {
  const { width, height } = MAP_NODE_SIZE[node.kind];
  const placed = { id: node.id, kind: node.kind, x, y, width, height };
  nodes.push(placed);
  return placed;
}

/** The smallest title on a card, in px at zoom 1 (focus areas, actions, indicators; the web app's styles match). */
export const MAP_TITLE_FONT_PX = 13;
/** Text a person must read is at least this tall on screen. */
export const READABLE_TEXT_PX = 12;
/**
 * The lowest zoom at which every card's title is readable (12/13, rounded up so that rounding on screen
 * cannot take it below 12 px); below it the map draws cards in a simplified form.
 */
export const READABLE_ZOOM = Math.ceil((READABLE_TEXT_PX / MAP_TITLE_FONT_PX) * 1000) / 1000;

export type MapViewport = { x: number; y: number; zoom: number };
export type MapScreen = {
  width: number;
  height: number;
  /** What the minimap takes in the bottom right corner, its margin included: the part to open on stays clear of it. */
  minimap?: { width: number; height: number };
  /** Room left free around what is shown, in screen px. */
  margin?: number;
  /** Room left free at the top instead of the margin (for what the map shows over its top edge). */
  top?: number;
};

/**
 * Where the map opens. Given the ids of the part to open on (see `ownPart`),
 * that part at the largest zoom up to 1 that shows it whole, but never below
 * READABLE_ZOOM: a part too big for the screen at that zoom opens on its top
 * left, the rest reachable by panning. The part keeps clear of the minimap
 * when there is room for it beside or above the minimap. Given null (or ids
 * not in the layout), the whole drawing fitted, at any zoom up to 1.
 */
export function openingView(layout: MapLayout, partIds: readonly string[] | null, screen: MapScreen): MapViewport {
  const margin = screen.margin ?? 16;
  const top = screen.top ?? margin;
  const ids = new Set(partIds ?? []);
  const own = layout.nodes.filter((n) => ids.has(n.id));
  if (own.length === 0) {
    const box = { x: 0, y: 0, width: Math.max(layout.width, 1), height: Math.max(layout.height, 1) };
    const zoom = Math.min(1, fitZoom(box, screen.width - 2 * margin, screen.height - top - margin));
    return placeView(box, zoom, { x0: margin, x1: screen.width - margin, y0: top });
  }
  const box = boundsOf(own);
  // A lane's label band belongs with its focus areas.
  if (own.some((n) => n.kind === 'focusArea')) {
    box.y -= MAP_SPACING.laneLabelHeight;
    box.height += MAP_SPACING.laneLabelHeight;
  }
  const mini = screen.minimap ?? { width: 0, height: 0 };
  const room = { x0: margin, x1: screen.width - margin, y0: top };
  // Beside the minimap (the whole height), else above it (the whole width), else the whole screen.
  const tries = [
    { ...room, x1: screen.width - mini.width - margin, height: screen.height - top - margin },
    { ...room, height: screen.height - mini.height - top - margin },
  ];
  for (const t of tries) {
    const zoom = clampZoom(fitZoom(box, t.x1 - t.x0, t.height));
    if (box.width * zoom <= t.x1 - t.x0 + 0.5 && box.height * zoom <= t.height + 0.5) return placeView(box, zoom, t);
  }
  return placeView(box, clampZoom(fitZoom(box, room.x1 - room.x0, screen.height - top - margin)), tries[0]);
}

function boundsOf(boxes: readonly MapBox[]): MapBox {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function fitZoom(box: MapBox, width: number, height: number): number {
  return Math.max(0.01, Math.min(width / box.width, height / box.height));
}

function clampZoom(zoom: number): number {
  return Math.min(1, Math.max(READABLE_ZOOM, zoom));
}

// The box at its top, centred across the room when it fits, else from its left edge.
function placeView(box: MapBox, zoom: number, room: { x0: number; x1: number; y0: number }): MapViewport {
  const free = room.x1 - room.x0 - box.width * zoom;
  const left = room.x0 + Math.max(0, free / 2);
  return { x: left - box.x * zoom, y: room.y0 - box.y * zoom, zoom };
}
