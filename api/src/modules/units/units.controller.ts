import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @Route('Create a unit', { errors: [400, 404] })
  @ApiCreatedResponse({ type: UnitDto })
  create(@Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(dto);
  }

  @Get(':id')
  @Route('Read a unit', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: UnitDto })
  get(@IdParam('unit') id: string): Promise<UnitDto> {
    return this.units.get(id);
  }

  @Patch(':id')
  @Route('Rename or move a unit', { id: 'id', errors: [400, 404, 422] })
  @ApiOkResponse({ type: UnitDto })
  update(@IdParam('unit') id: string, @Body() dto: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Route('Delete a unit that owns no actions and has no units under it', { id: 'id', errors: [404, 409] })
  @ApiNoContentResponse()
  remove(@IdParam('unit') id: string): Promise<void> {
    return this.units.remove(id);
  }
}
