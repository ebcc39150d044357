import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EDGE_KINDS, NODE_KINDS, PlanGraph } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { GraphService } from './graph.service';

class GraphNodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NODE_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() example!: boolean;
}

class GraphEdgeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: EDGE_KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid' }) source!: string;
  @ApiProperty({ format: 'uuid' }) target!: string;
  @ApiProperty({ nullable: true, type: String }) rationale!: string | null;
  @ApiProperty({ nullable: true, type: Number }) strength!: number | null;
}

class PlanGraphDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({
    type: [GraphNodeDto],
    description:
      'vision (organisation, statement, motivations, status, period), aimingPoint (ambition, position), ' +
      'focusArea (committeeId, committeeName, coOwnerCommitteeIds, rank, status), action (unitId, unitName, responsiblePerson, status, dates), ' +
      'indicator (measuresId, type, evidenceKind, cadence, unit, direction, baseline, target, latest observation).',
  })
  nodes!: GraphNodeDto[];
  @ApiProperty({
    type: [GraphEdgeDto],
    description:
      'partOf: aiming point → vision; supports: focus area → aiming point; contributes: action → focus area; measures: indicator → focus area or action.',
  })
  edges!: GraphEdgeDto[];
}

@ApiTags('plans')
@Controller('plans')
export class GraphController {
  constructor(private readonly graph: GraphService) {}

  @Get(':planId/graph')
  @Route('The whole plan as one graph of nodes and edges', { id: 'planId', errors: [404] })
  @ApiOkResponse({ type: PlanGraphDto })
  get(@IdParam('plan', 'planId') planId: string): Promise<PlanGraph> {
    return this.graph.graph(planId);
  }
}
