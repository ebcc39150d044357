import { Module } from '@nestjs/common';
import { AdjustmentsModule } from '../adjustments/adjustments.module';
import { AlignmentModule } from '../alignment/alignment.module';
import { PlanHealthModule } from '../plan-health/plan-health.module';
import { ScenariosController } from './scenarios.controller';
import { ScenariosService } from './scenarios.service';

/** What-if scenarios: staged in private, previewed, applied as an adjustment or thrown away. */
@Module({
  imports: [AdjustmentsModule, AlignmentModule, PlanHealthModule],
  controllers: [ScenariosController],
  providers: [ScenariosService],
})
export class ScenariosModule {}
