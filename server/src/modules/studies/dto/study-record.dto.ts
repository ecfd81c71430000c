import { ApiProperty } from '@nestjs/swagger';
import {
  STUDY_ATTACHMENT_KINDS,
  STUDY_RECORD_STATUSES,
  STUDY_RECORD_TYPES,
  type StudyAttachmentKind,
  type StudyRecordStatus,
  type StudyRecordType,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUrl, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

export class AbsenteeInputDto {
  @UuidField() userId!: string;
  @StringField({ max: 200, description: 'Why they were absent (公差, 病假 ...)' }) reason!: string;
}

export class SpeechInputDto {
  @UuidField({ description: 'An attendee' }) speakerId!: string;
  @StringField({ max: 5000 }) summary!: string;
}

export class AttachmentInputDto {
  @UuidField({ description: 'A file uploaded with purpose study_attachment' }) fileId!: string;
  @EnumField(STUDY_ATTACHMENT_KINDS, { enumName: 'StudyAttachmentKind' }) kind!: StudyAttachmentKind;
}

function NestedList(type: new () => unknown, max: number, optional: boolean): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type, isArray: true, maxItems: max, required: !optional })(target, key);
    if (optional) ValidateIf((_o, v) => v !== undefined)(target, key);
    IsArray()(target, key);
    ArrayMaxSize(max)(target, key);
    ValidateNested({ each: true })(target, key);
    Type(() => type)(target, key);
  };
}

export class CreateStudyRecordDto {
  @UuidField({ description: 'The unit that met; in the caller\'s scope' }) unitId!: string;
  @EnumField(STUDY_RECORD_TYPES, { enumName: 'StudyRecordType' }) type!: StudyRecordType;
  @DateField({ description: 'Not in the future' }) heldOn!: string;
  @StringField({ max: 200, description: 'The topic' }) title!: string;
  @StringField({ max: 50, description: 'Who chaired it' }) hostName!: string;
  @UuidField({ nullable: true, description: 'The chair, when a cadre of the unit' }) hostUserId?: string | null;
  @StringField({ min: 0, max: 200, optional: true, description: 'The material studied' }) materialTitle?: string;

  @ApiProperty({ type: String, nullable: true, required: false, maxLength: 500, description: 'A link to the material' })
  @ValidateIf((_o, v) => v !== undefined && v !== null && v !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'materialUrl must be an http(s) link' })
  materialUrl?: string | null;

  @UuidArrayField({ min: 1, max: 500, description: 'Cadres present, from the unit and the units below it' }) attendeeIds!: string[];
  @NestedList(AbsenteeInputDto, 500, true) absentees?: AbsenteeInputDto[];
  @NestedList(SpeechInputDto, 100, true) speeches?: SpeechInputDto[];
  @StringField({ min: 0, max: 10000, optional: true }) conclusions?: string;
  @StringField({ min: 0, max: 10000, optional: true, description: 'Follow-up actions (整改落实)' }) followUps?: string;
  @NestedList(AttachmentInputDto, 20, true) attachments?: AttachmentInputDto[];
}

export class UpdateStudyRecordDto {
  @EnumField(STUDY_RECORD_TYPES, { optional: true, enumName: 'StudyRecordType' }) type?: StudyRecordType;
  @DateField({ optional: true }) heldOn?: string;
  @StringField({ max: 200, optional: true }) title?: string;
  @StringField({ max: 50, optional: true }) hostName?: string;
  @UuidField({ nullable: true }) hostUserId?: string | null;
  @StringField({ min: 0, max: 200, optional: true }) materialTitle?: string;

  @ApiProperty({ type: String, nullable: true, required: false, maxLength: 500 })
  @ValidateIf((_o, v) => v !== undefined && v !== null && v !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'materialUrl must be an http(s) link' })
  materialUrl?: string | null;

  @UuidArrayField({ min: 1, max: 500, optional: true }) attendeeIds?: string[];
  @NestedList(AbsenteeInputDto, 500, true) absentees?: AbsenteeInputDto[];
  @NestedList(SpeechInputDto, 100, true) speeches?: SpeechInputDto[];
  @StringField({ min: 0, max: 10000, optional: true }) conclusions?: string;
  @StringField({ min: 0, max: 10000, optional: true }) followUps?: string;
  @NestedList(AttachmentInputDto, 20, true) attachments?: AttachmentInputDto[];
}

export class StudyRecordQueryDto extends PageQueryDto {
  @EnumField(STUDY_RECORD_TYPES, { optional: true, enumName: 'StudyRecordType' }) type?: StudyRecordType;
  @EnumField(STUDY_RECORD_STATUSES, { optional: true, enumName: 'StudyRecordStatus' }) status?: StudyRecordStatus;
  @UuidField({ optional: true, description: 'Records of this unit and the units below it' }) unitId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, query: true }) year?: number;
  @DateField({ optional: true, description: 'Held on or after this day' }) from?: string;
  @DateField({ optional: true, description: 'Held on or before this day' }) to?: string;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class StudyPersonDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) post!: string | null;
  @ApiProperty() present!: boolean;
  @ApiProperty({ type: String, nullable: true }) absenceReason!: string | null;
}

export class StudySpeechDto {
  @ApiProperty({ format: 'uuid' }) speakerId!: string;
  @ApiProperty() speakerName!: string;
  @ApiProperty() summary!: string;
}

export class StudyAttachmentDto {
  @ApiProperty({ enum: STUDY_ATTACHMENT_KINDS, enumName: 'StudyAttachmentKind' }) kind!: StudyAttachmentKind;
  @ApiProperty({ type: () => StoredFileDto }) file!: StoredFileDto;
}

export class StudyRecordSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: STUDY_RECORD_TYPES, enumName: 'StudyRecordType' }) type!: StudyRecordType;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty() hostName!: string;
  @ApiProperty({ enum: STUDY_RECORD_STATUSES, enumName: 'StudyRecordStatus' }) status!: StudyRecordStatus;
  @ApiProperty({ type: 'integer' }) attendeeCount!: number;
  @ApiProperty({ type: 'integer' }) absenteeCount!: number;
  @ApiProperty({ type: 'integer' }) speechCount!: number;
  @ApiProperty({ type: Number, nullable: true }) creditedHours!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
}

export class StudyRecordPermissionsDto {
  @ApiProperty() edit!: boolean;
}

export class StudyRecordDto extends StudyRecordSummaryDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) hostUserId!: string | null;
  @ApiProperty() materialTitle!: string;
  @ApiProperty({ type: String, nullable: true }) materialUrl!: string | null;
  @ApiProperty({ type: () => StudyPersonDto, isArray: true }) people!: StudyPersonDto[];
  @ApiProperty({ type: () => StudySpeechDto, isArray: true }) speeches!: StudySpeechDto[];
  @ApiProperty() conclusions!: string;
  @ApiProperty() followUps!: string;
  @ApiProperty({ type: () => StudyAttachmentDto, isArray: true }) attachments!: StudyAttachmentDto[];
  @ApiProperty() createdByName!: string;
  @ApiProperty({ type: () => StudyRecordPermissionsDto }) can!: StudyRecordPermissionsDto;
}

export class StudyRecordPageDto extends PageOf(StudyRecordSummaryDto) {}

export class StudyStatsQueryDto {
  @IntField({ min: 2000, max: 2100, optional: true, query: true }) year?: number;
  @UuidField({ optional: true }) unitId?: string;
}

export class StudyCountRowDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) records!: number;
  @ApiProperty({ type: 'integer', description: 'Attendances (one per cadre present per record)' }) attendances!: number;
}

export class StudyStatsDto {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) records!: number;
  @ApiProperty({ type: 'integer' }) attendances!: number;
  @ApiProperty({ type: 'integer', description: 'Distinct cadres who attended at least once' }) cadresReached!: number;
  @ApiProperty({ type: 'integer' }) speeches!: number;
  @ApiProperty({ type: 'integer', description: 'Drafts not yet submitted' }) drafts!: number;
  @ApiProperty({ type: () => StudyCountRowDto, isArray: true }) byUnit!: StudyCountRowDto[];
  @ApiProperty({ type: () => StudyCountRowDto, isArray: true }) byMonth!: StudyCountRowDto[];
  @ApiProperty({ type: () => StudyCountRowDto, isArray: true }) byType!: StudyCountRowDto[];
}
