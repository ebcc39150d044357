import { Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController, PeopleController], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
