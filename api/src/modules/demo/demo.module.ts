import { Module } from '@nestjs/common';
import { PlanDocumentsModule } from '../plan-documents/plan-documents.module';
import { DemoService } from './demo.service';

@Module({ imports: [PlanDocumentsModule], providers: [DemoService] })
export class DemoModule {}
