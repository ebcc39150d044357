import type { NodeTypes } from '@xyflow/react';
import { ActionNode } from './ActionNode';
import { AimingPointNode } from './AimingPointNode';
import { FocusAreaNode } from './FocusAreaNode';
import { IndicatorNode } from './IndicatorNode';
import { VisionNode } from './VisionNode';

/** At module scope, so React Flow never sees a new object. Keys are the graph's node kinds. */
export const nodeTypes = {
  vision: VisionNode,
  aimingPoint: AimingPointNode,
  focusArea: FocusAreaNode,
  action: ActionNode,
  indicator: IndicatorNode,
} satisfies NodeTypes;
