import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlanGraph } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { PlanGraphDto } from './dto/graph.dto';
import { GraphService } from './graph.service';

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
