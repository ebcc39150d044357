import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @Route('Create a plan (a council vision for one period)', { errors: [400, 422] })
  @ApiCreatedResponse({ type: PlanDto })
  create(@Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(dto);
  }

  @Get(':id')
  @Route('Read a plan', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: PlanDto })
  get(@IdParam('plan') id: string): Promise<PlanDto> {
    return this.plans.get(id);
  }

  @Patch(':id')
  @Route('Change a plan: texts, period, status', { id: 'id', errors: [400, 404, 422] })
  @ApiOkResponse({ type: PlanDto })
  update(@IdParam('plan') id: string, @Body() dto: UpdatePlanDto): Promise<PlanDto> {
    return this.plans.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Route('Delete a plan and everything in it (not while adopted)', { id: 'id', errors: [404, 422] })
  @ApiNoContentResponse()
  remove(@IdParam('plan') id: string): Promise<void> {
    return this.plans.remove(id);
  }
}
