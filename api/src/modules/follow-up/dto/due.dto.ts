import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { MEASURED_KINDS, type MeasuredKind, NODE_KINDS, type NodeKind, OWNER_KINDS, type OwnerKind } from '@kompas/domain';

export class DuePeriodDto {
  @ApiProperty({ example: '2026K1', description: 'The period code (2026, 2026H1, 2026K1, 2026M01).' }) code!: string;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) start!: string;
  @ApiProperty({ format: 'date', example: '2026-03-31' }) end!: string;
}

export class DueOwnerDto {
  @ApiProperty({
    enum: OWNER_KINDS,
    description:
      "Who owns what the indicator measures: an action's unit, a focus area's committee, or the council (the vision, an aiming point; its people are the administrators).",
  })
  kind!: OwnerKind;
  @ApiProperty({ format: 'uuid', description: "The unit's or committee's id; the plan's for the council." }) id!: string;
  @ApiProperty({ example: 'Børn og Familie', description: "The unit's or committee's name; the plan's name for its council." })
  name!: string;
}

export class DuePersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class DueMeasuresDto {
  @ApiProperty({ enum: MEASURED_KINDS }) kind!: MeasuredKind;
  @ApiProperty({ format: 'uuid', description: "The node's id; the plan's for the vision." }) id!: string;
  @ApiProperty() title!: string;
}

export class DueIndicatorDto {
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['due', 'overdue'], description: 'due: its grace is running; overdue: the grace has passed.' }) state!:
    'due' | 'overdue';
  @ApiProperty({ type: DuePeriodDto, description: 'The latest ended period, which has no current observation.' }) period!: DuePeriodDto;
  @ApiProperty({ format: 'date', description: "The day its value is due by: the period's last day plus the grace." }) dueDate!: string;
  @ApiProperty({ type: DueOwnerDto }) owner!: DueOwnerDto;
  @ApiProperty({ type: DuePersonDto, nullable: true }) responsible!: DuePersonDto | null;
  @ApiProperty({ type: DueMeasuresDto }) measures!: DueMeasuresDto;
}

export class UnreadCommentDto {
  @ApiProperty({ format: 'uuid' }) commentId!: string;
  @ApiProperty({ format: 'uuid', description: "The node commented on; the plan's id for the vision." }) nodeId!: string;
  @ApiProperty({ enum: NODE_KINDS }) nodeKind!: NodeKind;
  @ApiProperty() nodeTitle!: string;
  @ApiProperty({ type: DuePersonDto }) author!: DuePersonDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The start of the comment, at most 160 characters.' }) excerpt!: string;
}

export class DueListDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ format: 'date', description: "Today's date in Copenhagen, which the list is for." }) today!: string;
  @ApiProperty({ type: [DueIndicatorDto], description: 'Overdue first, then by due date.' }) indicators!: DueIndicatorDto[];
  @ApiProperty({ type: [UnreadCommentDto], description: 'Newest first.' }) comments!: UnreadCommentDto[];
}

export class CommentReadDto {
  @ApiProperty({ format: 'uuid', description: 'The newest comment the user has seen on this node.' })
  @IsUUID()
  lastCommentId!: string;
}

export class CommentReadResultDto {
  @ApiProperty({ format: 'uuid' }) nodeId!: string;
  @ApiProperty({ format: 'uuid', description: 'The newest comment read so far (an older one given does not move it back).' })
  lastCommentId!: string;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
}
