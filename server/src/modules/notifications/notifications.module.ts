import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearningModule } from '../learning/learning.module';
import { MyNotificationsController, RemindersController } from './notifications.controller';
import { Notification, Reminder } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { PruneNotificationsJob } from './prune-notifications.job';
import { ShortfallRemindersController } from './shortfall-reminders.controller';
import { ShortfallRemindersService } from './shortfall-reminders.service';
import { SignInAlerts } from './sign-in-alerts';

/** Reminders (督促) to lagging units and to the cadres of the shortfall list, alerts about accounts under attack, and the in-app notifications every user reads. */
@Module({
  imports: [TypeOrmModule.forFeature([Reminder, Notification]), LearningModule],
  controllers: [RemindersController, MyNotificationsController, ShortfallRemindersController],
  providers: [NotificationsService, PruneNotificationsJob, SignInAlerts, ShortfallRemindersService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
