/**
 * Stable error codes, one group per domain. The server answers `{ statusCode, code, message, details? }`;
 * the SPA maps `code` to a message in the user's language. A code, once published, keeps its meaning.
 */

export const CommonError = {
  /** The body, query or path failed validation; `details` lists the fields. */
  ValidationFailed: 'common/validation_failed',
  /** The body is not JSON, or not the content type the endpoint takes. */
  MalformedBody: 'common/malformed_body',
  /** The body is larger than the server accepts. */
  PayloadTooLarge: 'common/payload_too_large',
  /** No such route, or a row that does not exist or lies outside the caller's scope. */
  NotFound: 'common/not_found',
  /** Not signed in, or the access token is missing, invalid or expired. */
  Unauthenticated: 'common/unauthenticated',
  /** Signed in, but no role of the caller may call this endpoint. */
  Forbidden: 'common/forbidden',
  /** Too many requests from this address. */
  RateLimited: 'common/rate_limited',
  /** The row was changed by someone else meanwhile. */
  Conflict: 'common/conflict',
  /** Something failed on the server; the request id in the logs tells what. */
  Internal: 'common/internal',
  /** The database is not reachable. */
  Unavailable: 'common/unavailable',
} as const;

export const AuthError = {
  /** Wrong username or password (never says which). */
  InvalidCredentials: 'auth/invalid_credentials',
  /** Too many wrong passwords for this account from this client address: the account is locked there for a while. */
  Locked: 'auth/locked',
  /**
   * Too many wrong passwords for this account from all addresses: its sign-ins are slowed to one per few seconds, and
   * this attempt came before its turn (Retry-After says when to try again). Never a lock: the right password gets in.
   */
  Throttled: 'auth/throttled',
  /** The account has been disabled by an administrator. */
  Disabled: 'auth/disabled',
  /** The new password does not meet the policy. */
  WeakPassword: 'auth/weak_password',
  /** The current password given to change it is wrong. */
  WrongPassword: 'auth/wrong_password',
  /** The new password equals the current one. */
  PasswordReused: 'auth/password_reused',
  /** The account must change its initial password before doing anything else. */
  PasswordChangeRequired: 'auth/password_change_required',
  /** No refresh cookie, or it is unknown, expired or revoked. */
  RefreshInvalid: 'auth/refresh_invalid',
  /** The session was idle too long or is older than its absolute lifetime. */
  SessionExpired: 'auth/session_expired',
} as const;

export const OrgError = {
  /** A unit cannot move under itself or one of its descendants. */
  MoveIntoOwnSubtree: 'org/move_into_own_subtree',
  /** This kind of unit cannot sit under that kind of parent. */
  InvalidParentKind: 'org/invalid_parent_kind',
  /** A unit with active sub-units or cadres cannot be retired. */
  UnitNotEmpty: 'org/unit_not_empty',
  /** The unit an admin is scoped to can be renamed, but not moved or retired by that admin. */
  ScopeRootLocked: 'org/scope_root_locked',
  /** The unit has been retired; nothing new can be placed under it. */
  UnitRetired: 'org/unit_retired',
  /** Another unit under the same parent has this name. */
  DuplicateName: 'org/duplicate_name',
} as const;

export const UserError = {
  /** The username is taken. */
  DuplicateUsername: 'users/duplicate_username',
  /** The unit named does not exist or lies outside the caller's scope. */
  UnitOutOfScope: 'users/unit_out_of_scope',
  /**
   * A role was granted that the caller may not grant (only org admins grant admin and auditor roles, scoped inside their
   * own scope); also the answer when the caller acts on an account holding such a role or scope (changes, disables,
   * resets its password or reveals its numbers): an admin manages only accounts they could have created.
   */
  RoleNotGrantable: 'users/role_not_grantable',
  /** An admin or auditor role needs a scope unit. */
  ScopeUnitRequired: 'users/scope_unit_required',
  /** An admin cannot disable or demote themselves. */
  SelfModification: 'users/self_modification',
  /** The ID number is not a valid 18-digit resident ID. */
  InvalidIdNumber: 'users/invalid_id_number',
  /** Another account has this ID number. */
  DuplicateIdNumber: 'users/duplicate_id_number',
  /** A roster file is not a readable .xlsx in the template's shape (not a workbook, columns missing, too many rows). */
  ImportMalformed: 'users/import_malformed',
  /** A roster has rows with problems (named by row and column): nothing was imported. */
  ImportInvalid: 'users/import_invalid',
  /** A username or ID number of the roster was taken while it was being imported: nothing was imported. */
  ImportConflict: 'users/import_conflict',
} as const;

export const FileError = {
  /** The file's content is not a type this upload accepts (checked by its bytes, not only its name). */
  UnsupportedType: 'files/unsupported_type',
  /** The file is larger than this upload accepts. */
  TooLarge: 'files/too_large',
  /** No file was sent in the `file` field. */
  Missing: 'files/missing',
  /** The link to the file has expired, was altered, or belongs to a sign-in session that has ended. */
  LinkExpired: 'files/link_expired',
  /** A range request outside the file's bytes. */
  RangeNotSatisfiable: 'files/range_not_satisfiable',
} as const;

export const CourseError = {
  /** A course cannot be published without lessons. */
  NoLessons: 'courses/no_lessons',
  /** Only draft courses can be changed this way (published courses keep their lessons' meaning). */
  NotEditable: 'courses/not_editable',
  /** The course is not open for enrolment (not published, or archived). */
  NotPublished: 'courses/not_published',
  /** The cadre is already enrolled in this course. */
  AlreadyEnrolled: 'courses/already_enrolled',
  /** A lesson needs its media: a video file or URL with a duration, an article body, or a PDF. */
  LessonIncomplete: 'courses/lesson_incomplete',
  /** The category is still used by courses. */
  CategoryInUse: 'courses/category_in_use',
  /** A progress report claims more than the lesson or the elapsed time allows. */
  ProgressImplausible: 'courses/progress_implausible',
  /** The list of lesson ids does not match the course's lessons. */
  LessonOrderMismatch: 'courses/lesson_order_mismatch',
} as const;

export const LearningError = {
  /** The claim has already been decided. */
  ClaimDecided: 'learning/claim_decided',
  /** The end date is before the start date, or the claim lies in the future. */
  InvalidPeriod: 'learning/invalid_period',
  /** Nobody reviews their own claim. */
  SelfReview: 'learning/self_review',
  /** A claim's hours exceed its days (start to end, both counted) times the city's daily cap (default 8 学时 a day). */
  HoursAboveDailyCap: 'learning/hours_above_daily_cap',
  /**
   * The claim is in the admin's scope, but 干部管理权限 reserves it to the city organisation department: claims of 处级
   * cadres (领导职务 or 职级) are decided only by an org admin scoped to the root.
   */
  NotYourDecision: 'learning/not_your_decision',
} as const;

export const QuizError = {
  /** The quiz is not open now (before its window, after it, or not published). */
  NotOpen: 'quiz/not_open',
  /** Every attempt allowed has been used. */
  AttemptsExhausted: 'quiz/attempts_exhausted',
  /** The attempt has been submitted already. */
  AlreadySubmitted: 'quiz/already_submitted',
  /** The attempt's time (deadline plus grace) is over: no more answers. */
  AttemptClosed: 'quiz/attempt_closed',
  /** An autosave older than (or as old as) the saved one. */
  StaleVersion: 'quiz/stale_version',
  /** An answer names a question that is not in this attempt, or has the wrong shape for its type. */
  InvalidAnswer: 'quiz/invalid_answer',
  /** The question is incomplete or inconsistent (options, answer). */
  InvalidQuestion: 'quiz/invalid_question',
  /** The draw rules ask for more questions than the bank has. */
  NotEnoughQuestions: 'quiz/not_enough_questions',
  /** A quiz needs questions (fixed) or rules (random) before it can be published. */
  Empty: 'quiz/empty',
  /** Only a draft quiz can be changed this way. */
  NotEditable: 'quiz/not_editable',
  /** The import file has errors; nothing was imported. `details` lists them by row and column. */
  ImportInvalid: 'quiz/import_invalid',
} as const;

export const LectureError = {
  /** Only the author edits a draft or returned session; submitted ones wait for review, verified ones only an org admin corrects. */
  NotEditable: 'lectures/not_editable',
  /** The session is not in the state this action needs (e.g. verifying a draft). */
  InvalidState: 'lectures/invalid_state',
  /** A session cannot be recorded as held in the future. */
  HeldInFuture: 'lectures/held_in_future',
  /** Every lecturer named, and the author, must be members of the session's team. */
  NotTeamMember: 'lectures/not_team_member',
  /** An admin cannot verify a session they gave themselves. */
  SelfReview: 'lectures/self_review',
  /** This device has already given feedback on this session. */
  FeedbackExists: 'lectures/feedback_exists',
  /** Feedback came without the device token the public page issues, or with one this server did not sign: reload the page. */
  FeedbackTokenInvalid: 'lectures/feedback_token_invalid',
  /** The device token is genuine but too old to rate with: reload the page for a fresh one. */
  FeedbackTokenExpired: 'lectures/feedback_token_expired',
  /** This address has given as many ratings to this session as one address may (a shared hall network, or someone skewing it). */
  FeedbackAddressLimit: 'lectures/feedback_address_limit',
  /** Another topic or team has this name. */
  DuplicateName: 'lectures/duplicate_name',
  /** A topic or team with sessions cannot be deleted; retire it instead. */
  InUse: 'lectures/in_use',
} as const;

export const StudyError = {
  /** Attendees, absentees and speakers must be cadres of the record's unit or the units below it. */
  PersonOutsideUnit: 'studies/person_outside_unit',
  /** A speaker must be among the attendees; nobody is both present and absent. */
  InconsistentPeople: 'studies/inconsistent_people',
  /** A meeting cannot be recorded as held in the future. */
  HeldInFuture: 'studies/held_in_future',
  /** A submitted record is final. */
  NotEditable: 'studies/not_editable',
} as const;

export const CampaignError = {
  /** Only an org admin scoped to the root of the tree (the campaign office) sets up areas and tasks. */
  RootAdminOnly: 'campaign/root_admin_only',
  /** Another area has this name, or another task this number. */
  Duplicate: 'campaign/duplicate',
  /** An area that still holds tasks cannot be deleted. */
  AreaInUse: 'campaign/area_in_use',
  /** The lead unit cannot also be one of the supporting units. */
  LeadAlsoSupporting: 'campaign/lead_also_supporting',
  /** A progress update is reported on or before today, not in the future. */
  ReportedInFuture: 'campaign/reported_in_future',
  /**
   * Only an admin of the task's lead unit (or the root's org admin) marks it complete, or reports on it once it is done
   * (which would reopen it); supporting units report progress while it is open.
   */
  LeadUnitOnly: 'campaign/lead_unit_only',
  /** A meeting is recorded after it was held, not in the future. */
  HeldInFuture: 'campaign/held_in_future',
  /** The decision is already marked done (or, reopening, is not done): someone else got there first. */
  DecisionState: 'campaign/decision_state',
  /** A period's end comes before its start. */
  BadPeriod: 'campaign/bad_period',
} as const;

export const RequirementError = {
  /** Only an org admin scoped to the root of the tree (the city organisation department) sets the requirement lines. */
  RootAdminOnly: 'requirements/root_admin_only',
  /** The year has no requirement line with this key (a shortfall filter or a 补训 record naming a line that is not configured). */
  UnknownLine: 'requirements/unknown_line',
  /** The year is settled (年度学时结算): no hours are granted into it and its lines stay as closed until it is reopened. */
  YearSettled: 'requirements/year_settled',
  /** The year is not settled, so there is nothing to reopen. */
  YearNotSettled: 'requirements/year_not_settled',
  /** A year is settled only once it is over (Asia/Shanghai), so no credit of the running year can meet a closed year. */
  YearNotOver: 'requirements/year_not_over',
} as const;

export const ClassError = {
  /** The class is not in the state this action needs (editing a closed class, enrolling once it is closed ...). */
  InvalidState: 'classes/invalid_state',
  /** Enrolling these cadres would take the class past its capacity; nobody was enrolled. */
  Full: 'classes/full',
  /** A session's end must follow its start, and a session lies within the class's dates. */
  InvalidTimes: 'classes/invalid_times',
  /** A teacher who is a cadre or lecturer needs their account; an outside teacher needs a name. */
  InvalidTeacher: 'classes/invalid_teacher',
  /** Sign-in is open only from a while before a session starts until it ends. */
  OutsideWindow: 'classes/outside_window',
  /** The code is wrong or has expired (it changes every two minutes). */
  InvalidCode: 'classes/invalid_code',
  /** Too many wrong codes in a short time: wait a few minutes. */
  TooManyAttempts: 'classes/too_many_attempts',
  /** A withdrawn enrollee (退学) no longer signs in, asks for leave or is marked. */
  Withdrawn: 'classes/withdrawn',
  /** Leave for this session was already asked for, or the session is over. */
  LeaveNotAllowed: 'classes/leave_not_allowed',
  /** The leave request has already been decided. */
  LeaveDecided: 'classes/leave_decided',
  /** The class cannot close yet: `details` lists what is missing (attendance, sign-in sheet, timetable). */
  NotReadyToClose: 'classes/not_ready_to_close',
  /** The survey was already filled in, or it is not open. */
  EvaluationClosed: 'classes/evaluation_closed',
  /** A session with attendance or leave cannot be removed. */
  SessionInUse: 'classes/session_in_use',
  /** The organiser has marked the cadre for this session by hand: a code does not overwrite the mark (ask the organiser). */
  MarkedByOrganiser: 'classes/marked_by_organiser',
} as const;

export const TalentError = {
  /** The cadre breaks an entry criterion (age limit for the rank level, minimum record): nominate with an override and a reason. */
  CriteriaNotMet: 'talent/criteria_not_met',
  /** The cadre is already nominated or in the pool. */
  AlreadyActive: 'talent/already_active',
  /** The entry is not in the state this action needs (deciding twice, planning for a declined nomination). */
  InvalidState: 'talent/invalid_state',
  /** Dates out of order (a secondment ending before it starts), or in the future where they cannot be. */
  InvalidPeriod: 'talent/invalid_period',
  /** A secondment is closed (returned) only with its closing report. */
  ReportRequired: 'talent/report_required',
} as const;

export const CertificateError = {
  /** The certificate is no longer valid (revoked or superseded): it cannot be revoked again. */
  NotValid: 'certificates/not_valid',
  /** A 学时证明 names a year or the cycle, not both and not neither. */
  InvalidPeriod: 'certificates/invalid_period',
  /** Only a closed class has 结业证书. */
  ClassNotClosed: 'certificates/class_not_closed',
} as const;

export const SupervisionError = {
  /** The rectification is not in a state this step may leave from (closing one not reported, reporting a closed one). */
  InvalidState: 'supervision/invalid_state',
  /** A redraw (the inspection already has a draw) needs a reason, which is audited. */
  RedrawReasonRequired: 'supervision/redraw_reason_required',
  /** The scope and filters leave fewer candidates than asked to draw, or none were asked for. */
  NotEnoughCandidates: 'supervision/not_enough_candidates',
  /** A team member, target or finding's unit outside the organiser's scope. */
  OutOfOrganiserScope: 'supervision/out_of_organiser_scope',
  /** The finding already has a rectification. */
  AlreadyAssigned: 'supervision/already_assigned',
  /** The inspection's findings are already published. */
  AlreadyPublished: 'supervision/already_published',
  /** A period or deadline out of order. */
  InvalidPeriod: 'supervision/invalid_period',
  /** A published notice (公开通报) never changes: a correction is a new notice that references it. */
  NoticePublished: 'supervision/notice_published',
  /** A notice needs at least one finding or one good-practice item. */
  NoticeEmpty: 'supervision/notice_empty',
  /** Only a published notice can be corrected. */
  NoticeNotPublished: 'supervision/notice_not_published',
} as const;

export const CaseError = {
  /** The case is not in a state this step may leave from (publishing a withdrawn case, editing a published one). */
  InvalidState: 'case/invalid_state',
  /** The unit, source finding, course or study record is not one the caller may use. */
  OutOfScope: 'case/out_of_scope',
  /** Only a published case is attached to a course or a study record. */
  NotPublished: 'case/not_published',
  /** The case is already attached there. */
  AlreadyAttached: 'case/already_attached',
} as const;

export const PublicityError = {
  /** The column named is not one of the channel's columns. */
  ColumnNotOnChannel: 'publicity/column_not_on_channel',
  /** The item's date lies outside the dates its column is open. */
  OutsideColumnPeriod: 'publicity/outside_column_period',
  /** Another channel of the same owner, or another column of the channel, has this name. */
  DuplicateName: 'publicity/duplicate_name',
  /** Dates out of order (a column ending before it opens, a period ending before it starts). */
  InvalidPeriod: 'publicity/invalid_period',
  /** The file is not an items sheet in the template's shape (not a workbook, missing columns, no rows). */
  ImportMalformed: 'publicity/import_malformed',
  /** Rows of the items sheet have problems (listed by row and column): nothing was imported. */
  ImportInvalid: 'publicity/import_invalid',
  /** A score names a judge or entrant that is not the contest's, or a round of another contest. */
  NotInContest: 'publicity/not_in_contest',
} as const;

export const ResearchError = {
  /** The topic or problem is not in a state this step may leave from (solving a solved problem, concluding a concluded topic, recording on a concluded topic). */
  InvalidState: 'research/invalid_state',
  /** A topic is concluded only with its final report attached. */
  ReportRequired: 'research/report_required',
  /** The leader, unit, visited unit or solving unit lies outside the topic's (or the caller's) scope. */
  OutOfTopicScope: 'research/out_of_topic_scope',
  /** A period out of order. */
  InvalidPeriod: 'research/invalid_period',
} as const;

export type ErrorCode =
  | (typeof CommonError)[keyof typeof CommonError]
  | (typeof AuthError)[keyof typeof AuthError]
  | (typeof OrgError)[keyof typeof OrgError]
  | (typeof UserError)[keyof typeof UserError]
  | (typeof FileError)[keyof typeof FileError]
  | (typeof CourseError)[keyof typeof CourseError]
  | (typeof LearningError)[keyof typeof LearningError]
  | (typeof QuizError)[keyof typeof QuizError]
  | (typeof LectureError)[keyof typeof LectureError]
  | (typeof StudyError)[keyof typeof StudyError]
  | (typeof CampaignError)[keyof typeof CampaignError]
  | (typeof RequirementError)[keyof typeof RequirementError]
  | (typeof ClassError)[keyof typeof ClassError]
  | (typeof TalentError)[keyof typeof TalentError]
  | (typeof CertificateError)[keyof typeof CertificateError]
  | (typeof SupervisionError)[keyof typeof SupervisionError]
  | (typeof CaseError)[keyof typeof CaseError]
  | (typeof PublicityError)[keyof typeof PublicityError]
  | (typeof ResearchError)[keyof typeof ResearchError];

export const ALL_ERROR_CODES: readonly ErrorCode[] = [
  ...Object.values(CommonError),
  ...Object.values(AuthError),
  ...Object.values(OrgError),
  ...Object.values(UserError),
  ...Object.values(FileError),
  ...Object.values(CourseError),
  ...Object.values(LearningError),
  ...Object.values(QuizError),
  ...Object.values(LectureError),
  ...Object.values(StudyError),
  ...Object.values(CampaignError),
  ...Object.values(RequirementError),
  ...Object.values(ClassError),
  ...Object.values(TalentError),
  ...Object.values(CertificateError),
  ...Object.values(SupervisionError),
  ...Object.values(CaseError),
  ...Object.values(PublicityError),
  ...Object.values(ResearchError),
];

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: { field: string; message: string }[];
}
