import { ApiProperty } from '@nestjs/swagger';
import { EnumField } from '../../../common/validation/fields';

export const ROSTER_IMPORT_MODES = ['preview', 'commit'] as const;
export type RosterImportMode = (typeof ROSTER_IMPORT_MODES)[number];

export class RosterImportQueryDto {
  @EnumField(ROSTER_IMPORT_MODES, {
    enumName: 'RosterImportMode',
    description: 'preview: check every row and write nothing; commit: import every row in one transaction, or none',
  })
  mode!: RosterImportMode;
}

export class RosterProblemDto {
  @ApiProperty({ type: 'integer', description: 'Spreadsheet row (2 is the first cadre)' }) row!: number;
  @ApiProperty({ description: 'Column header, as in the template' }) column!: string;
  @ApiProperty() message!: string;
}

export class RosterImportResultDto {
  @ApiProperty({ type: 'integer', description: 'Non-empty rows in the file' }) rows!: number;
  @ApiProperty({ type: 'integer', description: 'Rows without a problem' }) valid!: number;
  @ApiProperty({ type: 'integer', description: 'Cadres imported (0 on a preview)' }) imported!: number;
  @ApiProperty({ type: () => RosterProblemDto, isArray: true, description: 'Problems by row and column, in row order' })
  problems!: RosterProblemDto[];
}
