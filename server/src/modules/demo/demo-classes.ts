import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import type { FileStorage } from '../files/file-storage';
import { insertMany } from './bulk';
import type { CadreRow, UnitRow } from './demo-city';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  storage: FileStorage;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
}

const DAY = 86_400_000;
/** `YYYY-MM-DD` of a Shanghai calendar day given as UTC midnight of that day. */
const iso = (dayMs: number) => new Date(dayMs).toISOString().slice(0, 10);
/** An instant on a Shanghai calendar day (given as UTC midnight) at `hh:mm` Shanghai time. */
const at = (dayMs: number, hhmm: string) => new Date(`${iso(dayMs)}T${hhmm}:00+08:00`);

interface SessionPlan {
  day: number;
  start: string;
  end: string;
  topic: string;
  place: string;
  teacher: { kind: 'outside'; name: string } | { kind: 'lecturer' | 'cadre'; user: CadreRow };
  site?: string;
  /** The online course read before the session. */
  courseId?: string;
}

/**
 * Three classes for the demo city. The city's 专题学习班 for its county-level leading cadres on the spirit of the 20th
 * Party Congress: five days in January at the party school and two red-education sites, closed, with a full attendance
 * history (code sign-ins, a few hand marks, approved leave, one withdrawal past a seventh), its sign-in sheet and
 * timetable attached, the survey filled in and the hours in the ledger. And 龙门镇's study trip (对标学习) to Anji two
 * weeks ahead, open for enrolment with cadre01 on it and a leave request waiting. And a one-day class of the town running
 * today, its session open for sign-in (so the projector view of the sign-in QR can be seen).
 */
export async function seedDemoClasses(ctx: Context): Promise<{ classes: number; sessions: number }> {
  const { tx } = ctx;
  const rng = new SeededRandom(20_261_108);
  const byUsername = (u: string) => ctx.cadres.find((c) => c.username === u)!;
  const admin = byUsername('zzb_admin');
  const townAdmin = byUsername('town_admin');
  const lecturer01 = byUsername('lecturer01');
  const cadre01 = byUsername('cadre01');
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const orgDept = ctx.units.find((u) => u.name === '市委组织部')!;
  const town = unitById.get(townAdmin.scopeUnitId!)!;
  const todayMs = Date.parse(`${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(ctx.now)}T00:00:00Z`);

  // ---- the closed 专题学习班: 12–16 January, or last year's when this January's is not over yet ----
  const jan = todayMs > Date.parse(`${ctx.year}-01-20T00:00:00Z`) ? ctx.year : ctx.year - 1;
  const first = Date.parse(`${jan}-01-12T00:00:00Z`);
  const leaders = ctx.cadres.filter((c) => c.rank === 'zheng_chu' || c.rank === 'fu_chu');
  const head = leaders.find((c) => c.position === '市委书记') ?? leaders[0]!;
  const [course] = (await tx.query(`SELECT id FROM courses WHERE title = '学习贯彻党的二十大精神专题'`)) as { id: string }[];
  const plans: SessionPlan[] = [
    { day: 0, start: '09:00', end: '11:30', topic: '开班动员：深入学习贯彻党的二十大精神', place: '市委党校报告厅', teacher: { kind: 'cadre', user: head } },
    { day: 0, start: '14:30', end: '17:00', topic: '党的二十大报告的核心要义与实践要求', place: '市委党校报告厅', teacher: { kind: 'outside', name: '省委党校 陈教授' }, courseId: course?.id },
    { day: 1, start: '09:00', end: '11:30', topic: '中国式现代化的理论与实践', place: '市委党校报告厅', teacher: { kind: 'outside', name: '省社科院 刘研究员' } },
    { day: 1, start: '14:30', end: '17:00', topic: '全面从严治党永远在路上', place: '市委党校报告厅', teacher: { kind: 'outside', name: '省纪委党风室 王处长' } },
    { day: 2, start: '09:00', end: '11:30', topic: '现场教学：重温入党誓词', place: '第一个党支部旧址', teacher: { kind: 'lecturer', user: lecturer01 }, site: '第一个党支部旧址' },
    { day: 2, start: '14:30', end: '17:00', topic: '现场教学：八路军渡口的红色记忆', place: '八路军渡口旧址', teacher: { kind: 'lecturer', user: lecturer01 }, site: '八路军渡口旧址' },
    { day: 3, start: '09:00', end: '11:30', topic: '现场教学：雪峰水库建设中的奋斗精神', place: '雪峰水库', teacher: { kind: 'outside', name: '雪峰水库管理处 老党员' }, site: '雪峰水库' },
    { day: 3, start: '14:30', end: '17:00', topic: '推动高质量发展的实践路径', place: '市委党校报告厅', teacher: { kind: 'outside', name: '市发改委 周主任' } },
    { day: 4, start: '09:00', end: '11:30', topic: '分组研讨：学思想、强党性、重实践、建新功', place: '市委党校研讨室', teacher: { kind: 'cadre', user: admin } },
    { day: 4, start: '14:30', end: '17:00', topic: '结业式暨学习体会交流', place: '市委党校报告厅', teacher: { kind: 'cadre', user: head } },
  ];
  const closedId = randomUUID();
  const closedHours = 40;
  const closedSessions = plans.map((p) => ({ id: randomUUID(), ...p, startsAt: at(first + p.day * DAY, p.start), endsAt: at(first + p.day * DAY, p.end) }));
  const classRows: unknown[][] = [
    [
      closedId, '全市县级领导干部学习贯彻党的二十大精神专题学习班', 'special', orgDept.id, orgDept.path, iso(first), iso(first + 4 * DAY), '市委党校、第一个党支部旧址、八路军渡口旧址、雪峰水库',
      '集中学习党的二十大精神，采取专题辅导、现场教学、分组研讨相结合的方式，推动学习成果转化为推动发展的实际成效。', ['new_leader'], ['zheng_chu', 'fu_chu'], leaders.length + 2, closedHours, 'closed',
      at(first + 4 * DAY, '18:00'), admin.id, admin.id,
    ],
  ];
  const sessionRows: unknown[][] = [];
  const enrolRows: unknown[][] = [];
  const attendanceRows: unknown[][] = [];
  const leaveRows: unknown[][] = [];
  const ledgerRows: unknown[][] = [];
  const ratingRows: unknown[][] = [];
  const evaluatorRows: unknown[][] = [];
  const pushSession = (classId: string, s: { id: string; startsAt: Date; endsAt: Date } & SessionPlan) =>
    sessionRows.push([
      s.id, classId, s.startsAt, s.endsAt, s.place, s.topic, s.teacher.kind,
      s.teacher.kind === 'outside' ? null : s.teacher.user.id, s.teacher.kind === 'outside' ? s.teacher.name : s.teacher.user.name, s.courseId ?? null, s.site ?? null,
    ]);
  closedSessions.forEach((s) => pushSession(closedId, s));

  // Attendance: everyone signs in by code, except one approved leave for two cadres, a hand mark for a forgotten phone,
  // and one cadre away on duty for two sessions (300 of 1,500 minutes: past a seventh, withdrawn, no hours).
  const withdrawn = leaders[leaders.length - 1]!;
  const onLeave = new Set([leaders[3]!.id, leaders[7]!.id]);
  const manual = leaders[5]!.id;
  for (const c of leaders) {
    const away = c.id === withdrawn.id;
    enrolRows.push([closedId, c.id, away ? 'withdrawn' : 'completed', admin.id, at(first - 7 * DAY, '10:00'), away ? at(first + 3 * DAY, '09:00') : null, away ? null : closedHours]);
    closedSessions.forEach((s, i) => {
      const leaveHere = (onLeave.has(c.id) && i === 7) || (away && (i === 6 || i === 7));
      // Withdrawn after the seventh session, the cadre is no longer expected at the last ones.
      if (away && i > 7) return;
      if (leaveHere) {
        leaveRows.push([randomUUID(), closedId, s.id, c.id, away ? '参加省防汛工作会议' : rng.pick(['陪同上级检查工作', '参加省里专题会议']), 'approved', admin.id, new Date(s.startsAt.getTime() - DAY), null, new Date(s.startsAt.getTime() - 2 * DAY)]);
        return;
      }
      const byHand = c.id === manual && i === 4;
      attendanceRows.push([s.id, c.id, true, byHand ? 'manual' : 'code', byHand ? admin.id : null, new Date(s.startsAt.getTime() - rng.int(2, 25) * 60_000)]);
    });
    if (!away) {
      const earnedAt = at(first + 4 * DAY, '18:00');
      ledgerRows.push([c.id, jan, closedHours, 'class', closedId, '培训班：全市县级领导干部学习贯彻党的二十大精神专题学习班', c.unitId, unitById.get(c.unitId)!.path, earnedAt]);
      if (rng.chance(0.8)) {
        evaluatorRows.push([closedId, c.id]);
        for (const s of closedSessions) {
          ratingRows.push([randomUUID(), closedId, s.id, rng.weighted([[5, 6], [4, 3], [3, 1]] as const), rng.weighted([[5, 6], [4, 3], [3, 1]] as const), rng.chance(0.15) ? rng.pick(['内容很有针对性', '案例生动，受益匪浅', '建议多安排互动研讨', '现场教学震撼人心']) : '']);
        }
        if (rng.chance(0.3)) ratingRows.push([randomUUID(), closedId, null, null, null, rng.pick(['建议以后多组织现场教学', '希望增加对标先进地区的内容', '时间安排紧凑合理'])]);
      }
    }
  }

  // ---- the open study trip: four days starting two weeks from today ----
  const tripId = randomUUID();
  const tripStart = todayMs + 14 * DAY;
  const townCadres = ctx.cadres.filter((c) => unitById.get(c.unitId)!.path.startsWith(town.path));
  const tripPeople = [cadre01, ...townCadres.filter((c) => c.id !== cadre01.id && c.id !== townAdmin.id).slice(0, 14)];
  classRows.push([
    tripId, '赴浙江安吉对标学习乡村振兴和基层治理经验', 'study_trip', town.id, town.path, iso(tripStart), iso(tripStart + 3 * DAY), '浙江省湖州市安吉县余村、鲁家村等地',
    '对标学习“绿水青山就是金山银山”理念发源地的乡村振兴、村集体经济和基层治理经验，回来后每人提交一份学习体会。', ['new_leader'], [], 30, 24, 'enrolling', null, null, townAdmin.id,
  ]);
  const trip: SessionPlan[] = [
    { day: 0, start: '14:00', end: '17:00', topic: '行前培训：学习任务与纪律要求', place: '龙门镇党委会议室', teacher: { kind: 'cadre', user: townAdmin } },
    { day: 1, start: '09:00', end: '11:30', topic: '现场教学：余村“两山”理念实践', place: '安吉县余村', teacher: { kind: 'outside', name: '余村党支部 书记' }, site: '余村“两山”理念展示馆' },
    { day: 1, start: '14:00', end: '17:00', topic: '鲁家村田园综合体与村集体经济', place: '安吉县鲁家村', teacher: { kind: 'outside', name: '鲁家村村委会 主任' } },
    { day: 2, start: '09:00', end: '11:30', topic: '数字乡村与基层治理“四治融合”', place: '安吉县乡村治理中心', teacher: { kind: 'outside', name: '安吉县委组织部 干部' } },
    { day: 3, start: '09:00', end: '11:30', topic: '对标交流：龙门镇怎么学、怎么干', place: '龙门镇党委会议室', teacher: { kind: 'lecturer', user: lecturer01 } },
  ];
  const tripSessions = trip.map((p) => ({ id: randomUUID(), ...p, startsAt: at(tripStart + p.day * DAY, p.start), endsAt: at(tripStart + p.day * DAY, p.end) }));
  tripSessions.forEach((s) => pushSession(tripId, s));
  for (const c of tripPeople) enrolRows.push([tripId, c.id, 'enrolled', townAdmin.id, new Date(ctx.now.getTime() - 2 * DAY), null, null]);
  leaveRows.push([randomUUID(), tripId, tripSessions[3]!.id, tripPeople[2]!.id, '当日需参加县防汛值班', 'pending', null, null, null, new Date(ctx.now.getTime() - DAY)]);

  // ---- a one-day class running today, so the live sign-in screen (签到二维码) has a session open to show: the working
  // day, or the two hours from now when the demo starts outside it ----
  const runningId = randomUUID();
  const halfHour = 30 * 60_000;
  const nowSlot = new Date(Math.floor(ctx.now.getTime() / halfHour) * halfHour);
  const todayStart = new Date(Math.min(at(todayMs, '08:30').getTime(), nowSlot.getTime()));
  const todayEnd = new Date(Math.max(at(todayMs, '17:30').getTime(), nowSlot.getTime() + 4 * halfHour));
  classRows.push([
    runningId, '龙门镇村（社区）“两委”干部履职能力培训班', 'special', town.id, town.path, iso(todayMs), iso(todayMs), '龙门镇党群服务中心',
    '围绕村级事务管理、矛盾纠纷化解和惠民政策落实开展一天集中培训，学员扫码签到。', [], [], 40, 6, 'running', null, null, townAdmin.id,
  ]);
  pushSession(runningId, {
    id: randomUUID(), day: 0, start: '', end: '', startsAt: todayStart, endsAt: todayEnd,
    topic: '村级事务管理与惠民政策落实', place: '龙门镇党群服务中心三楼会议室', teacher: { kind: 'cadre', user: townAdmin },
  });
  for (const c of townCadres.filter((c) => c.id !== cadre01.id && c.id !== townAdmin.id).slice(0, 20)) {
    enrolRows.push([runningId, c.id, 'enrolled', townAdmin.id, new Date(ctx.now.getTime() - 3 * DAY), null, null]);
  }

  await insertMany(
    tx,
    'training_classes',
    ['id', 'title', 'kind', 'organiser_unit_id', 'organiser_unit_path', 'start_date', 'end_date', 'venue', 'description', 'target_groups', 'target_ranks', 'capacity', 'credit_hours', 'status', 'closed_at', 'closed_by_id', 'created_by_id'],
    classRows,
  );
  await insertMany(tx, 'training_class_sessions', ['id', 'class_id', 'starts_at', 'ends_at', 'place', 'topic', 'teacher_kind', 'teacher_user_id', 'teacher_name', 'course_id', 'site_name'], sessionRows);
  await insertMany(tx, 'training_class_enrolments', ['class_id', 'user_id', 'status', 'enrolled_by_id', 'enrolled_at', 'withdrawn_at', 'credited_hours'], enrolRows);
  await insertMany(tx, 'training_class_attendance', ['session_id', 'user_id', 'present', 'method', 'marked_by_id', 'recorded_at'], attendanceRows);
  await insertMany(tx, 'training_class_leaves', ['id', 'class_id', 'session_id', 'user_id', 'reason', 'status', 'decided_by_id', 'decided_at', 'decision_note', 'created_at'], leaveRows);
  await insertMany(tx, 'training_class_evaluators', ['class_id', 'user_id'], evaluatorRows);
  await insertMany(tx, 'training_class_ratings', ['id', 'class_id', 'session_id', 'content_rating', 'teacher_rating', 'comment'], ratingRows);
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  await insertMany(
    tx,
    'cadre_year_hours',
    ['user_id', 'year', 'total_hours', 'class_hours'],
    ledgerRows.map((r) => [r[0], jan, closedHours, closedHours]),
    `ON CONFLICT (user_id, year) DO UPDATE SET total_hours = cadre_year_hours.total_hours + EXCLUDED.class_hours,
       class_hours = cadre_year_hours.class_hours + EXCLUDED.class_hours`,
  );

  // The close-out documents: the sign-in sheet and the timetable, drawn as images.
  const sheet = sheetSvg('签到表', ['姓名', '职务', ...closedSessions.map((_, i) => `第${i + 1}课`)], leaders.map((c) => [c.name, c.position, ...closedSessions.map(() => '✓')]));
  const table = sheetSvg('课程表', ['日期', '时间', '专题', '授课人', '地点'], closedSessions.map((s) => [iso(first + s.day * DAY), `${s.start}–${s.end}`, s.topic, s.teacher.kind === 'outside' ? s.teacher.name : s.teacher.user.name, s.place]));
  const fileRows: unknown[][] = [];
  const attachmentRows: unknown[][] = [];
  for (const [position, [kind, name, svg]] of ([['sign_in_sheet', '签到表.png', sheet], ['timetable', '课程表.png', table]] as const).entries()) {
    const id = randomUUID();
    const temp = join(ctx.storage.tempDir(), `${id}.png`);
    await sharp(Buffer.from(svg)).png().toFile(temp);
    const thumbTemp = join(ctx.storage.tempDir(), `${id}.thumb.jpg`);
    await sharp(temp).resize(480, 480, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toFile(thumbTemp);
    const key = `class_attachment/demo/${id}.png`;
    const thumbKey = `class_attachment/demo/${id}.thumb.jpg`;
    const size = statSync(temp).size;
    const sha = createHash('sha256').update(readFileSync(temp)).digest('hex');
    await ctx.storage.put(key, temp);
    await ctx.storage.put(thumbKey, thumbTemp);
    fileRows.push([id, 'class_attachment', name, 'image/png', size, sha, key, thumbKey, admin.id, orgDept.path, 'private']);
    attachmentRows.push([closedId, id, kind, position]);
  }
  await insertMany(tx, 'stored_files', ['id', 'purpose', 'original_name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'thumbnail_key', 'owner_id', 'owner_unit_path', 'visibility'], fileRows);
  await insertMany(tx, 'training_class_attachments', ['class_id', 'file_id', 'kind', 'position'], attachmentRows);
  return { classes: classRows.length, sessions: sessionRows.length };
}

/** A plain table as SVG: a title, a header row and the rows, for the demo's close-out documents. */
function sheetSvg(title: string, header: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const widths = header.map((h, i) => Math.min(360, Math.max(56, ...[h, ...rows.map((r) => r[i] ?? '')].map((s) => s.length * 16 + 16))));
  const width = widths.reduce((a, b) => a + b, 0) + 40;
  const rowH = 30;
  const height = 80 + (rows.length + 1) * rowH + 20;
  const cells = [header, ...rows].flatMap((row, r) => {
    let x = 20;
    return row.map((text, c) => {
      const cell = `<rect x="${x}" y="${70 + r * rowH}" width="${widths[c]}" height="${rowH}" fill="${r === 0 ? '#f2f2f2' : '#fff'}" stroke="#999"/><text x="${x + 8}" y="${70 + r * rowH + 20}" font-size="15">${esc(text)}</text>`;
      x += widths[c]!;
      return cell;
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Noto Sans CJK SC, sans-serif"><rect width="100%" height="100%" fill="#fff"/><text x="${width / 2}" y="45" font-size="24" text-anchor="middle">${esc(title)}</text>${cells.join('')}</svg>`;
}
