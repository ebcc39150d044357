import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CommitteesService } from './committees.service';
import { CommitteeDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

@ApiTags('committees (udvalg)')
@Controller()
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @Get('plans/:planId/committees')
  @Route("List a plan's committees in lane order", { id: 'planId', errors: [404] })
  @ApiOkResponse({ type: [CommitteeDto] })
  list(@IdParam('plan', 'planId') planId: string): Promise<CommitteeDto[]> {
    return this.committees.list(planId);
  }

  @Post('committees')
  @Requires('manageCommittees')
  @Route('Create a committee in a plan', { errors: [400, 401, 403, 404] })
  @ApiCreatedResponse({ type: CommitteeDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCommitteeDto): Promise<CommitteeDto> {
    return this.committees.create(actor, dto);
  }

  @Get('committees/:id')
  @Route('Read a committee', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: CommitteeDto })
  get(@IdParam('committee') id: string): Promise<CommitteeDto> {
    return this.committees.get(id);
  }

  @Patch('committees/:id')
  @Requires('manageCommittees')
  @Route('Change a committee', { id: 'id', errors: [400, 401, 403, 404, 412, 428] })
  @ApiOkResponse({ type: CommitteeDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('committee') id: string,
    @Body() dto: UpdateCommitteeDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<CommitteeDto> {
    return this.committees.update(actor, id, dto, ifMatch);
  }

  @Delete('committees/:id')
  @Requires('manageCommittees')
  @HttpCode(204)
  @Route('Delete a committee that owns no focus areas', { id: 'id', errors: [401, 403, 404, 409, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('committee') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.committees.remove(actor, id, ifMatch);
  }
}
