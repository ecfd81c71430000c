import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { CoursesModule } from '../courses/courses.module';
import { FirstStartService } from './first-start.service';

/** First-start work: the demo city and its learning, or the bootstrap admin. */
@Module({ imports: [CoursesModule, CertificatesModule], providers: [FirstStartService], exports: [FirstStartService] })
export class DemoModule {}
