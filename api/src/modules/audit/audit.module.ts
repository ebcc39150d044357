import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { RestoreController } from './restore.controller';
import { RestoreService } from './restore.service';

@Global()
@Module({ controllers: [AuditController, RestoreController], providers: [AuditService, RestoreService], exports: [AuditService] })
export class AuditModule {}
