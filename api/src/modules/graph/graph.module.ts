import { Module } from '@nestjs/common';
import { GraphController } from './graph.controller';
import { GraphService } from './graph.service';
import { PlanTimeService } from './plan-time.service';

/**
 * The plan as one graph, now and as it was. `GraphService` is for the modules that read the graph beside their own
 * data (health); `PlanTimeService` rebuilds it from the trail.
 */
@Module({ controllers: [GraphController], providers: [GraphService, PlanTimeService], exports: [GraphService, PlanTimeService] })
export class GraphModule {}
