import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_COURSE_HOUR_RULE, type CadreGroup } from '@cadre/shared';
import type { EntityManager } from 'typeorm';
import { todayInShanghai } from '../../common/time';
import type { RequiredCoursesService } from '../courses/required-courses.service';
import { refreshCourseHours } from '../learning/course-hours';
import type { FileStorage } from '../files/file-storage';
import { insertMany } from './bulk';
import { CATEGORY_COVER, CATEGORY_PDF, DEMO_COURSES, DEMO_VIDEO, demoArticle, type DemoCourse } from './demo-catalogue';
import type { CadreRow, UnitRow } from './demo-city';
import { DEMO_TOWN } from './demo-names';
import { SeededRandom } from './random';

interface Context {
  tx: EntityManager;
  storage: FileStorage;
  assetsDir: string;
  year: number;
  now: Date;
  units: UnitRow[];
  cadres: CadreRow[];
  required: RequiredCoursesService;
}

interface SeededCourse {
  id: string;
  demo: DemoCourse;
  lessonIds: string[];
  lessonKinds: string;
}

const DAY = 86_400_000;

/**
 * The demo city's learning: the catalogue with its media, the year's plan, assignments (派课) and required-course
 * enrolments, a year of progress with completion rates that differ by town (two towns lag behind), the ledger and
 * yearly totals that follow from it, and offline training claims. Deterministic except that completion dates are
 * spread over the part of the year that has passed.
 */
export async function seedDemoLearning(ctx: Context): Promise<{ courses: number; enrollments: number; ledgerEntries: number }> {
  const rng = new SeededRandom(20_260_303);
  const { tx, year, now } = ctx;
  const jan1 = Date.parse(`${year}-01-01T00:00:00+08:00`);
  const elapsedDays = Math.max(1, Math.floor((now.getTime() - jan1) / DAY));
  const dayOfYear = (offset: number) => new Date(jan1 + offset * DAY);
  const dateOf = (d: Date) => todayInShanghai(d);
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  const city = ctx.units[0]!;
  const town = ctx.units.find((u) => u.name === DEMO_TOWN)!;
  const admin = ctx.cadres.find((c) => c.username === 'zzb_admin')!;
  const townAdmin = ctx.cadres.find((c) => c.username === 'town_admin')!;

  // Media: copied into the storage like any upload.
  const fileIds = new Map<string, string>();
  const fileRows: unknown[][] = [];
  const mime: Record<string, string> = { mp4: 'video/mp4', pdf: 'application/pdf', png: 'image/png' };
  const purpose: Record<string, string> = { mp4: 'lesson_video', pdf: 'lesson_document', png: 'course_cover' };
  for (const name of new Set([DEMO_VIDEO.file, ...Object.values(CATEGORY_PDF), ...Object.values(CATEGORY_COVER)])) {
    const ext = name.split('.').pop()!;
    const id = randomUUID();
    const source = join(ctx.assetsDir, name);
    const temp = join(ctx.storage.tempDir(), `${id}.${ext}`);
    copyFileSync(source, temp);
    const key = `${purpose[ext]}/demo/${id}.${ext}`;
    await ctx.storage.put(key, temp);
    fileIds.set(name, id);
    fileRows.push([id, purpose[ext], name, mime[ext], statSync(source).size, createHash('sha256').update(readFileSync(source)).digest('hex'), key, admin.id, city.path, 'catalogue']);
  }
  await insertMany(tx, 'stored_files', ['id', 'purpose', 'original_name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'owner_id', 'owner_unit_path', 'visibility'], fileRows);

  // The catalogue.
  const categories = new Map(((await tx.query('SELECT id, name FROM course_categories')) as { id: string; name: string }[]).map((c) => [c.name, c.id]));
  const courses: SeededCourse[] = [];
  const courseRows: unknown[][] = [];
  const targetRows: unknown[][] = [];
  const lessonRows: unknown[][] = [];
  DEMO_COURSES.forEach((demo, index) => {
    const id = randomUUID();
    const owner = demo.town ? town : city;
    const publishedAt = demo.town ? dayOfYear(3) : new Date(jan1 - (index + 5) * 7 * DAY);
    courseRows.push([id, demo.title, demo.summary, fileIds.get(CATEGORY_COVER[demo.category]), categories.get(demo.category), demo.hours, 'published', owner.id, demo.lessons.length, admin.id, publishedAt, publishedAt]);
    const targets = new Map<CadreGroup, boolean>();
    for (const g of demo.elective) targets.set(g, false);
    for (const g of demo.required) targets.set(g, true);
    for (const [group, required] of targets) targetRows.push([id, group, required]);
    const lessonIds: string[] = [];
    let article = 0;
    [...demo.lessons].forEach((kind, i) => {
      const lessonId = randomUUID();
      lessonIds.push(lessonId);
      const position = i + 1;
      if (kind === 'v') {
        lessonRows.push([lessonId, id, position, `第${position}讲 专题讲座（视频）`, 'video', DEMO_VIDEO.seconds, fileIds.get(DEMO_VIDEO.file), null, null, null]);
      } else if (kind === 'a') {
        article += 1;
        // An article asks for its length's reading time (the server derives it) unless the course sets one; the draw
        // that used to pick a fixed time stays, so the rest of the demo comes out as before.
        const seconds = demo.readingSeconds ?? null;
        if (seconds === null) rng.int(0, 4);
        lessonRows.push([lessonId, id, position, article === 1 ? `第${position}讲 学习导读` : `第${position}讲 延伸阅读`, 'article', null, null, demoArticle(demo.title, article), seconds, null]);
      } else {
        lessonRows.push([lessonId, id, position, `第${position}讲 学习材料（PDF）`, 'document', null, null, null, 30, fileIds.get(CATEGORY_PDF[demo.category])]);
      }
    });
    courses.push({ id, demo, lessonIds, lessonKinds: demo.lessons });
  });
  await insertMany(tx, 'courses', ['id', 'title', 'summary', 'cover_file_id', 'category_id', 'credit_hours', 'status', 'owner_unit_id', 'lesson_count', 'created_by_id', 'published_at', 'created_at'], courseRows);
  await insertMany(tx, 'course_targets', ['course_id', 'cadre_group', 'required'], targetRows);
  await insertMany(tx, 'lessons', ['id', 'course_id', 'position', 'title', 'type', 'duration_seconds', 'video_file_id', 'body', 'min_reading_seconds', 'document_file_id'], lessonRows);
  // The demo's 学时 stay as designed: where the lessons' lengths give the same figure the course follows the rule,
  // otherwise the figure is a 手动核定 with its reason (so the catalogue shows both kinds).
  const demoIds = courses.map((c) => c.id);
  await tx.query(`UPDATE courses SET hours_override = credit_hours, hours_override_reason = '按课程设计核定（含研讨与测试）' WHERE id = ANY($1::uuid[])`, [demoIds]);
  for (const id of demoIds) await refreshCourseHours(tx, DEFAULT_COURSE_HOUR_RULE, id);
  await tx.query('UPDATE courses SET hours_override = NULL, hours_override_reason = NULL WHERE id = ANY($1::uuid[]) AND hours_override = derived_hours', [demoIds]);
  const byKey = new Map(courses.map((c) => [c.demo.key, c]));

  // The year's plan: 50 hours for everyone, more for new leaders and division-level cadres.
  await insertMany(tx, 'training_plan_rules', ['year', 'cadre_group', 'rank_level', 'required_hours', 'note'], [
    [year, null, null, 50, '干部网络学习每年不少于50学时'],
    [year, 'new_leader', null, 60, '新任职领导干部任职培训'],
    [year, null, 'chu', 60, '县处级领导干部'],
  ]);

  // Assignments: the 20th Congress course to the whole city, the town's micro-course to the town.
  const c20 = byKey.get('c20')!;
  const jf = byKey.get('jf')!;
  const cityAssignment = randomUUID();
  const townAssignment = randomUUID();
  const cityDue = dateOf(dayOfYear(180));
  await tx.query(
    `INSERT INTO enrollments (user_id, course_id, source, required, due_date, assignment_id)
     SELECT u.id, $1, 'assigned', true, $2::date, $3 FROM users u WHERE u.status = 'active'`,
    [c20.id, cityDue, cityAssignment],
  );
  await tx.query(
    `INSERT INTO enrollments (user_id, course_id, source, required, due_date, assignment_id)
     SELECT u.id, $1, 'assigned', true, $2::date, $3 FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE ou.path LIKE $4 || '%'`,
    [jf.id, `${year}-12-31`, townAssignment, town.path],
  );
  const [{ n: cityCount }] = (await tx.query('SELECT count(*)::int AS n FROM enrollments WHERE assignment_id = $1', [cityAssignment])) as [{ n: number }];
  const [{ n: townCount }] = (await tx.query('SELECT count(*)::int AS n FROM enrollments WHERE assignment_id = $1', [townAssignment])) as [{ n: number }];
  await insertMany(tx, 'course_assignments', ['id', 'course_id', 'target_type', 'unit_id', 'scope_path', 'due_date', 'required', 'enrolled_count', 'created_by_id', 'created_at'], [
    [cityAssignment, c20.id, 'unit', city.id, city.path, cityDue, true, cityCount, admin.id, dayOfYear(10)],
    [townAssignment, jf.id, 'unit', town.id, town.path, `${year}-12-31`, true, townCount, townAdmin.id, dayOfYear(12)],
  ]);

  // Required courses for the key groups, as the hourly job would enrol them.
  await ctx.required.sync(tx);

  // Some cadres choose electives themselves.
  const electives = courses.filter((c) => !c.demo.town && c.demo.required.length === 0);
  const selfRows: unknown[][] = [];
  for (const cadre of ctx.cadres) {
    if (!rng.chance(0.22)) continue;
    const picks = new Set([rng.pick(electives), rng.pick(electives)]);
    for (const course of picks) selfRows.push([cadre.id, course.id, 'self', false]);
  }
  if (selfRows.length) {
    await tx.query(
      `INSERT INTO enrollments (user_id, course_id, source, required)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::boolean[]) ON CONFLICT (user_id, course_id) DO NOTHING`,
      [selfRows.map((r) => r[0]), selfRows.map((r) => r[1]), selfRows.map((r) => r[2]), selfRows.map((r) => r[3])],
    );
  }

  // Progress over the year. Diligence differs by top-level unit; two towns lag behind (推进迟缓).
  const diligence = new Map<string, number>();
  for (const unit of ctx.units.filter((u) => u.depth === 1)) {
    const lagging = unit.name === '河湾镇' || unit.name === '安平镇';
    diligence.set(unit.id, lagging ? 0.22 + rng.next() * 0.1 : unit.kind === 'enterprise' || unit.kind === 'social_org' ? 0.45 + rng.next() * 0.2 : 0.6 + rng.next() * 0.3);
  }
  const topUnit = (unitId: string): string => {
    let unit = unitById.get(unitId)!;
    while (unit.depth > 1) unit = unitById.get(unit.parentId!)!;
    return unit.id;
  };
  const cadreById = new Map(ctx.cadres.map((c) => [c.id, c]));
  const courseById = new Map(courses.map((c) => [c.id, c]));
  const enrollments = (await tx.query('SELECT id, user_id, course_id, source FROM enrollments')) as { id: string; user_id: string; course_id: string; source: string }[];
  const cadre01 = ctx.cadres.find((c) => c.username === 'cadre01')!;
  // cadre01 (a new leader): one required course done, two under way, the rest (and the town's micro-course) not begun.
  const cadre01Plan: Record<string, number> = { c20: 1, lz: -1, xsx: 2, dy: 0, lj: 0, fz: 0, jf: 0 };

  const updates: { id: string; status: string; completed: number; startedAt: Date | null; completedAt: Date | null; lastLesson: string | null; createdAt: Date }[] = [];
  const progressRows: unknown[][] = [];
  const ledger: { userId: string; hours: number; courseId: string; title: string; at: Date }[] = [];
  for (const e of enrollments) {
    const course = courseById.get(e.course_id)!;
    const cadre = cadreById.get(e.user_id)!;
    const lessons = course.lessonIds.length;
    let done: number;
    if (cadre.id === cadre01.id) {
      const planned = cadre01Plan[course.demo.key] ?? 0;
      done = planned < 0 ? lessons : Math.min(planned, lessons);
    } else if (course.demo.key === 'jf') {
      done = rng.chance(0.5) ? lessons : 0;
    } else {
      const p = (diligence.get(topUnit(cadre.unitId)) ?? 0.5) * (e.source === 'self' ? 1.1 : 1);
      done = rng.chance(Math.min(0.97, p)) ? lessons : rng.chance(0.5) ? rng.int(0, lessons - 1) : 0;
    }
    const createdAt = dayOfYear(rng.int(0, Math.min(20, elapsedDays - 1)));
    if (done === 0) {
      updates.push({ id: e.id, status: 'in_progress', completed: 0, startedAt: null, completedAt: null, lastLesson: null, createdAt });
      continue;
    }
    const startedAt = dayOfYear(rng.int(0, Math.max(0, elapsedDays - 2)));
    const finishBy = Math.min(now.getTime() - 12 * 3_600_000, startedAt.getTime() + rng.int(1, 20) * DAY + rng.int(8, 20) * 3_600_000);
    const completedAt = new Date(Math.max(startedAt.getTime(), finishBy));
    const finished = done === lessons;
    for (let i = 0; i < done; i++) {
      const kind = course.lessonKinds[i];
      const credited = kind === 'v' ? DEMO_VIDEO.seconds : kind === 'd' ? 45 : (course.demo.readingSeconds ?? 120) + 10;
      progressRows.push([e.user_id, course.lessonIds[i], kind === 'v' ? DEMO_VIDEO.seconds : credited, credited, kind === 'v' ? DEMO_VIDEO.seconds : 0, kind !== 'v', completedAt, completedAt]);
    }
    updates.push({
      id: e.id,
      status: finished ? 'completed' : 'in_progress',
      completed: done,
      startedAt,
      completedAt: finished ? completedAt : null,
      lastLesson: course.lessonIds[done - 1]!,
      createdAt,
    });
    if (finished) ledger.push({ userId: e.user_id, hours: course.demo.hours, courseId: course.id, title: course.demo.title, at: completedAt });
  }
  await tx.query(
    `UPDATE enrollments e SET status = u.status, completed_lessons = u.completed,
            progress_percent = CASE WHEN u.status = 'completed' THEN 100 ELSE LEAST(99, (u.completed * 100) / GREATEST(c.lesson_count, 1)) END,
            started_at = u.started_at, completed_at = u.completed_at, last_activity_at = COALESCE(u.completed_at, u.started_at),
            last_lesson_id = u.last_lesson, created_at = u.created_at
       FROM unnest($1::uuid[], $2::varchar[], $3::int[], $4::timestamptz[], $5::timestamptz[], $6::uuid[], $7::timestamptz[])
            AS u(id, status, completed, started_at, completed_at, last_lesson, created_at), courses c
      WHERE e.id = u.id AND c.id = e.course_id`,
    [
      updates.map((u) => u.id),
      updates.map((u) => u.status),
      updates.map((u) => u.completed),
      updates.map((u) => u.startedAt),
      updates.map((u) => u.completedAt),
      updates.map((u) => u.lastLesson),
      updates.map((u) => u.createdAt),
    ],
  );
  await insertMany(tx, 'lesson_progress', ['user_id', 'lesson_id', 'position_seconds', 'credited_seconds', 'furthest_seconds', 'reached_end', 'last_report_at', 'completed_at'], progressRows);

  // Offline training claims: last year's party-school training for many, and this year's claims in the demo town.
  const claimRows: unknown[][] = [];
  const claimLedger: { userId: string; hours: number; claimId: string; title: string; at: Date }[] = [];
  for (const cadre of ctx.cadres) {
    if (!rng.chance(0.4)) continue;
    const id = randomUUID();
    const end = `${year - 1}-${String(rng.int(3, 11)).padStart(2, '0')}-${String(rng.int(10, 26)).padStart(2, '0')}`;
    const hours = rng.pick([16, 24, 32, 40]);
    const title = rng.pick(['市委党校中青年干部培训班', '全市干部作风能力提升专题轮训', '基层干部乡村振兴专题培训', '依法行政能力提升培训班']);
    claimRows.push([id, cadre.id, title, 'party_school', '中共示范市委党校', `${end.slice(0, 8)}0${rng.int(1, 5)}`, end, hours, 'approved', admin.id, new Date(`${end}T18:00:00+08:00`), unitById.get(cadre.unitId)!.path, new Date(`${end}T12:00:00+08:00`)]);
    claimLedger.push({ userId: cadre.id, hours, claimId: id, title, at: new Date(`${end}T12:00:00+08:00`) });
  }
  // This year's rotation training (专题轮训) at the party school, once the year is two months old: about half the cadres
  // went, so the year's hours vary and some cadres already meet the yearly target. Its own generator keeps the rest of the
  // seed as it was.
  if (elapsedDays >= 60) {
    const rotation = new SeededRandom(20_260_909);
    for (const cadre of ctx.cadres) {
      if (!rotation.chance(0.55)) continue;
      const id = randomUUID();
      const offset = rotation.int(Math.floor(elapsedDays * 0.3), elapsedDays - 10);
      const day = dayOfYear(offset);
      const end = dateOf(day);
      const start = dateOf(dayOfYear(offset - 4));
      const hours = rotation.pick([24, 32, 40]);
      const title = rotation.pick([`${year}年全市干部作风能力提升专题轮训`, `${year}年学习贯彻党的二十大精神专题培训班`, `${year}年基层干部履职能力提升培训班`]);
      claimRows.push([id, cadre.id, title, 'jizhong_lunxun', '中共示范市委党校', start, end, hours, 'approved', admin.id, new Date(day.getTime() + 6 * 3_600_000), unitById.get(cadre.unitId)!.path, day]);
      claimLedger.push({ userId: cadre.id, hours, claimId: id, title, at: day });
    }
  }
  const townCadres = ctx.cadres.filter((c) => unitById.get(c.unitId)!.path.startsWith(town.path) && c.username !== 'town_admin').slice(0, 6);
  townCadres.forEach((cadre, i) => {
    const id = randomUUID();
    const day = dayOfYear(Math.max(1, elapsedDays - 30 + i * 3));
    const date = dateOf(day);
    const approved = i === 0;
    claimRows.push([id, cadre.id, ['市委党校乡镇干部专题培训班', '县级融媒体应用能力培训', '应急管理业务培训', '乡村振兴示范村观摩学习'][i % 4], i % 4 === 0 ? 'party_school' : 'other_centralized', ['中共示范市委党校', '市委宣传部', '市应急管理局', '市农业农村局'][i % 4], date, date, [8, 6, 7.5, 4][i % 4], approved ? 'approved' : 'pending', approved ? townAdmin.id : null, approved ? day : null, unitById.get(cadre.unitId)!.path, day]);
    if (approved) claimLedger.push({ userId: cadre.id, hours: 8, claimId: id, title: '市委党校乡镇干部专题培训班', at: day });
  });
  await insertMany(tx, 'offline_claims', ['id', 'user_id', 'title', 'kind', 'organizer', 'start_date', 'end_date', 'hours', 'status', 'reviewed_by_id', 'reviewed_at', 'unit_path', 'created_at'], claimRows);

  // The ledger and the yearly totals that follow from it.
  const ledgerRows: unknown[][] = [];
  const totals = new Map<string, { userId: string; year: number; course: number; offline: number }>();
  const add = (userId: string, at: Date, hours: number, kind: 'course' | 'offline') => {
    const y = Number(todayInShanghai(at).slice(0, 4));
    const key = `${userId}|${y}`;
    const row = totals.get(key) ?? { userId, year: y, course: 0, offline: 0 };
    row[kind] += hours;
    totals.set(key, row);
    return y;
  };
  for (const l of ledger) {
    const cadre = cadreById.get(l.userId)!;
    ledgerRows.push([l.userId, add(l.userId, l.at, l.hours, 'course'), l.hours, 'course', l.courseId, `课程：${l.title}`, cadre.unitId, unitById.get(cadre.unitId)!.path, l.at]);
  }
  for (const l of claimLedger) {
    const cadre = cadreById.get(l.userId)!;
    ledgerRows.push([l.userId, add(l.userId, l.at, l.hours, 'offline'), l.hours, 'offline_training', l.claimId, `线下培训：${l.title}`, cadre.unitId, unitById.get(cadre.unitId)!.path, l.at]);
  }
  await insertMany(tx, 'ledger_entries', ['user_id', 'year', 'hours', 'source', 'source_ref_id', 'description', 'unit_id', 'unit_path', 'earned_at'], ledgerRows);
  await insertMany(
    tx,
    'cadre_year_hours',
    ['user_id', 'year', 'total_hours', 'course_hours', 'offline_training_hours'],
    [...totals.values()].map((t) => [t.userId, t.year, t.course + t.offline, t.course, t.offline]),
  );
  return { courses: courses.length, enrollments: enrollments.length, ledgerEntries: ledgerRows.length };
}
