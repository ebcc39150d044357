import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';
import { StructuralEdge } from './StructuralEdge';

/** At module scope; keys are the graph's edge kinds. */
export const edgeTypes = {
  partOf: StructuralEdge,
  supports: LinkEdge,
  contributes: LinkEdge,
  measures: StructuralEdge,
} satisfies EdgeTypes;
