import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** The yearly follow-up report in Hedensted's four layers, as a PDF and as a workbook. */
@Module({ controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
