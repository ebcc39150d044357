import { ApiProperty } from '@nestjs/swagger';
import { MAX_CASE_NUMBER } from '@kompas/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HasVisibleText, IsCalendarDate } from '../../../common/validators';

export const DECIDERS = ['committee', 'council'] as const;
export type Decider = (typeof DECIDERS)[number];

/** Where and when something was decided: "Udvalget for Læring, 2026-05-12, sag 26/1234". */
export class DecisionInputDto {
  @ApiProperty({ enum: DECIDERS, description: 'A committee, or the council' })
  @IsIn(DECIDERS)
  decidedBy!: Decider;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'uuid', description: 'The committee, when a committee decided it' })
  @IsOptional()
  @IsUUID('all')
  committeeId?: string | null;

  @ApiProperty({ format: 'date', description: "The meeting's date" })
  @IsCalendarDate()
  decidedAt!: string;

  @ApiProperty({ example: 'sag 26/1234', minLength: 1, maxLength: MAX_CASE_NUMBER })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_CASE_NUMBER)
  @HasVisibleText()
  caseNumber!: string;
}

export class DecisionDto {
  @ApiProperty({ enum: DECIDERS }) decidedBy!: Decider;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) committeeId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The committee's name, when a committee decided it" })
  committeeName!: string | null;
  @ApiProperty({ format: 'date' }) decidedAt!: string;
  @ApiProperty() caseNumber!: string;
}
