import { ApiProperty, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ExampleProperty, PositionProperty, RowDto, TitleProperty } from '../../../common/dto';
import { MAX_CORE_AREAS, MAX_SHORT_TEXT, MAX_TITLE } from '@kompas/domain';

class CommitteeFields {
  @TitleProperty('Udvalget for Læring')
  name!: string;

  @ApiProperty({ required: false, example: 'Læring' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SHORT_TEXT)
  shortName?: string;

  @ApiProperty({ required: false, type: [String], description: 'Kerneområder', example: ['dagtilbud', 'folkeskoler'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CORE_AREAS)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TITLE, { each: true })
  coreAreas?: string[];

  @PositionProperty("Order of the committee's lane, 1-based (default: last).")
  position?: number;

  @ExampleProperty()
  example?: boolean;
}

export class CreateCommitteeDto extends CommitteeFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;
}

export class UpdateCommitteeDto extends PartialType(CommitteeFields) {}

export class CommitteeDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() shortName!: string;
  @ApiProperty({ type: [String] }) coreAreas!: string[];
  @ApiProperty() position!: number;
}
