import { Module } from '@nestjs/common';
import { DueService } from './due.service';
import { FollowUpController } from './follow-up.controller';

/** The "Til opfølgning" list: due and overdue indicators, and unread comments. `DueService` is for the reminders too. */
@Module({ controllers: [FollowUpController], providers: [DueService], exports: [DueService] })
export class FollowUpModule {}
