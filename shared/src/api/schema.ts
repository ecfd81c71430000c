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
    "/api/attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My attempt with its saved answers (review only when allowed)
         * @description Any signed-in user.
         */
        get: operations["Quizzes_attempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Autosave: version counts saves from 1; an older or equal version is 409
         * @description Any signed-in user.
         */
        put: operations["Quizzes_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit once; graded on the server
         * @description Any signed-in user.
         */
        post: operations["Quizzes_submit"];
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
    "/api/audit-logs/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail in scope on the list’s filters, newest first, as a workbook (audited)
         * @description Roles: org_admin (组织部管理员), auditor (安全审计员).
         */
        get: operations["Audit_export"];
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
    "/api/campaign/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's areas (方面), in order
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Campaign_areas"];
        put?: never;
        /**
         * Add an area (org admins of the root)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Campaign_createArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaign/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an area without tasks (org admins of the root)
         * @description Roles: org_admin (组织部管理员).
         */
        delete: operations["Campaign_removeArea"];
        options?: never;
        head?: never;
        /**
         * Rename or reorder an area (org admins of the root)
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Campaign_updateArea"];
        trace?: never;
    };
    "/api/campaign/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Task counts by status, by area and by lead unit, over the tasks in scope
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Campaign_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaign/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's tasks whose lead or a supporting unit is in scope: area, lead unit, derived status
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Campaign_list"];
        put?: never;
        /**
         * Add a task (org admins of the root)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Campaign_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaign/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One task with its progress updates, newest first
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Campaign_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a task (org admins of the root)
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Campaign_update"];
        trace?: never;
    };
    "/api/campaign/tasks/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report progress on a task (admins of its lead or a supporting unit); may mark it complete
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Campaign_postUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The claims this admin may decide: in scope, not their own; 处级 cadres only for the city organisation department
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Claims_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One claim (its owner, or an admin in scope; never the auditor)
         * @description Any signed-in user.
         */
        get: operations["Claims_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a claim: its hours go to the ledger
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Claims_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a claim with a reason
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Claims_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Catalogue categories
         * @description Any signed-in user.
         */
        get: operations["Courses_listCategories"];
        put?: never;
        /**
         * Add a category (city organisation department)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Courses_createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/course-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an unused category
         * @description Roles: org_admin (组织部管理员).
         */
        delete: operations["Courses_removeCategory"];
        options?: never;
        head?: never;
        /**
         * Rename or reorder a category
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Courses_updateCategory"];
        trace?: never;
    };
    "/api/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The catalogue: published courses visible from my unit (org admins: ?manage=true for the courses they manage)
         * @description Any signed-in user.
         */
        get: operations["Courses_list"];
        put?: never;
        /**
         * Create a draft course
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Courses_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A course with its ordered lessons
         * @description Any signed-in user.
         */
        get: operations["Courses_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a course: details, category, hours, cover, target groups
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Courses_update"];
        trace?: never;
    };
    "/api/courses/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive: out of the catalogue; enrolled cadres keep it
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Courses_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assignments of a course made within my scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Courses_assignments"];
        put?: never;
        /**
         * Assign (派课) to a key group, a unit or named cadres in my scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Courses_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A course with everything its editor needs
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Courses_forEdit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cadres in my scope enrolled in a course, with progress
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Courses_enrollmentsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a course's 学时 by hand with a reason (手动核定), or null to derive them from the lessons again
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Courses_setHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a lesson at the end
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Courses_addLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/lessons/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Put the lessons in a new order
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Courses_reorder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish (422 courses/no_lessons without lessons); enrols the groups it is required for
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Courses_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/lagging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Child units whose required-course completion lags their siblings (推进迟缓), furthest behind first (by the completion rate shown unless sort=adjusted)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Dashboard_lagging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit's subtree by key group, by rank level, and month by month (parentId is the unit)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Dashboard_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures of a year for each child unit of a unit in scope (default: the caller's scope unit)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Dashboard_units"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/cadre-hours.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each active cadre under a unit: hours by source against the plan target, required courses, completed courses (audited; unmasked numbers for org admins only)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Exports_cadreHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/completion-by-unit.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard figures of a year for each child unit, with a totals row, as a workbook (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Exports_completion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/lecture-sessions.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's sessions and figures under a unit as a workbook (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/quiz-results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each cadre's best submitted result per quiz in a year under a unit, with a per-quiz summary (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Exports_quizResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/settlement.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year’s settlement sheet for 年度考核 (per cadre: unit, name, rank, per line required/earned/met, overall), frozen when settled (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Settlement_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/shortfalls.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The shortfall list (未达标人员) on the page’s filters, every row, with the 补训 records (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Exports_shortfalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/study-records.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's records and figures under a unit as a workbook (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["StudyRecords_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/talent-pool.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered pool as a watermarked workbook (audited; unmasked numbers on request, audited as such)
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Talent_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/training-classes/{id}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster and attendance of a class as a workbook (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one file (multipart field "file"); the purpose decides accepted types and size
         * @description Any signed-in user.
         */
        post: operations["Files_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file by its signed link; supports range requests
         * @description Anyone.
         */
        get: operations["Files_serve"];
        put?: never;
        post?: never;
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
    "/api/hour-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit hours per lecture format and per study record type
         * @description Any signed-in user.
         */
        get: operations["HourRules_list"];
        /**
         * Change credit hours per lecture format or study record type (city organisation department)
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["HourRules_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-feedback/{id}/moderate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or hide an audience comment (admin of the host unit)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_moderate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lecture sessions: a lecturer's own; an admin's in scope (host unit or team home unit)
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_listSessions"];
        put?: never;
        /**
         * Log a session given (a draft); the author must be a member of the team
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One session, with photos and what the caller may do with it
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_getSession"];
        put?: never;
        post?: never;
        /**
         * Delete my draft or returned session
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        delete: operations["Lectures_removeSession"];
        options?: never;
        head?: never;
        /**
         * Edit my draft or returned session; an org admin corrects a verified one (audited)
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        patch: operations["Lectures_updateSession"];
        trace?: never;
    };
    "/api/lecture-sessions/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings and approved comments (every comment for an admin of the host unit)
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_feedbackSummary"];
        put?: never;
        /**
         * Audience feedback, no sign-in: a 1–5 rating and an optional comment, once per device, with the device cookie the public page set (missing or forged: 400, expired: 422, reload the page); at most FEEDBACK_PER_ADDRESS per address and session (429)
         * @description Anyone.
         */
        post: operations["Lectures_giveFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions/{id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the public feedback page shows of a verified session (404 otherwise); sets or renews the signed device cookie that rating needs
         * @description Anyone.
         */
        get: operations["Lectures_publicSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted session to its author with a reason
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_returnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit my session for verification by the host unit
         * @description Roles: lecturer (宣讲员), unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_submitSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-sessions/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a submitted session (admin of the host unit): hours go to each lecturer
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_verifySession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verified sessions of a year under a unit: totals, by child unit, month, topic, format, team and lecturer
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-stats/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Villages and communities under a unit with and without a verified session in the year
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Lectures_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lecture teams ("1＋6＋N"); ?mine=true: the teams I lecture for
         * @description Any signed-in user.
         */
        get: operations["Lectures_listTeams"];
        put?: never;
        /**
         * Set up a team (grassroots: unit admins of its home unit; municipal and specialised: org admins)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Lectures_createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lecture team with its members
         * @description Any signed-in user.
         */
        get: operations["Lectures_getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, describe or retire a team
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        patch: operations["Lectures_updateTeam"];
        trace?: never;
    };
    "/api/lecture-teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the members (cadres in scope; they get the lecturer role)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        put: operations["Lectures_setMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lecture topics; hidden ones only with ?includeInactive=true
         * @description Any signed-in user.
         */
        get: operations["Lectures_listTopics"];
        put?: never;
        /**
         * Add a topic
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Lectures_createTopic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lecture-topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an unused topic (409 when sessions use it)
         * @description Roles: org_admin (组织部管理员).
         */
        delete: operations["Lectures_removeTopic"];
        options?: never;
        head?: never;
        /**
         * Rename, reorder or hide a topic
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Lectures_updateTopic"];
        trace?: never;
    };
    "/api/lessons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a lesson of a draft course
         * @description Roles: org_admin (组织部管理员).
         */
        delete: operations["Courses_removeLesson"];
        options?: never;
        head?: never;
        /**
         * Edit a lesson
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Courses_updateLesson"];
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
    "/api/my/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My learning archive (学习档案) for a year: hours against the target by source, and the records
         * @description Any signed-in user.
         */
        get: operations["Archive_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My offline training claims
         * @description Any signed-in user.
         */
        get: operations["Claims_mine"];
        put?: never;
        /**
         * Submit an offline training claim (学时申报)
         * @description Any signed-in user.
         */
        post: operations["Claims_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/class-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My class sessions from a day on (default today) with my attendance and leave
         * @description Any signed-in user.
         */
        get: operations["TrainingClasses_mySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/class-sessions/{sessionId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for leave from a session, with a reason
         * @description Any signed-in user.
         */
        post: operations["TrainingClasses_askLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/class-sessions/{sessionId}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign myself in to a session with its current code (inside the session's window; once)
         * @description Any signed-in user.
         */
        post: operations["TrainingClasses_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My assigned and chosen courses with progress, due dates and overdue marks
         * @description Any signed-in user.
         */
        get: operations["MyLearning_courses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/courses/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol myself in a published course (409 when already enrolled)
         * @description Any signed-in user.
         */
        post: operations["MyLearning_enroll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/courses/{courseId}/player": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The course player: lessons, media links, my progress, where to resume
         * @description Any signed-in user.
         */
        get: operations["MyLearning_player"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/lessons/{lessonId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report progress in a lesson; the server credits only time it can account for
         * @description Any signed-in user.
         */
        post: operations["MyLearning_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first; ?unread=true: only unread ones
         * @description Any signed-in user.
         */
        get: operations["MyNotifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my notifications read; anyone else's is a 404
         * @description Any signed-in user.
         */
        post: operations["MyNotifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my notifications read
         * @description Any signed-in user.
         */
        post: operations["MyNotifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my notifications are unread (the bell)
         * @description Any signed-in user.
         */
        get: operations["MyNotifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My progress on each requirement line that applies to me, for a year
         * @description Any signed-in user.
         */
        get: operations["Requirements_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my/training-calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every session of my classes as an iCalendar file
         * @description Any signed-in user.
         */
        get: operations["TrainingClasses_myCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The question bank in scope
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_listQuestions"];
        put?: never;
        /**
         * Add a question to the bank
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Quizzes_createQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One question, answer included
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_getQuestion"];
        /**
         * Replace a question (attempts keep their snapshot)
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Quizzes_updateQuestion"];
        post?: never;
        /**
         * Retire a question (papers and attempts that used it keep it)
         * @description Roles: org_admin (组织部管理员).
         */
        delete: operations["Quizzes_retireQuestion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import questions from the Excel template: all rows or none (?dryRun=true only checks)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Quizzes_importQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tags of the bank with their counts
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_tags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Excel import template
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quizzes open to me (org admins: every quiz in scope, or ?mine=true)
         * @description Any signed-in user.
         */
        get: operations["Quizzes_list"];
        put?: never;
        /**
         * Create a draft quiz
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Quizzes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A quiz with its rules and my attempts
         * @description Any signed-in user.
         */
        get: operations["Quizzes_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a quiz (its questions only while a draft)
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Quizzes_update"];
        trace?: never;
    };
    "/api/quizzes/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a quiz
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Quizzes_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an attempt, or get the one in progress (no answer key)
         * @description Any signed-in user.
         */
        post: operations["Quizzes_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Draw a sample paper, answers included (nothing stored)
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a quiz whose paper can be drawn
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Quizzes_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results in scope: pass rate and average by unit, correct rate per question
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_quizResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quizzes/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results as an Excel workbook (audited)
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Quizzes_exportResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: 200 when the database answers and no migration is pending; 503 (naming the failed check) otherwise
         * @description Anyone.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reminders sent to units in scope, newest first, with recipient counts
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Reminders_list"];
        put?: never;
        /**
         * Remind lagging child units (督促): their admins and, optionally, their cadres with overdue required courses are notified in one transaction
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Reminders_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One reminder with its recipients, read or not
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Reminders_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Who a reminder would reach, before it is sent, and which chosen units have no admin account to receive it
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Reminders_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The draft progress report of a period (`?from=&to=`), every figure with the SPA path of its records; `format=docx` downloads it as Word (audited)
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Reports_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requirement lines (学时要求) of a year, as configured or by the regulation’s defaults
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Requirements_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the requirement lines of a year (city organisation department; audited)
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Requirements_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{year}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a year is settled (年度学时结算), with per-line totals for my scope (frozen when settled, counted now otherwise) and every closing
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Settlement_state"];
        put?: never;
        /**
         * Close a year once it is over: freeze every cadre’s figures per line in one transaction; no hours are granted into it afterwards (city organisation department; audited)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Settlement_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/{year}/settlement/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a settled year with a reason; the closing and its figures stay as history (city organisation department; audited)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Settlement_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/shortfalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cadres in scope who have not met a requirement line (未达标), with what remains and their 补训 record; by unit, then name
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Shortfalls_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/shortfalls/make-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the make-up training (补训) arranged for a cadre in scope on a line in a year: one per cadre, year and line (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Shortfalls_makeUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requirements/shortfalls/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind the listed cadres (未达标人员; all on the filters, or the chosen ones) in the app, each with their own lines and what remains (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["ShortfallReminders_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Study and discussion records in scope (attendees see theirs in /api/my/archive)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["StudyRecords_list"];
        put?: never;
        /**
         * Record a study meeting of a unit in scope (a draft)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["StudyRecords_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record: admins in scope; attendees, absentees and speakers once it is submitted
         * @description Any signed-in user.
         */
        get: operations["StudyRecords_get"];
        put?: never;
        post?: never;
        /**
         * Delete a draft record
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        delete: operations["StudyRecords_remove"];
        options?: never;
        head?: never;
        /**
         * Edit a draft record
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        patch: operations["StudyRecords_update"];
        trace?: never;
    };
    "/api/study-records/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a record: it becomes final and attendees present earn the hours of its type
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["StudyRecords_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/study-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Submitted records of a year under a unit: totals, by child unit, month and type
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["StudyRecords_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Org admin: the pool in scope; unit admin: only their own nominations and the decisions on them
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Talent_list"];
        put?: never;
        /**
         * Nominate a cadre in scope, with reasons; breaking an entry criterion needs an override reason
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["Talent_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit a nomination into the pool (with a track and mentor) or decline it (with a reason)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record or correct the evaluation of a year (优秀, 称职, 基本称职, 不称职)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/graduate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member leaves the pool promoted, with the new post
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_graduate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a progress note
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * The member's track, mentor and milestones (the list replaces the old one)
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Talent_plan"];
        trace?: never;
    };
    "/api/talent-pool/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The posts the member held before (任职经历); the list replaces the old one
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Talent_savePosts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member's whole record, watermarked with the viewer; every view is audited
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Talent_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a member from the pool, with a reason
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/{id}/secondments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a secondment (挂职锻炼)
         * @description Roles: org_admin (组织部管理员).
         */
        post: operations["Talent_addSecondment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entry criteria (age limit for the rank level, minimum hours) as they stand for a cadre in scope
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["Talent_criteria"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-pool/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Structure of the filtered pool (age bands, gender, track, unit, status), active secondments, overdue milestones
         * @description Roles: org_admin (组织部管理员).
         */
        get: operations["Talent_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent-secondments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a secondment: dates, state; returning needs the closing report
         * @description Roles: org_admin (组织部管理员).
         */
        patch: operations["Talent_updateSecondment"];
        trace?: never;
    };
    "/api/training-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Classes: a cadre sees their own; admins those their scope organises or enrols
         * @description Any signed-in user.
         */
        get: operations["TrainingClasses_list"];
        put?: never;
        /**
         * Plan a class organised by a unit in scope
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["TrainingClasses_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One class with its timetable; an enrollee also gets their own attendance, leave and share missed
         * @description Any signed-in user.
         */
        get: operations["TrainingClasses_get"];
        put?: never;
        post?: never;
        /**
         * Delete a class in planning with nobody enrolled
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        delete: operations["TrainingClasses_remove"];
        options?: never;
        head?: never;
        /**
         * Edit a class, or move it between planning, enrolling and running
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        patch: operations["TrainingClasses_update"];
        trace?: never;
    };
    "/api/training-classes/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The sign-in sheet, the timetable and photos (files uploaded as class_attachment)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        put: operations["TrainingClasses_setAttachments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the class: ledger entries (source class) for everyone who completed it, all or nothing
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["TrainingClasses_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/close-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The close-out checklist: attendance of every session, sign-in sheet, timetable
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_closeCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster with each enrollee's attendance and share missed (only their own cadres for a non-organiser)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_roster"];
        put?: never;
        /**
         * Enrol named cadres, a key group or everyone of some ranks under a unit; all or nothing within capacity
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["TrainingClasses_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/enrolments/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a cadre off the roster (with their attendance and leave)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        delete: operations["TrainingClasses_unenrol"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Survey results per session and per teacher, with comments (no names)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_results"];
        put?: never;
        /**
         * Fill in the end-of-class survey once (anonymous to the organiser)
         * @description Any signed-in user.
         */
        post: operations["TrainingClasses_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/leaves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Leave requests, pending first, with each cadre's share missed now and if approved
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_leaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/leaves/{leaveId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or refuse a leave request (audited); passing a seventh of the class withdraws the cadre
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["TrainingClasses_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a timetable session
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        post: operations["TrainingClasses_addSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a session that has no attendance or leave
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        delete: operations["TrainingClasses_removeSession"];
        options?: never;
        head?: never;
        /**
         * Change a timetable session
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        patch: operations["TrainingClasses_updateSession"];
        trace?: never;
    };
    "/api/training-classes/{id}/sessions/{sessionId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The attendance sheet of a session
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_sheet"];
        /**
         * Mark enrollees present or absent by hand (audited)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        put: operations["TrainingClasses_mark"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-classes/{id}/sessions/{sessionId}/sign-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rotating sign-in code for the organiser's screen (null outside the window)
         * @description Roles: unit_admin (单位管理员), org_admin (组织部管理员).
         */
        get: operations["TrainingClasses_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training-plans/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The training plan of a year: required hours per key group and rank level (kept for reference; 达标 is counted by the requirement lines, /api/requirements)
         * @description Any signed-in user.
         */
        get: operations["Plans_get"];
        /**
         * Replace the training plan of a year (city organisation department). It no longer moves any 达标 figure: the requirement lines do (PUT /api/requirements/{year})
         * @description Roles: org_admin (组织部管理员).
         */
        put: operations["Plans_save"];
        post?: never;
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
    "/api/users/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The learning archive of a cadre in my scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Archive_ofCadre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/users/{id}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cadre’s progress on each requirement line that applies to them (cadres in my scope)
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Requirements_ofCadre"];
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
    "/api/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roster import from the Excel template: ?mode=preview checks every row and writes nothing; ?mode=commit imports all rows or none
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Users_importRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The roster import template, with a sheet of the units in scope
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Users_importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/initial-passwords": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many cadres of a unit (and the units under it) have no password yet, before a bulk issuance
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        get: operations["Users_initialPasswordsPending"];
        put?: never;
        /**
         * Bulk issuance: an initial password for every active cadre of the unit (and the units under it) who has none and whom the caller may manage, in one transaction; shown once, as slips and a workbook; each must be changed at first sign-in
         * @description Roles: org_admin (组织部管理员), unit_admin (单位管理员).
         */
        post: operations["Users_issueInitialPasswords"];
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
        AbsenteeInputDto: {
            /** @description Why they were absent (公差, 病假 ...) */
            reason: string;
            /** Format: uuid */
            userId: string;
        };
        ActiveSecondmentDto: {
            /** Format: uuid */
            entryId: string;
            /** Format: date */
            fromOn: string;
            hostCity: string;
            hostUnit: string;
            /** Format: uuid */
            id: string;
            name: string;
            post: string;
            report: string;
            state: components["schemas"]["SecondmentState"];
            /** Format: date */
            toOn: string;
            unitName: string;
        };
        /** @enum {string} */
        AgeBand: "to30" | "31to35" | "36to40" | "over40";
        ApiError: {
            /** @enum {string} */
            code: "common/validation_failed" | "common/malformed_body" | "common/payload_too_large" | "common/not_found" | "common/unauthenticated" | "common/forbidden" | "common/rate_limited" | "common/conflict" | "common/internal" | "common/unavailable" | "auth/invalid_credentials" | "auth/locked" | "auth/throttled" | "auth/disabled" | "auth/weak_password" | "auth/wrong_password" | "auth/password_reused" | "auth/password_change_required" | "auth/refresh_invalid" | "auth/session_expired" | "org/move_into_own_subtree" | "org/invalid_parent_kind" | "org/unit_not_empty" | "org/scope_root_locked" | "org/unit_retired" | "org/duplicate_name" | "users/duplicate_username" | "users/unit_out_of_scope" | "users/role_not_grantable" | "users/scope_unit_required" | "users/self_modification" | "users/invalid_id_number" | "users/duplicate_id_number" | "users/import_malformed" | "users/import_invalid" | "users/import_conflict" | "files/unsupported_type" | "files/too_large" | "files/missing" | "files/link_expired" | "files/range_not_satisfiable" | "courses/no_lessons" | "courses/not_editable" | "courses/not_published" | "courses/already_enrolled" | "courses/lesson_incomplete" | "courses/category_in_use" | "courses/progress_implausible" | "courses/lesson_order_mismatch" | "learning/claim_decided" | "learning/invalid_period" | "learning/self_review" | "learning/hours_above_daily_cap" | "learning/not_your_decision" | "quiz/not_open" | "quiz/attempts_exhausted" | "quiz/already_submitted" | "quiz/attempt_closed" | "quiz/stale_version" | "quiz/invalid_answer" | "quiz/invalid_question" | "quiz/not_enough_questions" | "quiz/empty" | "quiz/not_editable" | "quiz/import_invalid" | "lectures/not_editable" | "lectures/invalid_state" | "lectures/held_in_future" | "lectures/not_team_member" | "lectures/self_review" | "lectures/feedback_exists" | "lectures/feedback_token_invalid" | "lectures/feedback_token_expired" | "lectures/feedback_address_limit" | "lectures/duplicate_name" | "lectures/in_use" | "studies/person_outside_unit" | "studies/inconsistent_people" | "studies/held_in_future" | "studies/not_editable" | "campaign/root_admin_only" | "campaign/duplicate" | "campaign/area_in_use" | "campaign/lead_also_supporting" | "campaign/reported_in_future" | "campaign/lead_unit_only" | "requirements/root_admin_only" | "requirements/unknown_line" | "requirements/year_settled" | "requirements/year_not_settled" | "requirements/year_not_over" | "classes/invalid_state" | "classes/full" | "classes/invalid_times" | "classes/invalid_teacher" | "classes/outside_window" | "classes/invalid_code" | "classes/too_many_attempts" | "classes/withdrawn" | "classes/leave_not_allowed" | "classes/leave_decided" | "classes/not_ready_to_close" | "classes/evaluation_closed" | "classes/session_in_use" | "classes/marked_by_organiser" | "talent/criteria_not_met" | "talent/already_active" | "talent/invalid_state" | "talent/invalid_period" | "talent/report_required";
            details?: {
                field: string;
                message: string;
            }[];
            message: string;
            /** Format: int32 */
            statusCode: number;
        };
        AppInfoDto: {
            /** @description This instance serves the demo city (show the demo accounts on the sign-in page) */
            demo: boolean;
            name: string;
        };
        /**
         * @description What met it: a class of kind appointment, or every new-leader required course; null: not met
         * @enum {string}
         */
        AppointmentSatisfier: "class" | "courses";
        AppointmentTrainingDto: {
            /**
             * Format: date
             * @description The appointment to the current leading post
             */
            appointmentDate: string;
            /** @description The completed 任职培训 class that met it */
            classTitle: string | null;
            /** @description Of those, completed */
            coursesCompleted: number;
            /** @description Courses required for new leaders that reach the cadre’s unit (none: only a class meets it) */
            coursesRequired: number;
            /** @description The due date has passed and it is not met */
            overdue: boolean;
            /** @description What met it: a class of kind appointment, or every new-leader required course; null: not met */
            satisfiedBy: components["schemas"]["AppointmentSatisfier"] | null;
        };
        ArchiveClassDto: {
            /** Format: uuid */
            classId: string;
            /** Format: date */
            endDate: string;
            hours: number;
            kind: components["schemas"]["TrainingClassKind"];
            organiserUnitName: string;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["ClassEnrolmentStatus"];
            title: string;
        };
        ArchiveCourseDto: {
            categoryName: string;
            /** Format: date-time */
            completedAt: string;
            /** Format: uuid */
            courseId: string;
            creditHours: number;
            required: boolean;
            title: string;
        };
        ArchiveDto: {
            bySource: components["schemas"]["HoursBySourceDto"];
            /** @description Closed training classes of the year I was enrolled in, with the hours earned */
            classes: components["schemas"]["ArchiveClassDto"][];
            courses: components["schemas"]["ArchiveCourseDto"][];
            earnedHours: number;
            /** @description Every ledger entry of the year */
            entries: components["schemas"]["ArchiveEntryDto"][];
            /** @description Verified lecture sessions I gave this year */
            lectures: components["schemas"]["ArchiveLectureDto"][];
            name: string;
            /** @description Quizzes sat this year, best result each */
            quizzes: components["schemas"]["ArchiveQuizDto"][];
            /** @description Submitted study records that name me this year (present or absent) */
            studies: components["schemas"]["ArchiveStudyDto"][];
            targetHours: number;
            unitName: string;
            year: number;
            /** @description Years with hours, newest first */
            years: number[];
        };
        ArchiveEntryDto: {
            /** @description What a cap cut from the event's hours (0 when nothing) */
            cutHours: number;
            cutReason: components["schemas"]["LedgerCutReason"] | null;
            description: string;
            /** Format: date-time */
            earnedAt: string;
            /** @description What counts, after caps */
            hours: number;
            /** Format: uuid */
            id: string;
            source: components["schemas"]["LedgerSource"];
        };
        ArchiveLectureDto: {
            audienceSize: number;
            averageRating: number | null;
            feedbackCount: number;
            format: components["schemas"]["LectureFormat"];
            hostUnitName: string;
            hours: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            startedAt: string;
            teamName: string;
            title: string;
            topicName: string;
        };
        ArchiveQuizDto: {
            /** @description Submitted attempts this year */
            attempts: number;
            bestScore: number;
            /** @description The course it belongs to, if any */
            courseTitle: string | null;
            /** Format: date-time */
            lastSubmittedAt: string;
            maxScore: number;
            passed: boolean;
            /** Format: uuid */
            quizId: string;
            title: string;
        };
        ArchiveStudyDto: {
            absenceReason: string | null;
            /** Format: date */
            heldOn: string;
            /** @description Hours earned (0 when absent) */
            hours: number;
            present: boolean;
            /** Format: uuid */
            recordId: string;
            /** @description I made a speech */
            spoke: boolean;
            title: string;
            type: components["schemas"]["StudyRecordType"];
            unitName: string;
        };
        AskLeaveDto: {
            reason: string;
        };
        /**
         * @description Groups set by admins
         * @enum {string}
         */
        AssignableCadreGroup: "law_enforcement_mid" | "retired_or_stepped_down" | "two_new_orgs";
        AssignCourseDto: {
            /** Format: date */
            dueDate?: string | null;
            /** @description targetType=group: cadres of this group in your scope */
            group?: components["schemas"]["CadreGroup"];
            /** @description Counts as required (default true) */
            required?: boolean;
            targetType: components["schemas"]["AssignTarget"];
            /**
             * Format: uuid
             * @description targetType=unit: every cadre under this unit
             */
            unitId?: string;
            /** @description targetType=users */
            userIds?: string[];
        };
        AssignmentDto: {
            cadreGroup: components["schemas"]["CadreGroup"] | null;
            /** Format: date-time */
            createdAt: string;
            createdByName: string | null;
            /** Format: date */
            dueDate: string | null;
            enrolledCount: number;
            /** Format: uuid */
            id: string;
            required: boolean;
            /** @enum {string} */
            targetType: "group" | "unit" | "users";
            unitName: string | null;
        };
        AssignmentListDto: {
            items: components["schemas"]["AssignmentDto"][];
        };
        AssignmentResultDto: {
            /** Format: uuid */
            assignmentId: string;
            /** @description Cadres newly enrolled */
            enrolled: number;
            /** @description Cadres already enrolled (due date and required flag updated) */
            updated: number;
        };
        /** @enum {string} */
        AssignTarget: "group" | "unit" | "users";
        AttachmentInputDto: {
            /**
             * Format: uuid
             * @description A file uploaded with purpose study_attachment
             */
            fileId: string;
            kind: components["schemas"]["StudyAttachmentKind"];
        };
        AttemptDto: {
            /** @description { [questionId]: optionId | optionId[] | text } */
            answers: {
                [key: string]: unknown;
            };
            attemptNumber: number;
            /**
             * Format: date-time
             * @description When answers stop being taken (plus a short grace)
             */
            deadline: string;
            /** Format: uuid */
            id: string;
            maxScore: number;
            passed: boolean | null;
            passPercent: number;
            questions: components["schemas"]["AttemptQuestionDto"][];
            /** Format: uuid */
            quizId: string;
            quizTitle: string;
            /** @description Only after submission and when the review policy allows */
            review: components["schemas"]["ReviewItemDto"][] | null;
            /** Format: date-time */
            savedAt: string | null;
            score: number | null;
            /**
             * Format: date-time
             * @description The server’s clock now: count down from deadline minus this
             */
            serverNow: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "in_progress" | "submitted";
            /** Format: date-time */
            submittedAt: string | null;
            /** @description Saves so far; the next save sends version + 1 */
            version: number;
        };
        AttemptOptionDto: {
            id: string;
            text: string;
        };
        AttemptQuestionDto: {
            /** Format: uuid */
            id: string;
            options: components["schemas"]["AttemptOptionDto"][];
            points: number;
            position: number;
            stem: string;
            type: components["schemas"]["QuestionType"];
        };
        AttendanceMarkDto: {
            status: components["schemas"]["ClassAttendanceMark"];
            /** Format: uuid */
            userId: string;
        };
        AttendanceRowDto: {
            enrolmentStatus: components["schemas"]["ClassEnrolmentStatus"];
            leave: components["schemas"]["ClassLeaveStatus"] | null;
            /** @enum {string|null} */
            method: "code" | "manual" | null;
            name: string;
            /** Format: date-time */
            recordedAt: string | null;
            status: components["schemas"]["ClassAttendanceStatus"];
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        AttendanceSheetDto: {
            items: components["schemas"]["AttendanceRowDto"][];
            session: components["schemas"]["ClassSessionDto"];
        };
        /** @enum {string} */
        AudienceKind: "cadres" | "party_members" | "villagers" | "residents" | "students" | "enterprise_staff";
        /** @enum {string} */
        AuditAction: "auth.login" | "auth.login_failed" | "auth.locked" | "auth.throttled" | "auth.logout" | "auth.password_changed" | "auth.refresh_replayed" | "org_unit.created" | "org_unit.updated" | "org_unit.moved" | "org_unit.retired" | "user.created" | "user.updated" | "user.roles_changed" | "user.password_reset" | "user.personal_numbers_viewed" | "user.imported" | "user.initial_passwords_issued" | "course.created" | "course.updated" | "course.published" | "course.archived" | "course.lessons_changed" | "course.hours_overridden" | "course.assigned" | "category.changed" | "plan.saved" | "requirements.saved" | "requirements.settled" | "requirements.reopened" | "settlement.exported" | "shortfall.make_up_saved" | "shortfalls.exported" | "shortfalls.reminded" | "claim.approved" | "claim.rejected" | "question.changed" | "question.imported" | "quiz.created" | "quiz.updated" | "quiz.published" | "quiz.archived" | "quiz.results_exported" | "hour_rules.saved" | "lecture_team.changed" | "lecture_topic.changed" | "lecture_session.verified" | "lecture_session.returned" | "lecture_session.corrected" | "lecture_feedback.moderated" | "lecture_sessions.exported" | "study_record.created" | "study_record.updated" | "study_record.submitted" | "study_record.deleted" | "study_records.exported" | "completion.exported" | "cadre_hours.exported" | "cadres.exported_unmasked" | "quiz_results.exported" | "campaign_area.created" | "campaign_area.updated" | "campaign_area.deleted" | "campaign_task.created" | "campaign_task.updated" | "campaign_task.progress_reported" | "reminder.sent" | "training_class.created" | "training_class.updated" | "training_class.deleted" | "training_class.timetable_changed" | "training_class.enrolled" | "training_class.unenrolled" | "training_class.closed" | "training_class.exported" | "class_attendance.marked" | "class_leave.approved" | "class_leave.refused" | "talent_pool.nominated" | "talent_pool.admitted" | "talent_pool.declined" | "talent_pool.graduated" | "talent_pool.removed" | "talent_pool.plan_saved" | "talent_pool.posts_saved" | "talent_pool.note_added" | "talent_pool.evaluated" | "talent_pool.secondment_saved" | "talent_pool.profile_viewed" | "talent_pool.exported" | "talent_pool.exported_unmasked" | "audit.exported" | "progress_report.downloaded";
        AuditLogDto: {
            action: components["schemas"]["AuditAction"];
            /** Format: uuid */
            actorId: string | null;
            /** @description The actor’s name, when the actor is a known user */
            actorName: string | null;
            actorUsername: string | null;
            details: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            ip: string | null;
            /** @description The names of the people, units and records whose ids appear in details, by id, so the page shows names, not UUIDs */
            names: {
                [key: string]: string;
            };
            /** Format: date-time */
            occurredAt: string;
            outcome: components["schemas"]["AuditOutcome"];
            /** Format: uuid */
            targetId: string | null;
            /** @description The target’s name or title, when it still exists */
            targetName: string | null;
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
        BreakdownRowDto: {
            cadres: number;
            hoursPerCadre: number;
            /** @description A key group (new_leader …) or a rank level (chu, ke, keyuan) */
            key: string;
            /** @description Share of the cadres held to some requirement line who met every line that applies to them */
            metHoursRate: number | null;
            requiredCompletionRate: number | null;
            requiredEnrollments: number;
        };
        /** @enum {string} */
        CadreGroup: "new_leader" | "law_enforcement_mid" | "retired_or_stepped_down" | "two_new_orgs";
        CadreRequirementsDto: {
            /** @description One per line that applies; empty when none does */
            lines: components["schemas"]["RequirementProgressDto"][];
            /** @description True when the year is settled (年度学时结算): the figures are those frozen at the closing */
            settled: boolean;
            /**
             * Format: date-time
             * @description When the year was closed; null while it is open
             */
            settledAt: string | null;
            /** Format: uuid */
            userId: string;
            year: number;
        };
        CampaignAreaDto: {
            /** Format: uuid */
            id: string;
            name: string;
            position: number;
            /** @description Tasks of the area (all of them, whatever the caller's scope) */
            taskCount: number;
        };
        CampaignAreaListDto: {
            /** @description The caller may set up areas and tasks (an org admin of the root) */
            canEdit: boolean;
            items: components["schemas"]["CampaignAreaDto"][];
        };
        CampaignOverviewDto: {
            /**
             * Format: date
             * @description The day the statuses are reckoned for (Asia/Shanghai)
             */
            asOf: string;
            /** @description In area order */
            byArea: components["schemas"]["CampaignOverviewRowDto"][];
            /** @description Most overdue first, then least done */
            byLeadUnit: components["schemas"]["CampaignOverviewRowDto"][];
            totals: components["schemas"]["CampaignStatusCountsDto"];
        };
        CampaignOverviewRowDto: {
            done: number;
            /** @description Share of tasks done, 0 to 1 */
            doneRate: number;
            /** Format: uuid */
            key: string;
            label: string;
            not_started: number;
            on_track: number;
            overdue: number;
            total: number;
        };
        CampaignStatusCountsDto: {
            done: number;
            not_started: number;
            on_track: number;
            overdue: number;
            total: number;
        };
        CampaignTaskDto: {
            /** Format: uuid */
            areaId: string;
            areaName: string;
            areaPosition: number;
            can: components["schemas"]["CampaignTaskPermissionsDto"];
            createdByName: string;
            /** Format: date */
            deadline: string;
            description: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description Date of the latest update
             */
            lastReportedOn: string | null;
            /** Format: uuid */
            leadUnitId: string;
            leadUnitName: string;
            number: number;
            status: components["schemas"]["CampaignTaskStatus"];
            supportingUnits: components["schemas"]["CampaignUnitRefDto"][];
            title: string;
            updateCount: number;
            /** @description Newest first */
            updates: components["schemas"]["CampaignUpdateDto"][];
        };
        CampaignTaskPageDto: {
            items: components["schemas"]["CampaignTaskSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        CampaignTaskPermissionsDto: {
            /** @description Mark the task complete with an update (an admin of the lead unit, or the root org admin) */
            complete: boolean;
            /** @description Edit the task (an org admin of the root) */
            edit: boolean;
            /** @description Post a progress update (an admin of the lead unit; of a supporting unit while not done) */
            postUpdate: boolean;
        };
        /** @enum {string} */
        CampaignTaskStatus: "not_started" | "on_track" | "overdue" | "done";
        CampaignTaskSummaryDto: {
            /** Format: uuid */
            areaId: string;
            areaName: string;
            areaPosition: number;
            /** Format: date */
            deadline: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description Date of the latest update
             */
            lastReportedOn: string | null;
            /** Format: uuid */
            leadUnitId: string;
            leadUnitName: string;
            number: number;
            status: components["schemas"]["CampaignTaskStatus"];
            supportingUnits: components["schemas"]["CampaignUnitRefDto"][];
            title: string;
            updateCount: number;
        };
        CampaignUnitRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CampaignUpdateDto: {
            attachments: components["schemas"]["StoredFileDto"][];
            authorName: string;
            /** @description The author's unit */
            authorUnitName: string | null;
            completed: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            note: string;
            /** Format: date */
            reportedOn: string;
        };
        CategoryDto: {
            /** @description Courses in this category */
            courseCount: number;
            /** Format: uuid */
            id: string;
            name: string;
            sortOrder: number;
        };
        CategoryListDto: {
            items: components["schemas"]["CategoryDto"][];
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters with 3 of: lower case, upper case, digits, symbols */
            newPassword: string;
        };
        ClaimDto: {
            attachment: components["schemas"]["StoredFileDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            endDate: string;
            hours: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ClaimKind"];
            organizer: string;
            rejectReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["ClaimStatus"];
            title: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
            userName: string;
        };
        /**
         * @description The kind of training: centralised kinds count toward the centralised lines, online_external toward online
         * @enum {string}
         */
        ClaimKind: "tuochan" | "jizhong_lunxun" | "party_school" | "other_centralized" | "online_external";
        ClaimPageDto: {
            items: components["schemas"]["ClaimDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        ClaimStatus: "pending" | "approved" | "rejected";
        /**
         * @description Organiser, an admin whose cadres are enrolled, or an enrollee
         * @enum {string}
         */
        ClassAccess: "manage" | "view" | "enrollee";
        ClassAttachmentDto: {
            file: components["schemas"]["StoredFileDto"];
            kind: components["schemas"]["ClassAttachmentKind"];
        };
        ClassAttachmentInputDto: {
            /**
             * Format: uuid
             * @description A file uploaded with purpose class_attachment
             */
            fileId: string;
            kind: components["schemas"]["ClassAttachmentKind"];
        };
        /** @enum {string} */
        ClassAttachmentKind: "sign_in_sheet" | "timetable" | "photo" | "other";
        /** @enum {string} */
        ClassAttendanceMark: "present" | "absent";
        /** @enum {string} */
        ClassAttendanceStatus: "present" | "absent" | "leave" | "pending";
        /**
         * @description The caller's own enrolment
         * @enum {string}
         */
        ClassEnrolmentStatus: "enrolled" | "withdrawn" | "completed";
        /** @enum {string} */
        ClassLeaveStatus: "pending" | "approved" | "refused";
        /** @enum {string} */
        ClassMissedStanding: "ok" | "at_limit" | "withdrawn";
        ClassSessionDto: {
            /** Format: uuid */
            courseId: string | null;
            courseTitle: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description Length in minutes: the unit of the leave share */
            minutes: number;
            /** @description Enrollees not yet recorded (for organisers) */
            pendingCount: number;
            place: string;
            /** @description Present (for organisers) */
            presentCount: number;
            siteName: string | null;
            /** Format: date-time */
            startsAt: string;
            teacherKind: components["schemas"]["ClassTeacherKind"];
            teacherName: string;
            /** Format: uuid */
            teacherUserId: string | null;
            topic: string;
        };
        ClassSessionInputDto: {
            /**
             * Format: uuid
             * @description A linked online course
             */
            courseId?: string | null;
            /**
             * Format: date-time
             * @description After startsAt, on the same day
             */
            endsAt: string;
            place: string;
            /** @description A red-education site used for teaching */
            siteName?: string;
            /**
             * Format: date-time
             * @description With its zone
             */
            startsAt: string;
            teacherKind: components["schemas"]["ClassTeacherKind"];
            /** @description An outside teacher's name and title */
            teacherName?: string;
            /**
             * Format: uuid
             * @description The teacher's account (cadre or lecturer)
             */
            teacherUserId?: string | null;
            topic: string;
        };
        /** @enum {string} */
        ClassTeacherKind: "cadre" | "lecturer" | "outside";
        CloseCheckDto: {
            /** @description Enrollees who will complete */
            completing: number;
            items: components["schemas"]["CloseCheckItemDto"][];
            ready: boolean;
            withdrawn: number;
        };
        CloseCheckItemDto: {
            /** @enum {string} */
            key: "attendance" | "sign_in_sheet" | "timetable" | "sessions" | "enrollees";
            /** @description What is missing, in words */
            message: string;
            ok: boolean;
            /** @description Sessions whose attendance is not complete */
            sessionIds: string[];
        };
        CountDto: {
            count: number;
            key: string;
            label: string;
        };
        CountRowDto: {
            audience: number;
            key: string;
            label: string;
            sessions: number;
        };
        CourseDetailDto: {
            /** @description The caller may enrol themselves */
            canEnroll: boolean;
            /** Format: uuid */
            categoryId: string;
            categoryName: string;
            /** Format: uuid */
            coverFileId: string | null;
            coverUrl: string | null;
            /** @description The 学时 a completion earns: the override when set, else the derived figure */
            creditHours: number;
            /** @description What the city's rule gives for the lessons' total minutes */
            derivedHours: number;
            /** @description The caller may edit this course */
            editable: boolean;
            /** @description derived: by the lessons' lengths; manual: 手动核定 */
            hoursBasis: components["schemas"]["CourseHoursBasis"];
            /** @description Why an admin set the hours by hand */
            hoursOverrideReason: string | null;
            /** Format: uuid */
            id: string;
            lessonCount: number;
            /** @description Video and reading minutes of all lessons */
            lessonMinutes: number;
            lessons: components["schemas"]["LessonDto"][];
            myEnrollment: components["schemas"]["MyEnrollmentSummaryDto"] | null;
            /** Format: uuid */
            ownerUnitId: string;
            ownerUnitName: string;
            /** Format: date-time */
            publishedAt: string | null;
            status: components["schemas"]["CourseStatus"];
            summary: string;
            targets: components["schemas"]["CourseTargetDto"][];
            title: string;
        };
        CourseEditDto: {
            /** @description The caller may enrol themselves */
            canEnroll: boolean;
            /** Format: uuid */
            categoryId: string;
            categoryName: string;
            /** Format: uuid */
            coverFileId: string | null;
            coverUrl: string | null;
            /** @description The 学时 a completion earns: the override when set, else the derived figure */
            creditHours: number;
            /** @description What the city's rule gives for the lessons' total minutes */
            derivedHours: number;
            /** @description The caller may edit this course */
            editable: boolean;
            /** @description derived: by the lessons' lengths; manual: 手动核定 */
            hoursBasis: components["schemas"]["CourseHoursBasis"];
            /** @description Why an admin set the hours by hand */
            hoursOverrideReason: string | null;
            /** Format: uuid */
            id: string;
            lessonCount: number;
            /** @description Video and reading minutes of all lessons */
            lessonMinutes: number;
            lessons: components["schemas"]["LessonEditDto"][];
            myEnrollment: components["schemas"]["MyEnrollmentSummaryDto"] | null;
            /** Format: uuid */
            ownerUnitId: string;
            ownerUnitName: string;
            /** Format: date-time */
            publishedAt: string | null;
            status: components["schemas"]["CourseStatus"];
            summary: string;
            targets: components["schemas"]["CourseTargetDto"][];
            title: string;
        };
        CourseEnrollmentDto: {
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date */
            dueDate: string | null;
            name: string;
            overdue: boolean;
            progressPercent: number;
            required: boolean;
            source: components["schemas"]["EnrollmentSource"];
            /** @enum {string} */
            status: "in_progress" | "completed";
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        CourseEnrollmentPageDto: {
            items: components["schemas"]["CourseEnrollmentDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description derived: by the lessons' lengths; manual: 手动核定
         * @enum {string}
         */
        CourseHoursBasis: "derived" | "manual";
        CoursePageDto: {
            items: components["schemas"]["CourseSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @enum {string} */
        CourseStatus: "draft" | "published" | "archived";
        CourseSummaryDto: {
            /** Format: uuid */
            categoryId: string;
            categoryName: string;
            coverUrl: string | null;
            /** @description The 学时 a completion earns: the override when set, else the derived figure */
            creditHours: number;
            /** @description What the city's rule gives for the lessons' total minutes */
            derivedHours: number;
            /** @description derived: by the lessons' lengths; manual: 手动核定 */
            hoursBasis: components["schemas"]["CourseHoursBasis"];
            /** @description Why an admin set the hours by hand */
            hoursOverrideReason: string | null;
            /** Format: uuid */
            id: string;
            lessonCount: number;
            /** @description Video and reading minutes of all lessons */
            lessonMinutes: number;
            myEnrollment: components["schemas"]["MyEnrollmentSummaryDto"] | null;
            ownerUnitName: string;
            /** Format: date-time */
            publishedAt: string | null;
            status: components["schemas"]["CourseStatus"];
            summary: string;
            targets: components["schemas"]["CourseTargetDto"][];
            title: string;
        };
        CourseTargetDto: {
            group: components["schemas"]["CadreGroup"];
            /** @description Required (必修) for this group; false: elective (选修) */
            required: boolean;
        };
        CoverageDto: {
            /** @description Of them, with at least one verified session in the year */
            covered: number;
            /** @description Uncovered first, then by name */
            items: components["schemas"]["CoverageRowDto"][];
            /** @description Villages and communities under the unit */
            total: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            year: number;
        };
        CoverageRowDto: {
            audience: number;
            kind: string;
            /** Format: date-time */
            lastHeldAt: string | null;
            name: string;
            parentName: string;
            sessions: number;
            /** Format: uuid */
            unitId: string;
        };
        CreateCampaignAreaDto: {
            /** @description The area (方面), e.g. 加强党的理论武装 */
            name: string;
            /**
             * Format: int32
             * @description Order in lists; new areas go last
             */
            position?: number;
        };
        CreateCampaignTaskDto: {
            /**
             * Format: uuid
             * @description An area of the campaign
             */
            areaId: string;
            /**
             * Format: date
             * @description The last day to finish it
             */
            deadline: string;
            /** @description What is to be done and what counts as done */
            description?: string;
            /**
             * Format: uuid
             * @description The lead unit (牵头单位)
             */
            leadUnitId: string;
            /**
             * Format: int32
             * @description Number within the area (the 3 of 任务 2.3); unique in the area
             */
            number: number;
            /** @description Supporting units (配合单位); not the lead unit */
            supportingUnitIds?: string[];
            title: string;
        };
        CreateCampaignUpdateDto: {
            /** @description Files uploaded with purpose campaign_attachment */
            attachmentIds?: string[];
            /** @description The task is complete with this update (lead unit only: 422 campaign/lead_unit_only otherwise) */
            completed?: boolean;
            /** @description What was done (进展情况) */
            note: string;
            /**
             * Format: date
             * @description The day the progress is reported for; not in the future
             */
            reportedOn: string;
        };
        CreateClaimDto: {
            /**
             * Format: uuid
             * @description A certificate or sign-in sheet uploaded with purpose claim_attachment
             */
            attachmentFileId?: string | null;
            /** Format: date */
            endDate: string;
            hours: number;
            /** @description The kind of training: centralised kinds count toward the centralised lines, online_external toward online */
            kind: components["schemas"]["ClaimKind"];
            /** @description Who organised it */
            organizer: string;
            /** Format: date */
            startDate: string;
            /** @description Name of the training */
            title: string;
        };
        CreateCourseDto: {
            /** Format: uuid */
            categoryId: string;
            /**
             * Format: uuid
             * @description An uploaded course_cover image
             */
            coverFileId?: string | null;
            /** @description Leave out to derive the 学时 from the lessons; a figure given here is kept as 手动核定 (with hoursReason) */
            creditHours?: number;
            /** @description Why creditHours is set by hand */
            hoursReason?: string;
            /**
             * Format: uuid
             * @description The owning unit (default: the admin’s scope unit)
             */
            ownerUnitId?: string;
            summary?: string;
            targets: components["schemas"]["CourseTargetDto"][];
            title: string;
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
        CreateLectureSessionDto: {
            audienceKinds: components["schemas"]["AudienceKind"][];
            /** Format: int32 */
            audienceSize: number;
            /** Format: int32 */
            durationMinutes: number;
            format: components["schemas"]["LectureFormat"];
            /**
             * Format: uuid
             * @description Where it was held (town, village, community, enterprise ...)
             */
            hostUnitId: string;
            /** @description The lecturers: members of the team */
            lecturerIds: string[];
            /** @description Photos uploaded with purpose lecture_photo, in order */
            photoFileIds?: string[];
            /**
             * Format: date-time
             * @description When the lecture began; not in the future
             */
            startedAt: string;
            summary?: string;
            /**
             * Format: uuid
             * @description A team the author is a member of
             */
            teamId: string;
            title: string;
            /** Format: uuid */
            topicId: string;
            venue?: string;
        };
        CreateLectureTeamDto: {
            description?: string;
            /**
             * Format: uuid
             * @description The unit the team belongs to; its admins manage the team
             */
            homeUnitId: string;
            level: components["schemas"]["LectureTeamLevel"];
            name: string;
        };
        CreateLectureTopicDto: {
            name: string;
            /** Format: int32 */
            sortOrder?: number;
        };
        CreateOrgUnitDto: {
            kind: components["schemas"]["OrgUnitKind"];
            name: string;
            /** Format: uuid */
            parentId: string;
            /** Format: int32 */
            sortOrder?: number;
        };
        CreateQuizDto: {
            /**
             * Format: int32
             * @description 0: unlimited
             */
            attemptsAllowed?: number;
            /** Format: date-time */
            closesAt?: string | null;
            /**
             * Format: uuid
             * @description The course this quiz belongs to (passing it is then part of completing the course)
             */
            courseId?: string | null;
            /** @description Stand-alone quizzes: hours for passing */
            creditHours?: number;
            description?: string;
            mode?: components["schemas"]["QuizMode"];
            multipleScoring?: components["schemas"]["MultipleScoring"];
            /** Format: date-time */
            opensAt?: string | null;
            /** Format: int32 */
            passPercent?: number;
            questions?: components["schemas"]["FixedQuestionDto"][];
            reviewPolicy?: components["schemas"]["ReviewPolicy"];
            rules?: components["schemas"]["DrawRuleDto"][];
            shuffleOptions?: boolean;
            shuffleQuestions?: boolean;
            targetGroups?: components["schemas"]["CadreGroup"][];
            /**
             * Format: uuid
             * @description Stand-alone: only cadres under this unit
             */
            targetUnitId?: string | null;
            /** Format: int32 */
            timeLimitMinutes?: number;
            title: string;
        };
        CreateReminderDto: {
            /** @description Also notify the active cadres under the units with a required course past its due date */
            includeOverdueCadres: boolean;
            /** @description The reminder's text */
            message: string;
            /**
             * Format: uuid
             * @description The unit whose child units are reminded (default: the caller's scope unit)
             */
            parentId?: string;
            /** @description Title of the notifications (default: 「<year>年度学习推进督促」) */
            title?: string;
            /** @description Child units of the parent, in scope (the lagging units chosen on the dashboard) */
            unitIds: string[];
            /**
             * Format: int32
             * @description The year of the figures (default: this year)
             */
            year?: number;
        };
        CreateStudyRecordDto: {
            absentees?: components["schemas"]["AbsenteeInputDto"][];
            attachments?: components["schemas"]["AttachmentInputDto"][];
            /** @description Cadres present, from the unit and the units below it */
            attendeeIds: string[];
            conclusions?: string;
            /** @description Follow-up actions (整改落实) */
            followUps?: string;
            /**
             * Format: date
             * @description Not in the future
             */
            heldOn: string;
            /** @description Who chaired it */
            hostName: string;
            /**
             * Format: uuid
             * @description The chair, when a cadre of the unit
             */
            hostUserId?: string | null;
            /** @description The material studied */
            materialTitle?: string;
            /**
             * Format: uri
             * @description A link to the material
             */
            materialUrl?: string | null;
            speeches?: components["schemas"]["SpeechInputDto"][];
            /** @description The topic */
            title: string;
            type: components["schemas"]["StudyRecordType"];
            /**
             * Format: uuid
             * @description The unit that met; in the caller's scope
             */
            unitId: string;
        };
        CreateTrainingClassDto: {
            /** Format: int32 */
            capacity: number;
            /** @description Credit hours, in steps of 0.5 */
            creditHours: number;
            description?: string;
            /**
             * Format: date
             * @description On or after startDate
             */
            endDate: string;
            kind: components["schemas"]["TrainingClassKind"];
            /**
             * Format: uuid
             * @description The organising unit, in the caller's scope
             */
            organiserUnitId: string;
            /** Format: date */
            startDate: string;
            targetGroups?: components["schemas"]["CadreGroup"][];
            targetRanks?: components["schemas"]["Rank"][];
            title: string;
            /** @description Venue(s) */
            venue?: string;
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
        CriteriaDto: {
            age: number | null;
            ageLimit: number;
            /** @description Credit hours of the last 12 months */
            hours: number;
            met: boolean;
            minHours: number;
            name: string;
            problems: components["schemas"]["CriteriaProblemDto"][];
            rank: components["schemas"]["Rank"];
            rankLevel: components["schemas"]["RankLevel"];
            /** Format: uuid */
            userId: string;
        };
        CriteriaProblemDto: {
            /** @description birthDate or hours */
            field: string;
            message: string;
        };
        DashboardSummaryDto: {
            /** @description The four key cadre groups (a cadre may be in several) */
            byGroup: components["schemas"]["BreakdownRowDto"][];
            /** @description Rank levels: 处级, 科级, 科员及以下 */
            byRankLevel: components["schemas"]["BreakdownRowDto"][];
            /** @description 12 rows */
            monthly: components["schemas"]["MonthRowDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            year: number;
        };
        DashboardUnitsDto: {
            /** @description One row per child unit, then the parent's own cadres (本级) when it has any */
            items: components["schemas"]["UnitFiguresDto"][];
            /** @description The parent's whole subtree */
            parent: components["schemas"]["UnitFiguresDto"];
            year: number;
        };
        DecideLeaveDto: {
            approve: boolean;
            note?: string;
        };
        DecisionDto: {
            /** @description true: admit into the pool; false: decline */
            admit: boolean;
            /** @description The mentor (结对导师) */
            mentorName?: string;
            /** @description The mentor's post */
            mentorPost?: string;
            /** @description Required to decline */
            reason?: string;
            /** @description Required to admit */
            track?: components["schemas"]["TalentTrack"];
        };
        /** @enum {string} */
        DownloadFlag: "1";
        DrawRuleDto: {
            /** Format: int32 */
            count: number;
            /** Format: int32 */
            difficulty?: number | null;
            pointsEach: number;
            questionType?: components["schemas"]["QuestionType"] | null;
            tag?: string | null;
        };
        /** @enum {string} */
        Education: "postgraduate" | "bachelor" | "college" | "secondary" | "high_school_or_below";
        EnrolDto: {
            group?: components["schemas"]["CadreGroup"];
            ranks?: components["schemas"]["Rank"][];
            /**
             * Format: uuid
             * @description With group or ranks: everyone matching under this unit (default: the caller's scope)
             */
            unitId?: string;
            /** @description Named cadres */
            userIds?: string[];
        };
        /** @enum {string} */
        EnrollmentFilter: "in_progress" | "completed" | "overdue";
        /** @enum {string} */
        EnrollmentSource: "assigned" | "rule" | "self";
        EnrolResultDto: {
            added: number;
            capacity: number;
            enrolled: number;
            /** @description Already enrolled */
            skipped: number;
        };
        /** @enum {string} */
        Ethnicity: "汉族" | "蒙古族" | "回族" | "藏族" | "维吾尔族" | "苗族" | "彝族" | "壮族" | "布依族" | "朝鲜族" | "满族" | "侗族" | "瑶族" | "白族" | "土家族" | "哈尼族" | "哈萨克族" | "傣族" | "黎族" | "傈僳族" | "佤族" | "畲族" | "高山族" | "拉祜族" | "水族" | "东乡族" | "纳西族" | "景颇族" | "柯尔克孜族" | "土族" | "达斡尔族" | "仫佬族" | "羌族" | "布朗族" | "撒拉族" | "毛南族" | "仡佬族" | "锡伯族" | "阿昌族" | "普米族" | "塔吉克族" | "怒族" | "乌孜别克族" | "俄罗斯族" | "鄂温克族" | "德昂族" | "保安族" | "裕固族" | "京族" | "塔塔尔族" | "独龙族" | "鄂伦春族" | "赫哲族" | "门巴族" | "珞巴族" | "基诺族";
        EvaluationDto: {
            comment: string;
            grade: components["schemas"]["EvaluationGrade"];
            year: number;
        };
        /** @enum {string} */
        EvaluationGrade: "excellent" | "competent" | "basically_competent" | "incompetent";
        EvaluationInputDto: {
            comment?: string;
            grade: components["schemas"]["EvaluationGrade"];
            /** Format: int32 */
            year: number;
        };
        EvaluationResultsDto: {
            comments: string[];
            enrollees: number;
            /** @description Enrollees who filled in the survey */
            respondents: number;
            sessions: components["schemas"]["SessionResultDto"][];
            teachers: components["schemas"]["TeacherResultDto"][];
        };
        FeedbackBurstDto: {
            /** @description The average of the other ratings (null when every rating is in a burst) */
            averageWithout: number | null;
            /** @description Ratings that arrived in a burst */
            count: number;
            /** @description ... within this many minutes */
            minutes: number;
            /** @description A burst is more than this many ratings from one address ... */
            size: number;
        };
        FeedbackCommentDto: {
            comment: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            rating: number;
            status: components["schemas"]["FeedbackCommentStatus"];
        };
        /** @enum {string} */
        FeedbackCommentStatus: "pending" | "approved" | "rejected";
        /** @enum {string} */
        FeedbackDecision: "approved" | "rejected";
        FeedbackInputDto: {
            comment?: string;
            /** Format: int32 */
            rating: number;
        };
        FeedbackReceiptDto: {
            /** @description A comment waits for the host unit to approve it before anyone sees it */
            commentPending: boolean;
            received: boolean;
        };
        FeedbackSummaryDto: {
            /** @description Of every rating, bursts included */
            average: number | null;
            /** @description For admins in scope: ratings that arrived in a burst from one address; null for lecturers */
            burst: components["schemas"]["FeedbackBurstDto"] | null;
            /** @description Approved comments; pending ones too for a moderator */
            comments: components["schemas"]["FeedbackCommentDto"][];
            count: number;
            /** @description How many gave 1, 2, 3, 4, 5 */
            distribution: number[];
        };
        /** @enum {string} */
        FilePurpose: "course_cover" | "lesson_video" | "lesson_document" | "claim_attachment" | "lecture_photo" | "study_attachment" | "campaign_attachment" | "class_attachment";
        FixedQuestionDto: {
            points: number;
            /** Format: uuid */
            questionId: string;
        };
        /** @enum {string} */
        Gender: "male" | "female";
        GraduateDto: {
            /** @description The post the cadre was promoted to */
            newPost: string;
            /**
             * Format: date
             * @description Default today; not in the future
             */
            on?: string;
        };
        HealthDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            status: "ok" | "error";
            /** @description Which server process answered: 0 … WEB_CONCURRENCY − 1 */
            worker: number;
        };
        HourRuleDto: {
            /** @description At most 20, or 24 for a daily cap and 999 for a yearly cap */
            hours: number;
            /** @description A lecture format, a study record type, daily_cap, yearly_cap (0 = none) or a course rule */
            kind: string;
            source: components["schemas"]["HourRuleSource"];
        };
        HourRuleListDto: {
            items: components["schemas"]["HourRuleDto"][];
        };
        /** @enum {string} */
        HourRuleSource: "lecture_given" | "study_record" | "offline_training" | "course" | "class";
        HoursBySourceDto: {
            class: number;
            course: number;
            lecture_given: number;
            offline_training: number;
            quiz: number;
            study_record: number;
        };
        HoursByYearDto: {
            /** @description Hours by ledger source */
            bySource: {
                [key: string]: number;
            };
            total: number;
            year: number;
        };
        ImportProblemDto: {
            /** @description Column header */
            column: string;
            message: string;
            /** @description Spreadsheet row (2 is the first question) */
            row: number;
        };
        ImportResultDto: {
            /** @description Questions imported (0 on a dry run or with errors) */
            imported: number;
            problems: components["schemas"]["ImportProblemDto"][];
            rows: number;
        };
        InitialPasswordDto: {
            /** @description Shown once; the cadre must change it at first sign-in */
            initialPassword: string;
        };
        InitialPasswordSlipDto: {
            name: string;
            /** @description Shown this once; only its hash is kept */
            password: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
            username: string;
        };
        InitialPasswordsPendingDto: {
            /** @description The most one issuance covers; a larger unit is issued in several rounds */
            batchMax: number;
            /** @description Cadres without a password the caller may not manage (left out) */
            notManageable: components["schemas"]["PasswordlessCadreDto"][];
            /** @description Active cadres without a password whom the caller may issue one to */
            pending: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        IssuedInitialPasswordsDto: {
            /** @description The file name for the workbook */
            filename: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description Cadres without a password the caller may not manage (left out) */
            notManageable: components["schemas"]["PasswordlessCadreDto"][];
            /** @description The address of the platform, for the slips and their QR code */
            platformUrl: string;
            /** @description Cadres still without a password after this round (beyond batchMax), to issue again */
            remaining: number;
            /** @description By unit, then name */
            slips: components["schemas"]["InitialPasswordSlipDto"][];
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** @description The slips as an .xlsx workbook, base64: made once with the passwords, never again */
            workbook: string;
        };
        IssueInitialPasswordsDto: {
            /**
             * Format: uuid
             * @description The unit: its cadres and those of every unit under it
             */
            unitId: string;
        };
        LaggingDto: {
            items: components["schemas"]["LaggingUnitDto"][];
            /** @description Median required-completion rate of the child units with required courses */
            medianCompletionRate: number | null;
            /** Format: uuid */
            parentId: string;
            parentName: string;
            /** @description The order of items (and their rank) */
            sort: components["schemas"]["LaggingSort"];
            threshold: number;
            year: number;
        };
        /** @enum {string} */
        LaggingSort: "rate" | "adjusted";
        LaggingUnitDto: {
            /** @description The completion rate normalised by headcount: as if the unit had 4 more required enrolments at the sibling median */
            adjustedCompletionRate: number;
            cadres: number;
            /** @description Cadres to whom at least one requirement line applies: the denominator of metHoursRate */
            cadresAssessed: number;
            /** @description Cadres with a required course past its due date and not completed */
            cadresOverdue: number;
            /** @description Active child units (0: nothing to drill into) */
            childCount: number;
            /** @description Sibling median of the completion rate minus this unit's completion rate as shown (requiredCompletionRate) */
            completionGap: number;
            /** @description Sibling median of the completion rate minus this unit's normalised rate */
            gap: number;
            hoursPerCadre: number;
            lectureAudience: number;
            lectureSessions: number;
            /** @description Each requirement line of the year, in its configured order */
            lines: components["schemas"]["LineFiguresDto"][];
            /** @description Cadres who met every requirement line that applies to them (全部适用要求均达标) */
            metHours: number;
            /** @description metHours / cadresAssessed, 0–1 (达标率); cadres held to no line are left out */
            metHoursRate: number | null;
            /** @description The parent's own cadres (本级), not a child unit */
            own: boolean;
            quizPassed: number;
            /** @description Share of quiz takers who passed at least one quiz */
            quizPassRate: number | null;
            /** @description Cadres who submitted a quiz this year */
            quizTakers: number;
            /** @description 1 = furthest behind, by the figure of `sort` */
            rank: number;
            /** @description Every figure below the threshold share of its sibling median */
            reasons: components["schemas"]["LagReasonDto"][];
            requiredCompleted: number;
            /** @description Completed share of required enrolments, 0–1 */
            requiredCompletionRate: number | null;
            /** @description Required enrolments open in the year */
            requiredEnrollments: number;
            studyRecords: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        LagReasonDto: {
            /** @enum {string} */
            metric: "requiredCompletionRate" | "metHoursRate" | "quizPassRate";
            /** @description Median of the siblings with data */
            siblingMedian: number;
            value: number;
        };
        LeaveDto: {
            /** Format: date-time */
            createdAt: string;
            decisionNote: string | null;
            /** Format: uuid */
            id: string;
            /** @description The share if this request is approved */
            ifApproved: components["schemas"]["MissedShareDto"];
            /** @description The cadre's share now */
            missed: components["schemas"]["MissedShareDto"];
            name: string;
            reason: string;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            sessionStartsAt: string;
            sessionTopic: string;
            status: components["schemas"]["ClassLeaveStatus"];
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        LeaveListDto: {
            items: components["schemas"]["LeaveDto"][];
        };
        /** @enum {string} */
        LectureFormat: "concentrated" | "interactive" | "micro" | "online";
        LecturerStatsDto: {
            audience: number;
            averageRating: number | null;
            feedbackCount: number;
            hours: number;
            name: string;
            sessions: number;
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        LectureSessionDto: {
            audienceKinds: components["schemas"]["AudienceKind"][];
            audienceSize: number;
            author: components["schemas"]["PersonRefDto"];
            /** @description Average rating 1–5, one decimal */
            averageRating: number | null;
            can: components["schemas"]["LectureSessionPermissionsDto"];
            /** @description The first photo, small */
            coverThumbnailUrl: string | null;
            creditedHours: number | null;
            durationMinutes: number;
            feedbackCount: number;
            /** @description Public feedback page of the SPA (verified sessions) */
            feedbackPath: string;
            format: components["schemas"]["LectureFormat"];
            /** Format: uuid */
            hostUnitId: string;
            hostUnitName: string;
            /** Format: uuid */
            id: string;
            lecturers: components["schemas"]["PersonRefDto"][];
            photoCount: number;
            photos: components["schemas"]["StoredFileDto"][];
            returnReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewedBy: components["schemas"]["PersonRefDto"] | null;
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["LectureSessionStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            summary: string;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            title: string;
            /** Format: uuid */
            topicId: string;
            topicName: string;
            venue: string;
        };
        LectureSessionPageDto: {
            items: components["schemas"]["LectureSessionSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        LectureSessionPermissionsDto: {
            /** @description An org admin may correct the descriptive fields of a verified session (audited) */
            correct: boolean;
            edit: boolean;
            /** @description May approve or hide audience comments */
            moderate: boolean;
            remove: boolean;
            submit: boolean;
            verify: boolean;
        };
        /** @enum {string} */
        LectureSessionStatus: "draft" | "submitted" | "verified" | "returned";
        LectureSessionSummaryDto: {
            audienceKinds: components["schemas"]["AudienceKind"][];
            audienceSize: number;
            author: components["schemas"]["PersonRefDto"];
            /** @description Average rating 1–5, one decimal */
            averageRating: number | null;
            /** @description The first photo, small */
            coverThumbnailUrl: string | null;
            creditedHours: number | null;
            durationMinutes: number;
            feedbackCount: number;
            format: components["schemas"]["LectureFormat"];
            /** Format: uuid */
            hostUnitId: string;
            hostUnitName: string;
            /** Format: uuid */
            id: string;
            lecturers: components["schemas"]["PersonRefDto"][];
            photoCount: number;
            returnReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["LectureSessionStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: uuid */
            teamId: string;
            teamName: string;
            title: string;
            /** Format: uuid */
            topicId: string;
            topicName: string;
            venue: string;
        };
        LectureStatsDto: {
            audience: number;
            averageRating: number | null;
            byFormat: components["schemas"]["CountRowDto"][];
            /** @description 12 rows, key 1–12 */
            byMonth: components["schemas"]["CountRowDto"][];
            byTeam: components["schemas"]["CountRowDto"][];
            byTopic: components["schemas"]["CountRowDto"][];
            /** @description Per child unit (key: unit id) */
            byUnit: components["schemas"]["CountRowDto"][];
            feedbackCount: number;
            /** @description Lecturers with verified sessions, most sessions first */
            lecturers: components["schemas"]["LecturerStatsDto"][];
            lecturersActive: number;
            /** @description Submitted, waiting to be verified */
            pending: number;
            sessions: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            year: number;
        };
        LectureTeamDetailDto: {
            active: boolean;
            /** @description The caller may edit the team and its members */
            canManage: boolean;
            description: string;
            /** Format: uuid */
            homeUnitId: string;
            homeUnitName: string;
            /** Format: uuid */
            id: string;
            level: components["schemas"]["LectureTeamLevel"];
            memberCount: number;
            members: components["schemas"]["TeamMemberDto"][];
            /** @description The caller is a member */
            mine: boolean;
            name: string;
            /** @description Verified sessions this year */
            sessionsThisYear: number;
        };
        LectureTeamDto: {
            active: boolean;
            /** @description The caller may edit the team and its members */
            canManage: boolean;
            description: string;
            /** Format: uuid */
            homeUnitId: string;
            homeUnitName: string;
            /** Format: uuid */
            id: string;
            level: components["schemas"]["LectureTeamLevel"];
            memberCount: number;
            /** @description The caller is a member */
            mine: boolean;
            name: string;
            /** @description Verified sessions this year */
            sessionsThisYear: number;
        };
        /** @enum {string} */
        LectureTeamLevel: "municipal" | "specialised" | "grassroots";
        LectureTeamListDto: {
            items: components["schemas"]["LectureTeamDto"][];
        };
        LectureTopicDto: {
            active: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            sessionCount: number;
            sortOrder: number;
        };
        LectureTopicListDto: {
            items: components["schemas"]["LectureTopicDto"][];
        };
        /** @enum {string} */
        LedgerCutReason: "daily_cap" | "yearly_cap" | "daily_and_yearly_cap";
        /** @enum {string} */
        LedgerSource: "course" | "quiz" | "study_record" | "lecture_given" | "offline_training" | "class";
        LessonDto: {
            durationSeconds: number | null;
            /** Format: uuid */
            id: string;
            /** @description Article or document: the author's reading time; null on an article = derived from its length */
            minReadingSeconds: number | null;
            position: number;
            /** @description Article or document: the reading time required (the author’s, or about 400 characters a minute, at least 30 s) */
            readingSeconds: number | null;
            title: string;
            type: components["schemas"]["LessonType"];
        };
        LessonEditDto: {
            body: string | null;
            /** Format: uuid */
            documentFileId: string | null;
            documentFileName: string | null;
            durationSeconds: number | null;
            /** Format: uuid */
            id: string;
            /** @description Article or document: the author's reading time; null on an article = derived from its length */
            minReadingSeconds: number | null;
            position: number;
            /** @description Article or document: the reading time required (the author’s, or about 400 characters a minute, at least 30 s) */
            readingSeconds: number | null;
            title: string;
            type: components["schemas"]["LessonType"];
            /** Format: uuid */
            videoFileId: string | null;
            videoFileName: string | null;
            videoUrl: string | null;
        };
        LessonProgressDto: {
            completed: boolean;
            /** @description Time the server credited */
            creditedSeconds: number;
            /** @description Video: furthest position reached by watching */
            furthestSeconds: number;
            positionSeconds: number;
            reachedEnd: boolean;
            /** @description Credited time needed to complete */
            requiredSeconds: number;
        };
        /** @enum {string} */
        LessonType: "video" | "article" | "document";
        LineFiguresDto: {
            /** @description Active cadres the line applies to */
            applicable: number;
            /** @description The requirement line's key (online, centralized_year, centralized_5y …) */
            key: string;
            /** @description The line's label as configured for the year */
            label: string;
            /** @description Of those, cadres who met it (学时, or days where the line has a days alternative) */
            met: number;
            /** @description met / applicable, 0–1; null when it applies to nobody */
            rate: number | null;
        };
        LoginDto: {
            /** @example Demo@2026 */
            password: string;
            /** @example cadre01 */
            username: string;
        };
        MakeUpDto: {
            /** @description What make-up training (补训) was arranged */
            arrangement: string;
            done: boolean;
            /** Format: date */
            dueDate: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        MarkAttendanceDto: {
            marks: components["schemas"]["AttendanceMarkDto"][];
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
        MilestoneDto: {
            /** Format: date */
            doneOn: string | null;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** @description Not done and past its date */
            overdue: boolean;
            title: string;
        };
        MilestoneInputDto: {
            /**
             * Format: date
             * @description When it was done; not in the future
             */
            doneOn?: string | null;
            /** Format: date */
            dueOn: string;
            title: string;
        };
        MissedShareDto: {
            /** @description Minutes marked absent without leave */
            absentMinutes: number;
            /** @description Minutes of approved leave */
            leaveMinutes: number;
            /** @description (leave + absent) / total, 0 to 1 */
            share: number;
            standing: components["schemas"]["ClassMissedStanding"];
            /** @description Minutes of the whole timetable */
            totalMinutes: number;
        };
        ModerateFeedbackDto: {
            status: components["schemas"]["FeedbackDecision"];
        };
        MonthRowDto: {
            /** @description Credit hours earned in the month (all sources) */
            hours: number;
            lectureSessions: number;
            /** @description 1–12 */
            month: number;
            /** @description Required enrolments completed in the month */
            requiredCompleted: number;
            studyRecords: number;
        };
        MoveOrgUnitDto: {
            /**
             * Format: uuid
             * @description The new parent
             */
            parentId: string;
        };
        /** @enum {string} */
        MultipleScoring: "all_or_nothing" | "partial";
        MyClassSessionDto: {
            attendance: components["schemas"]["ClassAttendanceStatus"];
            /** Format: uuid */
            classId: string;
            classTitle: string;
            /** Format: uuid */
            courseId: string | null;
            courseTitle: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            leave: components["schemas"]["ClassLeaveStatus"] | null;
            /** @description Length in minutes: the unit of the leave share */
            minutes: number;
            /** @description Enrollees not yet recorded (for organisers) */
            pendingCount: number;
            place: string;
            /** @description Present (for organisers) */
            presentCount: number;
            /** @description Sign-in is open now */
            signInOpen: boolean;
            siteName: string | null;
            /** Format: date-time */
            startsAt: string;
            teacherKind: components["schemas"]["ClassTeacherKind"];
            teacherName: string;
            /** Format: uuid */
            teacherUserId: string | null;
            topic: string;
        };
        MyClassSessionListDto: {
            items: components["schemas"]["MyClassSessionDto"][];
        };
        MyClassStateDto: {
            creditedHours: number | null;
            evaluated: boolean;
            missed: components["schemas"]["MissedShareDto"];
            sessions: components["schemas"]["MySessionStateDto"][];
            status: components["schemas"]["ClassEnrolmentStatus"];
        };
        MyCourseDto: {
            categoryName: string;
            /** Format: date-time */
            completedAt: string | null;
            completedLessons: number;
            /** Format: uuid */
            courseId: string;
            coverUrl: string | null;
            creditHours: number;
            /** Format: date */
            dueDate: string | null;
            /** Format: date-time */
            lastActivityAt: string | null;
            /** Format: uuid */
            lastLessonId: string | null;
            /** @description Past its due date and not completed */
            overdue: boolean;
            /** @description Percentage of lessons completed */
            progress: number;
            required: boolean;
            source: components["schemas"]["EnrollmentSource"];
            /** @enum {string} */
            status: "in_progress" | "completed";
            title: string;
            totalLessons: number;
        };
        /** @enum {string} */
        MyCourseFilter: "in_progress" | "completed" | "overdue" | "all";
        MyCourseListDto: {
            items: components["schemas"]["MyCourseDto"][];
        };
        MyEnrollmentSummaryDto: {
            /** Format: date */
            dueDate: string | null;
            progressPercent: number;
            required: boolean;
            /** @enum {string} */
            status: "in_progress" | "completed";
        };
        MyQuizStateDto: {
            attemptsUsed: number;
            bestScore: number | null;
            canStart: boolean;
            /** Format: uuid */
            inProgressAttemptId: string | null;
            passed: boolean;
        };
        MySessionStateDto: {
            attendance: components["schemas"]["ClassAttendanceStatus"];
            leave: components["schemas"]["ClassLeaveStatus"] | null;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            signedInAt: string | null;
        };
        NominateDto: {
            /** @description Required when the cadre breaks an entry criterion: why nominate anyway */
            overrideReason?: string;
            /** @description Why this cadre (推荐理由) */
            reasons: string;
            /** @description A suggested track */
            track?: components["schemas"]["TalentTrack"];
            /**
             * Format: uuid
             * @description A cadre of the caller's unit (or the units below it)
             */
            userId: string;
        };
        NoteDto: {
            authorName: string;
            /** Format: uuid */
            id: string;
            note: string;
            /** Format: date */
            writtenOn: string;
        };
        NoteInputDto: {
            note: string;
            /**
             * Format: date
             * @description Default today; not in the future
             */
            writtenOn?: string;
        };
        NotificationDto: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** @description A path of the SPA */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** @description Who sent it */
            senderName: string | null;
            title: string;
        };
        /** @enum {string} */
        NotificationKind: "reminder" | "overdue_courses" | "class_enrolled" | "sign_in_alert" | "shortfall" | "secondment_overdue";
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description All unread notifications of the caller */
            unreadCount: number;
        };
        /**
         * @description Closing is POST /close
         * @enum {string}
         */
        OpenTrainingClassStatus: "planning" | "enrolling" | "running";
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
        OverdueMilestoneDto: {
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            entryId: string;
            name: string;
            title: string;
        };
        PasswordlessCadreDto: {
            name: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
            username: string;
        };
        PersonalNumbersDto: {
            idNumber: string | null;
            phone: string | null;
        };
        PersonRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        PlanDto: {
            /** @description True when no plan was saved for the year and the default applies */
            isDefault: boolean;
            rules: components["schemas"]["PlanRuleDto"][];
            year: number;
        };
        PlanRuleDto: {
            /** @description null: every cadre */
            cadreGroup?: components["schemas"]["CadreGroup"] | null;
            note?: string;
            /** @description null: every rank */
            rankLevel?: components["schemas"]["RankLevel"] | null;
            /** @description Hours required in the year */
            requiredHours: number;
        };
        PlayerDto: {
            /** Format: uuid */
            courseId: string;
            creditHours: number;
            enrollment: components["schemas"]["MyCourseDto"];
            lessons: components["schemas"]["PlayerLessonDto"][];
            /**
             * Format: uuid
             * @description Where to resume
             */
            resumeLessonId: string | null;
            title: string;
        };
        PlayerLessonDto: {
            /** @description Article: sanitised HTML */
            body: string | null;
            /** @description Document: a signed link to the PDF */
            documentUrl: string | null;
            durationSeconds: number | null;
            /** Format: uuid */
            id: string;
            /** @description Article or document: the author's reading time; null on an article = derived from its length */
            minReadingSeconds: number | null;
            position: number;
            progress: components["schemas"]["LessonProgressDto"];
            /** @description Article or document: the reading time required (the author’s, or about 400 characters a minute, at least 30 s) */
            readingSeconds: number | null;
            title: string;
            type: components["schemas"]["LessonType"];
            /** @description Video: a signed link to the file, or the external address */
            videoUrl: string | null;
        };
        /** @enum {string} */
        PoliticalStatus: "cpc_member" | "cpc_probationary" | "cyl_member" | "democratic_party" | "masses";
        PostHistoryDto: {
            /** Format: date */
            fromOn: string | null;
            /** @description recorded (任职经历 kept by the organisation department), current, secondment or promotion */
            kind: string;
            post: string;
            /** Format: date */
            toOn: string | null;
            unitName: string;
        };
        PostInputDto: {
            /** Format: date */
            fromOn: string;
            post: string;
            /**
             * Format: date
             * @description Absent or null: still held
             */
            toOn?: string | null;
            unitName: string;
        };
        PostsDto: {
            /** @description Replaces the recorded posts */
            posts: components["schemas"]["PostInputDto"][];
        };
        PreviewDto: {
            maxScore: number;
            questions: components["schemas"]["PreviewQuestionDto"][];
        };
        PreviewQuestionDto: {
            answer: string[];
            difficulty: number;
            explanation: string;
            /** Format: uuid */
            id: string;
            options: components["schemas"]["AttemptOptionDto"][];
            points: number;
            position: number;
            stem: string;
            tags: string[];
            type: components["schemas"]["QuestionType"];
        };
        PreviewReminderDto: {
            /** @description Also count the active cadres under the units with a required course past its due date */
            includeOverdueCadres: boolean;
            /**
             * Format: uuid
             * @description The unit whose child units are reminded (default: the caller's scope unit)
             */
            parentId?: string;
            /** @description Child units of the parent, in scope */
            unitIds: string[];
            /**
             * Format: int32
             * @description The year of the figures (default: this year)
             */
            year?: number;
        };
        ProfilePersonDto: {
            age: number | null;
            /** Format: date */
            appointmentDate: string | null;
            /** Format: date */
            birthDate: string | null;
            education: string | null;
            ethnicity: string;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            /** @description Masked */
            idNumber: string | null;
            keyGroups: components["schemas"]["CadreGroup"][];
            name: string;
            /** @description Masked */
            phone: string | null;
            politicalStatus: string | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            unitName: string;
        };
        ProfileSpeechDto: {
            /** Format: date */
            heldOn: string;
            /** Format: uuid */
            recordId: string;
            summary: string;
            title: string;
        };
        ProgressReportDto: {
            /** Format: date */
            from: string;
            /** Format: date-time */
            generatedAt: string;
            sections: components["schemas"]["ReportSectionDto"][];
            title: string;
            /** Format: date */
            to: string;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        ProgressResultDto: {
            courseCompleted: boolean;
            creditedSeconds: number;
            furthestSeconds: number;
            lessonCompleted: boolean;
            progressPercent: number;
            requiredSeconds: number;
        };
        PublicLectureSessionDto: {
            /** @description This device (the signed device cookie this response renews or sets) has already rated the session */
            alreadyRated: boolean;
            hostUnitName: string;
            /** Format: uuid */
            id: string;
            lecturerNames: string[];
            /** Format: date-time */
            startedAt: string;
            teamName: string;
            title: string;
            topicName: string;
            venue: string;
        };
        QuestionDto: {
            answer: string[];
            difficulty: number;
            explanation: string;
            /** Format: uuid */
            id: string;
            options: components["schemas"]["QuestionOptionDto"][];
            /** @enum {string} */
            status: "active" | "retired";
            stem: string;
            tags: string[];
            type: components["schemas"]["QuestionType"];
            /** @description Papers and attempts that use it */
            usage: number;
        };
        QuestionOptionDto: {
            id: string;
            text: string;
        };
        QuestionPageDto: {
            items: components["schemas"]["QuestionDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        QuestionResultDto: {
            answered: number;
            correctRate: number;
            /** Format: uuid */
            questionId: string;
            stem: string;
            type: components["schemas"]["QuestionType"];
        };
        /** @enum {string} */
        QuestionType: "single" | "multiple" | "true_false" | "fill";
        QuizDetailDto: {
            attemptsAllowed: number;
            /** Format: date-time */
            closesAt: string | null;
            /** Format: uuid */
            courseId: string | null;
            courseTitle: string | null;
            creditHours: number;
            description: string;
            /** @description The caller may edit it */
            editable: boolean;
            /** Format: uuid */
            id: string;
            maxScore: number;
            mine: components["schemas"]["MyQuizStateDto"] | null;
            /** @enum {string} */
            mode: "fixed" | "random";
            multipleScoring: components["schemas"]["MultipleScoring"];
            /** @description Open for starting now */
            open: boolean;
            /** Format: date-time */
            opensAt: string | null;
            passPercent: number;
            questionCount: number;
            /** @description Fixed papers (editors only) */
            questions: components["schemas"]["FixedQuestionDto"][];
            reviewPolicy: components["schemas"]["ReviewPolicy"];
            /** @description Random papers (editors only) */
            rules: components["schemas"]["DrawRuleDto"][];
            shuffleOptions: boolean;
            shuffleQuestions: boolean;
            status: components["schemas"]["QuizStatus"];
            targetGroups: components["schemas"]["CadreGroup"][];
            /** Format: uuid */
            targetUnitId: string | null;
            targetUnitName: string | null;
            timeLimitMinutes: number;
            title: string;
        };
        /** @enum {string} */
        QuizMode: "fixed" | "random";
        QuizPageDto: {
            items: components["schemas"]["QuizSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        QuizResultsDto: {
            averageScore: number;
            byQuestion: components["schemas"]["QuestionResultDto"][];
            byUnit: components["schemas"]["UnitResultDto"][];
            /** @description Cadres who should sit it (course enrolees, or the target groups and units) */
            eligible: number;
            /** @description Cadres with a submitted attempt */
            participants: number;
            /** @description participants / eligible, 0..1 */
            participationRate: number;
            /** @description Cadres who passed at least once */
            passedCount: number;
            /** @description passedCount / participants, 0..1 */
            passRate: number;
            submittedAttempts: number;
        };
        /** @enum {string} */
        QuizStatus: "draft" | "published" | "archived";
        QuizSummaryDto: {
            attemptsAllowed: number;
            /** Format: date-time */
            closesAt: string | null;
            /** Format: uuid */
            courseId: string | null;
            courseTitle: string | null;
            creditHours: number;
            description: string;
            /** Format: uuid */
            id: string;
            maxScore: number;
            mine: components["schemas"]["MyQuizStateDto"] | null;
            /** @enum {string} */
            mode: "fixed" | "random";
            /** @description Open for starting now */
            open: boolean;
            /** Format: date-time */
            opensAt: string | null;
            passPercent: number;
            questionCount: number;
            reviewPolicy: components["schemas"]["ReviewPolicy"];
            status: components["schemas"]["QuizStatus"];
            targetGroups: components["schemas"]["CadreGroup"][];
            targetUnitName: string | null;
            timeLimitMinutes: number;
            title: string;
        };
        /** @enum {string} */
        Rank: "zheng_chu" | "fu_chu" | "diaoyanyuan_1" | "diaoyanyuan_2" | "diaoyanyuan_3" | "diaoyanyuan_4" | "zheng_ke" | "fu_ke" | "zhuren_keyuan_1" | "zhuren_keyuan_2" | "zhuren_keyuan_3" | "zhuren_keyuan_4" | "keyuan_1" | "keyuan_2" | "other";
        /**
         * @description null: every rank
         * @enum {string}
         */
        RankLevel: "chu" | "ke" | "keyuan";
        ReadAllDto: {
            /** @description Notifications marked read */
            updated: number;
        };
        ReadinessDto: {
            /** @enum {string} */
            database: "up" | "down";
            /**
             * @description The check that failed (absent when ready)
             * @enum {string}
             */
            failed?: "database" | "migrations" | "shutting_down";
            /** @description Migrations of this build the database has not run; null when the database did not answer */
            pendingMigrations: number | null;
            /** @enum {string} */
            status: "ready" | "not_ready";
        };
        RejectClaimDto: {
            /** @description Why the claim is returned */
            reason: string;
        };
        ReminderDto: {
            adminRecipients: number;
            cadreRecipients: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            includeOverdueCadres: boolean;
            message: string;
            /** @description Recipients who have read it */
            readCount: number;
            /** @description Admins first, then cadres, by unit and name */
            recipients: components["schemas"]["ReminderRecipientDto"][];
            senderName: string;
            title: string;
            /** Format: uuid */
            unitId: string;
            /** @description The parent unit whose child units were reminded */
            unitName: string;
            units: components["schemas"]["ReminderUnitDto"][];
            year: number;
        };
        ReminderPageDto: {
            items: components["schemas"]["ReminderSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ReminderPreviewDto: {
            /** @description Admins of the units (and of units inside them) who would be notified */
            adminRecipients: number;
            /** @description Cadres with overdue required courses who would be notified (their own text) */
            cadreRecipients: number;
            /** @description Chosen units without an active admin account: the reminder reaches no administrator there */
            unitsWithoutAdmin: components["schemas"]["ReminderUnitDto"][];
        };
        ReminderRecipientDto: {
            kind: components["schemas"]["NotificationKind"];
            name: string;
            /** Format: date-time */
            readAt: string | null;
            unitName: string | null;
            /** Format: uuid */
            userId: string;
        };
        ReminderSentDto: {
            /** @description Admins of the units (and of units inside them) notified */
            adminRecipients: number;
            /** @description Cadres with overdue required courses notified, each with their own courses */
            cadreRecipients: number;
            /** Format: uuid */
            reminderId: string;
            /** @description Chosen units without an active admin account: no administrator received it there */
            unitsWithoutAdmin: components["schemas"]["ReminderUnitDto"][];
        };
        ReminderSummaryDto: {
            adminRecipients: number;
            cadreRecipients: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            includeOverdueCadres: boolean;
            message: string;
            /** @description Recipients who have read it */
            readCount: number;
            senderName: string;
            title: string;
            /** Format: uuid */
            unitId: string;
            /** @description The parent unit whose child units were reminded */
            unitName: string;
            units: components["schemas"]["ReminderUnitDto"][];
            year: number;
        };
        ReminderUnitDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RemoveDto: {
            reason: string;
        };
        ReopenSettlementDto: {
            /** @description Why the year is reopened (the correction to be made); kept with the history and audited */
            reason: string;
        };
        ReorderLessonsDto: {
            lessonIds: string[];
        };
        ReportFigureDto: {
            key: string;
            label: string;
            /** @description SPA path listing the records behind the figure */
            link: string | null;
            /** @description Unit of the value: 场, 人次, 人, 门次, 学时, % */
            unit: string;
            value: number | null;
        };
        /** @enum {string} */
        ReportFormat: "json" | "docx";
        ReportProgressDto: {
            /**
             * Format: int32
             * @description Current position (video seconds; reading: seconds on the page)
             */
            positionSeconds: number;
            /** @description Article or document: the reader reached the end */
            reachedEnd?: boolean;
            /**
             * Format: int32
             * @description Seconds actually played or read (page visible) since this player’s previous report
             */
            watchedSeconds: number;
        };
        ReportSectionDto: {
            figures: components["schemas"]["ReportFigureDto"][];
            key: string;
            table?: components["schemas"]["ReportTableDto"];
            /** @description The draft paragraph, figures written out */
            text: string;
            title: string;
        };
        ReportTableDto: {
            columns: string[];
            rows: components["schemas"]["ReportTableRowDto"][];
        };
        ReportTableRowDto: {
            /** @description Cells in column order; null for none */
            cells: (string | number)[];
            link: string | null;
        };
        RequirementAppliesToDto: {
            /** @description Key groups; empty: any. Both empty: every cadre */
            groups: components["schemas"]["CadreGroup"][];
            /** @description Rank levels (主任科员 count as 科级, 调研员 as 处级); empty: any */
            rankLevels: components["schemas"]["RankLevel"][];
        };
        RequirementBySourceDto: {
            class?: number;
            course?: number;
            lecture_given?: number;
            /** @description Approved claims of online training elsewhere (online_external) */
            offline_online?: number;
            /** @description Approved claims of a centralised kind */
            offline_training?: number;
            quiz?: number;
            study_record?: number;
        };
        RequirementLineDto: {
            appliesTo: components["schemas"]["RequirementAppliesToDto"];
            /**
             * Format: int32
             * @description Days that meet the line instead of the hours ("12天或90学时"); null: none
             */
            days?: number | null;
            /** @description 学时 required within the window */
            hours: number;
            key: string;
            label: string;
            /** @description The sources whose hours count toward the line: ledger sources, where offline_training means claims of a centralised kind, and offline_online claims of online training elsewhere */
            sources: components["schemas"]["RequirementSource"][];
            /**
             * Format: int32
             * @description First year of a cycle; required when windowYears > 1
             */
            windowStart?: number | null;
            /**
             * Format: int32
             * @description 1: the calendar year; N: a cycle of N years from windowStart (repeating)
             */
            windowYears: number;
        };
        /**
         * @description hours: 学时 (and days) against the line; completion: one training to complete (任职培训: required 1, earned 0, dueDate the appointment plus 12 months)
         * @enum {string}
         */
        RequirementMeasure: "hours" | "completion";
        RequirementProgressDto: {
            /** @description Only on the 任职培训 line (key appointment): required 1, earned 1 when met, no sources; dueDate is the appointment plus 12 months */
            appointment?: components["schemas"]["AppointmentTrainingDto"];
            /** @description earned split by the line’s sources (adds up to earned) */
            bySource: components["schemas"]["RequirementBySourceDto"];
            /** @description Every year of the window, oldest first, with its 学时 (adds up to earned) */
            byYear: components["schemas"]["RequirementYearDto"][];
            /** @description Distinct days of class attendance and claimed training in the window; null without a days alternative */
            days: number | null;
            /**
             * Format: date
             * @description The window’s last day
             */
            dueDate: string;
            /** @description 学时 earned within the window from the line’s sources */
            earned: number;
            key: string;
            label: string;
            /** @description earned ≥ required, or days ≥ requiredDays */
            met: boolean;
            /**
             * Format: date
             * @description The day the cadre entered 处级, when an unmet 处级 line is due one year after it (dueDate) rather than at the window’s end
             */
            promotedOn?: string;
            /** @description max(0, required − earned) */
            remaining: number;
            /** @description 学时 required within the window */
            required: number;
            requiredDays: number | null;
            windowEnd: number;
            windowStart: number;
        };
        RequirementsDto: {
            /** @description True when nobody configured the year and the regulation defaults apply */
            isDefault: boolean;
            lines: components["schemas"]["RequirementLineDto"][];
            year: number;
        };
        /**
         * @description The sources whose hours count toward the line: ledger sources, where offline_training means claims of a centralised kind, and offline_online claims of online training elsewhere
         * @enum {string}
         */
        RequirementSource: "course" | "quiz" | "study_record" | "lecture_given" | "offline_training" | "class" | "offline_online";
        RequirementYearDto: {
            /** @description 学时 earned that year from the line’s sources */
            hours: number;
            year: number;
        };
        ReturnLectureSessionDto: {
            /** @description What the lecturer should fix */
            reason: string;
        };
        ReviewItemDto: {
            /** @description The right option ids, or the accepted texts */
            answer: string[];
            correct: boolean;
            earned: number;
            explanation: string;
            /** Format: uuid */
            questionId: string;
        };
        /** @enum {string} */
        ReviewPolicy: "after_submit" | "after_close" | "never";
        /** @enum {string} */
        Role: "cadre" | "lecturer" | "unit_admin" | "org_admin" | "auditor";
        RosterDto: {
            items: components["schemas"]["RosterRowDto"][];
            total: number;
        };
        /** @enum {string} */
        RosterImportMode: "preview" | "commit";
        RosterImportResultDto: {
            /** @description Cadres imported (0 on a preview) */
            imported: number;
            /** @description Problems by row and column, in row order */
            problems: components["schemas"]["RosterProblemDto"][];
            /** @description Non-empty rows in the file */
            rows: number;
            /** @description Rows without a problem */
            valid: number;
        };
        RosterProblemDto: {
            /** @description Column header, as in the template */
            column: string;
            message: string;
            /** @description Spreadsheet row (2 is the first cadre) */
            row: number;
        };
        RosterRowDto: {
            creditedHours: number | null;
            missed: components["schemas"]["MissedShareDto"];
            name: string;
            post: string | null;
            presentSessions: number;
            rank: components["schemas"]["Rank"];
            status: components["schemas"]["ClassEnrolmentStatus"];
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        SaveAnswersDto: {
            /** @description { [questionId]: optionId | optionId[] | text } */
            answers: {
                [key: string]: unknown;
            };
            /**
             * Format: int32
             * @description The stored version + 1 (or more); older or equal versions are refused with 409
             */
            version: number;
        };
        SaveCategoryDto: {
            name: string;
            /** Format: int32 */
            sortOrder?: number;
        };
        SavedDto: {
            /** Format: date-time */
            savedAt: string;
            version: number;
        };
        SaveHourRulesDto: {
            rules: components["schemas"]["HourRuleDto"][];
        };
        SaveLessonDto: {
            /** @description Article HTML (sanitised on the server) */
            body?: string | null;
            /**
             * Format: uuid
             * @description An uploaded lesson_document (PDF)
             */
            documentFileId?: string | null;
            /**
             * Format: int32
             * @description Video length in seconds
             */
            durationSeconds?: number | null;
            /**
             * Format: int32
             * @description Article or document: reading time required; null on an article = from its length (about 400 characters a minute, at least 30 s)
             */
            minReadingSeconds?: number | null;
            title: string;
            type: components["schemas"]["LessonType"];
            /**
             * Format: uuid
             * @description An uploaded lesson_video
             */
            videoFileId?: string | null;
            /** @description A video hosted elsewhere (instead of a file) */
            videoUrl?: string | null;
        };
        SaveMakeUpDto: {
            /** @description What make-up training (补训) was arranged */
            arrangement: string;
            done: boolean;
            /**
             * Format: date
             * @description When the make-up training is due
             */
            dueDate?: string | null;
            line: string;
            /** Format: uuid */
            userId: string;
            /** Format: int32 */
            year: number;
        };
        SavePlanDto: {
            rules: components["schemas"]["PlanRuleDto"][];
        };
        SaveQuestionDto: {
            /** @description Option ids (true_false: T or F) or, for fill-in, the accepted texts */
            answer: string[];
            /** Format: int32 */
            difficulty: number;
            explanation?: string;
            /** @description single and multiple: 2–8 options; true_false and fill: empty */
            options: components["schemas"]["QuestionOptionDto"][];
            stem: string;
            tags: string[];
            type: components["schemas"]["QuestionType"];
        };
        SaveRequirementsDto: {
            lines: components["schemas"]["RequirementLineDto"][];
        };
        SecondmentDto: {
            /** Format: date */
            fromOn: string;
            hostCity: string;
            hostUnit: string;
            /** Format: uuid */
            id: string;
            post: string;
            report: string;
            state: components["schemas"]["SecondmentState"];
            /** Format: date */
            toOn: string;
        };
        SecondmentInputDto: {
            /** Format: date */
            fromOn: string;
            /** @description e.g. 福州市 */
            hostCity: string;
            hostUnit: string;
            post: string;
            state?: components["schemas"]["SecondmentState"];
            /** Format: date */
            toOn: string;
        };
        /** @enum {string} */
        SecondmentState: "planned" | "on_secondment" | "returned";
        SecondmentUpdateDto: {
            /** Format: date */
            fromOn?: string;
            hostCity?: string;
            hostUnit?: string;
            post?: string;
            /** @description The closing report; required to mark it returned */
            report?: string;
            state?: components["schemas"]["SecondmentState"];
            /** Format: date */
            toOn?: string;
        };
        SessionRatingInputDto: {
            comment?: string;
            /** Format: int32 */
            contentRating: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: int32 */
            teacherRating: number;
        };
        SessionResultDto: {
            comments: string[];
            contentAverage: number | null;
            responses: number;
            /** Format: uuid */
            sessionId: string;
            teacherAverage: number | null;
            teacherName: string;
            topic: string;
        };
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
        SetClassAttachmentsDto: {
            attachments: components["schemas"]["ClassAttachmentInputDto"][];
        };
        SetCourseHoursDto: {
            /** @description null: follow the rule again */
            hours: number | null;
            /** @description Required with hours */
            reason?: string;
        };
        SetTeamMembersDto: {
            members: components["schemas"]["TeamMemberInputDto"][];
        };
        SettlementDto: {
            /** @description Cadres in the caller’s scope to whom at least one line applies */
            cadres: number;
            /** @description The caller may close and reopen the year (an org admin scoped to the city) */
            canManage: boolean;
            /** @description Every closing of the year, newest first */
            history: components["schemas"]["SettlementHistoryDto"][];
            /** @description Per line, in the scope */
            lines: components["schemas"]["SettlementLineTotalDto"][];
            /** @description False: the totals are frozen figures; true: counted now by the engine (the year is not settled) */
            live: boolean;
            /** @description Of them, those who met every line that applies */
            metAll: number;
            /** Format: date-time */
            settledAt: string | null;
            settledBy: string | null;
            /** @description open: never closed; settled: closed now; reopened: closed once and reopened */
            state: components["schemas"]["SettlementState"];
            year: number;
            /** @description The year is over (Asia/Shanghai), so it may be closed */
            yearOver: boolean;
        };
        SettlementHistoryDto: {
            /** @description Cadres whose figures were frozen (the whole city) */
            cadres: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            reopenedAt: string | null;
            reopenedBy: string | null;
            reopenReason: string | null;
            /** Format: date-time */
            settledAt: string;
            settledBy: string;
        };
        SettlementLineTotalDto: {
            /** @description Cadres in scope to whom the line applies */
            applicable: number;
            key: string;
            label: string;
            /** @description Of them, those who met it */
            met: number;
        };
        /**
         * @description open: never closed; settled: closed now; reopened: closed once and reopened
         * @enum {string}
         */
        SettlementState: "open" | "settled" | "reopened";
        ShortfallDto: {
            /** @description Days counted; null without a days alternative */
            days: number | null;
            /**
             * Format: date
             * @description The window’s last day; one year after entering 处级 for a promoted cadre; for 任职培训 the appointment plus 12 months
             */
            dueDate: string;
            /** @description 学时 earned within the window from the line’s sources */
            earned: number;
            /** @description The line’s key */
            line: string;
            lineLabel: string;
            /** @description The 补训 record, if one was made */
            makeUp: components["schemas"]["MakeUpDto"] | null;
            /** @description hours: 学时 (and days) against the line; completion: one training to complete (任职培训: required 1, earned 0, dueDate the appointment plus 12 months) */
            measure: components["schemas"]["RequirementMeasure"];
            name: string;
            rank: components["schemas"]["Rank"];
            /** @description max(0, required − earned) */
            remaining: number;
            /** @description 学时 required within the window */
            required: number;
            requiredDays: number | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        ShortfallPageDto: {
            items: components["schemas"]["ShortfallDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ShortfallReminderDto: {
            /** @description One requirement line’s key; default every line */
            line?: string;
            /** @description Name contains */
            q?: string;
            /**
             * Format: uuid
             * @description Cadres in this unit and every unit under it; default the caller’s scope unit
             */
            unitId?: string;
            /** @description Only these of the listed cadres; default every cadre the filters list */
            userIds?: string[];
            /**
             * Format: int32
             * @description Calendar year (Asia/Shanghai); default this year
             */
            year?: number;
        };
        ShortfallReminderSentDto: {
            /** @description Cadres notified */
            recipients: number;
        };
        SignInCodeDto: {
            /**
             * Format: date-time
             * @description When this code is replaced
             */
            changesAt: string | null;
            /** Format: date-time */
            closesAt: string;
            /** @description The current six-digit code (null outside the window) */
            code: string | null;
            expectedCount: number;
            /** @description Whether sign-in is open now */
            open: boolean;
            /** Format: date-time */
            opensAt: string;
            presentCount: number;
            /** Format: uuid */
            sessionId: string;
        };
        SignInDto: {
            code: string;
        };
        SignInResultDto: {
            classTitle: string;
            /** @description True when this call signed in; false when already signed in before */
            created: boolean;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            signedInAt: string;
            topic: string;
        };
        /** @enum {string} */
        SortOrder: "asc" | "desc";
        SpeechInputDto: {
            /**
             * Format: uuid
             * @description An attendee
             */
            speakerId: string;
            summary: string;
        };
        StoredFileDto: {
            /** Format: uuid */
            id: string;
            mimeType: string;
            name: string;
            purpose: components["schemas"]["FilePurpose"];
            sizeBytes: number;
            /** @description A signed link to a small JPEG of an image; null for other files */
            thumbnailUrl: string | null;
            /** @description A signed link to the file for the caller’s session, valid for about a quarter of an hour */
            url: string;
        };
        StudyAttachmentDto: {
            file: components["schemas"]["StoredFileDto"];
            kind: components["schemas"]["StudyAttachmentKind"];
        };
        /** @enum {string} */
        StudyAttachmentKind: "minutes" | "sign_in" | "material" | "other";
        StudyCountRowDto: {
            /** @description Attendances (one per cadre present per record) */
            attendances: number;
            key: string;
            label: string;
            records: number;
        };
        StudyPersonDto: {
            absenceReason: string | null;
            name: string;
            post: string | null;
            present: boolean;
            /** Format: uuid */
            userId: string;
        };
        StudyRecordDto: {
            absenteeCount: number;
            attachments: components["schemas"]["StudyAttachmentDto"][];
            attendeeCount: number;
            can: components["schemas"]["StudyRecordPermissionsDto"];
            conclusions: string;
            createdByName: string;
            creditedHours: number | null;
            followUps: string;
            /** Format: date */
            heldOn: string;
            hostName: string;
            /** Format: uuid */
            hostUserId: string | null;
            /** Format: uuid */
            id: string;
            materialTitle: string;
            materialUrl: string | null;
            people: components["schemas"]["StudyPersonDto"][];
            speechCount: number;
            speeches: components["schemas"]["StudySpeechDto"][];
            status: components["schemas"]["StudyRecordStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            type: components["schemas"]["StudyRecordType"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        StudyRecordPageDto: {
            items: components["schemas"]["StudyRecordSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        StudyRecordPermissionsDto: {
            edit: boolean;
        };
        /** @enum {string} */
        StudyRecordStatus: "draft" | "submitted";
        StudyRecordSummaryDto: {
            absenteeCount: number;
            attendeeCount: number;
            creditedHours: number | null;
            /** Format: date */
            heldOn: string;
            hostName: string;
            /** Format: uuid */
            id: string;
            speechCount: number;
            status: components["schemas"]["StudyRecordStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            type: components["schemas"]["StudyRecordType"];
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        /** @enum {string} */
        StudyRecordType: "first_topic" | "center_group" | "special_study" | "seminar" | "big_study";
        StudySpeechDto: {
            /** Format: uuid */
            speakerId: string;
            speakerName: string;
            summary: string;
        };
        StudyStatsDto: {
            attendances: number;
            byMonth: components["schemas"]["StudyCountRowDto"][];
            byType: components["schemas"]["StudyCountRowDto"][];
            byUnit: components["schemas"]["StudyCountRowDto"][];
            /** @description Distinct cadres who attended at least once */
            cadresReached: number;
            /** @description Drafts not yet submitted */
            drafts: number;
            records: number;
            speeches: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            year: number;
        };
        SubmitEvaluationDto: {
            /** @description Overall comments */
            comment?: string;
            sessions: components["schemas"]["SessionRatingInputDto"][];
        };
        SubmitResultDto: {
            /** Format: uuid */
            attemptId: string;
            correctCount: number;
            /** @description Passing completed the quiz’s course */
            courseCompleted: boolean;
            /** @description Hours written to the ledger by this pass */
            hoursAwarded: number;
            maxScore: number;
            passed: boolean;
            passPercent: number;
            questionCount: number;
            /** @description Answers and explanations may be viewed now */
            reviewAvailable: boolean;
            score: number;
        };
        TagCountDto: {
            count: number;
            tag: string;
        };
        TagListDto: {
            items: components["schemas"]["TagCountDto"][];
        };
        TalentEntryDto: {
            /** Format: date */
            admittedOn: string | null;
            age: number | null;
            /** @description The host city of a secondment under way today (marked 挂职中 and today within its dates) */
            awayIn: string | null;
            /** Format: date */
            closedOn: string | null;
            closedReason: string | null;
            criteriaProblems: components["schemas"]["CriteriaProblemDto"][];
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            evaluations: components["schemas"]["EvaluationDto"][];
            gender: components["schemas"]["Gender"];
            history: components["schemas"]["TalentEventDto"][];
            /** Format: uuid */
            id: string;
            mentorName: string | null;
            mentorPost: string | null;
            milestones: components["schemas"]["MilestoneDto"][];
            name: string;
            newPost: string | null;
            /** Format: date-time */
            nominatedAt: string;
            nominatedByName: string;
            notes: components["schemas"]["NoteDto"][];
            overdueMilestones: number;
            /** @description Nominated although an entry criterion was not met */
            overridden: boolean;
            overrideReason: string | null;
            /** @description Masked */
            phone: string | null;
            position: string | null;
            /** @description Posts recorded by the organisation department */
            posts: components["schemas"]["PostInputDto"][];
            rank: components["schemas"]["Rank"];
            reasons: string;
            /**
             * Format: date
             * @description The end date of a secondment past its end and not marked returned (已到期未返回)
             */
            returnOverdueSince: string | null;
            secondments: components["schemas"]["SecondmentDto"][];
            status: components["schemas"]["TalentStatus"];
            track: components["schemas"]["TalentTrack"] | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        TalentEventDto: {
            action: string;
            actorName: string;
            note: string;
            /** Format: date-time */
            occurredAt: string;
            toStatus: components["schemas"]["TalentStatus"] | null;
        };
        TalentOverviewDto: {
            /** @description Under way today: marked 挂职中 and today within the dates */
            activeSecondments: components["schemas"]["ActiveSecondmentDto"][];
            byAgeBand: components["schemas"]["CountDto"][];
            byGender: components["schemas"]["CountDto"][];
            byStatus: components["schemas"]["CountDto"][];
            byTrack: components["schemas"]["CountDto"][];
            /** @description By child unit of the scope (or of unitId), those with members */
            byUnit: components["schemas"]["CountDto"][];
            overdueMilestones: components["schemas"]["OverdueMilestoneDto"][];
            /** @description Past their end date and not marked returned (已到期未返回), oldest first */
            overdueReturns: components["schemas"]["ActiveSecondmentDto"][];
            /** @description Members matching the filters */
            total: number;
        };
        TalentPageDto: {
            items: components["schemas"]["TalentSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TalentPlanDto: {
            mentorName?: string;
            mentorPost?: string;
            /** @description Replaces the milestones */
            milestones?: components["schemas"]["MilestoneInputDto"][];
            track?: components["schemas"]["TalentTrack"];
        };
        TalentProfileDto: {
            /** @description Courses, quizzes, lectures given, study records of `year` */
            archive: components["schemas"]["ArchiveDto"];
            entry: components["schemas"]["TalentEntryDto"];
            hoursByYear: components["schemas"]["HoursByYearDto"][];
            person: components["schemas"]["ProfilePersonDto"];
            posts: components["schemas"]["PostHistoryDto"][];
            /** @description What they said at the submitted study meetings of `year` */
            speeches: components["schemas"]["ProfileSpeechDto"][];
            watermark: components["schemas"]["WatermarkDto"];
        };
        /** @enum {string} */
        TalentStatus: "nominated" | "in_pool" | "declined" | "graduated" | "removed";
        TalentSummaryDto: {
            age: number | null;
            /** @description The host city of a secondment under way today (marked 挂职中 and today within its dates) */
            awayIn: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            decisionReason: string | null;
            gender: components["schemas"]["Gender"];
            /** Format: uuid */
            id: string;
            mentorName: string | null;
            name: string;
            /** Format: date-time */
            nominatedAt: string;
            nominatedByName: string;
            overdueMilestones: number;
            /** @description Nominated although an entry criterion was not met */
            overridden: boolean;
            /** @description Masked */
            phone: string | null;
            position: string | null;
            rank: components["schemas"]["Rank"];
            reasons: string;
            /**
             * Format: date
             * @description The end date of a secondment past its end and not marked returned (已到期未返回)
             */
            returnOverdueSince: string | null;
            status: components["schemas"]["TalentStatus"];
            track: components["schemas"]["TalentTrack"] | null;
            /** Format: uuid */
            unitId: string;
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        /** @enum {string} */
        TalentTrack: "tempering" | "rotation" | "party_spirit";
        TeacherResultDto: {
            average: number | null;
            responses: number;
            sessions: number;
            teacherName: string;
        };
        TeamMemberDto: {
            leader: boolean;
            name: string;
            post: string | null;
            unitName: string;
            /** Format: uuid */
            userId: string;
        };
        TeamMemberInputDto: {
            /** @description The team leader (团长/队长) */
            leader?: boolean;
            /** Format: uuid */
            userId: string;
        };
        /** @enum {string} */
        ThumbnailFlag: "1";
        TokenDto: {
            /** @description Bearer token for the Authorization header */
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            user: components["schemas"]["SessionUserDto"];
        };
        TrainingClassDto: {
            /** @description Organiser, an admin whose cadres are enrolled, or an enrollee */
            access: components["schemas"]["ClassAccess"];
            attachments: components["schemas"]["ClassAttachmentDto"][];
            can: components["schemas"]["TrainingClassPermissionsDto"];
            capacity: number;
            /** Format: date-time */
            closedAt: string | null;
            creditHours: number;
            description: string;
            /** Format: date */
            endDate: string;
            /** @description Enrollees (all, or in the caller's scope for a unit admin who does not organise it) */
            enrolled: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TrainingClassKind"];
            /** @description The caller's own record, when enrolled */
            me: components["schemas"]["MyClassStateDto"] | null;
            /** @description The caller's own enrolment */
            myStatus: components["schemas"]["ClassEnrolmentStatus"] | null;
            /** Format: uuid */
            organiserUnitId: string;
            organiserUnitName: string;
            sessionCount: number;
            sessions: components["schemas"]["ClassSessionDto"][];
            /** Format: date */
            startDate: string;
            status: components["schemas"]["TrainingClassStatus"];
            targetGroups: components["schemas"]["CadreGroup"][];
            targetRanks: components["schemas"]["Rank"][];
            title: string;
            venue: string;
        };
        /** @enum {string} */
        TrainingClassKind: "special" | "appointment" | "initial" | "in_service" | "study_trip" | "on_site";
        TrainingClassPageDto: {
            items: components["schemas"]["TrainingClassSummaryDto"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TrainingClassPermissionsDto: {
            /** @description Fill in the survey (an enrollee, while running or closed, once) */
            evaluate: boolean;
            /** @description Edit, enrol, mark attendance, decide leave, close */
            manage: boolean;
        };
        /** @enum {string} */
        TrainingClassStatus: "planning" | "enrolling" | "running" | "closed";
        TrainingClassSummaryDto: {
            capacity: number;
            creditHours: number;
            /** Format: date */
            endDate: string;
            /** @description Enrollees (all, or in the caller's scope for a unit admin who does not organise it) */
            enrolled: number;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["TrainingClassKind"];
            /** @description The caller's own enrolment */
            myStatus: components["schemas"]["ClassEnrolmentStatus"] | null;
            /** Format: uuid */
            organiserUnitId: string;
            organiserUnitName: string;
            sessionCount: number;
            /** Format: date */
            startDate: string;
            status: components["schemas"]["TrainingClassStatus"];
            title: string;
            venue: string;
        };
        UnitFiguresDto: {
            cadres: number;
            /** @description Cadres to whom at least one requirement line applies: the denominator of metHoursRate */
            cadresAssessed: number;
            /** @description Cadres with a required course past its due date and not completed */
            cadresOverdue: number;
            /** @description Active child units (0: nothing to drill into) */
            childCount: number;
            hoursPerCadre: number;
            lectureAudience: number;
            lectureSessions: number;
            /** @description Each requirement line of the year, in its configured order */
            lines: components["schemas"]["LineFiguresDto"][];
            /** @description Cadres who met every requirement line that applies to them (全部适用要求均达标) */
            metHours: number;
            /** @description metHours / cadresAssessed, 0–1 (达标率); cadres held to no line are left out */
            metHoursRate: number | null;
            /** @description The parent's own cadres (本级), not a child unit */
            own: boolean;
            quizPassed: number;
            /** @description Share of quiz takers who passed at least one quiz */
            quizPassRate: number | null;
            /** @description Cadres who submitted a quiz this year */
            quizTakers: number;
            requiredCompleted: number;
            /** @description Completed share of required enrolments, 0–1 */
            requiredCompletionRate: number | null;
            /** @description Required enrolments open in the year */
            requiredEnrollments: number;
            studyRecords: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        UnitResultDto: {
            averageScore: number;
            /** @description Cadres who should sit it (course enrolees, or the target groups and units) */
            eligible: number;
            /** @description Cadres with a submitted attempt */
            participants: number;
            /** @description participants / eligible, 0..1 */
            participationRate: number;
            passedCount: number;
            /** @description passedCount / participants, 0..1 */
            passRate: number;
            /** Format: uuid */
            unitId: string;
            unitName: string;
        };
        UnreadCountDto: {
            unread: number;
        };
        UpdateCampaignAreaDto: {
            name?: string;
            /** Format: int32 */
            position?: number;
        };
        UpdateCampaignTaskDto: {
            /** Format: uuid */
            areaId?: string;
            /** Format: date */
            deadline?: string;
            description?: string;
            /** Format: uuid */
            leadUnitId?: string;
            /** Format: int32 */
            number?: number;
            supportingUnitIds?: string[];
            title?: string;
        };
        UpdateCourseDto: {
            /** Format: uuid */
            categoryId?: string;
            /** Format: uuid */
            coverFileId?: string | null;
            /** @description Sets the 学时 by hand (手动核定); PUT /courses/{id}/hours also clears it */
            creditHours?: number;
            /** @description Why creditHours is set by hand */
            hoursReason?: string;
            summary?: string;
            targets?: components["schemas"]["CourseTargetDto"][];
            title?: string;
        };
        UpdateLectureSessionDto: {
            audienceKinds?: components["schemas"]["AudienceKind"][];
            /** Format: int32 */
            audienceSize?: number;
            /** Format: int32 */
            durationMinutes?: number;
            format?: components["schemas"]["LectureFormat"];
            /** Format: uuid */
            hostUnitId?: string;
            lecturerIds?: string[];
            photoFileIds?: string[];
            /** Format: date-time */
            startedAt?: string;
            summary?: string;
            /** Format: uuid */
            teamId?: string;
            title?: string;
            /** Format: uuid */
            topicId?: string;
            venue?: string;
        };
        UpdateLectureTeamDto: {
            /** @description false retires the team: no new sessions */
            active?: boolean;
            description?: string;
            name?: string;
        };
        UpdateLectureTopicDto: {
            /** @description false hides it from the form; its sessions keep it */
            active?: boolean;
            name?: string;
            /** Format: int32 */
            sortOrder?: number;
        };
        UpdateMeDto: {
            phone?: string | null;
        };
        UpdateOrgUnitDto: {
            kind?: components["schemas"]["OrgUnitKind"];
            name?: string;
            /** Format: int32 */
            sortOrder?: number;
        };
        UpdateQuizDto: {
            /**
             * Format: int32
             * @description 0: unlimited
             */
            attemptsAllowed?: number;
            /** Format: date-time */
            closesAt?: string | null;
            /**
             * Format: uuid
             * @description The course this quiz belongs to (passing it is then part of completing the course)
             */
            courseId?: string | null;
            /** @description Stand-alone quizzes: hours for passing */
            creditHours?: number;
            description?: string;
            mode?: components["schemas"]["QuizMode"];
            multipleScoring?: components["schemas"]["MultipleScoring"];
            /** Format: date-time */
            opensAt?: string | null;
            /** Format: int32 */
            passPercent?: number;
            questions?: components["schemas"]["FixedQuestionDto"][];
            reviewPolicy?: components["schemas"]["ReviewPolicy"];
            rules?: components["schemas"]["DrawRuleDto"][];
            shuffleOptions?: boolean;
            shuffleQuestions?: boolean;
            targetGroups?: components["schemas"]["CadreGroup"][];
            /**
             * Format: uuid
             * @description Stand-alone: only cadres under this unit
             */
            targetUnitId?: string | null;
            /** Format: int32 */
            timeLimitMinutes?: number;
            title?: string;
        };
        UpdateStudyRecordDto: {
            absentees?: components["schemas"]["AbsenteeInputDto"][];
            attachments?: components["schemas"]["AttachmentInputDto"][];
            attendeeIds?: string[];
            conclusions?: string;
            followUps?: string;
            /** Format: date */
            heldOn?: string;
            hostName?: string;
            /** Format: uuid */
            hostUserId?: string | null;
            materialTitle?: string;
            /** Format: uri */
            materialUrl?: string | null;
            speeches?: components["schemas"]["SpeechInputDto"][];
            title?: string;
            type?: components["schemas"]["StudyRecordType"];
        };
        UpdateTrainingClassDto: {
            /** Format: int32 */
            capacity?: number;
            /** @description Credit hours, in steps of 0.5 */
            creditHours?: number;
            description?: string;
            /** Format: date */
            endDate?: string;
            kind?: components["schemas"]["TrainingClassKind"];
            /** Format: date */
            startDate?: string;
            /** @description Closing is POST /close */
            status?: components["schemas"]["OpenTrainingClassStatus"];
            targetGroups?: components["schemas"]["CadreGroup"][];
            targetRanks?: components["schemas"]["Rank"][];
            title?: string;
            venue?: string;
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
        WatermarkDto: {
            /** @description When it was viewed, Asia/Shanghai, YYYY-MM-DD HH:mm */
            viewedAt: string;
            viewerName: string;
            viewerUsername: string;
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
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_attempt: {
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
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_save: {
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
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, quiz/invalid_answer */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, quiz/already_submitted, quiz/attempt_closed, quiz/stale_version */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_submit: {
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
                    "application/json": components["schemas"]["SubmitResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, quiz/already_submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Audit_export: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                /** @description Username of the actor */
                actor?: string;
                /** @description From this day (Asia/Shanghai), inclusive */
                from?: string;
                outcome?: components["schemas"]["AuditOutcome"];
                /** @description Up to this day (Asia/Shanghai), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: auth/invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/disabled */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited, auth/locked, auth/throttled */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, auth/password_reused, auth/weak_password, auth/wrong_password */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited, auth/locked, auth/throttled */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: auth/refresh_invalid, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_areas: {
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
                    "application/json": components["schemas"]["CampaignAreaListDto"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_createArea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignAreaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAreaDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required, campaign/root_admin_only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, campaign/duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_removeArea: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required, campaign/root_admin_only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, campaign/area_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_updateArea: {
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
                "application/json": components["schemas"]["UpdateCampaignAreaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignAreaDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required, campaign/root_admin_only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, campaign/duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_overview: {
        parameters: {
            query?: {
                areaId?: string;
                /** @description Tasks this unit leads */
                leadUnitId?: string;
                status?: components["schemas"]["CampaignTaskStatus"];
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
                    "application/json": components["schemas"]["CampaignOverviewDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_list: {
        parameters: {
            query?: {
                areaId?: string;
                /** @description Tasks this unit leads */
                leadUnitId?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Part of the title */
                q?: string;
                status?: components["schemas"]["CampaignTaskStatus"];
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
                    "application/json": components["schemas"]["CampaignTaskPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTaskDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required, campaign/root_admin_only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, campaign/duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: campaign/lead_also_supporting */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_get: {
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
                    "application/json": components["schemas"]["CampaignTaskDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_update: {
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
                "application/json": components["schemas"]["UpdateCampaignTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTaskDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required, campaign/root_admin_only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, campaign/duplicate */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: campaign/lead_also_supporting */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Campaign_postUpdate: {
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
                "application/json": components["schemas"]["CreateCampaignUpdateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTaskDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: campaign/reported_in_future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_list: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                status?: components["schemas"]["ClaimStatus"];
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
                    "application/json": components["schemas"]["ClaimPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_get: {
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
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_approve: {
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
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, learning/claim_decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: learning/self_review, learning/not_your_decision */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_reject: {
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
                "application/json": components["schemas"]["RejectClaimDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, learning/claim_decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: learning/self_review, learning/not_your_decision */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_listCategories: {
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
                    "application/json": components["schemas"]["CategoryListDto"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveCategoryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_removeCategory: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/category_in_use */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_updateCategory: {
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
                "application/json": components["schemas"]["SaveCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_list: {
        parameters: {
            query?: {
                category?: string;
                /** @description Courses meant for this key group */
                group?: components["schemas"]["CadreGroup"];
                /** @description Org admins: every course they manage, in any status */
                manage?: boolean;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Title or summary contains */
                q?: string;
                /** @description With group: required (true) or elective (false) for it. Without: required for some group (true), or for none (false) */
                required?: boolean;
                /** @description With manage=true */
                status?: components["schemas"]["CourseStatus"];
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
                    "application/json": components["schemas"]["CoursePageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required, common/forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCourseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_detail: {
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
                    "application/json": components["schemas"]["CourseDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_update: {
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
                "application/json": components["schemas"]["UpdateCourseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_archive: {
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
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_assignments: {
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
                    "application/json": components["schemas"]["AssignmentListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_assign: {
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
                "application/json": components["schemas"]["AssignCourseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/not_published */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_forEdit: {
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
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_enrollmentsOf: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                status?: components["schemas"]["EnrollmentFilter"];
                /** @description Cadres under this unit */
                unitId?: string;
            };
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
                    "application/json": components["schemas"]["CourseEnrollmentPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_setHours: {
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
                "application/json": components["schemas"]["SetCourseHoursDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_addLesson: {
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
                "application/json": components["schemas"]["SaveLessonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed, courses/lesson_incomplete */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_reorder: {
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
                "application/json": components["schemas"]["ReorderLessonsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/lesson_order_mismatch */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_publish: {
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
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/lesson_incomplete, courses/no_lessons */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Dashboard_lagging: {
        parameters: {
            query?: {
                /** @description The unit whose child units are compared; default the caller's scope unit */
                parentId?: string;
                /** @description rate (default): lowest completion rate as shown first; adjusted: by the headcount-normalised rate */
                sort?: components["schemas"]["LaggingSort"];
                /** @description A unit lags below this share of the sibling median (default 0.8) */
                threshold?: number;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["LaggingDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Dashboard_summary: {
        parameters: {
            query?: {
                /** @description The unit whose child units are compared; default the caller's scope unit */
                parentId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["DashboardSummaryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Dashboard_units: {
        parameters: {
            query?: {
                /** @description The unit whose child units are compared; default the caller's scope unit */
                parentId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["DashboardUnitsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Exports_cadreHours: {
        parameters: {
            query?: {
                /** @description The unit whose subtree is exported; default the caller's scope unit */
                unitId?: string;
                /** @description Phones and ID numbers in full (org admins only; audited as cadres.exported_unmasked) */
                unmasked?: boolean;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Exports_completion: {
        parameters: {
            query?: {
                /** @description The unit whose child units are listed; default the caller's scope unit */
                parentId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_export: {
        parameters: {
            query?: {
                /** @description Default the caller's scope unit */
                unitId?: string;
                /** @description Default this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Exports_quizResults: {
        parameters: {
            query?: {
                /** @description The unit whose subtree is exported; default the caller's scope unit */
                unitId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Settlement_export: {
        parameters: {
            query: {
                /** @description Cadres of this unit and every unit under it (as units were at the closing); default the caller’s scope unit */
                unitId?: string;
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Exports_shortfalls: {
        parameters: {
            query?: {
                /** @description One requirement line’s key; default every line */
                line?: string;
                /** @description Name contains */
                q?: string;
                /** @description Cadres in this unit and every unit under it; default the caller’s scope unit */
                unitId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_export: {
        parameters: {
            query?: {
                unitId?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_export: {
        parameters: {
            query?: {
                ageBand?: components["schemas"]["AgeBand"];
                gender?: components["schemas"]["Gender"];
                /** @description Part of the name */
                q?: string;
                rankLevel?: components["schemas"]["RankLevel"];
                /** @description Only members with a secondment past its end date not marked returned (已到期未返回) */
                returnOverdue?: boolean;
                status?: components["schemas"]["TalentStatus"];
                track?: components["schemas"]["TalentTrack"];
                /** @description Members of this unit and the units below it */
                unitId?: string;
                /** @description Phones and ID numbers in full (audited as talent_pool.exported_unmasked) */
                unmasked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_export: {
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
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Files_upload: {
        parameters: {
            query: {
                /** @description What the file is for; decides the accepted types and size */
                purpose: components["schemas"]["FilePurpose"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file; its purpose sets the size allowed (videos: UPLOAD_MAX_VIDEO_MB, 1024 MB by default)
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFileDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, files/missing, files/unsupported_type */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required, common/forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too large: files/too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Files_serve: {
        parameters: {
            query?: {
                /** @description Offer the file as a download */
                download?: components["schemas"]["DownloadFlag"];
                /** @description Expiry of a signed link (Unix seconds) */
                exp?: number;
                /** @description The sign-in session a signed link was made for; it stops working when that session ends */
                sid?: string;
                /** @description Signature of a signed link */
                sig?: string;
                /** @description The thumbnail of an image instead of the image */
                thumb?: components["schemas"]["ThumbnailFlag"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes (206 for a range) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: files/link_expired */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Range not satisfiable: files/range_not_satisfiable */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
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
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
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
    HourRules_list: {
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
                    "application/json": components["schemas"]["HourRuleListDto"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    HourRules_save: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveHourRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HourRuleListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_moderate: {
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
                "application/json": components["schemas"]["ModerateFeedbackDto"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_listSessions: {
        parameters: {
            query?: {
                format?: components["schemas"]["LectureFormat"];
                /** @description Held on or after this day (Asia/Shanghai) */
                from?: string;
                lecturerId?: string;
                /** @description Only sessions I wrote or gave (also for admins) */
                mine?: boolean;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Part of the title */
                q?: string;
                status?: components["schemas"]["LectureSessionStatus"];
                teamId?: string;
                /** @description Held on or before this day (Asia/Shanghai) */
                to?: string;
                topicId?: string;
                /** @description Sessions waiting for me to verify (submitted, host unit in my scope, not my own) */
                toVerify?: boolean;
                /** @description Held in this unit or below */
                unitId?: string;
                /** @description Held in this calendar year (Asia/Shanghai) */
                year?: number;
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
                    "application/json": components["schemas"]["LectureSessionPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLectureSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/held_in_future, lectures/not_team_member */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_getSession: {
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
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_removeSession: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_updateSession: {
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
                "application/json": components["schemas"]["UpdateLectureSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/held_in_future, lectures/not_team_member */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_feedbackSummary: {
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
                    "application/json": components["schemas"]["FeedbackSummaryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_giveFeedback: {
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
                "application/json": components["schemas"]["FeedbackInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackReceiptDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, lectures/feedback_token_invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/feedback_exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/feedback_token_expired */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited, lectures/feedback_address_limit */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_publicSession: {
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
                    "application/json": components["schemas"]["PublicLectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_returnSession: {
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
                "application/json": components["schemas"]["ReturnLectureSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/self_review */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_submitSession: {
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
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/held_in_future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_verifySession: {
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
                    "application/json": components["schemas"]["LectureSessionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: lectures/self_review */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_statistics: {
        parameters: {
            query?: {
                /** @description Default the caller's scope unit */
                unitId?: string;
                /** @description Default this year */
                year?: number;
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
                    "application/json": components["schemas"]["LectureStatsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_coverage: {
        parameters: {
            query?: {
                /** @description Default the caller's scope unit */
                unitId?: string;
                /** @description Default this year */
                year?: number;
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
                    "application/json": components["schemas"]["CoverageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_listTeams: {
        parameters: {
            query?: {
                /** @description Retired teams too */
                includeInactive?: boolean;
                /** @description Only teams the caller is a member of */
                mine?: boolean;
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
                    "application/json": components["schemas"]["LectureTeamListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLectureTeamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureTeamDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_getTeam: {
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
                    "application/json": components["schemas"]["LectureTeamDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_updateTeam: {
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
                "application/json": components["schemas"]["UpdateLectureTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureTeamDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_setMembers: {
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
                "application/json": components["schemas"]["SetTeamMembersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureTeamDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_listTopics: {
        parameters: {
            query?: {
                /** @description Retired teams too */
                includeInactive?: boolean;
                /** @description Only teams the caller is a member of */
                mine?: boolean;
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
                    "application/json": components["schemas"]["LectureTopicListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_createTopic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLectureTopicDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureTopicDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_removeTopic: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Lectures_updateTopic: {
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
                "application/json": components["schemas"]["UpdateLectureTopicDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LectureTopicDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, lectures/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_removeLesson: {
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
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/not_editable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Courses_updateLesson: {
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
                "application/json": components["schemas"]["SaveLessonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseEditDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed, courses/lesson_incomplete */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
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
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Archive_mine: {
        parameters: {
            query?: {
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["ArchiveDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_mine: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                status?: components["schemas"]["ClaimStatus"];
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
                    "application/json": components["schemas"]["ClaimPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Claims_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: learning/invalid_period, learning/hours_above_daily_cap */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_mySessions: {
        parameters: {
            query?: {
                /** @description How many days (default 30) */
                days?: number;
                /** @description From this day (default: today), Asia/Shanghai */
                from?: string;
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
                    "application/json": components["schemas"]["MyClassSessionListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_askLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskLeaveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/leave_not_allowed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_state, classes/leave_not_allowed, classes/withdrawn */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/marked_by_organiser */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_code, classes/invalid_state, classes/outside_window, classes/withdrawn */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited, classes/too_many_attempts */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyLearning_courses: {
        parameters: {
            query?: {
                status?: components["schemas"]["MyCourseFilter"];
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
                    "application/json": components["schemas"]["MyCourseListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyLearning_enroll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCourseDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, courses/already_enrolled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: courses/not_published */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyLearning_player: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
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
                    "application/json": components["schemas"]["PlayerDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyLearning_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lessonId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, courses/progress_implausible */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyNotifications_list: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Only unread ones */
                unread?: boolean;
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
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyNotifications_read: {
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
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyNotifications_readAll: {
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
                    "application/json": components["schemas"]["ReadAllDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    MyNotifications_unreadCount: {
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
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Requirements_mine: {
        parameters: {
            query?: {
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["CadreRequirementsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_myCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, org/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: org/invalid_parent_kind, org/unit_retired */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, org/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: org/invalid_parent_kind */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, org/duplicate_name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: org/invalid_parent_kind, org/move_into_own_subtree, org/scope_root_locked, org/unit_retired */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: org/scope_root_locked, org/unit_not_empty */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_listQuestions: {
        parameters: {
            query?: {
                difficulty?: number;
                /** @description Include retired questions */
                includeRetired?: boolean;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Stem contains */
                q?: string;
                tag?: string;
                type?: components["schemas"]["QuestionType"];
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
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_createQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/invalid_question */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_getQuestion: {
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
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_updateQuestion: {
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
                "application/json": components["schemas"]["SaveQuestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/invalid_question */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_retireQuestion: {
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
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_importQuestions: {
        parameters: {
            query?: {
                /** @description Check only: report errors without importing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The filled-in question template (.xlsx)
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, files/missing */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too large: files/too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/import_invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_tags: {
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
                    "application/json": components["schemas"]["TagListDto"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_list: {
        parameters: {
            query?: {
                courseId?: string;
                /** @description Org admins: only the quizzes open to me as a learner */
                mine?: boolean;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                status?: components["schemas"]["QuizStatus"];
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
                    "application/json": components["schemas"]["QuizPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuizDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_detail: {
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
                    "application/json": components["schemas"]["QuizDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_update: {
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
                "application/json": components["schemas"]["UpdateQuizDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: common/validation_failed, quiz/not_editable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_archive: {
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
                    "application/json": components["schemas"]["QuizDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_start: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, quiz/attempts_exhausted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/not_open */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_preview: {
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
                    "application/json": components["schemas"]["PreviewDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/not_enough_questions */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_publish: {
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
                    "application/json": components["schemas"]["QuizDetailDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: quiz/empty, quiz/not_enough_questions */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_quizResults: {
        parameters: {
            query?: {
                /** @description Depth below the caller’s scope unit to group by (default 1: child units) */
                depth?: number;
            };
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
                    "application/json": components["schemas"]["QuizResultsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Quizzes_exportResults: {
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
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Health_ready: {
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
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    Reminders_list: {
        parameters: {
            query?: {
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
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
                    "application/json": components["schemas"]["ReminderPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Reminders_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReminderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSentDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Reminders_get: {
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
                    "application/json": components["schemas"]["ReminderDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Reminders_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewReminderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPreviewDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Reports_progress: {
        parameters: {
            query?: {
                /** @description `docx` downloads the draft as a Word document */
                format?: components["schemas"]["ReportFormat"];
                /** @description First day of the period (default 1 January of this year) */
                from?: string;
                /** @description Last day of the period (default today, Asia/Shanghai) */
                to?: string;
                /** @description The unit reported on (default the caller's scope unit) */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `format=docx`: a Word document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReportDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Requirements_get: {
        parameters: {
            query?: {
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["RequirementsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Requirements_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRequirementsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequirementsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Settlement_state: {
        parameters: {
            query?: {
                /** @description Totals for this unit and every unit under it; default the caller’s scope unit */
                unitId?: string;
            };
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["SettlementDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Settlement_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["SettlementDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Settlement_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenSettlementDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Shortfalls_list: {
        parameters: {
            query?: {
                /** @description One requirement line’s key; default every line */
                line?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Name contains */
                q?: string;
                /** @description Cadres in this unit and every unit under it; default the caller’s scope unit */
                unitId?: string;
                /** @description One cadre only (the individual 通报) */
                userId?: string;
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
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
                    "application/json": components["schemas"]["ShortfallPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Shortfalls_makeUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveMakeUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MakeUpDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    ShortfallReminders_remind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortfallReminderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortfallReminderSentDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_list: {
        parameters: {
            query?: {
                /** @description Held on or after this day */
                from?: string;
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Part of the title */
                q?: string;
                status?: components["schemas"]["StudyRecordStatus"];
                /** @description Held on or before this day */
                to?: string;
                type?: components["schemas"]["StudyRecordType"];
                /** @description Records of this unit and the units below it */
                unitId?: string;
                year?: number;
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
                    "application/json": components["schemas"]["StudyRecordPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStudyRecordDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudyRecordDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: studies/held_in_future, studies/inconsistent_people, studies/person_outside_unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_get: {
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
                    "application/json": components["schemas"]["StudyRecordDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_remove: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, studies/not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_update: {
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
                "application/json": components["schemas"]["UpdateStudyRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudyRecordDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, studies/not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: studies/held_in_future, studies/inconsistent_people, studies/person_outside_unit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_submit: {
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
                    "application/json": components["schemas"]["StudyRecordDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, studies/not_editable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: studies/held_in_future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    StudyRecords_statistics: {
        parameters: {
            query?: {
                unitId?: string;
                year?: number;
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
                    "application/json": components["schemas"]["StudyStatsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_list: {
        parameters: {
            query?: {
                ageBand?: components["schemas"]["AgeBand"];
                gender?: components["schemas"]["Gender"];
                page?: number;
                pageSize?: number;
                /** @description Part of the name */
                q?: string;
                rankLevel?: components["schemas"]["RankLevel"];
                /** @description Only members with a secondment past its end date not marked returned (已到期未返回) */
                returnOverdue?: boolean;
                status?: components["schemas"]["TalentStatus"];
                track?: components["schemas"]["TalentTrack"];
                /** @description Members of this unit and the units below it */
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
                    "application/json": components["schemas"]["TalentPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_nominate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/already_active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/criteria_not_met */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_decide: {
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
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_evaluate: {
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
                "application/json": components["schemas"]["EvaluationInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_graduate: {
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
                "application/json": components["schemas"]["GraduateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_addNote: {
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
                "application/json": components["schemas"]["NoteInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_plan: {
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
                "application/json": components["schemas"]["TalentPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_savePosts: {
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
                "application/json": components["schemas"]["PostsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_profile: {
        parameters: {
            query?: {
                /** @description The year of the learning details; default this year */
                year?: number;
            };
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
                    "application/json": components["schemas"]["TalentProfileDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_remove: {
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
                "application/json": components["schemas"]["RemoveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_addSecondment: {
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
                "application/json": components["schemas"]["SecondmentInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period, talent/report_required */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_criteria: {
        parameters: {
            query: {
                /** @description A cadre in the caller's scope */
                userId: string;
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
                    "application/json": components["schemas"]["CriteriaDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_overview: {
        parameters: {
            query?: {
                ageBand?: components["schemas"]["AgeBand"];
                gender?: components["schemas"]["Gender"];
                /** @description Part of the name */
                q?: string;
                rankLevel?: components["schemas"]["RankLevel"];
                /** @description Only members with a secondment past its end date not marked returned (已到期未返回) */
                returnOverdue?: boolean;
                status?: components["schemas"]["TalentStatus"];
                track?: components["schemas"]["TalentTrack"];
                /** @description Members of this unit and the units below it */
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
                    "application/json": components["schemas"]["TalentOverviewDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Talent_updateSecondment: {
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
                "application/json": components["schemas"]["SecondmentUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TalentEntryDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, talent/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: talent/invalid_period, talent/report_required */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_list: {
        parameters: {
            query?: {
                kind?: components["schemas"]["TrainingClassKind"];
                /** @description Page number, from 1 */
                page?: number;
                /** @description Rows per page, at most 100 */
                pageSize?: number;
                /** @description Part of the title */
                q?: string;
                status?: components["schemas"]["TrainingClassStatus"];
                /** @description Classes that start in this year */
                year?: number;
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
                    "application/json": components["schemas"]["TrainingClassPageDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingClassDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_times */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_get: {
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
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_remove: {
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
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_update: {
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
                "application/json": components["schemas"]["UpdateTrainingClassDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/full, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_times */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_setAttachments: {
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
                "application/json": components["schemas"]["SetClassAttachmentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_close: {
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
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/not_ready_to_close */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_closeCheck: {
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
                    "application/json": components["schemas"]["CloseCheckDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_roster: {
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
                    "application/json": components["schemas"]["RosterDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_enrol: {
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
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/full, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_unenrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_results: {
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
                    "application/json": components["schemas"]["EvaluationResultsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_evaluate: {
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
                "application/json": components["schemas"]["SubmitEvaluationDto"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/evaluation_closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/withdrawn, common/validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_leaves: {
        parameters: {
            query?: {
                status?: components["schemas"]["ClassLeaveStatus"];
            };
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
                    "application/json": components["schemas"]["LeaveListDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                leaveId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideLeaveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaveDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state, classes/leave_decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_addSession: {
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
                "application/json": components["schemas"]["ClassSessionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_teacher, classes/invalid_times */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_removeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state, classes/session_in_use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_updateSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClassSessionInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClassDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/invalid_teacher, classes/invalid_times */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["AttendanceSheetDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_mark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceSheetDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: classes/outside_window, common/validation_failed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    TrainingClasses_code: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["SignInCodeDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: classes/invalid_state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Plans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
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
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Plans_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavePlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, auth/weak_password, users/invalid_id_number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, users/duplicate_id_number, users/duplicate_username */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: users/role_not_grantable, users/scope_unit_required, users/unit_out_of_scope */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, users/invalid_id_number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, users/duplicate_id_number */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: users/role_not_grantable, users/scope_unit_required, users/self_modification, users/unit_out_of_scope */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Archive_ofCadre: {
        parameters: {
            query?: {
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
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
                    "application/json": components["schemas"]["ArchiveDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Requirements_ofCadre: {
        parameters: {
            query?: {
                /** @description Calendar year (Asia/Shanghai); default this year */
                year?: number;
            };
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
                    "application/json": components["schemas"]["CadreRequirementsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
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
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: users/role_not_grantable, users/self_modification */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Users_importRoster: {
        parameters: {
            query: {
                /** @description preview: check every row and write nothing; commit: import every row in one transaction, or none */
                mode: components["schemas"]["RosterImportMode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The filled-in roster template (.xlsx)
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportResultDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body, files/missing, users/import_malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict, users/import_conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too large: files/too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Well-formed, but breaks a rule: users/import_invalid */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Users_importTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Users_initialPasswordsPending: {
        parameters: {
            query: {
                /** @description The unit: its cadres and those of every unit under it */
                unitId: string;
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
                    "application/json": components["schemas"]["InitialPasswordsPendingDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Users_issueInitialPasswords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueInitialPasswordsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedInitialPasswordsDto"];
                };
            };
            /** @description Input malformed or invalid in form: common/validation_failed, common/malformed_body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not signed in: common/unauthenticated, auth/session_expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Signed in, but not allowed: common/forbidden, auth/password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Not found, or outside the caller’s scope: common/not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Conflicts with the current state: common/conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many requests: common/rate_limited */
            429: {
                headers: {
                    /** @description Seconds until the address’s rate-limit window ends (sent with common/rate_limited) */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Internal error (the message carries the request id for the logs): common/internal */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
}
