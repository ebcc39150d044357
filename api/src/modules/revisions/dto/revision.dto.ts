import { ApiProperty } from '@nestjs/swagger';
import { MAX_CASE_NUMBER, MAX_TITLE, PlanRevisionSummary } from '@kompas/domain';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { HasVisibleText, IsCalendarDate } from '../../../common/validators';

export class CreateRevisionDto {
  @ApiProperty({ example: 'Vedtaget i Kommunalbestyrelsen', minLength: 1, maxLength: MAX_TITLE })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  @HasVisibleText()
  name!: string;

  @ApiProperty({ format: 'date', description: "The meeting's date" })
  @IsCalendarDate()
  decidedAt!: string;

  @ApiProperty({ example: 'Kommunalbestyrelsen', minLength: 1, maxLength: MAX_TITLE, description: 'Who decided it, in words' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  @HasVisibleText()
  decidedBy!: string;

  @ApiProperty({ example: 'sag 26/1234', minLength: 1, maxLength: MAX_CASE_NUMBER })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_CASE_NUMBER)
  @HasVisibleText()
  caseNumber!: string;
}

export class RevisionDto implements PlanRevisionSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiProperty() decidedBy!: string;
  @ApiProperty({ description: 'Empty for a revision Kompas took itself (an adopted plan imported)' }) caseNumber!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Who took it ("Kompas" for an automatic revision)' }) createdByName!: string;
  @ApiProperty({ description: 'The trail entry that recorded it: the plan as the trail says up to it' }) auditSeq!: number;
}

const BECAUSE = {
  type: 'object',
  nullable: true,
  description: 'What the trail recorded for it between the two sides: the reason, the decided adjustment it applied, the entry',
  properties: {
    reason: { type: 'string', nullable: true },
    adjustment: {
      type: 'object',
      nullable: true,
      properties: {
        id: { type: 'string', format: 'uuid' },
        decision: {
          type: 'object',
          properties: {
            decidedBy: { type: 'string' },
            committeeName: { type: 'string', nullable: true },
            decidedAt: { type: 'string', format: 'date' },
            caseNumber: { type: 'string' },
          },
          required: ['decidedBy', 'committeeName', 'decidedAt', 'caseNumber'],
        },
      },
      required: ['id', 'decision'],
    },
    seq: { type: 'integer' },
  },
  required: ['reason', 'adjustment', 'seq'],
} as const;
const FIELDS = {
  type: 'array',
  items: { type: 'object', properties: { field: { type: 'string' }, from: {}, to: {} }, required: ['field', 'from', 'to'] },
} as const;
const NODE_ITEM = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    node: { type: 'object', additionalProperties: true },
    because: BECAUSE,
  },
  required: ['id', 'kind', 'title', 'node', 'because'],
} as const;
const NODE_CHANGE = {
  type: 'object',
  properties: { id: { type: 'string' }, kind: { type: 'string' }, title: { type: 'string' }, fields: FIELDS, because: BECAUSE },
  required: ['id', 'kind', 'title', 'fields', 'because'],
} as const;
const LINK_BASE = {
  id: { type: 'string' },
  kind: { type: 'string', enum: ['supports', 'contributes'] },
  source: { type: 'string' },
  target: { type: 'string' },
  because: BECAUSE,
} as const;
const LINK_ITEM = {
  type: 'object',
  properties: { ...LINK_BASE, edge: { type: 'object', additionalProperties: true } },
  required: ['id', 'kind', 'source', 'target', 'edge', 'because'],
} as const;
const LINK_CHANGE = {
  type: 'object',
  properties: { ...LINK_BASE, fields: FIELDS },
  required: ['id', 'kind', 'source', 'target', 'fields', 'because'],
} as const;

export class DiffSideDto {
  @ApiProperty({ description: 'As asked: a revision id, a date or `now`' }) side!: string;
  @ApiProperty({ description: 'The last trail entry this side includes' }) seq!: number;
  @ApiProperty({ type: RevisionDto, nullable: true }) revision!: RevisionDto | null;
}

export class PlanDiffDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ type: DiffSideDto }) from!: DiffSideDto;
  @ApiProperty({ type: DiffSideDto }) to!: DiffSideDto;
  @ApiProperty({
    type: 'object',
    properties: {
      added: { type: 'array', items: NODE_ITEM },
      removed: { type: 'array', items: NODE_ITEM },
      changed: { type: 'array', items: NODE_CHANGE },
    },
    required: ['added', 'removed', 'changed'],
  } as never)
  nodes!: unknown;
  @ApiProperty({
    type: 'object',
    properties: {
      added: { type: 'array', items: LINK_ITEM },
      removed: { type: 'array', items: LINK_ITEM },
      changed: { type: 'array', items: LINK_CHANGE },
    },
    required: ['added', 'removed', 'changed'],
  } as never)
  links!: unknown;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        focusAreaId: { type: 'string' },
        title: { type: 'string' },
        committeeId: { type: 'string' },
        from: { type: 'integer' },
        to: { type: 'integer' },
        because: BECAUSE,
      },
      required: ['focusAreaId', 'title', 'committeeId', 'from', 'to', 'because'],
    },
  } as never)
  priorities!: unknown;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        indicatorId: { type: 'string' },
        title: { type: 'string' },
        period: { type: 'string' },
        from: { type: 'number', nullable: true },
        to: { type: 'number', nullable: true },
        change: { type: 'string', enum: ['eased', 'tightened', 'changed'] },
        because: BECAUSE,
      },
      required: ['indicatorId', 'title', 'period', 'from', 'to', 'change', 'because'],
    },
  } as never)
  targets!: unknown;
}
