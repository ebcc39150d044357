import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { PlanGraph } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { ApiError } from '../../common/api-error';
import { IdParam } from '../../common/id.pipe';
import { PlanGraphDto } from './dto/graph.dto';
import { GraphService } from './graph.service';
import { PlanTimeService } from './plan-time.service';

@ApiTags('plans')
@Controller('plans')
export class GraphController {
  constructor(
    private readonly graph: GraphService,
    private readonly time: PlanTimeService,
  ) {}

  @Get(':planId/graph')
  @Route(
    'The whole plan as one graph of nodes and edges: now, as it was at the end of a day (rebuilt from the trail), or as a revision stored it',
    { id: 'planId', errors: [400, 404, 422] },
  )
  @ApiQuery({
    name: 'asOf',
    required: false,
    type: String,
    format: 'date',
    description: 'The plan at the end of this day (Europe/Copenhagen)',
  })
  @ApiQuery({ name: 'revision', required: false, type: String, format: 'uuid', description: 'The plan as this revision stored it' })
  @ApiOkResponse({ type: PlanGraphDto })
  get(@IdParam('plan', 'planId') planId: string, @Query('asOf') asOf?: string, @Query('revision') revision?: string): Promise<PlanGraph> {
    if (asOf !== undefined && revision !== undefined)
      throw ApiError.invalid('revision', 'one_of', 'ask for the plan as of a day or as a revision, not both');
    if (asOf !== undefined) return this.time.asOf(planId, asOf).then((at) => at.graph);
    if (revision !== undefined) return this.time.revision(planId, revision);
    return this.graph.graph(planId);
  }
}
