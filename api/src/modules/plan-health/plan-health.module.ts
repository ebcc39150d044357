import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { PlanHealthController } from './plan-health.controller';
import { PlanHealthService } from './plan-health.service';

/** The explained health roll-up. `PlanHealthService` is for the committee page and the reports too. */
@Module({ imports: [GraphModule], controllers: [PlanHealthController], providers: [PlanHealthService], exports: [PlanHealthService] })
export class PlanHealthModule {}
