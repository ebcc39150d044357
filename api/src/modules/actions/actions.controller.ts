import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam, OptionalIdQuery } from '../../common/id.pipe';
import { ActionsService } from './actions.service';
import { ActionDto, CreateActionDto, UpdateActionDto } from './dto/action.dto';

@ApiTags('actions (handlinger)')
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Get('plans/:planId/actions')
  @Route("List a plan's actions", { id: 'planId', errors: [400, 404] })
  @ApiQuery({ name: 'unitId', required: false, description: "Only this unit's actions" })
  @ApiOkResponse({ type: [ActionDto] })
  list(@IdParam('plan', 'planId') planId: string, @OptionalIdQuery('unitId') unitId?: string): Promise<ActionDto[]> {
    return this.actions.list(planId, unitId);
  }

  @Post('actions')
  @Requires('editAction')
  @Route('Create an action owned by a unit', { errors: [400, 401, 403, 404, 422] })
  @ApiCreatedResponse({ type: ActionDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateActionDto): Promise<ActionDto> {
    return this.actions.create(actor, dto);
  }

  @Get('actions/:id')
  @Route('Read an action', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: ActionDto })
  get(@IdParam('action') id: string): Promise<ActionDto> {
    return this.actions.get(id);
  }

  @Patch('actions/:id')
  @Requires('editAction')
  @Route('Change an action: texts, unit, responsible person, status, dates', { id: 'id', errors: [400, 401, 403, 404, 412, 422, 428] })
  @ApiOkResponse({ type: ActionDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('action') id: string,
    @Body() dto: UpdateActionDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<ActionDto> {
    return this.actions.update(actor, id, dto, ifMatch);
  }

  @Delete('actions/:id')
  @Requires('editAction')
  @HttpCode(204)
  @Route('Delete an action and its links (refused once it has observations: stop it)', { id: 'id', errors: [401, 403, 404, 409, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('action') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.actions.remove(actor, id, ifMatch);
  }
}
