import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { FocusAreasModule } from '../focus-areas/focus-areas.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { LinksModule } from '../links/links.module';
import { AdjustmentsController } from './adjustments.controller';
import { AdjustmentsService } from './adjustments.service';

@Module({
  imports: [FocusAreasModule, ActionsModule, IndicatorsModule, LinksModule],
  controllers: [AdjustmentsController],
  providers: [AdjustmentsService],
  exports: [AdjustmentsService],
})
export class AdjustmentsModule {}
