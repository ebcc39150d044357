import { Module } from '@nestjs/common';
import { PlanDocumentsController } from './plan-documents.controller';
import { PlanDocumentsService } from './plan-documents.service';
import { RevisionsModule } from '../revisions/revisions.module';

@Module({
  imports: [RevisionsModule],
  controllers: [PlanDocumentsController],
  providers: [PlanDocumentsService],
  exports: [PlanDocumentsService],
})
export class PlanDocumentsModule {}
