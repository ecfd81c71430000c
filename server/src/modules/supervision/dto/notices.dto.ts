import { ApiProperty } from '@nestjs/swagger';
import { NOTICE_STATUSES, type NoticeStatus } from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, EnumField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { RefDto } from './supervision.dto';

export class NoticeGoodPracticeDto {
  @UuidField({ nullable: true, description: 'The unit it commends (in the caller\'s scope); named in the text' }) unitId?: string | null;
  @StringField({ max: 2000, description: 'What was done well (好经验、好做法)' }) text!: string;
}

function GoodPracticesField() {
  return (target: object, key: string) => {
    ApiProperty({ type: () => NoticeGoodPracticeDto, isArray: true, required: false, maxItems: 30, description: 'Good practice (正面典型), typed in, in order' })(target, key);
    IsOptional()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(30)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => NoticeGoodPracticeDto)(target, key);
  };
}

export class CreateNoticeDto {
  @StringField({ max: 200 }) title!: string;
  @StringField({ min: 0, max: 5000, optional: true, description: 'The opening paragraph' }) intro?: string;
  @UuidArrayField({ max: 100, optional: true, description: 'Findings of inspections the caller organises or is on the team of, in order' }) findingIds?: string[];
  @GoodPracticesField() goodPractices?: NoticeGoodPracticeDto[];
  @BoolField({ optional: true, description: 'Name the cadres of the findings in full; by default their names are masked (张*明)' }) nameCadres?: boolean;
  @UuidField({ description: 'Publish to the cadres of this unit\'s subtree (in the caller\'s scope)' }) scopeUnitId!: string;
  @UuidField({ optional: true, description: 'The published notice this one corrects' }) correctsId?: string;
}

export class UpdateNoticeDto {
  @StringField({ max: 200, optional: true }) title?: string;
  @StringField({ min: 0, max: 5000, optional: true }) intro?: string;
  @UuidArrayField({ max: 100, optional: true }) findingIds?: string[];
  @GoodPracticesField() goodPractices?: NoticeGoodPracticeDto[];
  @BoolField({ optional: true }) nameCadres?: boolean;
  @UuidField({ optional: true }) scopeUnitId?: string;
}

export class NoticeQueryDto extends PageQueryDto {
  @EnumField(NOTICE_STATUSES, { optional: true, enumName: 'NoticeStatus', description: 'Drafts are listed to the org admins who may publish them' }) status?: NoticeStatus;
  @DateField({ optional: true, description: 'Published on or after this day (Asia/Shanghai)' }) from?: string;
  @DateField({ optional: true, description: 'Published on or before this day (Asia/Shanghai)' }) to?: string;
  @UuidField({ optional: true, description: 'Notices published to this unit\'s subtree' }) unitId?: string;
}

export class NoticeSectionDto {
  @ApiProperty({ type: String, nullable: true }) heading!: string | null;
  @ApiProperty({ type: String, isArray: true }) paragraphs!: string[];
}

export class NoticeSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: NOTICE_STATUSES, enumName: 'NoticeStatus' }) status!: NoticeStatus;
  @ApiProperty({ type: () => RefDto }) scopeUnit!: RefDto;
  @ApiProperty({ type: 'integer' }) findingCount!: number;
  @ApiProperty({ type: 'integer' }) goodPracticeCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: () => RefDto, nullable: true, description: 'The notice this one corrects' }) corrects!: RefDto | null;
  @ApiProperty({ type: () => RefDto, nullable: true, description: 'The published correction of this notice, if any' }) correctedBy!: RefDto | null;
}

export class NoticePageDto extends PageOf(NoticeSummaryDto) {}

export class NoticeCanDto {
  @ApiProperty({ description: 'Edit and publish the draft, or correct the published notice (org admins over its scope)' }) manage!: boolean;
}

export class NoticeDto extends NoticeSummaryDto {
  @ApiProperty() intro!: string;
  @ApiProperty() nameCadres!: boolean;
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) findingIds!: string[];
  @ApiProperty({ type: () => NoticeGoodPracticeDto, isArray: true }) goodPractices!: NoticeGoodPracticeDto[];
  @ApiProperty({ type: () => NoticeSectionDto, isArray: true, description: 'The text as it reads (frozen once published; a draft shows what would be published)' }) sections!: NoticeSectionDto[];
  @ApiProperty({ type: () => RefDto }) createdBy!: RefDto;
  @ApiProperty({ type: () => NoticeCanDto }) can!: NoticeCanDto;
}
