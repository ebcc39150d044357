import { ApiExtraModels, ApiProperty, ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AuditAction,
  AuditBreak,
  AuditDrift,
  AuditEntity,
  AuditEntry,
  AuditHead,
  AuditPage,
  AuditVerification,
  ImportRecordChunk,
  ImportRecordSummary,
  RowChange,
  TRAIL_DERIVATIONS,
  TrailDerivation,
  TrailMigration,
  TrailMigrationColumn,
} from '@kompas/domain';
import type { RestoreResult } from '../restore.service';

/**
 * The trail's answers. Each class implements the shape in @kompas/domain, so
 * a field added there and not here (or the other way round) fails to compile.
 */

/** A stored column's value, as JSON: text, a number, a flag, a list (co-owners), an object, or null. */
const STORED_VALUE: SchemaObject = {
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object' }],
  nullable: true,
};

/** A row's stored columns by name, or null. */
const STORED_ROW: SchemaObject = { type: 'object', additionalProperties: STORED_VALUE, nullable: true };

const stored = (schema: SchemaObject, description: string) => ({ ...schema, description }) as ApiPropertyOptions;

export class RowChangeDto implements RowChange {
  @ApiProperty({ example: 'focus_area' }) table!: string;
  @ApiProperty() id!: string;
  @ApiProperty(stored(STORED_ROW, 'The stored columns before (null: the row did not exist)'))
  before!: Record<string, unknown> | null;
  @ApiProperty(stored(STORED_ROW, 'The stored columns after (null: the row is gone)'))
  after!: Record<string, unknown> | null;
}

export class ImportRecordSummaryDto implements ImportRecordSummary {
  @ApiProperty({ description: 'sha256 (hex) of the record’s chunks, each as stored, joined by a line feed' }) digest!: string;
  @ApiProperty({ description: 'UTF-8 bytes of the record' }) bytes!: number;
  @ApiProperty() rows!: number;
  @ApiProperty() chunks!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Created rows per table' })
  counts!: Record<string, number>;
}

type ValueColumn = Extract<TrailMigrationColumn, { value: unknown }>;
type DropColumn = Extract<TrailMigrationColumn, { drop: true }>;
type DeriveColumn = Extract<TrailMigrationColumn, { derive: unknown }>;

export class TrailMigrationValueDto implements ValueColumn {
  @ApiProperty() table!: string;
  @ApiProperty() column!: string;
  @ApiProperty(stored(STORED_VALUE, 'The value every row was given')) value!: unknown;
}

export class TrailMigrationDropDto implements DropColumn {
  @ApiProperty() table!: string;
  @ApiProperty() column!: string;
  @ApiProperty({ enum: [true] }) drop!: true;
}

export class TrailMigrationDeriveDto implements DeriveColumn {
  @ApiProperty() table!: string;
  @ApiProperty() column!: string;
  @ApiProperty({
    enum: Object.keys(TRAIL_DERIVATIONS),
    description: 'The rule (in @kompas/domain) that made each row’s value from the row as stored; a replay applies it too',
  })
  derive!: TrailDerivation;
}

@ApiExtraModels(TrailMigrationValueDto, TrailMigrationDropDto, TrailMigrationDeriveDto)
export class TrailMigrationDto implements TrailMigration {
  @ApiProperty() name!: string;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(TrailMigrationValueDto) },
        { $ref: getSchemaPath(TrailMigrationDropDto) },
        { $ref: getSchemaPath(TrailMigrationDeriveDto) },
      ],
    },
    description: 'A new or changed column set to one value on every row, a column dropped, or a column set by a named rule',
  })
  columns!: (TrailMigrationValueDto | TrailMigrationDropDto | TrailMigrationDeriveDto)[];
}

export class AuditDecisionDto {
  @ApiProperty({ enum: ['committee', 'council'] }) decidedBy!: 'committee' | 'council';
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) committeeId!: string | null;
  @ApiProperty({ nullable: true, type: String }) committeeName!: string | null;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiProperty() caseNumber!: string;
}

export class AuditAdjustmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty({ type: AuditDecisionDto }) decision!: AuditDecisionDto;
  @ApiProperty() reason!: string;
}

export class AuditEntryDto implements AuditEntry {
  @ApiProperty({ description: 'Position in the trail: 1, 2, 3 …' }) seq!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) userName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ enum: AUDIT_ENTITIES }) entity!: AuditEntity;
  @ApiProperty({ nullable: true, type: String, description: 'The thing the change was about' }) entityId!: string | null;
  @ApiProperty({ type: [String], description: 'Every id the change touched' }) entityIds!: string[];
  @ApiProperty({ type: [RowChangeDto], description: 'In a list answer at most 25; `changesTotal` says how many there were' })
  changes!: RowChangeDto[];
  @ApiProperty({ nullable: true, type: String, description: 'What the user gave as the reason' }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'What Kompas adds: why a request was denied, a lock-out’s figures' })
  detail!: string | null;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
  @ApiProperty({ description: 'Hashed with the trail’s key (HMAC-SHA256); false before the chain was keyed' }) keyed!: boolean;
  @ApiProperty({ nullable: true, type: ImportRecordSummaryDto, description: 'An import’s record of the rows it created' })
  record!: ImportRecordSummaryDto | null;
  @ApiProperty({ nullable: true, type: TrailMigrationDto, description: 'What a `migrate` entry changed in the stored rows' })
  migration!: TrailMigrationDto | null;
  @ApiProperty({ description: 'How many rows the change touched' }) changesTotal!: number;
  @ApiProperty({
    required: false,
    nullable: true,
    type: AuditAdjustmentDto,
    description: 'The decided adjustment an `adjust` entry applied, with its decision',
  })
  adjustment?: AuditAdjustmentDto | null;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: [AuditEntryDto] }) items!: AuditEntryDto[];
  @ApiProperty({ description: 'Entries that match the filters, on every page' }) total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class AuditBreakDto implements AuditBreak {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['hash', 'link', 'gap'] }) problem!: AuditBreak['problem'];
}

export class AuditDriftDto implements AuditDrift {
  @ApiProperty() table!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ description: '`*`: a row with no entry, or a row the trail has that is gone' }) field!: string;
  @ApiProperty(stored(STORED_VALUE, 'What the trail last recorded')) trail!: unknown;
  @ApiProperty(stored(STORED_VALUE, 'What is stored now')) now!: unknown;
}

export class AuditSealDto {
  @ApiProperty() entries!: number;
  @ApiProperty() hash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'The trail still holds what was sealed' }) matches!: boolean;
}

export class AuditVerificationDto implements AuditVerification {
  @ApiProperty({ description: 'No break, no drift, and the trail still holds what was last sealed' }) intact!: boolean;
  @ApiProperty() entries!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The first break' }) brokenAt!: number | null;
  @ApiProperty({ type: [AuditBreakDto] }) broken!: AuditBreakDto[];
  @ApiProperty({ type: [AuditDriftDto] }) drift!: AuditDriftDto[];
  @ApiProperty({ nullable: true, type: AuditSealDto, description: 'The last seal (null: never sealed)' }) seal!: AuditSealDto | null;
  @ApiProperty({ description: 'Entries from before the chain was keyed' }) unkeyed!: number;
}

export class AuditHeadDto implements AuditHead {
  @ApiProperty() entries!: number;
  @ApiProperty({ description: 'The hash of the newest entry' }) hash!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ description: 'HMAC-SHA256 over the head with the trail’s key' }) mac!: string;
}

export class ImportRecordChunkDto extends ImportRecordSummaryDto implements ImportRecordChunk {
  @ApiProperty() seq!: number;
  @ApiProperty() chunk!: number;
  @ApiProperty({ type: [RowChangeDto] }) changes!: RowChangeDto[];
}

export class RestoreResultDto implements RestoreResult {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: AUDIT_ENTITIES }) kind!: AuditEntity;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Every row brought back' })
  restored!: string[];
}
