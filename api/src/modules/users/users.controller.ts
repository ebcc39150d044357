import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Requires('manageUsers')
  @Route('List every user, deactivated ones too (administrators)', { errors: [401, 403] })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @Requires('manageUsers')
  @Route('Create a user with a password and roles (administrators)', { errors: [400, 401, 403, 404, 409] })
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, dto);
  }

  @Get(':id')
  @Requires('manageUsers')
  @Route('Read a user (administrators)', { id: 'id', errors: [401, 403, 404] })
  @ApiOkResponse({ type: UserDto })
  get(@IdParam('user') id: string): Promise<UserDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @Requires('manageUsers')
  @Route('Change a user: name, roles, password; `active: false` deactivates (users are never deleted). Needs If-Match', {
    id: 'id',
    errors: [400, 401, 403, 404, 412, 428],
  })
  @ApiOkResponse({ type: UserDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('user') id: string,
    @Body() dto: UpdateUserDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<UserDto> {
    return this.users.update(actor, id, dto, ifMatch);
  }
}
