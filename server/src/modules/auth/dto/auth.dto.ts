import { ApiProperty } from '@nestjs/swagger';
import { CADRE_GROUPS, ROLES, type CadreGroup, type Role } from '@cadre/shared';
import { StringField } from '../../../common/validation/fields';

export class LoginDto {
  @StringField({ max: 100, example: 'cadre01' })
  username!: string;

  @StringField({ max: 128, example: 'Demo@2026' })
  password!: string;
}

export class ChangePasswordDto {
  @StringField({ max: 128 })
  currentPassword!: string;

  @StringField({ max: 128, description: 'At least 8 characters with 3 of: lower case, upper case, digits, symbols' })
  newPassword!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scopeUnitId!: string | null;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true }) keyGroups!: CadreGroup[];
  @ApiProperty() mustChangePassword!: boolean;
}

export class TokenDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header' }) accessToken!: string;
  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: () => SessionUserDto }) user!: SessionUserDto;
}
