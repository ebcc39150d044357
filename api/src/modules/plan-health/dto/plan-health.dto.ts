import { ApiProperty } from '@nestjs/swagger';
import { HEALTH_REASON_CODES, type HealthReasonCode, NODE_HEALTHS, type NodeHealth } from '@kompas/domain';

export class HealthReasonDto {
  @ApiProperty({ description: 'The node the reason names (an indicator, a child, or the node itself): the web links to it.' })
  nodeId!: string;
  @ApiProperty({ enum: HEALTH_REASON_CODES, description: 'What kind of reason it is; `params` holds its figures.' })
  code!: HealthReasonCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true },
    example: { title: 'Ledighedsprocent', period: '2026K1', gap: 0.8, unit: '%', since: '2025K3' },
    description: 'The figures of the reason: titles, period codes, values, gaps, counts (see the README on the health roll-up).',
  })
  params!: Record<string, string | number | null>;
}

export class NodeHealthDto {
  @ApiProperty({ description: "The node's id; the plan's for the vision." }) nodeId!: string;
  @ApiProperty({ enum: NODE_HEALTHS }) health!: NodeHealth;
  @ApiProperty({
    example: "I risiko: 2 af 5 handlinger er ikke på sporet; indikatoren 'Ledighedsprocent' er 0,8 point fra målet siden 2025K3",
    description: 'Why, in one sentence in the requested language.',
  })
  explanation!: string;
  @ApiProperty({ type: [HealthReasonDto] }) reasons!: HealthReasonDto[];
}

export class PlanHealthDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({
    type: [NodeHealthDto],
    description: 'Every node of the plan: the vision, aiming points, focus areas, actions and indicators.',
  })
  nodes!: NodeHealthDto[];
}
