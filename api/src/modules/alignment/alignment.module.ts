import { Module } from '@nestjs/common';
import { PlanHealthModule } from '../plan-health/plan-health.module';
import { AlignmentController } from './alignment.controller';
import { AlignmentService } from './alignment.service';

/** The director's alignment audit and its exports. `AlignmentService.inputIn` is for anyone comparing the audit of a changed plan. */
@Module({ imports: [PlanHealthModule], controllers: [AlignmentController], providers: [AlignmentService], exports: [AlignmentService] })
export class AlignmentModule {}
