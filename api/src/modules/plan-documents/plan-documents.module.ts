import { Module } from '@nestjs/common';
import { PlanDocumentsController } from './plan-documents.controller';
import { PlanDocumentsService } from './plan-documents.service';

@Module({ controllers: [PlanDocumentsController], providers: [PlanDocumentsService], exports: [PlanDocumentsService] })
export class PlanDocumentsModule {}
