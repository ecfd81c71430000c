import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNABLE_CADRE_GROUPS,
  CADRE_GROUPS,
  EDUCATIONS,
  ETHNICITIES,
  GENDERS,
  POLITICAL_STATUSES,
  RANKS,
  ROLES,
  USER_STATUSES,
  type AssignableCadreGroup,
  type CadreGroup,
  type Education,
  type Gender,
  type PoliticalStatus,
  type Rank,
  type Role,
  type UserStatus,
} from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumArrayField, EnumField, StringField, UuidField } from '../../../common/validation/fields';

/** Lower-case letters, digits, _ . -, starting with a letter (also checked by the roster import). */
export const USERNAME = /^[a-z][a-z0-9_.-]{2,49}$/;
/** A mainland mobile number, or a landline with its area code. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const ID_NUMBER = /^\d{17}[\dX]$/;

export class UserQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: 'Cadres in this unit and every unit under it' })
  unitId?: string;

  @EnumField(CADRE_GROUPS, { optional: true, enumName: 'CadreGroup' })
  group?: CadreGroup;

  @EnumField(RANKS, { optional: true, enumName: 'Rank' })
  rank?: Rank;

  @EnumField(ROLES, { optional: true, enumName: 'Role' })
  role?: Role;

  @EnumField(USER_STATUSES, { optional: true, enumName: 'UserStatus' })
  status?: UserStatus;

  @StringField({ max: 50, optional: true, description: 'Name or username contains; or a whole phone number' })
  q?: string;

  @EnumField(['name', 'rank', 'unit', 'createdAt'] as const, { optional: true, enumName: 'UserSort' })
  sort?: 'name' | 'rank' | 'unit' | 'createdAt';

  @EnumField(['asc', 'desc'] as const, { optional: true, enumName: 'SortOrder' })
  order?: 'asc' | 'desc';
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: GENDERS, enumName: 'Gender' }) gender!: Gender;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked: 138****5678' }) phone!: string | null;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true, description: 'Including the derived new_leader' })
  keyGroups!: CadreGroup[];
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scopeUnitId!: string | null;
  @ApiProperty({ enum: USER_STATUSES, enumName: 'UserStatus' }) status!: UserStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appointmentDate!: string | null;
}

export class UserPageDto extends PageOf(UserSummaryDto) {}

export class UserDetailDto extends UserSummaryDto {
  @ApiProperty() ethnicity!: string;
  @ApiProperty({ enum: POLITICAL_STATUSES, enumName: 'PoliticalStatus', nullable: true }) politicalStatus!: PoliticalStatus | null;
  @ApiProperty({ enum: EDUCATIONS, enumName: 'Education', nullable: true }) education!: Education | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked: 110***********4518' }) idNumber!: string | null;
  @ApiProperty({ enum: ASSIGNABLE_CADRE_GROUPS, enumName: 'AssignableCadreGroup', isArray: true, description: 'Groups set by admins' })
  assignedGroups!: AssignableCadreGroup[];
  @ApiProperty({ type: String, nullable: true }) scopeUnitName!: string | null;
  @ApiProperty({ type: String, isArray: true, description: 'Names from the root down to the unit' }) unitTrail!: string[];
  @ApiProperty() mustChangePassword!: boolean;
  @ApiProperty({ description: 'False until an initial password is issued' }) hasPassword!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedUserDto extends UserDetailDto {
  @ApiProperty({ type: String, nullable: true, description: 'The generated initial password, shown once; null when the admin chose it' })
  initialPassword!: string | null;
}

export class PersonalNumbersDto {
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) idNumber!: string | null;
}

export class InitialPasswordDto {
  @ApiProperty({ description: 'Shown once; the cadre must change it at first sign-in' }) initialPassword!: string;
}

/** Fields that create and update share; create and update each declare name, gender and unit themselves. */
class ProfileFields {
  @DateField({ nullable: true })
  birthDate?: string | null;

  @EnumField(ETHNICITIES, { optional: true, enumName: 'Ethnicity' })
  ethnicity?: string;

  @EnumField(POLITICAL_STATUSES, { nullable: true, enumName: 'PoliticalStatus' })
  politicalStatus?: PoliticalStatus | null;

  @EnumField(EDUCATIONS, { nullable: true, enumName: 'Education' })
  education?: Education | null;

  @EnumField(RANKS, { optional: true, enumName: 'Rank' })
  rank?: Rank;

  @StringField({ max: 100, nullable: true })
  position?: string | null;

  @StringField({ max: 20, nullable: true, pattern: PHONE, patternMessage: 'phone must be a mobile number or a landline with area code' })
  phone?: string | null;

  @StringField({ min: 18, max: 18, nullable: true, pattern: ID_NUMBER, patternMessage: 'idNumber must be an 18-character resident ID' })
  idNumber?: string | null;

  @DateField({ nullable: true, description: 'Appointment to the current leading post; drives the new_leader group' })
  appointmentDate?: string | null;

  @EnumArrayField(ASSIGNABLE_CADRE_GROUPS, { optional: true, enumName: 'AssignableCadreGroup' })
  keyGroups?: AssignableCadreGroup[];

  @EnumArrayField(ROLES, { optional: true, enumName: 'Role', description: 'cadre is always included' })
  roles?: Role[];

  @UuidField({ nullable: true, description: 'The unit admin and auditor roles are scoped to' })
  scopeUnitId?: string | null;
}

export class CreateUserDto extends ProfileFields {
  @StringField({ min: 3, max: 50, pattern: USERNAME, patternMessage: 'username: 3–50 lower-case letters, digits, _ . -, starting with a letter' })
  username!: string;

  @StringField({ max: 50 })
  name!: string;

  @EnumField(GENDERS, { enumName: 'Gender' })
  gender!: Gender;

  @UuidField()
  unitId!: string;

  @StringField({ min: 8, max: 128, optional: true, description: 'Initial password; generated when absent' })
  initialPassword?: string;
}

export class UpdateUserDto extends ProfileFields {
  @StringField({ max: 50, optional: true })
  name?: string;

  @EnumField(GENDERS, { optional: true, enumName: 'Gender' })
  gender?: Gender;

  @UuidField({ optional: true })
  unitId?: string;

  @EnumField(USER_STATUSES, { optional: true, enumName: 'UserStatus' })
  status?: UserStatus;
}

export class UpdateMeDto {
  @StringField({ max: 20, nullable: true, pattern: PHONE, patternMessage: 'phone must be a mobile number or a landline with area code' })
  phone?: string | null;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, isArray: true }) unitTrail!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scopeUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) scopeUnitName!: string | null;
  @ApiProperty({ enum: CADRE_GROUPS, enumName: 'CadreGroup', isArray: true }) keyGroups!: CadreGroup[];
  @ApiProperty({ enum: GENDERS, enumName: 'Gender' }) gender!: Gender;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty() ethnicity!: string;
  @ApiProperty({ enum: POLITICAL_STATUSES, enumName: 'PoliticalStatus', nullable: true }) politicalStatus!: PoliticalStatus | null;
  @ApiProperty({ enum: EDUCATIONS, enumName: 'Education', nullable: true }) education!: Education | null;
  @ApiProperty({ enum: RANKS, enumName: 'Rank' }) rank!: Rank;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Your own number, unmasked' }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Masked even to yourself' }) idNumber!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appointmentDate!: string | null;
  @ApiProperty() mustChangePassword!: boolean;
}
