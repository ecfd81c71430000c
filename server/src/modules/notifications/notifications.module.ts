import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MyNotificationsController, RemindersController } from './notifications.controller';
import { Notification, Reminder } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { PruneNotificationsJob } from './prune-notifications.job';
import { SignInAlerts } from './sign-in-alerts';

/** Reminders (督促) to lagging units, alerts about accounts under attack, and the in-app notifications every user reads. */
@Module({
  imports: [TypeOrmModule.forFeature([Reminder, Notification])],
  controllers: [RemindersController, MyNotificationsController],
  providers: [NotificationsService, PruneNotificationsJob, SignInAlerts],
  exports: [NotificationsService],
})
export class NotificationsModule {}
