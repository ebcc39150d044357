import { Module } from '@nestjs/common';
import { GraphController } from './graph.controller';
import { GraphService } from './graph.service';

/** The plan as one graph. `GraphService` is for the modules that read the graph beside their own data (health). */
@Module({ controllers: [GraphController], providers: [GraphService], exports: [GraphService] })
export class GraphModule {}
