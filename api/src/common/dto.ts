import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
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

export class ErrorDetailDto {
  @ApiProperty({ example: 'title' }) field!: string;
  @ApiProperty({ example: 'required' }) code!: string;
  @ApiProperty({ example: 'title should not be empty' }) message!: string;
}

export class ErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'validation_failed' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [ErrorDetailDto] }) details!: ErrorDetailDto[];
}
