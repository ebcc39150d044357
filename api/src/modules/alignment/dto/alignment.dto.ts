import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_KINDS, type EvidenceKind, FINDING_CODES, type FindingCode } from '@kompas/domain';

export class FindingDto {
  @ApiProperty({ enum: FINDING_CODES, description: 'What was found (see the README on the alignment audit).' })
  code!: FindingCode;
  @ApiProperty({ description: 'The node it is about: the map selects it.' })
  nodeId!: string;
  @ApiProperty({ type: [String], description: 'Nodes put at risk by it or on its path (the focus areas and aiming points above it, …).' })
  related!: string[];
  @ApiProperty({ type: [String], description: 'The committees it concerns: their scores pay for it.' })
  committeeIds!: string[];
  @ApiProperty({ type: [String], description: 'The aiming points it concerns: their scores pay for it.' })
  aimingPointIds!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
    example: { kind: 'action', title: 'Læsevenner i indskolingen', unitName: 'Skoleområde Nord' },
    description: "Always the node's `kind` and `title`; per code its figures (a period, a due date, a committee's name, …).",
  })
  params!: Record<string, string | number | null>;
}

export class HealthMixDto {
  @ApiProperty() onTrack!: number;
  @ApiProperty() atRisk!: number;
  @ApiProperty() offTrack!: number;
  @ApiProperty() noData!: number;
}

export class AlignmentCellDto {
  @ApiProperty({ format: 'uuid' }) committeeId!: string;
  @ApiProperty({ format: 'uuid' }) aimingPointId!: string;
  @ApiProperty({ type: [String], description: "The committee's live focus areas (owned or shared) supporting the aiming point." })
  focusAreaIds!: string[];
  @ApiProperty({ type: [String], description: 'The live actions contributing to those focus areas.' })
  actionIds!: string[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Of their indicators that owe a value (fresh, due or overdue), the share that is fresh, 0–1; null when none owes one.',
  })
  freshShare!: number | null;
  @ApiProperty({ type: HealthMixDto, description: 'The focus areas and actions of the cell counted by health.' })
  health!: HealthMixDto;
  @ApiProperty({ enum: EVIDENCE_KINDS, isArray: true, description: 'The kinds of evidence behind their indicators.' })
  evidenceKinds!: EvidenceKind[];
}

export class ScoreLossDto {
  @ApiProperty({ description: 'The finding (its index in `findings`) that cost the points.' }) findingIndex!: number;
  @ApiProperty() points!: number;
}

export class AlignmentScoreDto {
  @ApiProperty({ format: 'uuid', description: 'The committee or aiming point.' }) id!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: '100 less the points its findings cost, at least 0.' }) score!: number;
  @ApiProperty({ type: [ScoreLossDto] }) lost!: ScoreLossDto[];
}

export class AlignmentScoresDto {
  @ApiProperty({ type: [AlignmentScoreDto] }) committees!: AlignmentScoreDto[];
  @ApiProperty({ type: [AlignmentScoreDto] }) aimingPoints!: AlignmentScoreDto[];
}

export class AlignmentDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({
    type: [AlignmentCellDto],
    description: 'A cell per committee × aiming point, committees in their order, aiming points by position.',
  })
  matrix!: AlignmentCellDto[];
  @ApiProperty({ type: [FindingDto], description: 'In the order of the finding codes.' })
  findings!: FindingDto[];
  @ApiProperty({ type: AlignmentScoresDto }) scores!: AlignmentScoresDto;
}
