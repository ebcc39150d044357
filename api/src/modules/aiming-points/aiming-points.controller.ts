import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { AimingPointsService } from './aiming-points.service';
import { AimingPointDto, CreateAimingPointDto, UpdateAimingPointDto } from './dto/aiming-point.dto';

@ApiTags('aiming points (sigtepunkter)')
@Controller()
export class AimingPointsController {
  constructor(private readonly aimingPoints: AimingPointsService) {}

  @Get('plans/:planId/aiming-points')
  @Route("List a plan's aiming points in order", { id: 'planId', errors: [404] })
  @ApiOkResponse({ type: [AimingPointDto] })
  list(@IdParam('plan', 'planId') planId: string): Promise<AimingPointDto[]> {
    return this.aimingPoints.list(planId);
  }

  @Post('aiming-points')
  @Route('Create an aiming point', { errors: [400, 404] })
  @ApiCreatedResponse({ type: AimingPointDto })
  create(@Body() dto: CreateAimingPointDto): Promise<AimingPointDto> {
    return this.aimingPoints.create(dto);
  }

  @Get('aiming-points/:id')
  @Route('Read an aiming point', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: AimingPointDto })
  get(@IdParam('aiming point') id: string): Promise<AimingPointDto> {
    return this.aimingPoints.get(id);
  }

  @Patch('aiming-points/:id')
  @Route('Change an aiming point (texts, position)', { id: 'id', errors: [400, 404] })
  @ApiOkResponse({ type: AimingPointDto })
  update(@IdParam('aiming point') id: string, @Body() dto: UpdateAimingPointDto): Promise<AimingPointDto> {
    return this.aimingPoints.update(id, dto);
  }

  @Delete('aiming-points/:id')
  @HttpCode(204)
  @Route('Delete an aiming point and its links', { id: 'id', errors: [404] })
  @ApiNoContentResponse()
  remove(@IdParam('aiming point') id: string): Promise<void> {
    return this.aimingPoints.remove(id);
  }
}
