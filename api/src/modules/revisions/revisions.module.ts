import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { RevisionsController } from './revisions.controller';
import { RevisionsService } from './revisions.service';

/** Revisions of a plan and the comparison of two moments of it. */
@Module({ imports: [GraphModule], controllers: [RevisionsController], providers: [RevisionsService], exports: [RevisionsService] })
export class RevisionsModule {}
