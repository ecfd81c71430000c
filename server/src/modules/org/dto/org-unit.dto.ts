import { ApiProperty } from '@nestjs/swagger';
import { ORG_UNIT_KINDS, type OrgUnitKind } from '@cadre/shared';
import { BoolField, EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';

export class OrgUnitQueryDto {
  @UuidField({ optional: true, description: 'Only the direct children of this unit' })
  parentId?: string;

  @BoolField({ optional: true, query: true, description: 'Include the number of active cadres directly in each unit' })
  counts?: boolean;

  @BoolField({ optional: true, query: true, description: 'Include retired units' })
  includeRetired?: boolean;
}

export class OrgUnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS, enumName: 'OrgUnitKind' }) kind!: OrgUnitKind;
  @ApiProperty({ type: 'integer' }) depth!: number;
  @ApiProperty({ type: 'integer' }) sortOrder!: number;
  @ApiProperty() retired!: boolean;
  @ApiProperty({ type: 'integer', description: 'Active sub-units' }) childCount!: number;
  @ApiProperty({ type: 'integer', required: false, description: 'Active cadres directly in this unit (with ?counts=true)' })
  cadreCount?: number;
  @ApiProperty({ description: 'The caller may edit this unit' }) editable!: boolean;
}

export class OrgUnitListDto {
  @ApiProperty({ type: () => OrgUnitDto, isArray: true }) items!: OrgUnitDto[];
}

export class CreateOrgUnitDto {
  @UuidField()
  parentId!: string;

  @StringField({ max: 100 })
  name!: string;

  @EnumField(ORG_UNIT_KINDS, { enumName: 'OrgUnitKind' })
  kind!: OrgUnitKind;

  @IntField({ min: 0, max: 100_000, optional: true })
  sortOrder?: number;
}

export class UpdateOrgUnitDto {
  @StringField({ max: 100, optional: true })
  name?: string;

  @EnumField(ORG_UNIT_KINDS, { optional: true, enumName: 'OrgUnitKind' })
  kind?: OrgUnitKind;

  @IntField({ min: 0, max: 100_000, optional: true })
  sortOrder?: number;
}

export class MoveOrgUnitDto {
  @UuidField({ description: 'The new parent' })
  parentId!: string;
}
