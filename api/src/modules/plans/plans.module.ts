import { Module } from '@nestjs/common';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { RevisionsModule } from '../revisions/revisions.module';

@Module({ imports: [RevisionsModule], controllers: [PlansController], providers: [PlansService], exports: [PlansService] })
export class PlansModule {}
