import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events';
import { Scheduler } from '../../common/scheduler/scheduler.service';
import { RequiredCoursesService } from './required-courses.service';

export const REQUIRED_COURSES_JOB = 'required-courses';

/** Keeps required-course enrolments complete: hourly for everyone, and at once for a cadre who changed. */
@Injectable()
export class RequiredCoursesJob implements OnModuleInit {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly events: DomainEvents,
    private readonly required: RequiredCoursesService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({
      name: REQUIRED_COURSES_JOB,
      everyMs: 60 * 60_000,
      run: async (tx) => ({ enrolled: await this.required.sync(tx) }),
    });
    this.events.on('cadre.changed', async ({ tx, userId }) => {
      await this.required.sync(tx, { userId });
    });
    this.events.on('cadres.imported', async ({ tx, userIds }) => {
      await this.required.sync(tx, { userIds });
    });
  }
}
