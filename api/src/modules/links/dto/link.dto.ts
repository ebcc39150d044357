import { ApiProperty } from '@nestjs/swagger';
import { LINK_KINDS, LinkKind, MAX_LINK_STRENGTH, MAX_TEXT, MIN_LINK_STRENGTH, NODE_KINDS, NodeKind } from '@kompas/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ExampleProperty, OptionalTextProperty, RowDto } from '../../../common/dto';

class LinkFields {
  @OptionalTextProperty(MAX_TEXT, {
    example: 'Trivsel er en forudsætning for fællesskab i skolen.',
    description: 'Why the two are linked.',
  })
  rationale?: string;

  @ApiProperty({ required: false, minimum: MIN_LINK_STRENGTH, maximum: MAX_LINK_STRENGTH, default: 2 })
  @IsOptional()
  @IsInt()
  @Min(MIN_LINK_STRENGTH)
  @Max(MAX_LINK_STRENGTH)
  strength?: number;
}

export class CreateLinkDto extends LinkFields {
  @ApiProperty({ format: 'uuid', description: 'An action (contributes) or a focus area (supports).' })
  @IsUUID()
  sourceId!: string;

  @ApiProperty({ format: 'uuid', description: 'A focus area (contributes) or an aiming point (supports).' })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ required: false, enum: LINK_KINDS, description: 'Optional: the kind follows from the two ends; if given, it must match.' })
  @IsOptional()
  @IsIn(LINK_KINDS)
  kind?: LinkKind;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Optional: a link belongs to the plan of its ends; if given, it must be that plan.',
  })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ExampleProperty()
  example?: boolean;
}

export class UpdateLinkDto extends LinkFields {}

export class LinkDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ enum: LINK_KINDS }) kind!: LinkKind;
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty({ enum: NODE_KINDS }) sourceKind!: NodeKind;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ enum: NODE_KINDS }) targetKind!: NodeKind;
  @ApiProperty() rationale!: string;
  @ApiProperty() strength!: number;
}

export class LinkListQuery {
  @IsOptional()
  @IsIn(LINK_KINDS)
  kind?: LinkKind;
}
