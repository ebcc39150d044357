import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MAX_LONG_TEXT, MAX_TITLE } from './validators';

export class SectionDto {
  @ApiProperty({ example: 'Vision i praksis' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  title!: string;

  @ApiProperty({ example: 'En vision er godt på vej, når den ses og mærkes i hverdagen …' })
  @IsString()
  @MaxLength(MAX_LONG_TEXT)
  body!: string;
}

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
