import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CreateUnitDto, UnitDto, UpdateUnitDto } from './dto/unit.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Route('List every organisational unit')
  @ApiOkResponse({ type: [UnitDto] })
  list(): Promise<UnitDto[]> {
    return this.units.list();
  }

  @Post()
  @Requires('manageUnits')
  @Route('Create a unit', { errors: [400, 401, 403, 404] })
  @ApiCreatedResponse({ type: UnitDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(actor, dto);
  }

  @Get(':id')
  @Route('Read a unit', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: UnitDto })
  get(@IdParam('unit') id: string): Promise<UnitDto> {
    return this.units.get(id);
  }

  @Patch(':id')
  @Requires('manageUnits')
  @Route('Rename or move a unit', { id: 'id', errors: [400, 401, 403, 404, 412, 422, 428] })
  @ApiOkResponse({ type: UnitDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('unit') id: string,
    @Body() dto: UpdateUnitDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<UnitDto> {
    return this.units.update(actor, id, dto, ifMatch);
  }

  @Delete(':id')
  @Requires('manageUnits')
  @HttpCode(204)
  @Route('Delete a unit that owns no actions and has no units under it', { id: 'id', errors: [401, 403, 404, 409, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('unit') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.units.remove(actor, id, ifMatch);
  }
}
