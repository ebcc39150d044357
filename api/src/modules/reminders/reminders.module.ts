import { Module } from '@nestjs/common';
import { FollowUpModule } from '../follow-up/follow-up.module';
import { RemindersService } from './reminders.service';

/** Reminders by e-mail of what waits on each person (see RemindersService); no routes of its own. */
@Module({ imports: [FollowUpModule], providers: [RemindersService], exports: [RemindersService] })
export class RemindersModule {}
