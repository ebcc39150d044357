import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
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
  @Route('Create an action owned by a unit', { errors: [400, 404, 422] })
  @ApiCreatedResponse({ type: ActionDto })
  create(@Body() dto: CreateActionDto): Promise<ActionDto> {
    return this.actions.create(dto);
  }

  @Get('actions/:id')
  @Route('Read an action', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: ActionDto })
  get(@IdParam('action') id: string): Promise<ActionDto> {
    return this.actions.get(id);
  }

  @Patch('actions/:id')
  @Route('Change an action: texts, unit, responsible person, status, dates', { id: 'id', errors: [400, 404, 422] })
  @ApiOkResponse({ type: ActionDto })
  update(@IdParam('action') id: string, @Body() dto: UpdateActionDto): Promise<ActionDto> {
    return this.actions.update(id, dto);
  }

  @Delete('actions/:id')
  @HttpCode(204)
  @Route('Delete an action and its links (refused once it has observations: stop it)', { id: 'id', errors: [404, 409] })
  @ApiNoContentResponse()
  remove(@IdParam('action') id: string): Promise<void> {
    return this.actions.remove(id);
  }
}
