import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { ApiErrorBody, AUDIT_ACTIONS, AuditAction, ERROR_CODES, ErrorCode, FieldError, WHY_NOT_CODES, WhyNotCode } from '@kompas/domain';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { MAX_LONG_TEXT, MAX_TEXT, MAX_TITLE } from '@kompas/domain';
import { HasVisibleText } from './validators';

export class SectionDto {
  @ApiProperty({ example: 'Vision i praksis' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  @HasVisibleText()
  title!: string;

  @ApiProperty({ example: 'En vision er godt på vej, når den ses og mærkes i hverdagen …' })
  @IsString()
  @MaxLength(MAX_LONG_TEXT)
  body!: string;
}

/** A required one-line text: a title or a name. */
export const TitleProperty = (example: string) => (target: object, key: string) => {
  ApiProperty({ example, maxLength: MAX_TITLE })(target, key);
  IsString()(target, key);
  MinLength(1)(target, key);
  MaxLength(MAX_TITLE)(target, key);
  HasVisibleText()(target, key);
};

/** An optional longer text (empty when left out). */
export const OptionalTextProperty =
  (max = MAX_TEXT, doc: ApiPropertyOptions = {}) =>
  (target: object, key: string) => {
    ApiProperty({ required: false, maxLength: max, ...doc } as ApiPropertyOptions)(target, key);
    IsOptional()(target, key);
    IsString()(target, key);
    MaxLength(max)(target, key);
  };

/** A 1-based place in an ordered list; out-of-range places go last. */
export const PositionProperty = (description: string) => (target: object, key: string) => {
  ApiProperty({ required: false, minimum: 1, description })(target, key);
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(1)(target, key);
};

export const SectionsProperty = (description: string) => (target: object, key: string) => {
  ApiProperty({ type: [SectionDto], description, required: false })(target, key);
  IsOptional()(target, key);
  IsArray()(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => SectionDto)(target, key);
};

export const ExampleProperty = () => (target: object, key: string) => {
  ApiProperty({ required: false, default: false, description: 'Demo data, not a council decision.' })(target, key);
  IsOptional()(target, key);
  IsBoolean()(target, key);
};

/** Fields every response row carries. */
export class RowDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Demo data, not a council decision.' }) example!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send it back as `If-Match` to change or delete the row (also in the ETag header).', example: 1 })
  version!: number;
}

export class ErrorDetailDto implements FieldError {
  @ApiProperty({ example: 'title', description: 'A dotted path into the request, e.g. `sections.0.title`, or a header such as If-Match' })
  field!: string;
  @ApiProperty({ example: 'required' }) code!: string;
  @ApiProperty({ example: 'title should not be empty' }) message!: string;
  @ApiProperty({
    required: false,
    nullable: true,
    type: Number,
    description: 'In an imported file: the row as a spreadsheet shows it (the header is row 1); null for the file as a whole',
  })
  row?: number | null;
  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    description: 'In an imported file: the column, as the import names it (`period`)',
  })
  column?: string | null;
}

/** Who last changed a row, sent with a 412 so the client can say whose change came first. */
export class LastChangeDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) userName!: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

/** Why a request was refused (403 `forbidden`), for a client to word in its user's language. */
export class RefusalDto {
  @ApiProperty({ enum: WHY_NOT_CODES, example: 'other_unit' }) code!: WhyNotCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'What the words need: the committee or unit the thing belongs to.',
    example: { unitId: '7d0c6a52-5c1e-4a8f-9b7e-2f1d3c4b5a69' },
  })
  params!: Record<string, string>;
}

/** The one shape of every refusal. */
export class ErrorDto implements ApiErrorBody {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ enum: Object.values(ERROR_CODES), example: 'validation_failed' }) code!: ErrorCode;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [ErrorDetailDto] }) details!: ErrorDetailDto[];
  @ApiProperty({
    required: false,
    type: Object,
    additionalProperties: true,
    description: '412 only: the row as it is now (the same shape as reading it)',
  })
  current?: Record<string, unknown>;
  @ApiProperty({ required: false, nullable: true, type: LastChangeDto, description: '412 only: the change that came first' })
  lastChange?: LastChangeDto | null;
  @ApiProperty({ required: false, description: '429 only: seconds to wait (also in the Retry-After header)' })
  retryAfterSeconds?: number;
  @ApiProperty({
    required: false,
    description: '409 `observation_exists` only: the current observation of that period, to correct instead',
  })
  existingId?: string;
  @ApiPropertyOptional({ type: RefusalDto, description: 'With a refusal (403 `forbidden`): why, as a code and its parameters.' })
  reason?: RefusalDto;
}
