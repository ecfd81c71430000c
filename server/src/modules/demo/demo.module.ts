import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module';
import { FirstStartService } from './first-start.service';

/** First-start work: the demo city and its learning, or the bootstrap admin. */
@Module({ imports: [CoursesModule], providers: [FirstStartService], exports: [FirstStartService] })
export class DemoModule {}
