import { Module } from '@nestjs/common';
import { ObservationImportController } from './observation-import.controller';
import { ObservationImportService } from './observation-import.service';
import { ObservationsController } from './observations.controller';
import { ObservationsService } from './observations.service';

@Module({ controllers: [ObservationsController, ObservationImportController], providers: [ObservationsService, ObservationImportService] })
export class ObservationsModule {}
