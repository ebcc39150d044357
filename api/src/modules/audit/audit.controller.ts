import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  can,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AuditAction,
  AuditEntity,
  AuditHead,
  AuditPage,
  AuditVerification,
  ImportRecordChunk,
  MAX_SHORT_TEXT,
} from '@kompas/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Route } from '../../common/api-docs';
import type { Actor } from './change';
import { allow } from './change';
import { CurrentActor, Requires } from '../auth/auth.decorators';
import { AuditService } from './audit.service';
import { AuditHeadDto, AuditPageDto, AuditVerificationDto, ImportRecordChunkDto } from './dto/audit.dto';

export class AuditListQuery {
  @ApiProperty({ required: false, enum: AUDIT_ENTITIES, description: 'Only entries about this kind of thing' })
  @IsOptional()
  @IsIn(AUDIT_ENTITIES)
  entity?: AuditEntity;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries that touched this id (a node’s history)' })
  @IsOptional()
  @IsUUID('all')
  entityId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The same as entityId' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries about this adjustment: the decision it is part of, applied' })
  @IsOptional()
  @IsUUID('all')
  adjustmentId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries about any part of this decision (an adjustment’s groupId)' })
  @IsOptional()
  @IsUUID('all')
  groupId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries by this user' })
  @IsOptional()
  @IsUUID('all')
  userId?: string;

  @ApiProperty({ required: false, description: 'Only entries by this user: their id or their login' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SHORT_TEXT)
  user?: string;

  @ApiProperty({ required: false, enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiProperty({ required: false, format: 'date-time', description: 'From this time (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'Until this time (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiProperty({ required: false, minimum: 0, maximum: 1_000_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset?: number;
}

export class ImportRecordQuery {
  @ApiProperty({ required: false, minimum: 0, maximum: 1_000_000, default: 0, description: 'Which chunk of the record (1,000 rows each)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  chunk?: number;
}

const isoOf = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

@ApiTags('audit trail')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Route(
    'The trail, newest first, with filters and paging. Anyone signed in may read the history of one thing (entityId); the whole trail is for directors and administrators. No route changes or deletes an entry.',
    { errors: [400, 401, 403] },
  )
  @ApiOkResponse({ type: AuditPageDto })
  list(@CurrentActor() actor: Actor, @Query() q: AuditListQuery): Promise<AuditPage> {
    const whole = can(actor.principal, { do: 'readAudit' });
    const entityId = (q.entityId ?? q.id)?.toLowerCase();
    // A decision's entries are the history of one thing, like a node's.
    if (!entityId && !q.adjustmentId && !q.groupId) allow(actor, { do: 'readAudit' });
    return this.audit.list({
      onlyPlanEntries: !whole,
      entity: q.entity,
      entityId,
      adjustmentId: q.adjustmentId?.toLowerCase(),
      groupId: q.groupId?.toLowerCase(),
      userId: q.userId?.toLowerCase(),
      user: q.user?.toLowerCase(),
      action: q.action,
      from: isoOf(q.from),
      to: isoOf(q.to),
      limit: q.limit ?? 50,
      offset: q.offset ?? 0,
    });
  }

  @Get('verify')
  @Requires('readAudit')
  @Route('Whether the hash chain of the whole trail is intact', { errors: [401, 403] })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }

  @Get('head')
  @Requires('readAudit')
  @Route('The head of the chain (entries, hash of the newest, time) with a MAC, to record outside Kompas', { errors: [401, 403] })
  @ApiOkResponse({ type: AuditHeadDto })
  head(): Promise<AuditHead> {
    return this.audit.head();
  }

  @Get(':seq/import')
  @Requires('managePlans')
  @Route('One chunk of an import’s record: the rows it created, with their ids (for those who may import)', {
    errors: [400, 401, 403, 404],
  })
  @ApiOkResponse({ type: ImportRecordChunkDto })
  importRecord(@Param('seq') seq: string, @Query() q: ImportRecordQuery): Promise<ImportRecordChunk> {
    return this.audit.importRecord(seq, q.chunk ?? 0);
  }
}
