import { Module } from '@nestjs/common';
import { PlanHealthModule } from '../plan-health/plan-health.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The yearly follow-up report in Hedensted's four layers, as a PDF and as a workbook. */
@Module({ imports: [PlanHealthModule], controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
