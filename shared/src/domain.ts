/**
 * The domain's vocabulary: identifiers used by the API and the database, with the Chinese labels users see.
 * Labels live here (not only in the SPA's locale files) because server-side exports and reports print them too.
 */

export const ROLES = ['cadre', 'lecturer', 'unit_admin', 'org_admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
/** Roles that carry the unit they are scoped to. */
export const SCOPED_ROLES: readonly Role[] = ['unit_admin', 'org_admin', 'auditor'];
export const ADMIN_ROLES: readonly Role[] = ['unit_admin', 'org_admin'];
export const ROLE_LABELS: Record<Role, string> = {
  cadre: '学员',
  lecturer: '宣讲员',
  unit_admin: '单位管理员',
  org_admin: '组织部管理员',
  auditor: '安全审计员',
};

/** The four key groups (重点群体). `new_leader` is derived from the appointment date, the others are set by admins. */
export const CADRE_GROUPS = ['new_leader', 'law_enforcement_mid', 'retired_or_stepped_down', 'two_new_orgs'] as const;
export type CadreGroup = (typeof CADRE_GROUPS)[number];
export const ASSIGNABLE_CADRE_GROUPS = ['law_enforcement_mid', 'retired_or_stepped_down', 'two_new_orgs'] as const;
export type AssignableCadreGroup = (typeof ASSIGNABLE_CADRE_GROUPS)[number];
export const CADRE_GROUP_LABELS: Record<CadreGroup, string> = {
  new_leader: '新任职领导干部',
  law_enforcement_mid: '执法领域中层干部',
  retired_or_stepped_down: '离退休和退出领导岗位干部',
  two_new_orgs: '两新组织',
};
/** A leading cadre belongs to `new_leader` for this many months after the appointment (configurable on the server). */
export const NEW_LEADER_MONTHS_DEFAULT = 12;

/** Ranks (职级), ordered from highest to lowest. */
export const RANKS = [
  'zheng_chu',
  'fu_chu',
  'diaoyanyuan_1',
  'diaoyanyuan_2',
  'diaoyanyuan_3',
  'diaoyanyuan_4',
  'zheng_ke',
  'fu_ke',
  'zhuren_keyuan_1',
  'zhuren_keyuan_2',
  'zhuren_keyuan_3',
  'zhuren_keyuan_4',
  'keyuan_1',
  'keyuan_2',
  'other',
] as const;
export type Rank = (typeof RANKS)[number];
export const RANK_LABELS: Record<Rank, string> = {
  zheng_chu: '正处级',
  fu_chu: '副处级',
  diaoyanyuan_1: '一级调研员',
  diaoyanyuan_2: '二级调研员',
  diaoyanyuan_3: '三级调研员',
  diaoyanyuan_4: '四级调研员',
  zheng_ke: '正科级',
  fu_ke: '副科级',
  zhuren_keyuan_1: '一级主任科员',
  zhuren_keyuan_2: '二级主任科员',
  zhuren_keyuan_3: '三级主任科员',
  zhuren_keyuan_4: '四级主任科员',
  keyuan_1: '一级科员',
  keyuan_2: '二级科员',
  other: '其他',
};
export const RANK_LEVELS = ['chu', 'ke', 'keyuan'] as const;
export type RankLevel = (typeof RANK_LEVELS)[number];
export const RANK_LEVEL_LABELS: Record<RankLevel, string> = { chu: '处级', ke: '科级', keyuan: '科员及以下' };
/**
 * The rank level of the talent pool's age limits and the dashboard's breakdown. 调研员 sit at 处级 (《公务员职务与职级并行规定》);
 * 主任科员 stay at `keyuan` here, as before, so the pool's criteria and the dashboard do not move (see requirementRankLevel).
 */
export function rankLevel(rank: Rank): RankLevel {
  if (rank === 'zheng_chu' || rank === 'fu_chu' || rank.startsWith('diaoyanyuan_')) return 'chu';
  if (rank === 'zheng_ke' || rank === 'fu_ke') return 'ke';
  return 'keyuan';
}

/**
 * The 领导职务 a 职级 sits with (《公务员职务与职级并行规定》, 2019): 一、二级调研员 with 正处, 三、四级 with 副处; 一、二级主任科员 with
 * 正科, 三、四级 with 副科. Ranks not listed are their own equivalent.
 */
export const RANK_EQUIVALENTS: Partial<Record<Rank, Rank>> = {
  diaoyanyuan_1: 'zheng_chu',
  diaoyanyuan_2: 'zheng_chu',
  diaoyanyuan_3: 'fu_chu',
  diaoyanyuan_4: 'fu_chu',
  zhuren_keyuan_1: 'zheng_ke',
  zhuren_keyuan_2: 'zheng_ke',
  zhuren_keyuan_3: 'fu_ke',
  zhuren_keyuan_4: 'fu_ke',
};

/**
 * The rank level a requirement line's "applies to" reads: the level of the rank's equivalent post (主任科员 count as 科级).
 * `other` (村、社区 and enterprise cadres, who are no civil servants) has none: lines restricted by rank level, such as the
 * centralised-training lines of the 条例, do not apply to them; lines for every cadre do.
 */
export function requirementRankLevel(rank: Rank): RankLevel | null {
  if (rank === 'other') return null;
  return rankLevel(RANK_EQUIVALENTS[rank] ?? rank);
}

/**
 * Requirement lines (学时要求, 《干部教育培训工作条例》 2023 第十三—十五条): who must earn how many 学时 (or days) from which
 * sources within which window. The city's root org admin edits them per year; a year nobody edited uses the defaults.
 */
export interface RequirementLineSpec {
  key: string;
  label: string;
  /** Rank levels (by requirementRankLevel) and key groups the line applies to; both empty: every cadre. */
  appliesTo: { rankLevels: RankLevel[]; groups: CadreGroup[] };
  hours: number;
  /** The alternative in days ("12天或90学时"), or null. */
  days: number | null;
  /** 1: the calendar year; N: a cycle of N years starting at windowStart. */
  windowYears: number;
  windowStart: number | null;
  sources: RequirementSource[];
}

/** The five-year cycle of the national plan 全国干部教育培训规划（2023—2027年）. */
export const DEFAULT_CYCLE_START = 2023;

export const DEFAULT_REQUIREMENT_LINES: readonly RequirementLineSpec[] = [
  { key: 'online', label: '网络培训', appliesTo: { rankLevels: [], groups: [] }, hours: 50, days: null, windowYears: 1, windowStart: null, sources: ['course', 'quiz', 'offline_online'] },
  {
    key: 'centralized_year',
    label: '集中培训（年度）',
    appliesTo: { rankLevels: ['ke', 'keyuan'], groups: [] },
    hours: 90,
    days: 12,
    windowYears: 1,
    windowStart: null,
    sources: ['class', 'offline_training'],
  },
  {
    key: 'centralized_5y',
    label: '集中培训（五年）',
    appliesTo: { rankLevels: ['chu'], groups: [] },
    hours: 550,
    days: 90,
    windowYears: 5,
    windowStart: DEFAULT_CYCLE_START,
    sources: ['class', 'offline_training'],
  },
];

/**
 * 任职培训 (《干部教育培训工作条例》): a newly appointed leader completes it within a set time of the appointment (12 months by
 * default, configurable on the server), by a training class of kind `appointment` or by every course required for the
 * `new_leader` group. It is a fixed rule beside the configured lines, reported under this key: the engine shows it to a
 * cadre whose period touches the year, and the shortfalls list a cadre once the due date has passed unmet.
 */
export const APPOINTMENT_LINE_KEY = 'appointment';
export const APPOINTMENT_LINE_LABEL = '任职培训';
export const APPOINTMENT_TRAINING_MONTHS_DEFAULT = 12;
/** How a line is measured: 学时 (and days) against a quantity, or one training completed (任职培训). */
export const REQUIREMENT_MEASURES = ['hours', 'completion'] as const;
export type RequirementMeasure = (typeof REQUIREMENT_MEASURES)[number];
/** What met 任职培训: a class of kind `appointment`, or every course required for new leaders. */
export const APPOINTMENT_SATISFIERS = ['class', 'courses'] as const;
export type AppointmentSatisfier = (typeof APPOINTMENT_SATISFIERS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

export const POLITICAL_STATUSES = ['cpc_member', 'cpc_probationary', 'cyl_member', 'democratic_party', 'masses'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];
export const POLITICAL_STATUS_LABELS: Record<PoliticalStatus, string> = {
  cpc_member: '中共党员',
  cpc_probationary: '中共预备党员',
  cyl_member: '共青团员',
  democratic_party: '民主党派',
  masses: '群众',
};

export const EDUCATIONS = ['postgraduate', 'bachelor', 'college', 'secondary', 'high_school_or_below'] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABELS: Record<Education, string> = {
  postgraduate: '研究生',
  bachelor: '大学本科',
  college: '大学专科',
  secondary: '中专',
  high_school_or_below: '高中及以下',
};

/** 民族: the free-text field is validated against the 56 recognised ethnic groups. */
export const ETHNICITIES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;

export const ORG_UNIT_KINDS = ['city', 'department', 'town', 'subdistrict', 'village', 'community', 'enterprise', 'social_org'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  city: '市',
  department: '部门',
  town: '镇',
  subdistrict: '街道',
  village: '村',
  community: '社区',
  enterprise: '企业',
  social_org: '社会组织',
};
/** Which kinds of unit may sit under which: the tree is city → departments/towns → villages/communities. */
export const ORG_UNIT_CHILD_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  city: ['department', 'town', 'subdistrict', 'enterprise', 'social_org'],
  department: ['department', 'enterprise', 'social_org'],
  town: ['village', 'community', 'enterprise', 'social_org', 'department'],
  subdistrict: ['community', 'village', 'enterprise', 'social_org', 'department'],
  village: [],
  community: [],
  enterprise: [],
  social_org: [],
};

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const LEDGER_SOURCES = ['course', 'quiz', 'study_record', 'lecture_given', 'offline_training', 'class'] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

export const LEDGER_SOURCE_LABELS: Record<LedgerSource, string> = {
  course: '网络课程',
  quiz: '考试测试',
  study_record: '学习研讨',
  lecture_given: '理论宣讲',
  offline_training: '线下培训',
  class: '培训班',
};

/**
 * What a requirement line may count: the ledger's sources, where `offline_training` means approved claims of a
 * centralised kind, plus `offline_online`: approved claims of online training elsewhere (`online_external`). The ledger
 * keeps one `offline_training` source for every claim (the archive's figures do not move); the engine reads the claim's
 * kind to tell the two apart, so each claim counts toward exactly one of them and a line's bySource still adds up.
 */
export const REQUIREMENT_SOURCES = [...LEDGER_SOURCES, 'offline_online'] as const;
export type RequirementSource = (typeof REQUIREMENT_SOURCES)[number];
export const REQUIREMENT_SOURCE_LABELS: Record<RequirementSource, string> = {
  ...LEDGER_SOURCE_LABELS,
  offline_online: '其他网络培训',
};

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = { draft: '草稿', published: '已发布', archived: '已归档' };

export const LESSON_TYPES = ['video', 'article', 'document'] as const;
export type LessonType = (typeof LESSON_TYPES)[number];
export const LESSON_TYPE_LABELS: Record<LessonType, string> = { video: '视频', article: '图文', document: '文档' };

/** The default categories of a new installation (the list is editable). */
export const DEFAULT_COURSE_CATEGORIES = ['理论武装', '党性教育', '作风建设', '法治与依法行政', '业务能力', '红色教育'] as const;

export const ENROLLMENT_SOURCES = ['assigned', 'rule', 'self'] as const;
export type EnrollmentSource = (typeof ENROLLMENT_SOURCES)[number];
export const ENROLLMENT_SOURCE_LABELS: Record<EnrollmentSource, string> = { assigned: '派课', rule: '必修自动派发', self: '自选' };

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = { pending: '待审核', approved: '已通过', rejected: '已退回' };

/**
 * The kind of training a claim (学时申报) reports (《干部教育培训工作条例》): the centralised kinds count toward the
 * centralised lines, online training elsewhere (省干部网络学院, 学习强国 … with its certificate) toward `online`.
 */
export const CLAIM_KINDS = ['tuochan', 'jizhong_lunxun', 'party_school', 'other_centralized', 'online_external'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  tuochan: '脱产培训',
  jizhong_lunxun: '集中轮训',
  party_school: '党校（行政学院）培训班',
  other_centralized: '其他认可的集中培训',
  online_external: '网络培训（省干部网络学院、学习强国等，附证书）',
};
/** The requirement source a claim of this kind counts toward. */
export function claimKindSource(kind: ClaimKind): 'offline_training' | 'offline_online' {
  return kind === 'online_external' ? 'offline_online' : 'offline_training';
}
/** 学时 a claim may report per calendar day it spans, unless the city's hour rules say otherwise (8 a day, 4 for half a day). */
export const DEFAULT_CLAIM_DAILY_CAP = 8;

/** A video lesson completes at this share of its duration actually watched. */
export const VIDEO_COMPLETION_RATIO = 0.9;
/** Default yearly hours for every cadre when no plan says otherwise (online learning, cadre training regulation). */
export const DEFAULT_REQUIRED_HOURS = 50;

export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'fill'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = { single: '单选题', multiple: '多选题', true_false: '判断题', fill: '填空题' };

export const QUIZ_STATUSES = ['draft', 'published', 'archived'] as const;
export type QuizStatus = (typeof QUIZ_STATUSES)[number];
export const QUIZ_STATUS_LABELS: Record<QuizStatus, string> = { draft: '草稿', published: '已发布', archived: '已归档' };

export const REVIEW_POLICIES = ['after_submit', 'after_close', 'never'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export const REVIEW_POLICY_LABELS: Record<ReviewPolicy, string> = { after_submit: '交卷后可查看', after_close: '考试结束后可查看', never: '不公布答案' };

export const MULTIPLE_SCORING = ['all_or_nothing', 'partial'] as const;
export type MultipleScoring = (typeof MULTIPLE_SCORING)[number];

/** Seconds after an attempt's deadline during which answers are still taken (network and clock slack). */
export const ATTEMPT_GRACE_SECONDS = 60;

/** The "1＋6＋N" lecture structure: one municipal team, six specialised teams, N grassroots teams. */
export const LECTURE_TEAM_LEVELS = ['municipal', 'specialised', 'grassroots'] as const;
export type LectureTeamLevel = (typeof LECTURE_TEAM_LEVELS)[number];
export const LECTURE_TEAM_LEVEL_LABELS: Record<LectureTeamLevel, string> = { municipal: '市级宣讲团', specialised: '专业宣讲团', grassroots: '基层宣讲队' };

export const LECTURE_FORMATS = ['concentrated', 'interactive', 'micro', 'online'] as const;
export type LectureFormat = (typeof LECTURE_FORMATS)[number];
export const LECTURE_FORMAT_LABELS: Record<LectureFormat, string> = { concentrated: '集中宣讲', interactive: '互动宣讲', micro: '微宣讲', online: '线上宣讲' };

export const AUDIENCE_KINDS = ['cadres', 'party_members', 'villagers', 'residents', 'students', 'enterprise_staff'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
export const AUDIENCE_KIND_LABELS: Record<AudienceKind, string> = {
  cadres: '干部',
  party_members: '党员',
  villagers: '村民',
  residents: '社区居民',
  students: '学生',
  enterprise_staff: '企业职工',
};

/** draft → submitted → verified by an admin of the host unit, or returned with a reason (and then edited again). */
export const LECTURE_SESSION_STATUSES = ['draft', 'submitted', 'verified', 'returned'] as const;
export type LectureSessionStatus = (typeof LECTURE_SESSION_STATUSES)[number];
export const LECTURE_SESSION_STATUS_LABELS: Record<LectureSessionStatus, string> = { draft: '草稿', submitted: '待核实', verified: '已核实', returned: '已退回' };

export const FEEDBACK_COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type FeedbackCommentStatus = (typeof FEEDBACK_COMMENT_STATUSES)[number];
export const FEEDBACK_COMMENT_STATUS_LABELS: Record<FeedbackCommentStatus, string> = { pending: '待审核', approved: '已公开', rejected: '不公开' };

/** Credit hours a lecturer earns for one verified session, by format (editable by the organisation department). */
export const DEFAULT_LECTURE_HOURS: Record<LectureFormat, number> = { concentrated: 2, interactive: 2, micro: 0.5, online: 1 };

export const STUDY_RECORD_TYPES = ['first_topic', 'center_group', 'special_study', 'seminar', 'big_study'] as const;
export type StudyRecordType = (typeof STUDY_RECORD_TYPES)[number];
export const STUDY_RECORD_TYPE_LABELS: Record<StudyRecordType, string> = {
  first_topic: '第一议题',
  center_group: '理论学习中心组学习',
  special_study: '专题学习研讨',
  seminar: '研讨交流',
  big_study: '大学习大讨论大实践',
};

export const STUDY_RECORD_STATUSES = ['draft', 'submitted'] as const;
export type StudyRecordStatus = (typeof STUDY_RECORD_STATUSES)[number];
export const STUDY_RECORD_STATUS_LABELS: Record<StudyRecordStatus, string> = { draft: '草稿', submitted: '已提交' };

/** Credit hours each present attendee earns for a submitted record, by type: a 中心组学习 counts more than a 第一议题 item. */
export const DEFAULT_STUDY_HOURS: Record<StudyRecordType, number> = { first_topic: 0.5, center_group: 4, special_study: 3, seminar: 2, big_study: 2 };

export const STUDY_ATTACHMENT_KINDS = ['minutes', 'sign_in', 'material', 'other'] as const;
export type StudyAttachmentKind = (typeof STUDY_ATTACHMENT_KINDS)[number];
export const STUDY_ATTACHMENT_KIND_LABELS: Record<StudyAttachmentKind, string> = { minutes: '会议记录', sign_in: '签到表', material: '学习材料', other: '其他' };

/**
 * A campaign task's status, derived from its progress updates and its deadline: done when the latest update marks it
 * complete; overdue when past the deadline and not done; on track once any update exists; not started otherwise.
 */
export const CAMPAIGN_TASK_STATUSES = ['not_started', 'on_track', 'overdue', 'done'] as const;
export type CampaignTaskStatus = (typeof CAMPAIGN_TASK_STATUSES)[number];
export const CAMPAIGN_TASK_STATUS_LABELS: Record<CampaignTaskStatus, string> = { not_started: '未启动', on_track: '推进中', overdue: '已逾期', done: '已完成' };

/** The campaign's dispatch meetings (调度会议): the weekly 碰头会, monthly 调度会, quarterly 推进会 of the 领导小组, and ad-hoc ones. */
export const CAMPAIGN_MEETING_KINDS = ['weekly', 'monthly', 'quarterly', 'ad_hoc'] as const;
export type CampaignMeetingKind = (typeof CAMPAIGN_MEETING_KINDS)[number];
export const CAMPAIGN_MEETING_KIND_LABELS: Record<CampaignMeetingKind, string> = {
  weekly: '专班碰头会',
  monthly: '专班调度会',
  quarterly: '领导小组推进会',
  ad_hoc: '专题会议',
};
/** A decision (议定事项) is open until its owner unit marks it done; overdue when open past its deadline. */
export const CAMPAIGN_DECISION_STATUSES = ['open', 'overdue', 'done'] as const;
export type CampaignDecisionStatus = (typeof CAMPAIGN_DECISION_STATUSES)[number];
export const CAMPAIGN_DECISION_STATUS_LABELS: Record<CampaignDecisionStatus, string> = { open: '办理中', overdue: '已逾期', done: '已办结' };

/** Hour rules the organisation department edits: which source, which kind of event. */
export const HOUR_RULE_SOURCES = ['lecture_given', 'study_record', 'offline_training', 'course', 'class'] as const;
export type HourRuleSource = (typeof HOUR_RULE_SOURCES)[number];

/**
 * `<source>`/`yearly_cap`: the most 学时 one source may give a cadre in a calendar year; 0 means no cap. The national
 * rules set none (the caps in regulation.md are one city's practice), so every default is 0 and a city sets its own.
 */
export const YEARLY_CAP_KIND = 'yearly_cap';

/**
 * A course's 学时 from its lessons' lengths (video durations and reading times added up, whole minutes): each full 30
 * minutes gives `per_30_min`, a remainder of 15 to 29 minutes `remainder_15_30`, of 1 to 14 minutes `remainder_under_15`.
 * Applied to the course's total, not lesson by lesson: lessons of 45, 20 and 10 minutes make 75 minutes = 2 + 0.5 = 2.5.
 */
export const DEFAULT_COURSE_HOUR_RULE = { per_30_min: 1, remainder_15_30: 0.5, remainder_under_15: 0.25 } as const;
export type CourseHourRule = Record<keyof typeof DEFAULT_COURSE_HOUR_RULE, number>;
export function courseHoursFromMinutes(minutes: number, rule: CourseHourRule = DEFAULT_COURSE_HOUR_RULE): number {
  const whole = Math.max(0, Math.floor(minutes));
  const rest = whole % 30;
  const extra = rest >= 15 ? rule.remainder_15_30 : rest > 0 ? rule.remainder_under_15 : 0;
  return Math.round((Math.floor(whole / 30) * rule.per_30_min + extra) * 100) / 100;
}

/** `class`/`daily_cap`: the most 学时 a class credits a cadre for one day of attended sessions. */
export const DEFAULT_CLASS_DAILY_CAP = 8;

/** Why a ledger entry credits less than its event earned: a class's daily cap, the source's yearly cap, or both. */
export const LEDGER_CUT_REASONS = ['daily_cap', 'yearly_cap', 'daily_and_yearly_cap'] as const;
export type LedgerCutReason = (typeof LEDGER_CUT_REASONS)[number];
export const LEDGER_CUT_REASON_LABELS: Record<LedgerCutReason, string> = {
  daily_cap: '超出每日上限',
  yearly_cap: '超出年度上限',
  daily_and_yearly_cap: '超出每日及年度上限',
};

/** Whether a course's 学时 follow the rule (derived) or an admin's figure (手动核定, with a reason). */
export const COURSE_HOURS_BASES = ['derived', 'manual'] as const;
export type CourseHoursBasis = (typeof COURSE_HOURS_BASES)[number];
export const COURSE_HOURS_BASIS_LABELS: Record<CourseHoursBasis, string> = { derived: '按时长认定', manual: '手动核定' };

/**
 * What an in-app notification is about: a reminder to a unit's admin, or to a cadre with overdue required courses; a
 * training-class enrolment; or, to an account's superiors, many wrong passwords for that account (sign-in slowed); or, to
 * the org admins over a talent-pool member, a secondment past its end date with no return (已到期未返回).
 */
export const NOTIFICATION_KINDS = ['reminder', 'overdue_courses', 'class_enrolled', 'sign_in_alert', 'shortfall', 'secondment_overdue', 'decision_overdue', 'rectification_overdue', 'inspection_team', 'notice_published'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Training classes (培训班 / 专题学习班): in-person classes and study trips with a timetable, sign-in, leave and hours. */
export const TRAINING_CLASS_KINDS = ['special', 'appointment', 'initial', 'in_service', 'study_trip', 'on_site'] as const;
export type TrainingClassKind = (typeof TRAINING_CLASS_KINDS)[number];
export const TRAINING_CLASS_KIND_LABELS: Record<TrainingClassKind, string> = {
  special: '专题培训',
  appointment: '任职培训',
  initial: '初任培训',
  in_service: '在职培训',
  study_trip: '对标学习',
  on_site: '现场教学',
};
export const TRAINING_CLASS_STATUSES = ['planning', 'enrolling', 'running', 'closed'] as const;
export type TrainingClassStatus = (typeof TRAINING_CLASS_STATUSES)[number];
export const TRAINING_CLASS_STATUS_LABELS: Record<TrainingClassStatus, string> = { planning: '筹备中', enrolling: '报名中', running: '进行中', closed: '已结业' };
export const CLASS_TEACHER_KINDS = ['cadre', 'lecturer', 'outside'] as const;
export type ClassTeacherKind = (typeof CLASS_TEACHER_KINDS)[number];
export const CLASS_TEACHER_KIND_LABELS: Record<ClassTeacherKind, string> = { cadre: '本市干部', lecturer: '宣讲员', outside: '外请师资' };
/** An enrollee's standing: enrolled, withdrawn (退学, missed more than a seventh of the class), or completed at closing (结业). */
export const CLASS_ENROLMENT_STATUSES = ['enrolled', 'withdrawn', 'completed'] as const;
export type ClassEnrolmentStatus = (typeof CLASS_ENROLMENT_STATUSES)[number];
export const CLASS_ENROLMENT_STATUS_LABELS: Record<ClassEnrolmentStatus, string> = { enrolled: '在读', withdrawn: '退学', completed: '结业' };
/** One cadre at one session: signed in or marked present, marked absent, on approved leave, or not yet recorded. */
export const CLASS_ATTENDANCE_STATUSES = ['present', 'absent', 'leave', 'pending'] as const;
export type ClassAttendanceStatus = (typeof CLASS_ATTENDANCE_STATUSES)[number];
export const CLASS_ATTENDANCE_STATUS_LABELS: Record<ClassAttendanceStatus, string> = { present: '出勤', absent: '缺勤', leave: '请假', pending: '未记录' };
export const CLASS_LEAVE_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ClassLeaveStatus = (typeof CLASS_LEAVE_STATUSES)[number];
export const CLASS_LEAVE_STATUS_LABELS: Record<ClassLeaveStatus, string> = { pending: '待审批', approved: '已批准', refused: '未批准' };
/** The share of a class's hours an enrollee may miss; past it they are withdrawn (干部教育培训学员管理: 请假超过总学时的七分之一按退学处理). */
export const CLASS_MISSED_SHARE_LIMIT = { numerator: 1, denominator: 7 } as const;
/** How an enrollee stands against the limit: below it, exactly at it (warned), or past it (withdrawn). */
export const CLASS_MISSED_STANDINGS = ['ok', 'at_limit', 'withdrawn'] as const;
export type ClassMissedStanding = (typeof CLASS_MISSED_STANDINGS)[number];
export const CLASS_ATTACHMENT_KINDS = ['sign_in_sheet', 'timetable', 'photo', 'other'] as const;
export type ClassAttachmentKind = (typeof CLASS_ATTACHMENT_KINDS)[number];
export const CLASS_ATTACHMENT_KIND_LABELS: Record<ClassAttachmentKind, string> = { sign_in_sheet: '签到表', timetable: '课程表', photo: '照片', other: '其他' };
/** The rotating sign-in code changes every this many seconds; the current and the previous code are accepted. */
export const CLASS_SIGN_IN_STEP_SECONDS = 120;
/** Sign-in opens this many minutes before a session starts and closes when it ends. */
export const CLASS_SIGN_IN_OPENS_MINUTES_BEFORE = 30;
/**
 * The young-cadre talent pool (优秀年轻干部培养库). A unit admin nominates; an org admin admits (in_pool) or declines; a
 * member leaves the pool graduated (promoted, with the new post) or removed (with a reason).
 */
export const TALENT_STATUSES = ['nominated', 'in_pool', 'declined', 'graduated', 'removed'] as const;
export type TalentStatus = (typeof TALENT_STATUSES)[number];
export const TALENT_STATUS_LABELS: Record<TalentStatus, string> = { nominated: '已推荐', in_pool: '在库', declined: '未入库', graduated: '已提拔出库', removed: '已调出' };

/** The report's 专业"墩苗"、多岗"壮苗"、党性"育苗" training tracks. */
export const TALENT_TRACKS = ['tempering', 'rotation', 'party_spirit'] as const;
export type TalentTrack = (typeof TALENT_TRACKS)[number];
export const TALENT_TRACK_LABELS: Record<TalentTrack, string> = { tempering: '墩苗', rotation: '壮苗', party_spirit: '育苗' };

/** Yearly evaluation grades (年度考核). */
export const EVALUATION_GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];
export const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, string> = { excellent: '优秀', competent: '称职', basically_competent: '基本称职', incompetent: '不称职' };

/** A secondment (挂职锻炼): planned → on secondment → returned (with a closing report). */
export const SECONDMENT_STATES = ['planned', 'on_secondment', 'returned'] as const;
export type SecondmentState = (typeof SECONDMENT_STATES)[number];
export const SECONDMENT_STATE_LABELS: Record<SecondmentState, string> = { planned: '拟选派', on_secondment: '挂职中', returned: '已期满返回' };

/** Age bands of the pool's structure chart and filter: up to 30, 31–35, 36–40, over 40. */
export const AGE_BANDS = ['to30', '31to35', '36to40', 'over40'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = { to30: '30岁及以下', '31to35': '31—35岁', '36to40': '36—40岁', over40: '40岁以上' };
export function ageBandOf(age: number): AgeBand {
  if (age <= 30) return 'to30';
  if (age <= 35) return '31to35';
  if (age <= 40) return '36to40';
  return 'over40';
}
/** Default entry criteria: the oldest age at nomination per rank level, and the credit hours of the last 12 months. */
export const TALENT_AGE_LIMITS_DEFAULT: Record<RankLevel, number> = { chu: 40, ke: 35, keyuan: 32 };
export const TALENT_MIN_HOURS_DEFAULT = 20;

/** Certificates anyone can verify: 结业证书 on closing a class, 学时证明 on request. */
export const CERTIFICATE_KINDS = ['completion', 'hours'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, string> = { completion: '结业证书', hours: '学时证明' };
/** valid; revoked by an admin of the issuing scope (with a reason); superseded: the facts behind it changed after issuance. */
export const CERTIFICATE_STATES = ['valid', 'revoked', 'superseded'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];
export const CERTIFICATE_STATE_LABELS: Record<CertificateState, string> = { valid: '有效', revoked: '已撤销', superseded: '已失效' };

/** Supervision (督导检查): the seed report's 随机抽查、调研访谈、明察暗访 and 专项督查. */
export const INSPECTION_KINDS = ['random_check', 'interview', 'undercover', 'special'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = { random_check: '随机抽查', interview: '调研访谈', undercover: '明察暗访', special: '专项督查' };
/** The checklist a new inspection starts with (editable per inspection). */
export const DEFAULT_INSPECTION_CHECKLIST = ['在岗履职', '作风纪律', '学习制度落实', '任务推进'] as const;

/** What a finding is, in the seed report's words (隐形变异 problems included). */
export const FINDING_CATEGORIES = ['thinking', 'uneven', 'idle', 'buck_passing', 'capability', 'other'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];
export const FINDING_CATEGORY_LABELS: Record<FindingCategory, string> = {
  thinking: '思想认识不到位',
  uneven: '推进不均衡',
  idle: '廉而不为/廉而不勤',
  buck_passing: '推诿拖拉',
  capability: '能力不足',
  other: '其他',
};
export const FINDING_SEVERITIES = ['minor', 'moderate', 'serious'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = { minor: '一般', moderate: '较重', serious: '严重' };

/**
 * A rectification (整改): assigned to a unit, reported by it, then closed (销号) by the inspection team or returned with a
 * reason (and reported again). Overdue is derived: not closed and past the deadline.
 */
export const RECTIFICATION_STATUSES = ['assigned', 'reported', 'returned', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, string> = { assigned: '待整改', reported: '已报告待核验', returned: '已退回', closed: '已销号' };

/** The case library (典型案例库): 正面典型 to follow and 反面警示 to learn from. */
export const CASE_KINDS = ['good_practice', 'warning'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = { good_practice: '正面典型', warning: '反面警示' };
/** The seed report's eight fields of 群众身边不正之风和腐败问题 work, plus 作风建设. */
export const CASE_FIELDS = ['rural_revitalisation', 'education', 'medical', 'housing', 'business_environment', 'grain', 'food_safety', 'yellow_river', 'work_style'] as const;
export type CaseField = (typeof CASE_FIELDS)[number];
export const CASE_FIELD_LABELS: Record<CaseField, string> = {
  rural_revitalisation: '乡村振兴',
  education: '教育',
  medical: '医疗',
  housing: '住房',
  business_environment: '营商环境',
  grain: '粮食购销',
  food_safety: '食品安全',
  yellow_river: '黄河"四乱"',
  work_style: '作风建设',
};
/** Where a case comes from: a supervision finding, a published public notice (公开通报), or entered by hand. */
export const CASE_SOURCE_KINDS = ['finding', 'notice', 'entered'] as const;
export type CaseSourceKind = (typeof CASE_SOURCE_KINDS)[number];
/** draft → proposed (a unit admin asks the org admin) → published → withdrawn; a returned proposal is a draft again. */
export const CASE_STATES = ['draft', 'proposed', 'published', 'withdrawn'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_STATE_LABELS: Record<CaseState, string> = { draft: '草稿', proposed: '待发布', published: '已发布', withdrawn: '已撤回' };
/** A public notice (公开通报): a draft until published to a scope; published ones never change (a correction is a new notice). */
export const NOTICE_STATUSES = ['draft', 'published'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { draft: '草稿', published: '已发布' };
// ---- publicity (宣传引导) ------------------------------------------------------------------------------------------

/** Where the campaign is published: the city's broadcaster, each WeChat public account, newspapers, websites. */
export const PUBLICITY_CHANNEL_KINDS = ['tv', 'wechat', 'newspaper', 'website'] as const;
export type PublicityChannelKind = (typeof PUBLICITY_CHANNEL_KINDS)[number];
export const PUBLICITY_CHANNEL_KIND_LABELS: Record<PublicityChannelKind, string> = { tv: '广播电视台', wechat: '微信公众号', newspaper: '报纸', website: '网站' };

/** 演讲赛 and 理论宣讲大赛. */
export const PUBLICITY_CONTEST_KINDS = ['speech', 'theory_lecture'] as const;
export type PublicityContestKind = (typeof PUBLICITY_CONTEST_KINDS)[number];
export const PUBLICITY_CONTEST_KIND_LABELS: Record<PublicityContestKind, string> = { speech: '演讲赛', theory_lecture: '理论宣讲大赛' };

export const PUBLICITY_PRIZES = ['first', 'second', 'third'] as const;
export type PublicityPrize = (typeof PUBLICITY_PRIZES)[number];
export const PUBLICITY_PRIZE_LABELS: Record<PublicityPrize, string> = { first: '一等奖', second: '二等奖', third: '三等奖' };

/** How a contest ranks its entrants; printed in the API docs, on the contest page and on the results notice. */
export const PUBLICITY_RANKING_RULE =
  '最后得分：去掉一个最高分和一个最低分后取平均分（评委少于3人时取全部评分的平均分），保留两位小数，高者列前；' +
  '最后得分相同的，比较全部评分的中位数，高者列前；仍相同的，比较所得最高分，高者列前；再相同的名次并列。' +
  '奖项按名次依次评定一等奖、二等奖、三等奖（名额按设定），名次并列跨越名额的一并获得较高奖项；未获全部评委评分的选手不参加排名。';
/** Research visits (大兴调查研究): a topic (调研课题) is ongoing until its final report is attached and it is concluded. */
export const RESEARCH_TOPIC_STATUSES = ['ongoing', 'concluded'] as const;
export type ResearchTopicStatus = (typeof RESEARCH_TOPIC_STATUSES)[number];
export const RESEARCH_TOPIC_STATUS_LABELS: Record<ResearchTopicStatus, string> = { ongoing: '调研中', concluded: '已结题' };
/** A problem found on a research visit is open until the unit that solves it has solved it. */
export const RESEARCH_PROBLEM_STATUSES = ['open', 'solved'] as const;
export type ResearchProblemStatus = (typeof RESEARCH_PROBLEM_STATUSES)[number];
export const RESEARCH_PROBLEM_STATUS_LABELS: Record<ResearchProblemStatus, string> = { open: '待解决', solved: '已解决' };
