import { ApiProperty } from '@nestjs/swagger';
import { CASE_FIELDS, CASE_KINDS, CASE_SOURCE_KINDS, CASE_STATES, type CaseField, type CaseKind, type CaseSourceKind, type CaseState } from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';
import { RefDto } from '../../supervision/dto/supervision.dto';

const KIND_DOC = 'good_practice 正面典型, warning 反面警示';
const FIELD_DOC = 'The seed report\'s eight fields (乡村振兴, 教育, 医疗, 住房, 营商环境, 粮食购销, 食品安全, 黄河"四乱") and 作风建设';

export class CreateCaseDto {
  @EnumField(CASE_KINDS, { enumName: 'CaseKind', description: KIND_DOC }) kind!: CaseKind;
  @StringField({ max: 200 }) title!: string;
  @StringField({ max: 1000, description: 'One or two sentences shown in the list' }) summary!: string;
  @StringField({ max: 50_000, description: 'The case, plain text; paragraphs on their own lines' }) body!: string;
  @EnumField(CASE_FIELDS, { enumName: 'CaseField', description: FIELD_DOC }) field!: CaseField;
  @EnumField(CASE_SOURCE_KINDS, { enumName: 'CaseSourceKind', description: 'finding: from a supervision finding the author may see; notice: from a published public notice the author may read; entered: by hand' }) sourceKind!: CaseSourceKind;
  @UuidField({ nullable: true, description: 'The finding, when sourceKind is finding' }) sourceFindingId?: string | null;
  @UuidField({ nullable: true, description: 'The published public notice (公开通报), when sourceKind is notice' }) sourceNoticeId?: string | null;
  @UuidField({ optional: true, description: 'The unit the case concerns, in the caller\'s scope; defaults to the finding\'s unit or the caller\'s scope unit' }) unitId?: string;
  @UuidArrayField({ max: 12, optional: true, description: 'Photos and documents uploaded with purpose case_attachment' }) attachmentFileIds?: string[];
}

export class UpdateCaseDto {
  @EnumField(CASE_KINDS, { optional: true, enumName: 'CaseKind' }) kind?: CaseKind;
  @StringField({ max: 200, optional: true }) title?: string;
  @StringField({ max: 1000, optional: true }) summary?: string;
  @StringField({ max: 50_000, optional: true }) body?: string;
  @EnumField(CASE_FIELDS, { optional: true, enumName: 'CaseField' }) field?: CaseField;
  @UuidField({ optional: true, description: 'The unit the case concerns, in the caller\'s scope' }) unitId?: string;
  @UuidArrayField({ max: 12, optional: true, description: 'Replaces the attachments (purpose case_attachment)' }) attachmentFileIds?: string[];
}

export class CaseReasonDto {
  @StringField({ max: 500, description: 'Why (kept with the case and in the audit trail)' }) reason!: string;
}

export class AttachCaseToCourseDto {
  @UuidField({ description: 'A course the caller manages; the case becomes its last lesson, an article' }) courseId!: string;
}

export class AttachCaseToStudyDto {
  @UuidField({ description: 'A draft study record of a unit in the caller\'s scope' }) recordId!: string;
}

export class CaseQueryDto extends PageQueryDto {
  @StringField({ max: 50, optional: true, description: 'Words in the title, summary or body' }) q?: string;
  @EnumField(CASE_KINDS, { optional: true, enumName: 'CaseKind' }) kind?: CaseKind;
  @EnumField(CASE_FIELDS, { optional: true, enumName: 'CaseField' }) field?: CaseField;
  @EnumField(CASE_STATES, { optional: true, enumName: 'CaseState', description: 'Default published; other states only for the admins over the case\'s unit' }) state?: CaseState;
  @UuidField({ optional: true, description: 'Cases about this unit or the units below it' }) unitId?: string;
  @DateField({ optional: true, description: 'Published on or after this day (Asia/Shanghai)' }) publishedFrom?: string;
  @DateField({ optional: true, description: 'Published on or before this day (Asia/Shanghai)' }) publishedTo?: string;
  @UuidField({ optional: true, description: 'Cases attached to this study record as material' }) studyRecordId?: string;
}

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CASE_KINDS, enumName: 'CaseKind' }) kind!: CaseKind;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: CASE_FIELDS, enumName: 'CaseField' }) field!: CaseField;
  @ApiProperty({ enum: CASE_STATES, enumName: 'CaseState' }) state!: CaseState;
  @ApiProperty({ type: () => RefDto }) unit!: RefDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Cadres who opened it (once each)' }) readCount!: number;
}

export class CasePageDto extends PageOf(CaseSummaryDto) {}

export class CaseSourceNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class CaseSourceFindingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() inspectionTitle!: string;
  @ApiProperty() description!: string;
}

export class CaseCourseUseDto {
  @ApiProperty({ format: 'uuid' }) courseId!: string;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ format: 'uuid' }) lessonId!: string;
}

export class CaseStudyUseDto {
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
}

export class CaseUsesDto {
  @ApiProperty({ type: () => CaseCourseUseDto, isArray: true, description: 'Courses with a lesson made from the case (published ones, and those the caller manages)' }) courses!: CaseCourseUseDto[];
  @ApiProperty({ type: () => CaseStudyUseDto, isArray: true, description: 'The study records the caller may see that took it as material' }) studyRecords!: CaseStudyUseDto[];
  @ApiProperty({ type: 'integer', description: 'Every study record that took it as material' }) studyRecordCount!: number;
}

export class CaseCanDto {
  @ApiProperty({ description: 'Change it (a draft, by the admins over its unit)' }) edit!: boolean;
  @ApiProperty({ description: 'Propose it to the org admin (a draft)' }) propose!: boolean;
  @ApiProperty({ description: 'Publish it (a draft or proposal, by the org admin)' }) publish!: boolean;
  @ApiProperty({ name: 'return', description: 'Return a proposal (the org admin)' }) return!: boolean;
  @ApiProperty({ description: 'Withdraw it (published, by the org admin)' }) withdraw!: boolean;
  @ApiProperty({ description: 'Attach it to a course or a study record (published, by an admin)' }) attach!: boolean;
}

export class CaseDto extends CaseSummaryDto {
  @ApiProperty() body!: string;
  @ApiProperty({ enum: CASE_SOURCE_KINDS, enumName: 'CaseSourceKind' }) sourceKind!: CaseSourceKind;
  @ApiProperty({ type: () => CaseSourceFindingDto, nullable: true, description: 'The source finding, when the caller may see it' }) sourceFinding!: CaseSourceFindingDto | null;
  @ApiProperty({ type: () => CaseSourceNoticeDto, nullable: true, description: 'The source public notice, when the caller may read it' }) sourceNotice!: CaseSourceNoticeDto | null;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) attachments!: StoredFileDto[];
  @ApiProperty({ type: String, nullable: true }) returnReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: () => RefDto }) createdBy!: RefDto;
  @ApiProperty({ type: () => CaseUsesDto }) uses!: CaseUsesDto;
  @ApiProperty({ type: () => CaseCanDto }) can!: CaseCanDto;
}
