import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
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
  @Requires('managePlans')
  @Route('Create an aiming point', { errors: [400, 401, 403, 404] })
  @ApiCreatedResponse({ type: AimingPointDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAimingPointDto): Promise<AimingPointDto> {
    return this.aimingPoints.create(actor, dto);
  }

  @Get('aiming-points/:id')
  @Route('Read an aiming point', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: AimingPointDto })
  get(@IdParam('aiming point') id: string): Promise<AimingPointDto> {
    return this.aimingPoints.get(id);
  }

  @Patch('aiming-points/:id')
  @Requires('managePlans')
  @Route('Change an aiming point (texts, position)', { id: 'id', errors: [400, 401, 403, 404, 412, 428] })
  @ApiOkResponse({ type: AimingPointDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('aiming point') id: string,
    @Body() dto: UpdateAimingPointDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<AimingPointDto> {
    return this.aimingPoints.update(actor, id, dto, ifMatch);
  }

  @Delete('aiming-points/:id')
  @Requires('managePlans')
  @HttpCode(204)
  @Route('Delete an aiming point and its links', { id: 'id', errors: [401, 403, 404, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('aiming point') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.aimingPoints.remove(actor, id, ifMatch);
  }
}
