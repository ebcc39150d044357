import { ApiProperty } from '@nestjs/swagger';
import { MAX_ADJUSTMENT_CHANGES, NODE_HEALTHS, type NodeHealth } from '@kompas/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { HasVisibleText } from '../../../common/validators';
import { AdjustmentChangeDto } from '../../adjustments/dto/adjustment.dto';
import { DecisionInputDto } from '../../adjustments/dto/decision.dto';
import { AlignmentScoresDto, FindingDto } from '../../alignment/dto/alignment.dto';

export const MAX_SCENARIO_NAME = 200;

export class CreateScenarioDto {
  @ApiProperty({ required: false, maxLength: MAX_SCENARIO_NAME, example: 'Stop lektiecafeen' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SCENARIO_NAME)
  @HasVisibleText()
  name?: string;
}

export class CreatedScenarioDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ScenarioChangesDto {
  @ApiProperty({
    type: [AdjustmentChangeDto],
    maxItems: MAX_ADJUSTMENT_CHANGES,
    description: "The staged changes, in the adjustment's `changes` form, each with the version of its row as read",
  })
  @IsArray()
  @ArrayMaxSize(MAX_ADJUSTMENT_CHANGES)
  @IsObject({ each: true })
  changes!: Record<string, unknown>[];
}

export class ScenarioDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [AdjustmentChangeDto] }) changes!: Record<string, unknown>[];
  @ApiProperty({ description: "The trail's head when the scenario was started" }) baseSeq!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** One of the caller's open scenarios on a plan, as the what-if page offers to continue it. */
export class ScenarioSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'How many changes are staged in it' }) changeCount!: number;
}

export class ApplyScenarioDto {
  @ApiProperty({ type: DecisionInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionInputDto)
  decision!: DecisionInputDto;

  /** Read into the trail entry's reason before validation (required here). */
  @ApiProperty({ minLength: 1, description: 'Why: required; it is also the trail entry’s reason' })
  @IsOptional()
  @IsString()
  reason?: string;
}

export class ScenarioHealthDto {
  @ApiProperty() nodeId!: string;
  @ApiProperty({ enum: NODE_HEALTHS }) health!: NodeHealth;
  @ApiProperty({ description: 'Why, in one sentence in the requested language' }) explanation!: string;
}

export class ScenarioSideDto {
  @ApiProperty({ type: [FindingDto] }) findings!: FindingDto[];
  @ApiProperty({ type: AlignmentScoresDto }) scores!: AlignmentScoresDto;
  @ApiProperty({ type: [ScenarioHealthDto], description: 'Every node of the plan' }) health!: ScenarioHealthDto[];
}

export class ScenarioPreviewDto {
  @ApiProperty({ type: ScenarioSideDto, description: 'The plan as it is' }) now!: ScenarioSideDto;
  @ApiProperty({ type: ScenarioSideDto, description: 'The plan with the staged changes made' }) scenario!: ScenarioSideDto;
}

export class ScenarioConflictRowDto {
  @ApiProperty({ example: 'action' }) table!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The version the staged change saw' }) version!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Its version now; null once deleted' }) now!: number | null;
}
