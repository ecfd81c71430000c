import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNABLE_CADRE_GROUPS,
  FINDING_CATEGORIES,
  FINDING_SEVERITIES,
  INSPECTION_KINDS,
  ORG_UNIT_KINDS,
  RECTIFICATION_STATUSES,
  type AssignableCadreGroup,
  type FindingCategory,
  type FindingSeverity,
  type InspectionKind,
  type OrgUnitKind,
  type RectificationStatus,
} from '@cadre/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { BoolField, DateField, DateTimeField, EnumArrayField, EnumField, IntField, StringField, UuidArrayField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

export class RefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

// ---- inspections ---------------------------------------------------------------------------------------------------

function ChecklistField(optional: boolean) {
  return (target: object, key: string) => {
    if (optional) {
      ApiProperty({ required: false, type: String, isArray: true, maxItems: 20, description: 'Items to check; a new inspection starts with 在岗履职, 作风纪律, 学习制度落实, 任务推进' })(target, key);
      ValidateIf((_o, v) => v !== undefined)(target, key);
    } else ApiProperty({ type: String, isArray: true, maxItems: 20, description: 'Items to check; defaults to 在岗履职, 作风纪律, 学习制度落实, 任务推进' })(target, key);
    IsArray()(target, key);
    ArrayMaxSize(20)(target, key);
    IsString({ each: true })(target, key);
    MinLength(1, { each: true })(target, key);
    MaxLength(100, { each: true })(target, key);
  };
}

export class CreateInspectionDto {
  @StringField({ max: 200 }) title!: string;
  @EnumField(INSPECTION_KINDS, { enumName: 'InspectionKind', description: 'random_check 随机抽查, interview 调研访谈, undercover 明察暗访, special 专项督查' }) kind!: InspectionKind;
  @DateField() periodFrom!: string;
  @DateField() periodTo!: string;
  @UuidField({ optional: true, description: 'The organising unit, in the caller\'s scope; defaults to the caller\'s scope unit' }) organiserUnitId?: string;
  @UuidArrayField({ max: 30, optional: true, description: 'The inspection team: cadres of the organiser\'s scope (any role)' }) teamIds?: string[];
  @UuidArrayField({ max: 500, optional: true, description: 'Units to inspect, in the organiser\'s scope; a draw adds to them' }) targetUnitIds?: string[];
  @UuidArrayField({ max: 500, optional: true, description: 'Cadres to inspect, in the organiser\'s scope' }) targetCadreIds?: string[];
  @ChecklistField(true) checklist?: string[];
  @StringField({ min: 0, max: 5000, optional: true }) description?: string;
}

export class UpdateInspectionDto {
  @StringField({ max: 200, optional: true }) title?: string;
  @DateField({ optional: true }) periodFrom?: string;
  @DateField({ optional: true }) periodTo?: string;
  @UuidArrayField({ max: 30, optional: true }) teamIds?: string[];
  @UuidArrayField({ max: 500, optional: true }) targetUnitIds?: string[];
  @UuidArrayField({ max: 500, optional: true }) targetCadreIds?: string[];
  @ChecklistField(true) checklist?: string[];
  @StringField({ min: 0, max: 5000, optional: true }) description?: string;
}

export class InspectionQueryDto extends PageQueryDto {
  @EnumField(INSPECTION_KINDS, { optional: true, enumName: 'InspectionKind' }) kind?: InspectionKind;
  @BoolField({ optional: true, query: true, description: 'Only the inspections the caller is on the team of' }) mine?: boolean;
  @StringField({ max: 50, optional: true, description: 'Part of the title' }) q?: string;
}

export class InspectionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: INSPECTION_KINDS, enumName: 'InspectionKind' }) kind!: InspectionKind;
  @ApiProperty({ format: 'date' }) periodFrom!: string;
  @ApiProperty({ format: 'date' }) periodTo!: string;
  @ApiProperty({ type: () => RefDto }) organiserUnit!: RefDto;
  @ApiProperty({ type: 'integer' }) targetUnitCount!: number;
  @ApiProperty({ type: 'integer' }) targetCadreCount!: number;
  @ApiProperty({ type: 'integer', description: 'Findings the caller may see' }) findingCount!: number;
  @ApiProperty({ type: 'integer', description: 'Of those, rectifications not closed' }) openRectificationCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ description: 'The caller is on the team' }) onTeam!: boolean;
}

export class InspectionPageDto extends PageOf(InspectionSummaryDto) {}

export class InspectionCanDto {
  @ApiProperty({ description: 'Change the inspection, draw targets, publish (the organising org admin)' }) manage!: boolean;
  @ApiProperty({ description: 'Record findings, assign rectifications, close or return them (team members and the organiser)' }) inspect!: boolean;
}

export class InspectionDto extends InspectionSummaryDto {
  @ApiProperty({ type: String, isArray: true }) checklist!: string[];
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => RefDto, isArray: true }) team!: RefDto[];
  @ApiProperty({ type: () => RefDto, isArray: true }) targetUnits!: RefDto[];
  @ApiProperty({ type: () => RefDto, isArray: true }) targetCadres!: RefDto[];
  @ApiProperty({ type: 'integer' }) drawCount!: number;
  @ApiProperty({ type: () => InspectionCanDto }) can!: InspectionCanDto;
}

// ---- draws ---------------------------------------------------------------------------------------------------------

export class DrawFiltersDto {
  @EnumArrayField(ORG_UNIT_KINDS, { optional: true, enumName: 'OrgUnitKind', description: 'Kinds of unit to draw from (e.g. village, community)' }) unitKinds?: OrgUnitKind[];
  @EnumArrayField(ASSIGNABLE_CADRE_GROUPS, { optional: true, enumName: 'AssignableCadreGroup', description: 'Draw cadres of these key groups only' }) keyGroups?: AssignableCadreGroup[];
}

export class CreateDrawDto {
  @UuidField({ description: 'Draw from the units and cadres under this unit (in the organiser\'s scope)' }) scopeUnitId!: string;
  @IntField({ min: 0, max: 200 }) unitCount!: number;
  @IntField({ min: 0, max: 500 }) cadreCount!: number;
  @ApiProperty({ type: () => DrawFiltersDto, required: false })
  @IsObject()
  @ValidateNested()
  @Type(() => DrawFiltersDto)
  filters: DrawFiltersDto = {};
  @StringField({ max: 500, optional: true, description: 'Required for a redraw (the inspection already has a draw); audited' }) reason?: string;
}

export class DrawDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '32 random bytes, 64 lowercase hex characters: the HMAC key' }) seed!: string;
  @ApiProperty({ format: 'uuid' }) scopeUnitId!: string;
  @ApiProperty({ type: 'integer' }) unitCount!: number;
  @ApiProperty({ type: 'integer' }) cadreCount!: number;
  @ApiProperty({ type: () => DrawFiltersDto }) filters!: DrawFiltersDto;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Every candidate unit, sorted by id' }) candidateUnitIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Every candidate cadre, sorted by id' }) candidateCadreIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The drawn units, in draw order' }) unitIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The drawn cadres, in draw order' }) cadreIds!: string[];
  @ApiProperty({ type: () => RefDto, isArray: true }) units!: RefDto[];
  @ApiProperty({ type: () => RefDto, isArray: true }) cadres!: RefDto[];
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: () => RefDto }) drawnBy!: RefDto;
  @ApiProperty({ format: 'date-time' }) drawnAt!: string;
}

export class DrawListDto {
  @ApiProperty({ type: () => DrawDto, isArray: true }) items!: DrawDto[];
}

// ---- findings and rectifications -----------------------------------------------------------------------------------

export class CreateFindingDto {
  @UuidField({ description: 'The unit where it was found (in the organiser\'s scope)' }) unitId!: string;
  @UuidField({ nullable: true, description: 'The cadre concerned, if any' }) cadreId?: string | null;
  @StringField({ max: 100, description: 'One of the inspection\'s checklist items' }) checklistItem!: string;
  @EnumField(FINDING_CATEGORIES, { enumName: 'FindingCategory' }) category!: FindingCategory;
  @EnumField(FINDING_SEVERITIES, { enumName: 'FindingSeverity' }) severity!: FindingSeverity;
  @StringField({ max: 5000 }) description!: string;
  @DateTimeField({ description: 'When it was seen' }) foundAt!: string;
  @StringField({ min: 0, max: 200, optional: true, description: 'Where it was seen' }) place?: string;
  @UuidArrayField({ max: 12, optional: true, description: 'Photos and documents uploaded with purpose inspection_evidence' }) evidenceFileIds?: string[];
}

export class FindingQueryDto extends PageQueryDto {
  @EnumField(FINDING_CATEGORIES, { optional: true, enumName: 'FindingCategory' }) category?: FindingCategory;
  @UuidField({ optional: true, description: 'Findings at this unit or under it' }) unitId?: string;
}

export class RectificationBriefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus' }) status!: RectificationStatus;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ description: 'Not closed and past its deadline' }) overdue!: boolean;
}

export class FindingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) inspectionId!: string;
  @ApiProperty() inspectionTitle!: string;
  @ApiProperty({ type: () => RefDto }) unit!: RefDto;
  @ApiProperty({ type: () => RefDto, nullable: true }) cadre!: RefDto | null;
  @ApiProperty() checklistItem!: string;
  @ApiProperty({ enum: FINDING_CATEGORIES, enumName: 'FindingCategory' }) category!: FindingCategory;
  @ApiProperty({ enum: FINDING_SEVERITIES, enumName: 'FindingSeverity' }) severity!: FindingSeverity;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date-time' }) foundAt!: string;
  @ApiProperty() place!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) evidence!: StoredFileDto[];
  @ApiProperty({ type: () => RefDto }) recordedBy!: RefDto;
  @ApiProperty({ type: () => RectificationBriefDto, nullable: true }) rectification!: RectificationBriefDto | null;
}

export class FindingPageDto extends PageOf(FindingDto) {}

export class AssignRectificationDto {
  @UuidField({ optional: true, description: 'The responsible unit; defaults to the finding\'s unit. In the organiser\'s scope' }) unitId?: string;
  @UuidField({ nullable: true, description: 'The responsible person (a cadre of that unit)' }) responsibleId?: string | null;
  @StringField({ max: 5000, description: 'What is to be done (整改措施)' }) measures!: string;
  @DateField({ description: 'The last day to finish' }) deadline!: string;
}

export class ReportRectificationDto {
  @StringField({ max: 5000, description: 'What has been done' }) report!: string;
  @UuidArrayField({ max: 12, optional: true, description: 'Evidence uploaded with purpose rectification_evidence' }) fileIds?: string[];
}

export class ReturnRectificationDto {
  @StringField({ max: 500, description: 'Why it is sent back' }) reason!: string;
}

export class CloseRectificationDto {
  @StringField({ min: 0, max: 500, optional: true, description: 'A note on the verification' }) note?: string;
}

export class RectificationQueryDto extends PageQueryDto {
  @EnumField(RECTIFICATION_STATUSES, { optional: true, enumName: 'RectificationStatus' }) status?: RectificationStatus;
  @BoolField({ optional: true, query: true, description: 'Only the overdue ones (not closed, past the deadline)' }) overdue?: boolean;
  @UuidField({ optional: true }) inspectionId?: string;
  @UuidField({ optional: true, description: 'Responsible unit at or under this one' }) unitId?: string;
}

export class RectificationEventDto {
  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus' }) toStatus!: RectificationStatus;
  @ApiProperty() note!: string;
  @ApiProperty({ type: () => StoredFileDto, isArray: true }) files!: StoredFileDto[];
  @ApiProperty({ type: () => RefDto }) actor!: RefDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class RectificationCanDto {
  @ApiProperty() report!: boolean;
  @ApiProperty() close!: boolean;
  @ApiProperty({ name: 'return' }) return!: boolean;
}

export class RectificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: () => FindingDto }) finding!: FindingDto;
  @ApiProperty({ enum: INSPECTION_KINDS, enumName: 'InspectionKind' }) inspectionKind!: InspectionKind;
  @ApiProperty({ type: () => RefDto }) unit!: RefDto;
  @ApiProperty({ type: () => RefDto, nullable: true }) responsible!: RefDto | null;
  @ApiProperty() measures!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus' }) status!: RectificationStatus;
  @ApiProperty({ description: 'Not closed and past its deadline' }) overdue!: boolean;
  @ApiProperty({ type: String, nullable: true }) report!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reportedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) returnReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Closed on or before the deadline; null while open' }) closedOnTime!: boolean | null;
  @ApiProperty({ type: () => RectificationEventDto, isArray: true }) events!: RectificationEventDto[];
  @ApiProperty({ type: () => RectificationCanDto }) can!: RectificationCanDto;
}

export class RectificationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) findingId!: string;
  @ApiProperty({ format: 'uuid' }) inspectionId!: string;
  @ApiProperty() inspectionTitle!: string;
  @ApiProperty({ type: () => RefDto }) unit!: RefDto;
  @ApiProperty({ type: () => RefDto, nullable: true }) responsible!: RefDto | null;
  @ApiProperty({ enum: FINDING_CATEGORIES, enumName: 'FindingCategory' }) category!: FindingCategory;
  @ApiProperty() description!: string;
  @ApiProperty() measures!: string;
  @ApiProperty({ format: 'date' }) deadline!: string;
  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus' }) status!: RectificationStatus;
  @ApiProperty() overdue!: boolean;
}

export class RectificationPageDto extends PageOf(RectificationSummaryDto) {}

// ---- figures -------------------------------------------------------------------------------------------------------

export class SupervisionFiguresQueryDto {
  @UuidField({ optional: true, description: 'Defaults to the caller\'s scope unit' }) unitId?: string;
  @DateField({ optional: true }) from?: string;
  @DateField({ optional: true }) to?: string;
}

export class CountByDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class RectificationFiguresDto {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer', description: 'Closed on or before the deadline' }) closedOnTime!: number;
  @ApiProperty({ type: 'integer', description: 'Closed after the deadline' }) closedLate!: number;
  @ApiProperty({ type: 'integer', description: 'Not closed, past the deadline' }) overdue!: number;
  @ApiProperty({ type: 'integer', description: 'Not closed, deadline not passed' }) open!: number;
}

export class SupervisionUnitFiguresDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer' }) childCount!: number;
  @ApiProperty({ type: 'integer' }) findings!: number;
  @ApiProperty({ type: () => RectificationFiguresDto }) rectifications!: RectificationFiguresDto;
}

export class SupervisionFiguresDto {
  @ApiProperty({ type: () => RefDto }) unit!: RefDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) from!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) to!: string | null;
  @ApiProperty({ type: 'integer', description: 'Inspections organised in or inspecting the unit\'s subtree in the period' }) inspections!: number;
  @ApiProperty({ type: () => CountByDto, isArray: true, description: 'Inspections by kind' }) inspectionsByKind!: CountByDto[];
  @ApiProperty({ type: 'integer', description: 'Distinct units of the subtree inspected (targets and units with findings)' }) unitsCovered!: number;
  @ApiProperty({ type: 'integer' }) findings!: number;
  @ApiProperty({ type: () => CountByDto, isArray: true }) findingsByCategory!: CountByDto[];
  @ApiProperty({ type: () => RectificationFiguresDto }) rectifications!: RectificationFiguresDto;
  @ApiProperty({ type: 'integer', description: 'Public notices (公开通报) published to the unit\'s subtree in the period' }) noticesPublished!: number;
  @ApiProperty({ type: () => SupervisionUnitFiguresDto, isArray: true, description: 'The unit\'s children, for drill-down' }) children!: SupervisionUnitFiguresDto[];
}
