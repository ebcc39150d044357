import { Module } from '@nestjs/common';
import { PlanDocumentsModule } from '../plan-documents/plan-documents.module';
import { UsersModule } from '../users/users.module';
import { DemoService } from './demo.service';

@Module({ imports: [PlanDocumentsModule, UsersModule], providers: [DemoService] })
export class DemoModule {}
