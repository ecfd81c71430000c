import { BoolField, IntField, UuidField } from '../../../common/validation/fields';

export class CompletionExportQueryDto {
  @UuidField({ optional: true, description: 'The unit whose child units are listed; default the caller\'s scope unit' }) parentId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' }) year?: number;
}

export class UnitExportQueryDto {
  @UuidField({ optional: true, description: 'The unit whose subtree is exported; default the caller\'s scope unit' }) unitId?: string;
  @IntField({ min: 2000, max: 2100, optional: true, query: true, description: 'Calendar year (Asia/Shanghai); default this year' }) year?: number;
}

export class CadreHoursExportQueryDto extends UnitExportQueryDto {
  @BoolField({ optional: true, query: true, description: 'Phones and ID numbers in full (org admins only; audited as cadres.exported_unmasked)' })
  unmasked?: boolean;
}
