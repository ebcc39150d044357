import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CreatePlanDto, PlanDto, UpdatePlanDto } from './dto/plan.dto';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Route('List every plan, newest period first')
  @ApiOkResponse({ type: [PlanDto] })
  list(): Promise<PlanDto[]> {
    return this.plans.list();
  }

  @Post()
  @Requires('managePlans')
  @Route('Create a plan (a council vision for one period)', { errors: [400, 401, 403, 422] })
  @ApiCreatedResponse({ type: PlanDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(actor, dto);
  }

  @Get(':id')
  @Route('Read a plan', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: PlanDto })
  get(@IdParam('plan') id: string): Promise<PlanDto> {
    return this.plans.get(id);
  }

  @Patch(':id')
  @Requires('managePlans')
  @Route('Change a plan: texts (the council’s name among them), period, status', { id: 'id', errors: [400, 401, 403, 404, 412, 422, 428] })
  @ApiOkResponse({ type: PlanDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('plan') id: string,
    @Body() dto: UpdatePlanDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<PlanDto> {
    return this.plans.update(actor, id, dto, ifMatch);
  }

  @Delete(':id')
  @Requires('managePlans')
  @HttpCode(204)
  @Route('Delete a plan and everything in it (not while adopted)', { id: 'id', errors: [401, 403, 404, 412, 422, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('plan') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.plans.remove(actor, id, ifMatch);
  }
}
