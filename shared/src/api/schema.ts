/**
 * Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit: a test fails when this file is stale.
 */

export interface paths {
    "/api/app-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the sign-in page needs to know about this instance
         * @description Anyone.
         */
        get: operations["Health_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail in scope, newest first
         * @description Roles: org_admin (组织部管理员), auditor (安全审计员).
         */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in; sets the refresh cookie
         * @description Anyone.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: revokes this session and its refresh token
         * @description Any signed-in user.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; other sessions end
         * @description Any signed-in user.
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new access token for the refresh cookie; the refresh token rotates
         * @description Anyone.
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness with a database check; 503 when the database is down
         * @description Anyone.
         */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who I am: roles, unit, scope, key groups and profile
         * @description Any signed-in user.
         */
        get: operations["Me_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my own contact number
         * @description Any signed-in user.
         */
        patch: operations["Me_update"];
        trace?: never;
    };
    "/api/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit tree (admins and auditors: their scope); ?parentId= for one level
         * @description Any signed-in user.
         */
        get: operations["Org_list"];
        put?: never;
        /**
         * Create a unit under a unit in scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Org_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit with its counts
         * @description Any signed-in user.
         */
        get: operations["Org_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a unit, change its kind or order
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        patch: operations["Org_update"];
        trace?: never;
    };
    "/api/org-units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a unit (and its subtree) under another unit in scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Org_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an empty unit
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Org_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cadres in scope; phone numbers masked
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Users_list"];
        put?: never;
        /**
         * Create a cadre account (must change the initial password at first sign-in)
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One cadre in scope; personal numbers masked
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a cadre: profile, unit, key groups, roles, status
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/users/{id}/personal-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unmasked phone and ID number (audited)
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Users_personalNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new initial password and end the cadre’s sessions
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Users_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiError: {
            /** @enum {string} */
            code: "common/validation_failed" | "common/malformed_body" | "common/payload_too_large" | "common/not_found" | "common/unauthenticated" | "common/forbidden" | "common/rate_limited" | "common/conflict" | "common/internal" | "common/unavailable" | "auth/invalid_credentials" | "auth/locked" | "auth/disabled" | "auth/weak_password" | "auth/wrong_password" | "auth/password_reused" | "auth/password_change_required" | "auth/refresh_invalid" | "auth/session_expired" | "org/move_into_own_subtree" | "org/invalid_parent_kind" | "org/unit_not_empty" | "org/scope_root_locked" | "org/unit_retired" | "org/duplicate_name" | "users/duplicate_username" | "users/unit_out_of_scope" | "users/role_not_grantable" | "users/scope_unit_required" | "users/self_modification" | "users/invalid_id_number" | "users/duplicate_id_number";
            details?: {
                field: string;
                message: string;
            }[];
            message: string;
            statusCode: number;
        };
        AppInfoDto: {
            /** @description This instance serves the demo city (show the demo accounts on the sign-in page) */
            demo: boolean;
            name: string;
        };
        /**
         * @description Groups set by admins
         * @enum {string}
         */
        AssignableCadreGroup: "law_enforcement_mid" | "retired_or_stepped_down" | "two_new_orgs";
        /** @enum {string} */
        AuditAction: "auth.login" | "auth.login_failed" | "auth.locked" | "auth.logout" | "auth.password_changed" | "auth.refresh_replayed" | "org_unit.created" | "org_unit.updated" | "org_unit.moved" | "org_unit.retired" | "user.created" | "user.updated" | "user.roles_changed" | "user.password_reset" | "user.personal_numbers_viewed";
        AuditLogDto: {
            action: components["schemas"]["AuditAction"];
            /** Format: uuid */
            actorId: string | null;
            actorUsername: string | null;
            details: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            ip: string | null;
            /** Format: date-time */
            occurredAt: string;
            outcome: components["schemas"]["AuditOutcome"];
            /** Format: uuid */
            targetId: string | null;
            targetType: string | null;
            userAgent: string | null;
        };
        AuditLogPageDto: {
            items: components["schemas"]["AuditLogDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        AuditOutcome: "success" | "failure" | "denied";
        /** @enum {string} */
        CadreGroup: "new_leader" | "law_enforcement_mid" | "retired_or_stepped_down" | "two_new_orgs";
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters with 3 of: lower case, upper case, digits, symbols */
            newPassword: string;
        };
        CreatedUserDto: {
            /** Format: date */
            appointmentDate: string | null;
            /** @description Groups set by admins */
            assignedGroups: components["schemas"]["AssignableCadreGroup"][];
            /** Format: date */
            birthDate: string | null;
            /** Format: date-time */
            createdAt: string;
            education: components["schemas"]["Education"] | null;
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            /** @description False until an initial password is issued */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            /** @description Masked: 110***********4518 */
            idNumber: string | null;
            /** @description The generated initial password, shown once; null when the admin chose it */
            initialPassword: string | null;
            /** @description Including the derived new_leader */
            keyGroups: components["schemas"]["CadreGroup"][];
            /** Format: date-time */
            lastLoginAt: string | null;
            mustChangePassword: boolean;
            name: string;
            /** @description Masked: 138****5678 */
            phone: string | null;
            politicalStatus: components["schemas"]["PoliticalStatus"] | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            scopeUnitId: string | null;
            scopeUnitName: string | null;
            status: components["schemas"]["UserStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @description Names from the root down to the unit */
            unitTrail: string[];
            username: string;
        };
        CreateOrgUnitDto: {
            kind: components["schemas"]["OrgUnitKind"];
            name: string;
            /** Format: uuid */
            parentId: string;
            sortOrder?: number;
        };
        CreateUserDto: {
            /**
             * Format: date
             * @description Appointment to the current leading post; drives the new_leader group
             */
            appointmentDate?: string | null;
            /** Format: date */
            birthDate?: string | null;
            education?: components["schemas"]["Education"] | null;
            ethnicity?: components["schemas"]["Ethnicity"];
            gender: components["schemas"]["Gender"];
            idNumber?: string | null;
            /** @description Initial password; generated when absent */
            initialPassword?: string;
            keyGroups?: components["schemas"]["AssignableCadreGroup"][];
            name: string;
            phone?: string | null;
            politicalStatus?: components["schemas"]["PoliticalStatus"] | null;
            position?: string | null;
            rank?: components["schemas"]["Rank"];
            /** @description cadre is always included */
            roles?: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description The unit admin and auditor roles are scoped to
             */
            scopeUnitId?: string | null;
            /** Format: uuid */
            unitId: string;
            username: string;
        };
        /** @enum {string} */
        Education: "postgraduate" | "bachelor" | "college" | "secondary" | "high_school_or_below";
        /** @enum {string} */
        Ethnicity: "汉族" | "蒙古族" | "回族" | "藏族" | "维吾尔族" | "苗族" | "彝族" | "壮族" | "布依族" | "朝鲜族" | "满族" | "侗族" | "瑶族" | "白族" | "土家族" | "哈尼族" | "哈萨克族" | "傣族" | "黎族" | "傈僳族" | "佤族" | "畲族" | "高山族" | "拉祜族" | "水族" | "东乡族" | "纳西族" | "景颇族" | "柯尔克孜族" | "土族" | "达斡尔族" | "仫佬族" | "羌族" | "布朗族" | "撒拉族" | "毛南族" | "仡佬族" | "锡伯族" | "阿昌族" | "普米族" | "塔吉克族" | "怒族" | "乌孜别克族" | "俄罗斯族" | "鄂温克族" | "德昂族" | "保安族" | "裕固族" | "京族" | "塔塔尔族" | "独龙族" | "鄂伦春族" | "赫哲族" | "门巴族" | "珞巴族" | "基诺族";
        /** @enum {string} */
        Gender: "male" | "female";
        HealthDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
        };
        InitialPasswordDto: {
            /** @description Shown once; the cadre must change it at first sign-in */
            initialPassword: string;
        };
        LoginDto: {
            /** @example Demo@2026 */
            password: string;
            /** @example cadre01 */
            username: string;
        };
        MeDto: {
            /** Format: date */
            appointmentDate: string | null;
            /** Format: date */
            birthDate: string | null;
            education: components["schemas"]["Education"] | null;
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            /** @description Masked even to yourself */
            idNumber: string | null;
            keyGroups: components["schemas"]["CadreGroup"][];
            mustChangePassword: boolean;
            name: string;
            /** @description Your own number, unmasked */
            phone: string | null;
            politicalStatus: components["schemas"]["PoliticalStatus"] | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            scopeUnitId: string | null;
            scopeUnitName: string | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            unitTrail: string[];
            username: string;
        };
        MoveOrgUnitDto: {
            /**
             * Format: uuid
             * @description The new parent
             */
            parentId: string;
        };
        OrgUnitDto: {
            /** @description Active cadres directly in this unit (with ?counts=true) */
            cadreCount?: number;
            /** @description Active sub-units */
            childCount: number;
            depth: number;
            /** @description The caller may edit this unit */
            editable: boolean;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["OrgUnitKind"];
            name: string;
            /** Format: uuid */
            parentId: string | null;
            retired: boolean;
            sortOrder: number;
        };
        /** @enum {string} */
        OrgUnitKind: "city" | "department" | "town" | "subdistrict" | "village" | "community" | "enterprise" | "social_org";
        OrgUnitListDto: {
            items: components["schemas"]["OrgUnitDto"][];
        };
        PersonalNumbersDto: {
            idNumber: string | null;
            phone: string | null;
        };
        /** @enum {string} */
        PoliticalStatus: "cpc_member" | "cpc_probationary" | "cyl_member" | "democratic_party" | "masses";
        /** @enum {string} */
        Rank: "zheng_chu" | "fu_chu" | "zheng_ke" | "fu_ke" | "zhuren_keyuan_1" | "zhuren_keyuan_2" | "zhuren_keyuan_3" | "zhuren_keyuan_4" | "keyuan_1" | "keyuan_2" | "other";
        /** @enum {string} */
        Role: "cadre" | "lecturer" | "unit_admin" | "org_admin" | "auditor";
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            keyGroups: components["schemas"]["CadreGroup"][];
            mustChangePassword: boolean;
            name: string;
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            scopeUnitId: string | null;
            /** Format: uuid */
            unitId: string;
            username: string;
        };
        /** @enum {string} */
        SortOrder: "asc" | "desc";
        TokenDto: {
            /** @description Bearer token for the Authorization header */
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["SessionUserDto"];
        };
        UpdateMeDto: {
            phone?: string | null;
        };
        UpdateOrgUnitDto: {
            kind?: components["schemas"]["OrgUnitKind"];
            name?: string;
            sortOrder?: number;
        };
        UpdateUserDto: {
            /**
             * Format: date
             * @description Appointment to the current leading post; drives the new_leader group
             */
            appointmentDate?: string | null;
            /** Format: date */
            birthDate?: string | null;
            education?: components["schemas"]["Education"] | null;
            ethnicity?: components["schemas"]["Ethnicity"];
            gender?: components["schemas"]["Gender"];
            idNumber?: string | null;
            keyGroups?: components["schemas"]["AssignableCadreGroup"][];
            name?: string;
            phone?: string | null;
            politicalStatus?: components["schemas"]["PoliticalStatus"] | null;
            position?: string | null;
            rank?: components["schemas"]["Rank"];
            /** @description cadre is always included */
            roles?: components["schemas"]["Role"][];
            /**
             * Format: uuid
             * @description The unit admin and auditor roles are scoped to
             */
            scopeUnitId?: string | null;
            status?: components["schemas"]["UserStatus"];
            /** Format: uuid */
            unitId?: string;
        };
        UserDetailDto: {
            /** Format: date */
            appointmentDate: string | null;
            /** @description Groups set by admins */
            assignedGroups: components["schemas"]["AssignableCadreGroup"][];
            /** Format: date */
            birthDate: string | null;
            /** Format: date-time */
            createdAt: string;
            education: components["schemas"]["Education"] | null;
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            /** @description False until an initial password is issued */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            /** @description Masked: 110***********4518 */
            idNumber: string | null;
            /** @description Including the derived new_leader */
            keyGroups: components["schemas"]["CadreGroup"][];
            /** Format: date-time */
            lastLoginAt: string | null;
            mustChangePassword: boolean;
            name: string;
            /** @description Masked: 138****5678 */
            phone: string | null;
            politicalStatus: components["schemas"]["PoliticalStatus"] | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            scopeUnitId: string | null;
            scopeUnitName: string | null;
            status: components["schemas"]["UserStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @description Names from the root down to the unit */
            unitTrail: string[];
            username: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        UserSort: "name" | "rank" | "unit" | "createdAt";
        /** @enum {string} */
        UserStatus: "active" | "disabled";
        UserSummaryDto: {
            /** Format: date */
            appointmentDate: string | null;
            /** Format: date */
            birthDate: string | null;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            /** @description Including the derived new_leader */
            keyGroups: components["schemas"]["CadreGroup"][];
            name: string;
            /** @description Masked: 138****5678 */
            phone: string | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            roles: components["schemas"]["Role"][];
            /** Format: uuid */
            scopeUnitId: string | null;
            status: components["schemas"]["UserStatus"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            username: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_info: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppInfoDto"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                /** @description Username of the actor */
                actor?: string;
                /** @description From this day (Asia/Shanghai), inclusive */
                from?: string;
                outcome?: components["schemas"]["AuditOutcome"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Up to this day (Asia/Shanghai), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description Account locked (auth/locked) or too many sign-ins from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Me_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_list: {
        parameters: {
            query?: {
                /** @description Include the number of active cadres directly in each unit */
                counts?: boolean;
                /** @description Include retired units */
                includeRetired?: boolean;
                /** @description Only the direct children of this unit */
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitListDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrgUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveOrgUnitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Org_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgUnitDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                group?: components["schemas"]["CadreGroup"];
                order?: components["schemas"]["SortOrder"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Name or username contains; or a whole phone number */
                q?: string;
                rank?: components["schemas"]["Rank"];
                role?: components["schemas"]["Role"];
                sort?: components["schemas"]["UserSort"];
                status?: components["schemas"]["UserStatus"];
                /** @description Cadres in this unit and every unit under it */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUserDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetailDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDetailDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_personalNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalNumbersDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Users_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitialPasswordDto"];
                };
            };
            /** @description Not signed in (common/unauthenticated) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role may not call this (common/forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
