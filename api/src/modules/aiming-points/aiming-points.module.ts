import { Module } from '@nestjs/common';
import { AimingPointsController } from './aiming-points.controller';
import { AimingPointsService } from './aiming-points.service';

@Module({ controllers: [AimingPointsController], providers: [AimingPointsService] })
export class AimingPointsModule {}
