import { AuditLog } from '../modules/audit/audit-log.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { LoginFailure } from '../modules/auth/login-failure.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { User } from '../modules/users/user.entity';

/**
 * Every entity, for the data source and the migration generator. Modules still register their own repositories with
 * TypeOrmModule.forFeature; a test checks the two agree.
 */
export const ENTITIES = [OrgUnit, User, AuthSession, RefreshToken, LoginFailure, AuditLog];
