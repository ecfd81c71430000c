import { ROLE_LABELS } from './domain.js';

/** Every action name the audit trail uses; one place, so the server's filter and the SPA's labels read the same list. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.throttled',
  'auth.logout',
  'auth.password_changed',
  'auth.refresh_replayed',
  'org_unit.created',
  'org_unit.updated',
  'org_unit.moved',
  'org_unit.retired',
  'user.created',
  'user.updated',
  'user.roles_changed',
  'user.password_reset',
  'user.personal_numbers_viewed',
  'user.imported',
  'user.initial_passwords_issued',
  'course.created',
  'course.updated',
  'course.published',
  'course.archived',
  'course.lessons_changed',
  'course.hours_overridden',
  'course.assigned',
  'category.changed',
  'plan.saved',
  'requirements.saved',
  'requirements.settled',
  'requirements.reopened',
  'settlement.exported',
  'shortfall.make_up_saved',
  'shortfalls.exported',
  'shortfalls.reminded',
  'claim.approved',
  'claim.rejected',
  'question.changed',
  'question.imported',
  'quiz.created',
  'quiz.updated',
  'quiz.published',
  'quiz.archived',
  'quiz.results_exported',
  'hour_rules.saved',
  'lecture_team.changed',
  'lecture_topic.changed',
  'lecture_session.verified',
  'lecture_session.returned',
  'lecture_session.corrected',
  'lecture_feedback.moderated',
  'lecture_sessions.exported',
  'study_record.created',
  'study_record.updated',
  'study_record.submitted',
  'study_record.deleted',
  'study_records.exported',
  'completion.exported',
  'cadre_hours.exported',
  'cadres.exported_unmasked',
  'quiz_results.exported',
  'campaign_area.created',
  'campaign_area.updated',
  'campaign_area.deleted',
  'campaign_task.created',
  'campaign_task.updated',
  'campaign_task.progress_reported',
  'reminder.sent',
  'training_class.created',
  'training_class.updated',
  'training_class.deleted',
  'training_class.timetable_changed',
  'training_class.enrolled',
  'training_class.unenrolled',
  'training_class.closed',
  'training_class.exported',
  'class_attendance.marked',
  'class_leave.approved',
  'class_leave.refused',
  'talent_pool.nominated',
  'talent_pool.admitted',
  'talent_pool.declined',
  'talent_pool.graduated',
  'talent_pool.removed',
  'talent_pool.plan_saved',
  'talent_pool.posts_saved',
  'talent_pool.note_added',
  'talent_pool.evaluated',
  'talent_pool.secondment_saved',
  'talent_pool.profile_viewed',
  'talent_pool.exported',
  'talent_pool.exported_unmasked',
  'audit.exported',
  'progress_report.downloaded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The Chinese name of every action: the SPA's zh-CN label and the audit export's 操作 column. Typed by AuditAction,
 * so an action added above without a name fails to compile.
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.throttled': '账号登录限速（已通知上级）',
  'auth.logout': '退出登录',
  'auth.password_changed': '修改密码',
  'auth.refresh_replayed': '令牌重放（已拦截）',
  'org_unit.created': '新增单位',
  'org_unit.updated': '修改单位',
  'org_unit.moved': '调整单位隶属',
  'org_unit.retired': '撤销单位',
  'user.created': '新增干部',
  'user.updated': '修改干部信息',
  'user.roles_changed': '变更角色权限',
  'user.password_reset': '重置密码',
  'user.personal_numbers_viewed': '查看完整号码',
  'user.imported': '导入干部名册',
  'user.initial_passwords_issued': '批量发放初始密码',
  'course.created': '新建课程',
  'course.updated': '修改课程',
  'course.published': '发布课程',
  'course.archived': '归档课程',
  'course.lessons_changed': '调整课时',
  'course.hours_overridden': '核定课程学时',
  'course.assigned': '派课',
  'category.changed': '调整课程分类',
  'plan.saved': '保存培训计划',
  'requirements.saved': '保存学时要求',
  'requirements.settled': '年度学时结算',
  'requirements.reopened': '撤销年度学时结算',
  'settlement.exported': '导出年度学时结算表',
  'shortfall.make_up_saved': '登记补训',
  'shortfalls.exported': '导出未达标人员',
  'shortfalls.reminded': '提醒未达标人员',
  'claim.approved': '通过学时申报',
  'claim.rejected': '退回学时申报',
  'question.changed': '调整试题',
  'question.imported': '导入试题',
  'quiz.created': '新建考试',
  'quiz.updated': '修改考试',
  'quiz.published': '发布考试',
  'quiz.archived': '归档考试',
  'quiz.results_exported': '导出考试成绩',
  'hour_rules.saved': '调整学时标准',
  'lecture_team.changed': '调整宣讲团',
  'lecture_topic.changed': '调整宣讲主题',
  'lecture_session.verified': '核实宣讲场次',
  'lecture_session.returned': '退回宣讲场次',
  'lecture_session.corrected': '更正已核实宣讲',
  'lecture_feedback.moderated': '审核听众留言',
  'lecture_sessions.exported': '导出宣讲统计',
  'study_record.created': '新建学习研讨记录',
  'study_record.updated': '修改学习研讨记录',
  'study_record.submitted': '提交学习研讨记录',
  'study_record.deleted': '删除学习研讨记录',
  'study_records.exported': '导出学习研讨统计',
  'completion.exported': '导出单位完成情况',
  'cadre_hours.exported': '导出干部学时（脱敏）',
  'cadres.exported_unmasked': '导出干部学时（含完整手机号、身份证号）',
  'quiz_results.exported': '导出测试成绩汇总',
  'campaign_area.created': '新增专项任务方面',
  'campaign_area.updated': '修改专项任务方面',
  'campaign_area.deleted': '删除专项任务方面',
  'campaign_task.created': '新增具体任务',
  'campaign_task.updated': '修改具体任务',
  'campaign_task.progress_reported': '报送任务进展',
  'reminder.sent': '发送督促',
  'training_class.created': '新建培训班',
  'training_class.updated': '修改培训班',
  'training_class.deleted': '删除培训班',
  'training_class.timetable_changed': '调整培训班课程表',
  'training_class.enrolled': '培训班报名',
  'training_class.unenrolled': '培训班移出学员',
  'training_class.closed': '培训班结业',
  'training_class.exported': '导出培训班花名册',
  'class_attendance.marked': '手工登记考勤',
  'class_leave.approved': '批准请假',
  'class_leave.refused': '不批准请假',
  'talent_pool.nominated': '推荐优秀年轻干部',
  'talent_pool.admitted': '同意纳入培养库',
  'talent_pool.declined': '不同意纳入培养库',
  'talent_pool.graduated': '提拔出库',
  'talent_pool.removed': '调出培养库',
  'talent_pool.plan_saved': '调整培养计划',
  'talent_pool.posts_saved': '登记任职经历',
  'talent_pool.note_added': '记录培养情况',
  'talent_pool.evaluated': '录入年度考核',
  'talent_pool.secondment_saved': '登记挂职锻炼',
  'talent_pool.profile_viewed': '查阅优秀年轻干部档案',
  'talent_pool.exported': '导出培养库名单（脱敏）',
  'talent_pool.exported_unmasked': '导出培养库名单（含完整手机号、身份证号）',
  'audit.exported': '导出操作日志',
  'progress_report.downloaded': '下载进展情况报告',
};

/** Chinese words for coded values in details: roles, and the names of changed fields (`fields: ['name', 'roles']`). */
export function auditValueLabel(key: string, value: string): string | undefined {
  if (key === 'roles') return (ROLE_LABELS as Record<string, string>)[value];
  if (key === 'fields') return AUDIT_DETAIL_LABELS[value] ?? AUDIT_FIELD_LABELS[value];
  return undefined;
}

/** Field names changes record (`fields`) beyond those of AUDIT_DETAIL_LABELS. */
const AUDIT_FIELD_LABELS: Record<string, string> = {
  phone: '手机号',
  idNumber: '身份证号',
  rank: '职级',
  position: '职务',
  status: '状态',
  birthDate: '出生日期',
  gender: '性别',
  education: '学历',
  politicalStatus: '政治面貌',
  summary: '简介',
  categoryId: '分类',
  creditHours: '学时',
  startDate: '开始日期',
  endDate: '结束日期',
  venue: '地点',
  capacity: '人数上限',
};

/** The Chinese names of the fields events record in their details; a field not named here shows its key. */
export const AUDIT_DETAIL_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  fields: '修改的项目',
  year: '年度',
  rows: '行数',
  count: '数量',
  reason: '原因',
  minutes: '分钟',
  seconds: '秒',
  before: '修改前',
  after: '修改后',
  created: '新建',
  deleted: '删除',
  updated: '修改',
  added: '新增',
  removed: '移除',
  username: '账号',
  roles: '角色',
  scopeUnitId: '管理范围',
  unitId: '单位',
  units: '单位',
  leadUnitId: '牵头单位',
  parentId: '上级单位',
  fromParentId: '原上级单位',
  toParentId: '新上级单位',
  deadline: '截止日期',
  kind: '类型',
  type: '类型',
  hours: '学时',
  lecturerIds: '宣讲人',
  sessionId: '宣讲场次',
  classId: '培训班',
  userId: '干部',
  users: '干部',
  status: '状态',
  was: '原状态',
  joined: '加入',
  left: '退出',
  lecturerRoleGranted: '授予宣讲人角色',
  recipients: '接收人数',
  adminRecipients: '管理员接收人数',
  cadreRecipients: '干部接收人数',
  unitsWithoutAdmin: '无管理员的单位',
  description: '说明',
  active: '启用',
  sortOrder: '排序',
  reportedOn: '报送日期',
  completed: '已完成',
  attachments: '附件数',
  updateId: '进展记录',
  dueDate: '完成期限',
  done: '已完成',
  arrangement: '补训安排',
  line: '学时要求',
  q: '姓名包含',
  filter: '筛选条件',
  unmasked: '含完整号码',
  from: '起始日期',
  to: '截止日期',
  format: '格式',
  actor: '操作人',
  action: '操作',
  outcome: '结果',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id that appears as a value in an event's details, so the list can look their names up in one query. */
export function auditDetailIds(details: unknown): string[] {
  if (typeof details === 'string') return UUID.test(details) ? [details] : [];
  if (Array.isArray(details)) return details.flatMap(auditDetailIds);
  if (details && typeof details === 'object') return Object.values(details).flatMap(auditDetailIds);
  return [];
}

/** One labelled line of an event's details: the path of keys (`before`, `name`) and the value as text, ids as names. */
export interface AuditDetailEntry {
  path: string[];
  value: string;
}

/**
 * An event's details as labelled lines: nested objects become paths, lists are joined with 、, ids are replaced by
 * the names found for them (an id nobody names stays, shortened), true/false become yes/no in the caller's words.
 */
export function auditDetailEntries(
  details: unknown,
  names: Record<string, string>,
  words = { yes: '是', no: '否' },
  /** The words for a coded value under a key (a role, the name of a changed field), when the caller has them. */
  valueLabel: (key: string, value: string) => string | undefined = () => undefined,
): AuditDetailEntry[] {
  const text = (v: unknown, key = ''): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? words.yes : words.no;
    if (typeof v === 'string') return UUID.test(v) ? (names[v] ?? `${v.slice(0, 8)}…`) : (valueLabel(key, v) ?? v);
    if (Array.isArray(v)) return v.length ? v.map((x) => text(x, key)).join('、') : '—';
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v as number);
  };
  const walk = (v: unknown, path: string[]): AuditDetailEntry[] => {
    if (v && typeof v === 'object' && !Array.isArray(v) && path.length < 3) {
      const entries = Object.entries(v as Record<string, unknown>);
      return entries.length ? entries.flatMap(([k, x]) => walk(x, [...path, k])) : [];
    }
    return [{ path, value: text(v, path[path.length - 1]) }];
  };
  return details && typeof details === 'object' && !Array.isArray(details) ? walk(details, []) : [];
}

/** What kind of record an event is about (its target_type), in Chinese. */
export const AUDIT_TARGET_LABELS: Record<string, string> = {
  user: '干部',
  org_unit: '单位',
  course: '课程',
  course_category: '课程分类',
  quiz: '考试',
  question: '试题',
  training_class: '培训班',
  training_class_session: '培训班课程',
  training_class_leave: '请假',
  study_record: '学习研讨',
  campaign_area: '专项任务方面',
  campaign_task: '具体任务',
  lecture_team: '宣讲团',
  lecture_topic: '宣讲主题',
  lecture_session: '宣讲场次',
  lecture_feedback: '听众留言',
  talent_entry: '优秀年轻干部',
  offline_claim: '学时申报',
  reminder: '督促',
  session: '登录会话',
};
