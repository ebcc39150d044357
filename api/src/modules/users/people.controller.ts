import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { PersonDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('people')
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Route('List the active users by name, to choose one (an indicator’s responsible person); anyone signed in', { errors: [401] })
  @ApiOkResponse({ type: [PersonDto] })
  list(): Promise<PersonDto[]> {
    return this.users.people();
  }
}
