import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DEFAULT_LECTURE_HOURS, LECTURE_FORMAT_LABELS, LECTURE_FORMATS, type LectureFormat } from '@cadre/shared';
import type { ArchiveDto } from '../../server/src/modules/courses/dto/my-learning.dto';
import type {
  CoverageDto,
  FeedbackSummaryDto,
  LectureSessionDto,
  LectureStatsDto,
  LectureTeamDetailDto,
  LectureTeamDto,
  LectureTopicDto,
  PublicLectureSessionDto,
} from '../../server/src/modules/lectures/dto/lecture.dto';
import { DEVICE_TOKEN_TTL_MS, feedbackKey, issueDeviceToken, newDeviceId } from '../../server/src/modules/lectures/feedback-device';
import { createCadre, createUnit, uniq, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, fetchBytes, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import {
  auditRowsBy,
  createSession,
  createTeam,
  createTopic,
  detailFields,
  DEVICE_COOKIE,
  deviceCookieOf,
  expectError,
  expectOk,
  ledgerForSession,
  lectureYearHours,
  listedSessionIds,
  newDevice,
  postFeedback,
  rateAsNewDevice,
  returnSession,
  rolesOf,
  sessionBody,
  setMembers,
  submitSession,
  verifiedSession,
  verifySession,
  type SessionSpec,
} from '../helpers/lectures';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import { buildWorld, type World } from '../helpers/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Everything here happens in past years nobody else uses, so ledger years, statistics and archives are exact and no
 * test depends on today's date: the session rules in 2018, the figures in 2019 (and one session just inside 2020).
 */
const FLOW_YEAR = 2018;
const STATS_YEAR = 2019;
/** A moment of FLOW_YEAR in Asia/Shanghai: 10:00 on day n (1–28) of April. */
const flowTime = (day: number) => `${FLOW_YEAR}-04-${String(day).padStart(2, '0')}T10:00:00+08:00`;

interface TopicList {
  items: LectureTopicDto[];
}
interface TeamList {
  items: LectureTeamDto[];
}

describe('theory lectures (宣讲): teams, sessions, feedback and figures', () => {
  let t: TestApp;
  let w: World;
  /** A town-A village besides w.villageA. */
  let villageA2: UnitRef;
  /** A member of team A who is named on no session of the draft tests. */
  let teammate: { user: CadreRef; agent: Agent };
  /** A lecturer of town B's team. */
  let lecturerB: { user: CadreRef; agent: Agent };
  let topic: LectureTopicDto;
  /** Grassroots team of town A: lecturerA (leader), cadreA, unitAdminA and the teammate. */
  let teamA: LectureTeamDetailDto;
  /** Grassroots team of town B: lecturerB. */
  let teamB: LectureTeamDetailDto;

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    villageA2 = await createUnit(t.db, w.townA, 'village');
    teammate = await person(w.townA, ['cadre', 'lecturer']);
    lecturerB = await person(w.villageB, ['cadre', 'lecturer']);
    topic = await createTopic(w.as.orgAdmin);
    teamA = await createTeam(w.as.unitAdminA, w.townA.id);
    teamA = await setMembers(w.as.unitAdminA, teamA.id, [
      { userId: w.users.lecturerA.id, leader: true },
      { userId: w.users.cadreA.id },
      { userId: w.users.unitAdminA.id },
      { userId: teammate.user.id },
    ]);
    teamB = await createTeam(w.as.unitAdminB, w.townB.id);
    teamB = await setMembers(w.as.unitAdminB, teamB.id, [{ userId: lecturerB.user.id, leader: true }]);
  });
  afterAll(async () => {
    await t.close();
  });

  async function person(unit: UnitRef, roles: ('cadre' | 'lecturer' | 'unit_admin' | 'org_admin')[] = ['cadre'], scopeUnit?: UnitRef) {
    const user = await createCadre(t.db, unit, { roles, ...(scopeUnit ? { scopeUnit } : {}) });
    return { user, agent: await signIn(t.http, user) };
  }

  /** A session of team A held in village A in FLOW_YEAR, given by lecturerA and cadreA unless told otherwise. */
  function flowSpec(overrides: Partial<SessionSpec> = {}): SessionSpec {
    return {
      teamId: teamA.id,
      topicId: topic.id,
      hostUnitId: w.villageA.id,
      lecturerIds: [w.users.lecturerA.id, w.users.cadreA.id],
      startedAt: flowTime(10),
      ...overrides,
    };
  }

  async function getSession(agent: Agent, id: string): Promise<LectureSessionDto> {
    return expectOk<LectureSessionDto>(await agent.get(`/api/lecture-sessions/${id}`), 200, `get session ${id}`);
  }

  async function topics(agent: Agent, includeInactive = false): Promise<LectureTopicDto[]> {
    return expectOk<TopicList>(await agent.get(`/api/lecture-topics${includeInactive ? '?includeInactive=true' : ''}`), 200, 'list topics').items;
  }

  async function teams(agent: Agent, query = ''): Promise<LectureTeamDto[]> {
    return expectOk<TeamList>(await agent.get(`/api/lecture-teams${query}`), 200, 'list teams').items;
  }

  async function hourRule(format: LectureFormat): Promise<number> {
    const { items } = expectOk<{ items: { source: string; kind: string; hours: number }[] }>(await w.as.orgAdmin.get('/api/hour-rules'), 200, 'hour rules');
    const rule = items.find((r) => r.source === 'lecture_given' && r.kind === format);
    if (!rule) throw new Error(`no hour rule for ${format}`);
    return rule.hours;
  }

  // ---- teams and topics -----------------------------------------------------------------------------------------

  describe('teams ("1＋6＋N") and topics', () => {
    test('a unit admin sets up a grassroots team in their town; municipal and specialised teams are the org admin’s (403)', async () => {
      const name = uniq('龙门镇宣讲队');
      const res = await w.as.unitAdminA.post('/api/lecture-teams', { name, level: 'grassroots', homeUnitId: w.townA.id, description: '基层宣讲' });
      const team = expectOk<LectureTeamDetailDto>(res, 201, 'create grassroots team');
      expect(team).toMatchObject({
        name,
        level: 'grassroots',
        homeUnitId: w.townA.id,
        homeUnitName: w.townA.name,
        description: '基层宣讲',
        active: true,
        memberCount: 0,
        members: [],
        mine: false,
        canManage: true,
      });
      const audit = await auditRowsFor(t.db, team.id, 'lecture_team.changed');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, unit_path: w.townA.path });

      for (const level of ['municipal', 'specialised']) {
        expectError(await w.as.unitAdminA.post('/api/lecture-teams', { name: uniq('宣讲团'), level, homeUnitId: w.townA.id }), 403, 'common/forbidden');
      }
      // Another town is not in scope at all.
      const other = await w.as.unitAdminA.post('/api/lecture-teams', { name: uniq('宣讲队'), level: 'grassroots', homeUnitId: w.townB.id });
      expectError(other, 404, 'common/not_found');
      expect(detailFields(other)).toEqual(['homeUnitId']);
      expectError(await w.as.lecturerA.post('/api/lecture-teams', { name: uniq('宣讲队'), level: 'grassroots', homeUnitId: w.townA.id }), 403, 'common/forbidden');

      const municipal = await createTeam(w.as.orgAdmin, w.root.id, { level: 'municipal' });
      expect(municipal).toMatchObject({ level: 'municipal', homeUnitId: w.root.id, canManage: true });
      const listed = await teams(w.as.unitAdminA);
      expect(listed.find((x) => x.id === municipal.id)).toMatchObject({ canManage: false });
      expect(listed.find((x) => x.id === team.id)).toMatchObject({ canManage: true });
      // Municipal first, then grassroots.
      expect(listed.findIndex((x) => x.id === municipal.id)).toBeLessThan(listed.findIndex((x) => x.id === team.id));
    });

    test('another town’s admin sees a team but cannot manage it (404); a specialised team in the town is the org admin’s (403)', async () => {
      const team = await createTeam(w.as.unitAdminA, w.townA.id);
      expect((await teams(w.as.unitAdminB)).find((x) => x.id === team.id)).toMatchObject({ canManage: false });
      expectError(await w.as.unitAdminB.patch(`/api/lecture-teams/${team.id}`, { name: uniq('改名') }), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.put(`/api/lecture-teams/${team.id}/members`, { members: [{ userId: w.users.cadreB.id }] }), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.patch(`/api/lecture-teams/${randomUUID()}`, { name: uniq('改名') }), 404, 'common/not_found');
      const unchanged = expectOk<LectureTeamDetailDto>(await w.as.unitAdminA.get(`/api/lecture-teams/${team.id}`), 200, 'get team');
      expect(unchanged).toMatchObject({ name: team.name, memberCount: 0 });

      const renamed = uniq('新名称');
      const patched = expectOk<LectureTeamDetailDto>(await w.as.unitAdminA.patch(`/api/lecture-teams/${team.id}`, { name: renamed, description: '说明' }), 200, 'rename');
      expect(patched).toMatchObject({ name: renamed, description: '说明', active: true });
      // An empty change changes nothing and is not an error.
      expect(expectOk<LectureTeamDetailDto>(await w.as.unitAdminA.patch(`/api/lecture-teams/${team.id}`, {}), 200, 'empty patch')).toMatchObject({ name: renamed });

      // Retired: gone from the list unless asked for.
      expectOk(await w.as.unitAdminA.patch(`/api/lecture-teams/${team.id}`, { active: false }), 200, 'retire');
      expect((await teams(w.as.unitAdminA)).map((x) => x.id)).not.toContain(team.id);
      expect((await teams(w.as.unitAdminA, '?includeInactive=true')).find((x) => x.id === team.id)).toMatchObject({ active: false });
      // ... and it takes no new sessions.
      await setMembers(w.as.unitAdminA, team.id, [{ userId: w.users.lecturerA.id }]);
      const retired = await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ teamId: team.id, lecturerIds: [w.users.lecturerA.id] })));
      expectError(retired, 404, 'common/not_found');
      expect(detailFields(retired)).toEqual(['teamId']);

      const specialised = await createTeam(w.as.orgAdmin, w.townA.id, { level: 'specialised' });
      expect((await teams(w.as.unitAdminA)).find((x) => x.id === specialised.id)).toMatchObject({ canManage: false });
      expectError(await w.as.unitAdminA.patch(`/api/lecture-teams/${specialised.id}`, { name: uniq('改名') }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.put(`/api/lecture-teams/${specialised.id}/members`, { members: [] }), 403, 'common/forbidden');
    });

    test('setting members grants the lecturer role at once; cadres outside the caller’s scope are a 404 and change nothing', async () => {
      const team = await createTeam(w.as.unitAdminA, w.townA.id);
      const newbie = await person(w.villageA);
      expect(await rolesOf(t.db, newbie.user.id)).toEqual(['cadre']);
      expectError(await newbie.agent.get('/api/lecture-sessions'), 403, 'common/forbidden');

      const set = await setMembers(w.as.unitAdminA, team.id, [{ userId: w.users.lecturerA.id, leader: true }, { userId: newbie.user.id }]);
      expect(set.memberCount).toBe(2);
      expect(set.members.map((m) => [m.userId, m.leader, m.unitName])).toEqual([
        [w.users.lecturerA.id, true, w.townA.name],
        [newbie.user.id, false, w.villageA.name],
      ]);
      expect((await rolesOf(t.db, newbie.user.id)).sort()).toEqual(['cadre', 'lecturer']);
      // Roles are read live: the token the cadre already holds now lets them log sessions.
      expectOk(await newbie.agent.get('/api/lecture-sessions'), 200, 'lecturer lists sessions');
      expect((await teams(newbie.agent, '?mine=true')).map((x) => [x.id, x.mine])).toEqual([[team.id, true]]);

      const audit = await auditRowsFor(t.db, team.id, 'lecture_team.changed');
      expect(audit.at(-1)?.details).toEqual({ joined: [w.users.lecturerA.id, newbie.user.id], left: [], lecturerRoleGranted: [newbie.user.id] });

      // Town B's cadre, an unknown id: 404 naming the entries; the members stay as they were.
      const outOfScope = await w.as.unitAdminA.put(`/api/lecture-teams/${team.id}/members`, {
        members: [{ userId: w.users.lecturerA.id }, { userId: w.users.cadreB.id }, { userId: randomUUID() }],
      });
      expectError(outOfScope, 404, 'common/not_found');
      expect(detailFields(outOfScope)).toEqual(['members.1.userId', 'members.2.userId']);
      expect(await rolesOf(t.db, w.users.cadreB.id)).toEqual(['cadre']);
      const twice = await w.as.unitAdminA.put(`/api/lecture-teams/${team.id}/members`, { members: [{ userId: newbie.user.id }, { userId: newbie.user.id }] });
      expectError(twice, 400, 'common/validation_failed');
      const after = expectOk<LectureTeamDetailDto>(await w.as.unitAdminA.get(`/api/lecture-teams/${team.id}`), 200, 'get team');
      expect(after.members.map((m) => m.userId).sort()).toEqual([w.users.lecturerA.id, newbie.user.id].sort());

      // Replacing: who left is audited.
      await setMembers(w.as.unitAdminA, team.id, [{ userId: w.users.lecturerA.id }]);
      expect((await auditRowsFor(t.db, team.id, 'lecture_team.changed')).at(-1)?.details).toEqual({ joined: [], left: [newbie.user.id], lecturerRoleGranted: [] });
    });

    test('team names are unique: 409 lectures/duplicate_name on create and on rename', async () => {
      const first = await createTeam(w.as.unitAdminA, w.townA.id);
      const second = await createTeam(w.as.unitAdminA, w.villageA.id);
      const dup = await w.as.unitAdminB.post('/api/lecture-teams', { name: first.name, level: 'grassroots', homeUnitId: w.townB.id });
      expectError(dup, 409, 'lectures/duplicate_name');
      expect(detailFields(dup)).toEqual(['name']);
      expectError(await w.as.unitAdminA.patch(`/api/lecture-teams/${second.id}`, { name: first.name }), 409, 'lectures/duplicate_name');
      expect(expectOk<LectureTeamDetailDto>(await w.as.unitAdminA.get(`/api/lecture-teams/${second.id}`), 200, 'get').name).toBe(second.name);
    });

    test('topics: the org admin adds, renames, hides and deletes them; a unit admin may not (403); a topic in use is a 409', async () => {
      const name = uniq('全国两会精神');
      const created = await createTopic(w.as.orgAdmin, name, 5);
      expect(created).toEqual({ id: expect.any(String), name, sortOrder: 5, active: true, sessionCount: 0 });
      expect((await auditRowsFor(t.db, created.id, 'lecture_topic.changed')).map((r) => r.actor_id)).toEqual([w.users.orgAdmin.id]);
      expect((await topics(w.as.cadreA)).map((x) => x.id)).toContain(created.id);

      expectError(await w.as.unitAdminA.post('/api/lecture-topics', { name: uniq('主题') }), 403, 'common/forbidden');
      expectError(await w.as.lecturerA.post('/api/lecture-topics', { name: uniq('主题') }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.patch(`/api/lecture-topics/${created.id}`, { name: uniq('主题') }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.delete(`/api/lecture-topics/${created.id}`), 403, 'common/forbidden');

      expectError(await w.as.orgAdmin.post('/api/lecture-topics', { name }), 409, 'lectures/duplicate_name');
      expectError(await w.as.orgAdmin.patch(`/api/lecture-topics/${topic.id}`, { name }), 409, 'lectures/duplicate_name');

      const renamed = uniq('党的二十大精神');
      expect(expectOk<LectureTopicDto>(await w.as.orgAdmin.patch(`/api/lecture-topics/${created.id}`, { name: renamed, sortOrder: 7 }), 200, 'rename')).toMatchObject({
        name: renamed,
        sortOrder: 7,
      });
      expect(expectOk<LectureTopicDto>(await w.as.orgAdmin.patch(`/api/lecture-topics/${created.id}`, {}), 200, 'empty patch')).toMatchObject({ name: renamed });
      expectOk(await w.as.orgAdmin.patch(`/api/lecture-topics/${created.id}`, { active: false }), 200, 'hide');
      expect((await topics(w.as.lecturerA)).map((x) => x.id)).not.toContain(created.id);
      expect((await topics(w.as.lecturerA, true)).find((x) => x.id === created.id)).toMatchObject({ active: false });
      // A hidden topic takes no new sessions.
      const hidden = await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ topicId: created.id })));
      expectError(hidden, 404, 'common/not_found');
      expect(detailFields(hidden)).toEqual(['topicId']);

      expect((await w.as.orgAdmin.delete(`/api/lecture-topics/${created.id}`)).status).toBe(204);
      expect((await topics(w.as.lecturerA, true)).map((x) => x.id)).not.toContain(created.id);
      expectError(await w.as.orgAdmin.delete(`/api/lecture-topics/${created.id}`), 404, 'common/not_found');

      // In use, even by a draft: 409, and the topic stays.
      const used = await createTopic(w.as.orgAdmin);
      await createSession(w.as.lecturerA, flowSpec({ topicId: used.id }));
      expectError(await w.as.orgAdmin.delete(`/api/lecture-topics/${used.id}`), 409, 'lectures/in_use');
      expect((await topics(w.as.lecturerA)).find((x) => x.id === used.id)).toMatchObject({ sessionCount: 1, active: true });
    });
  });

  // ---- sessions -------------------------------------------------------------------------------------------------

  describe('sessions: draft → submitted → verified or returned', () => {
    test('a lecturer of the team logs a draft with a photo; the photo comes back with a thumbnail that serves a JPEG', async () => {
      const photo = await uploadFileOk(w.as.lecturerA, 'lecture_photo', PNG_BYTES, '现场.png', 'image/png');
      expect(photo.thumbnailUrl).not.toBeNull();
      const session = await createSession(w.as.lecturerA, flowSpec({ photoFileIds: [photo.id], format: 'interactive', audienceSize: 65 }));
      expect(session).toMatchObject({
        status: 'draft',
        teamId: teamA.id,
        teamName: teamA.name,
        topicId: topic.id,
        topicName: topic.name,
        hostUnitId: w.villageA.id,
        hostUnitName: w.villageA.name,
        format: 'interactive',
        audienceSize: 65,
        audienceKinds: ['villagers', 'party_members'],
        durationMinutes: 90,
        lecturers: [
          { id: w.users.lecturerA.id, name: w.users.lecturerA.name },
          { id: w.users.cadreA.id, name: w.users.cadreA.name },
        ],
        author: { id: w.users.lecturerA.id, name: w.users.lecturerA.name },
        photoCount: 1,
        creditedHours: null,
        submittedAt: null,
        reviewedAt: null,
        reviewedBy: null,
        can: { edit: true, submit: true, remove: true, verify: false, correct: false, moderate: false },
      });
      expect(new Date(session.startedAt).toISOString()).toBe(new Date(flowTime(10)).toISOString());
      expect(session.photos).toHaveLength(1);
      expect(session.photos[0]).toMatchObject({ id: photo.id, purpose: 'lecture_photo', mimeType: 'image/png' });

      const thumbnailUrl = session.photos[0]!.thumbnailUrl;
      expect(thumbnailUrl).toEqual(expect.stringContaining('thumb=1'));
      for (const url of [thumbnailUrl!, session.coverThumbnailUrl!]) {
        const thumb = await fetchBytes(t.http, url);
        expect(thumb.status).toBe(200);
        expect(thumb.headers['content-type']).toBe('image/jpeg');
        expect([...(thumb.body as Buffer).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      }
      const original = await fetchBytes(t.http, session.photos[0]!.url);
      expect(original.status).toBe(200);
      expect(Buffer.compare(original.body as Buffer, PNG_BYTES)).toBe(0);

      // Someone else's photo, or a file of another purpose, cannot be attached.
      const othersPhoto = await uploadFileOk(w.as.unitAdminA, 'lecture_photo', PNG_BYTES, 'other.png', 'image/png');
      expectError(await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ photoFileIds: [othersPhoto.id] }))), 404, 'common/not_found');
      const cover = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, 'cover.png', 'image/png');
      expectError(await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ photoFileIds: [cover.id] }))), 404, 'common/not_found');
      // A cadre who is no lecturer may not upload lecture photos.
      const refused = await request(t.http)
        .post('/api/files?purpose=lecture_photo')
        .set('Authorization', `Bearer ${w.as.cadreB.token}`)
        .attach('file', PNG_BYTES, { filename: 'x.png', contentType: 'image/png' });
      expectError(refused, 403, 'common/forbidden');
    });

    test('the author and every lecturer must be members of the team (422 lectures/not_team_member, naming the fields)', async () => {
      // A lecturer of another team.
      const outsider = await lecturerB.agent.post('/api/lecture-sessions', sessionBody(flowSpec({ lecturerIds: [w.users.lecturerA.id] })));
      expectError(outsider, 422, 'lectures/not_team_member');
      expect(detailFields(outsider)).toEqual(['teamId']);
      // Naming someone who is not on the team.
      const stranger = await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ lecturerIds: [w.users.lecturerA.id, lecturerB.user.id, w.users.cadreB.id] })));
      expectError(stranger, 422, 'lectures/not_team_member');
      expect(detailFields(stranger)).toEqual(['lecturerIds.1', 'lecturerIds.2']);
      // An admin who is not a member.
      const admin = await w.as.unitAdminB.post('/api/lecture-sessions', sessionBody(flowSpec()));
      expectError(admin, 422, 'lectures/not_team_member');
      expect(detailFields(admin)).toEqual(['teamId']);
      // A cadre without the lecturer role cannot log at all.
      expectError(await w.as.cadreB.post('/api/lecture-sessions', sessionBody(flowSpec())), 403, 'common/forbidden');
      expect(await listedSessionIds(lecturerB.agent)).toEqual([]);

      // Editing a draft to name a stranger is refused the same way.
      const draft = await createSession(w.as.lecturerA, flowSpec());
      const edit = await w.as.lecturerA.patch(`/api/lecture-sessions/${draft.id}`, { lecturerIds: [w.users.cadreB.id] });
      expectError(edit, 422, 'lectures/not_team_member');
      expect(detailFields(edit)).toEqual(['lecturerIds.0']);
      expect((await getSession(w.as.lecturerA, draft.id)).lecturers.map((l) => l.id)).toEqual([w.users.lecturerA.id, w.users.cadreA.id]);
    });

    test('a session cannot be recorded as held in the future (422 lectures/held_in_future)', async () => {
      const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString();
      const res = await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ startedAt: tomorrow })));
      expectError(res, 422, 'lectures/held_in_future');
      expect(detailFields(res)).toEqual(['startedAt']);
      const draft = await createSession(w.as.lecturerA, flowSpec());
      const edit = await w.as.lecturerA.patch(`/api/lecture-sessions/${draft.id}`, { startedAt: tomorrow });
      expectError(edit, 422, 'lectures/held_in_future');
      expect(new Date((await getSession(w.as.lecturerA, draft.id)).startedAt).toISOString()).toBe(new Date(flowTime(10)).toISOString());
      expectError(await w.as.lecturerA.post('/api/lecture-sessions', sessionBody(flowSpec({ startedAt: 'yesterday' }))), 400, 'common/validation_failed');
    });

    test('a draft is its author’s: admins and other lecturers get a 404 and do not list it', async () => {
      const draft = await createSession(w.as.lecturerA, flowSpec({ lecturerIds: [w.users.lecturerA.id] }));
      expect((await getSession(w.as.lecturerA, draft.id)).status).toBe('draft');
      expect(await listedSessionIds(w.as.lecturerA)).toContain(draft.id);
      expect(await listedSessionIds(w.as.lecturerA, 'mine=true&status=draft')).toContain(draft.id);

      for (const agent of [w.as.unitAdminA, w.as.orgAdmin, w.as.unitAdminB, teammate.agent, lecturerB.agent]) {
        expectError(await agent.get(`/api/lecture-sessions/${draft.id}`), 404, 'common/not_found');
        expect(await listedSessionIds(agent)).not.toContain(draft.id);
        expect(await listedSessionIds(agent, 'status=draft')).not.toContain(draft.id);
      }
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${draft.id}/verify`), 404, 'common/not_found');
      expectError(await w.as.lecturerA.get(`/api/lecture-sessions/${randomUUID()}`), 404, 'common/not_found');
    });

    test('the author edits and deletes their own draft; another lecturer of the team gets a 404', async () => {
      const draft = await createSession(w.as.lecturerA, flowSpec());
      const title = uniq('修改后的标题');
      const edited = expectOk<LectureSessionDto>(
        await w.as.lecturerA.patch(`/api/lecture-sessions/${draft.id}`, { title, audienceSize: 88, hostUnitId: villageA2.id, lecturerIds: [w.users.lecturerA.id] }),
        200,
        'edit draft',
      );
      expect(edited).toMatchObject({ title, audienceSize: 88, hostUnitId: villageA2.id, hostUnitName: villageA2.name, lecturers: [{ id: w.users.lecturerA.id }], status: 'draft' });

      expectError(await teammate.agent.patch(`/api/lecture-sessions/${draft.id}`, { title: uniq('别人改') }), 404, 'common/not_found');
      expectError(await teammate.agent.post(`/api/lecture-sessions/${draft.id}/submit`), 404, 'common/not_found');
      expectError(await teammate.agent.delete(`/api/lecture-sessions/${draft.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.patch(`/api/lecture-sessions/${draft.id}`, { title: uniq('管理员改') }), 404, 'common/not_found');
      expect((await getSession(w.as.lecturerA, draft.id)).title).toBe(title);

      expect((await w.as.lecturerA.delete(`/api/lecture-sessions/${draft.id}`)).status).toBe(204);
      expectError(await w.as.lecturerA.get(`/api/lecture-sessions/${draft.id}`), 404, 'common/not_found');
    });

    test('submitting locks the session for its author (409) and shows it to admins of the host unit, not to another town', async () => {
      const draft = await createSession(w.as.lecturerA, flowSpec());
      const submitted = await submitSession(w.as.lecturerA, draft.id);
      expect(submitted).toMatchObject({ status: 'submitted', can: { edit: false, submit: false, remove: false, verify: false } });
      expect(submitted.submittedAt).not.toBeNull();

      const locked = await w.as.lecturerA.patch(`/api/lecture-sessions/${draft.id}`, { title: uniq('提交后再改') });
      expectError(locked, 409, 'lectures/not_editable');
      expectError(await w.as.lecturerA.delete(`/api/lecture-sessions/${draft.id}`), 409, 'lectures/not_editable');
      expectError(await w.as.lecturerA.post(`/api/lecture-sessions/${draft.id}/submit`), 409, 'lectures/invalid_state');
      expect((await getSession(w.as.lecturerA, draft.id)).title).toBe(draft.title);

      expect((await getSession(w.as.unitAdminA, draft.id)).can).toMatchObject({ verify: true, edit: false, correct: false });
      expect(await listedSessionIds(w.as.unitAdminA)).toContain(draft.id);
      expect(await listedSessionIds(w.as.unitAdminA, 'toVerify=true')).toContain(draft.id);
      expect(await listedSessionIds(w.as.orgAdmin, 'toVerify=true')).toContain(draft.id);
      expectError(await w.as.unitAdminB.get(`/api/lecture-sessions/${draft.id}`), 404, 'common/not_found');
      expect(await listedSessionIds(w.as.unitAdminB)).not.toContain(draft.id);
      expect(await listedSessionIds(w.as.unitAdminB, 'toVerify=true')).not.toContain(draft.id);
      // A co-lecturer sees what they gave.
      expect((await getSession(w.as.cadreA, draft.id)).status).toBe('submitted');
      expect(await listedSessionIds(w.as.cadreA)).toContain(draft.id);
    });

    test('an admin of the host unit verifies: each lecturer gets the hours of the format in the ledger; another town is a 404; twice is a 409', async () => {
      const session = await createSession(w.as.lecturerA, flowSpec({ format: 'concentrated', startedAt: flowTime(12) }));
      await submitSession(w.as.lecturerA, session.id);
      const hours = DEFAULT_LECTURE_HOURS.concentrated;
      expect(await hourRule('concentrated')).toBe(hours);
      const before = {
        lecturer: await lectureYearHours(t.db, w.users.lecturerA.id, FLOW_YEAR),
        cadre: await lectureYearHours(t.db, w.users.cadreA.id, FLOW_YEAR),
      };

      expectError(await w.as.unitAdminB.post(`/api/lecture-sessions/${session.id}/verify`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.post(`/api/lecture-sessions/${session.id}/return`, { reason: '不是本镇的' }), 404, 'common/not_found');
      expectError(await w.as.cadreB.post(`/api/lecture-sessions/${session.id}/verify`), 403, 'common/forbidden');
      expectError(await teammate.agent.post(`/api/lecture-sessions/${session.id}/verify`), 403, 'common/forbidden');
      expect(await ledgerForSession(t.db, session.id)).toEqual([]);

      const verified = await verifySession(w.as.unitAdminA, session.id);
      expect(verified).toMatchObject({
        status: 'verified',
        creditedHours: hours,
        reviewedBy: { id: w.users.unitAdminA.id, name: w.users.unitAdminA.name },
        can: { edit: false, verify: false, correct: false, moderate: true },
      });
      expect(verified.reviewedAt).not.toBeNull();
      expect(await listedSessionIds(w.as.unitAdminA, 'toVerify=true')).not.toContain(session.id);
      expect(await listedSessionIds(w.as.unitAdminA, 'status=verified')).toContain(session.id);

      const ledger = await ledgerForSession(t.db, session.id);
      expect(ledger.map((r) => ({ user: r.user_id, year: r.year, hours: r.hours, source: r.source }))).toEqual(
        [
          { user: w.users.lecturerA.id, year: FLOW_YEAR, hours, source: 'lecture_given' },
          { user: w.users.cadreA.id, year: FLOW_YEAR, hours, source: 'lecture_given' },
        ].sort((a, b) => (a.user < b.user ? -1 : 1)),
      );
      expect(ledger[0]!.description).toContain(session.title);
      const after = {
        lecturer: await lectureYearHours(t.db, w.users.lecturerA.id, FLOW_YEAR),
        cadre: await lectureYearHours(t.db, w.users.cadreA.id, FLOW_YEAR),
      };
      expect(after.lecturer.lecture - before.lecturer.lecture).toBe(hours);
      expect(after.lecturer.total - before.lecturer.total).toBe(hours);
      expect(after.cadre.lecture - before.cadre.lecture).toBe(hours);

      const audit = await auditRowsFor(t.db, session.id, 'lecture_session.verified');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, unit_path: w.villageA.path, details: { hours, lecturerIds: [w.users.lecturerA.id, w.users.cadreA.id] } });

      // Once only.
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${session.id}/verify`), 409, 'lectures/invalid_state');
      expectError(await w.as.orgAdmin.post(`/api/lecture-sessions/${session.id}/verify`), 409, 'lectures/invalid_state');
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${session.id}/return`, { reason: '再退回' }), 409, 'lectures/invalid_state');
      expect(await ledgerForSession(t.db, session.id)).toHaveLength(2);
      expect(await lectureYearHours(t.db, w.users.lecturerA.id, FLOW_YEAR)).toEqual(after.lecturer);
    });

    test('nobody verifies a session they logged or gave (422 lectures/self_review); another admin does', async () => {
      const logged = await createSession(w.as.unitAdminA, flowSpec({ lecturerIds: [w.users.lecturerA.id] }));
      expect(logged.author.id).toBe(w.users.unitAdminA.id);
      await submitSession(w.as.unitAdminA, logged.id);
      expect((await getSession(w.as.unitAdminA, logged.id)).can.verify).toBe(false);
      expect(await listedSessionIds(w.as.unitAdminA, 'toVerify=true')).not.toContain(logged.id);
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${logged.id}/verify`), 422, 'lectures/self_review');
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${logged.id}/return`, { reason: '自己退自己' }), 422, 'lectures/self_review');

      const given = await createSession(w.as.lecturerA, flowSpec({ lecturerIds: [w.users.lecturerA.id, w.users.unitAdminA.id] }));
      await submitSession(w.as.lecturerA, given.id);
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${given.id}/verify`), 422, 'lectures/self_review');
      expect(await ledgerForSession(t.db, given.id)).toEqual([]);

      expect((await verifySession(w.as.orgAdmin, logged.id)).status).toBe('verified');
      expect((await verifySession(w.as.orgAdmin, given.id)).reviewedBy?.id).toBe(w.users.orgAdmin.id);
      expect((await ledgerForSession(t.db, given.id)).map((r) => r.user_id).sort()).toEqual([w.users.lecturerA.id, w.users.unitAdminA.id].sort());
    });

    test('a returned session goes back to its author with the reason; they fix it and submit again', async () => {
      const session = await createSession(w.as.lecturerA, flowSpec({ audienceSize: 10 }));
      await submitSession(w.as.lecturerA, session.id);
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${session.id}/return`, {}), 400, 'common/validation_failed');
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${session.id}/return`, { reason: '  ' }), 400, 'common/validation_failed');

      const returned = await returnSession(w.as.unitAdminA, session.id, '听众人数与签到表不符');
      expect(returned).toMatchObject({ status: 'returned', returnReason: '听众人数与签到表不符', creditedHours: null });
      expect(await ledgerForSession(t.db, session.id)).toEqual([]);
      const audit = await auditRowsFor(t.db, session.id, 'lecture_session.returned');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, details: { reason: '听众人数与签到表不符' } });
      expectError(await w.as.unitAdminA.post(`/api/lecture-sessions/${session.id}/verify`), 409, 'lectures/invalid_state');

      const mine = await getSession(w.as.lecturerA, session.id);
      expect(mine).toMatchObject({ status: 'returned', returnReason: '听众人数与签到表不符', can: { edit: true, submit: true } });
      expectError(await teammate.agent.patch(`/api/lecture-sessions/${session.id}`, { audienceSize: 1 }), 404, 'common/not_found');
      expectOk(await w.as.lecturerA.patch(`/api/lecture-sessions/${session.id}`, { audienceSize: 120 }), 200, 'fix');
      const again = await submitSession(w.as.lecturerA, session.id);
      expect(again).toMatchObject({ status: 'submitted', returnReason: null, audienceSize: 120 });

      const verified = await verifySession(w.as.unitAdminA, session.id);
      expect(verified).toMatchObject({ status: 'verified', audienceSize: 120 });
      expect((await auditRowsFor(t.db, session.id)).map((r) => r.action)).toEqual(['lecture_session.returned', 'lecture_session.verified']);
      expect(await ledgerForSession(t.db, session.id)).toHaveLength(2);
    });

    test('a verified session is read-only except to an org admin, who corrects descriptive fields (audited) but not the format', async () => {
      const session = await verifiedSession(w.as.lecturerA, w.as.unitAdminA, flowSpec({ format: 'online', startedAt: flowTime(14) }));
      const ledgerBefore = await ledgerForSession(t.db, session.id);

      for (const agent of [w.as.lecturerA, w.as.cadreA, w.as.unitAdminA]) {
        expectError(await agent.patch(`/api/lecture-sessions/${session.id}`, { title: uniq('改标题') }), 409, 'lectures/not_editable');
      }
      expectError(await w.as.lecturerA.delete(`/api/lecture-sessions/${session.id}`), 409, 'lectures/not_editable');
      expectError(await w.as.unitAdminB.patch(`/api/lecture-sessions/${session.id}`, { title: uniq('改标题') }), 404, 'common/not_found');
      expect((await getSession(w.as.unitAdminA, session.id)).can.correct).toBe(false);
      expect((await getSession(w.as.orgAdmin, session.id)).can.correct).toBe(true);

      const title = uniq('更正后的标题');
      const corrected = expectOk<LectureSessionDto>(await w.as.orgAdmin.patch(`/api/lecture-sessions/${session.id}`, { title, audienceSize: 77 }), 200, 'correct');
      expect(corrected).toMatchObject({ title, audienceSize: 77, status: 'verified', creditedHours: session.creditedHours, format: 'online' });
      const audit = await auditRowsFor(t.db, session.id, 'lecture_session.corrected');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor_id: w.users.orgAdmin.id,
        unit_path: w.villageA.path,
        details: { before: { title: session.title, audienceSize: session.audienceSize }, after: { title, audienceSize: 77 } },
      });

      const format = await w.as.orgAdmin.patch(`/api/lecture-sessions/${session.id}`, { format: 'micro' });
      expectError(format, 409, 'lectures/not_editable');
      expect(detailFields(format)).toEqual(['format']);
      const mixed = await w.as.orgAdmin.patch(`/api/lecture-sessions/${session.id}`, { title: uniq('又改'), startedAt: flowTime(1), lecturerIds: [w.users.lecturerA.id] });
      expectError(mixed, 409, 'lectures/not_editable');
      expect(detailFields(mixed).sort()).toEqual(['lecturerIds', 'startedAt']);
      const now = await getSession(w.as.orgAdmin, session.id);
      expect(now).toMatchObject({ title, format: 'online', lecturers: session.lecturers });
      expect(await auditRowsFor(t.db, session.id, 'lecture_session.corrected')).toHaveLength(1);
      expect(await ledgerForSession(t.db, session.id)).toEqual(ledgerBefore);
    });

    test('hours per format are configurable by the org admin (PUT /api/hour-rules) and fixed at verification', async () => {
      const format: LectureFormat = 'micro';
      const original = await hourRule(format);
      const earlier = await verifiedSession(w.as.lecturerA, w.as.unitAdminA, flowSpec({ format, startedAt: flowTime(16) }));
      expect(earlier.creditedHours).toBe(original);
      const pending = await createSession(w.as.lecturerA, flowSpec({ format, startedAt: flowTime(17) }));
      await submitSession(w.as.lecturerA, pending.id);

      expectError(await w.as.unitAdminA.put('/api/hour-rules', { rules: [{ source: 'lecture_given', kind: format, hours: 3.5 }] }), 403, 'common/forbidden');
      try {
        expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'lecture_given', kind: format, hours: 3.5 }] }), 200, 'set hours');
        expect(await hourRule(format)).toBe(3.5);
        const verified = await verifySession(w.as.unitAdminA, pending.id);
        expect(verified.creditedHours).toBe(3.5);
        expect((await ledgerForSession(t.db, pending.id)).map((r) => r.hours)).toEqual([3.5, 3.5]);
        // What was credited before keeps its hours.
        expect((await getSession(w.as.lecturerA, earlier.id)).creditedHours).toBe(original);
        expect((await ledgerForSession(t.db, earlier.id)).map((r) => r.hours)).toEqual([original, original]);
      } finally {
        expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'lecture_given', kind: format, hours: original }] }), 200, 'restore hours');
      }
    });

    test('the lecturer’s archive lists the verified sessions they gave, with their hours', async () => {
      const session = await verifiedSession(w.as.lecturerA, w.as.unitAdminA, flowSpec({ format: 'concentrated', startedAt: flowTime(20) }));
      const archive = expectOk<ArchiveDto>(await w.as.lecturerA.get(`/api/my/archive?year=${FLOW_YEAR}`), 200, 'archive');
      const [mine] = (await t.db.query(
        `SELECT coalesce(sum(hours), 0) AS hours, array_agg(source_ref_id::text ORDER BY source_ref_id) AS ids
           FROM ledger_entries WHERE user_id = $1 AND year = $2 AND source = 'lecture_given'`,
        [w.users.lecturerA.id, FLOW_YEAR],
      )) as { hours: string; ids: string[] }[];
      expect(archive.bySource.lecture_given).toBe(Number(mine!.hours));
      expect(archive.bySource.lecture_given).toBeGreaterThanOrEqual(DEFAULT_LECTURE_HOURS.concentrated);
      expect(archive.lectures.map((l) => l.sessionId).sort()).toEqual([...mine!.ids].sort());
      expect(archive.lectures.find((l) => l.sessionId === session.id)).toEqual({
        sessionId: session.id,
        title: session.title,
        topicName: topic.name,
        teamName: teamA.name,
        startedAt: new Date(flowTime(20)).toISOString(),
        hostUnitName: w.villageA.name,
        format: 'concentrated',
        audienceSize: session.audienceSize,
        hours: DEFAULT_LECTURE_HOURS.concentrated,
        feedbackCount: 0,
        averageRating: null,
      });
      // Drafts, submitted and returned sessions earn nothing and are not in the archive.
      const [{ n }] = (await t.db.query(
        `SELECT count(*)::int AS n FROM lecture_session_lecturers l JOIN lecture_sessions s ON s.id = l.session_id
          WHERE l.user_id = $1 AND s.status = 'verified' AND extract(year FROM s.started_at AT TIME ZONE 'Asia/Shanghai') = $2`,
        [w.users.lecturerA.id, FLOW_YEAR],
      )) as [{ n: number }];
      expect(archive.lectures).toHaveLength(n);
    });
  });

  // ---- audience feedback ----------------------------------------------------------------------------------------

  // Every request of this app comes from one address, which may post feedback 60 times a minute: the tests of this
  // describe and of the figures post 19 times in all. More belong in the describe with an app of its own (at the end).
  describe('audience feedback (public, no sign-in)', () => {
    /** Verified, held in village A; given by lecturerA alone. */
    let rated: LectureSessionDto;
    let submitted: LectureSessionDto;
    let draft: LectureSessionDto;

    beforeAll(async () => {
      rated = await verifiedSession(w.as.lecturerA, w.as.unitAdminA, flowSpec({ lecturerIds: [w.users.lecturerA.id], startedAt: flowTime(22) }));
      submitted = await createSession(w.as.lecturerA, flowSpec());
      await submitSession(w.as.lecturerA, submitted.id);
      draft = await createSession(w.as.lecturerA, flowSpec());
    });

    async function summaryOf(agent: Agent, id: string): Promise<FeedbackSummaryDto> {
      return expectOk<FeedbackSummaryDto>(await agent.get(`/api/lecture-sessions/${id}/feedback`), 200, `feedback of ${id}`);
    }

    test('feedback for a draft, a submitted or an unknown session is a 404, and so is its public page', async () => {
      // A genuine device token (from a verified session's page), so that the session is what is refused.
      const device = await newDevice(t.http, rated.id);
      for (const id of [draft.id, submitted.id, randomUUID()]) {
        expectError(await postFeedback(t.http, id, { rating: 5 }, device), 404, 'common/not_found');
        const page = await request(t.http).get(`/api/lecture-sessions/${id}/public`);
        expectError(page, 404, 'common/not_found');
        expect(deviceCookieOf(page)).toBeUndefined();
      }
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM lecture_feedback WHERE session_id = ANY($1::uuid[])', [[draft.id, submitted.id]])) as [{ n: number }];
      expect(n).toBe(0);

      const page = await request(t.http).get(`/api/lecture-sessions/${rated.id}/public`);
      expect(page.status).toBe(200);
      expect(page.body).toEqual({
        id: rated.id,
        title: rated.title,
        topicName: topic.name,
        teamName: teamA.name,
        startedAt: new Date(flowTime(22)).toISOString(),
        hostUnitName: w.villageA.name,
        venue: '村党群服务中心',
        lecturerNames: [w.users.lecturerA.name],
        alreadyRated: false,
      } satisfies PublicLectureSessionDto);
      expect(rated.feedbackPath).toBe(`/feedback/${rated.id}`);
    });

    async function feedbackRows(sessionId: string): Promise<number> {
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM lecture_feedback WHERE session_id = $1', [sessionId])) as [{ n: number }];
      return n;
    }

    test('loading the public page sets a signed, httpOnly device cookie for the feedback calls only', async () => {
      const page = await request(t.http).get(`/api/lecture-sessions/${rated.id}/public`);
      expect(page.status).toBe(200);
      const cookie = deviceCookieOf(page);
      expect(cookie?.pair).toMatch(new RegExp(`^${DEVICE_COOKIE}=v1\\.[A-Za-z0-9_-]{24}\\.\\d+\\.[A-Za-z0-9_-]{43}$`));
      expect(cookie!.attributes).toMatch(/HttpOnly/i);
      expect(cookie!.attributes).toMatch(/SameSite=Strict/i);
      expect(cookie!.attributes).toMatch(/Path=\/api\/lecture-sessions/i);
      // Each page load without a cookie is a new device.
      expect(await newDevice(t.http, rated.id)).not.toBe(cookie!.pair);
    });

    test('feedback without the device token of the public page is refused with a 400 and stores nothing', async () => {
      expectError(await postFeedback(t.http, rated.id, { rating: 1 }), 400, 'lectures/feedback_token_invalid');
      expect(await feedbackRows(rated.id)).toBe(0);
    });

    test('a forged device token is a 400, an expired one a 422; neither stores anything', async () => {
      const genuine = (await newDevice(t.http, rated.id)).slice(DEVICE_COOKIE.length + 1);
      const [version, device, issued, signature] = genuine.split('.') as [string, string, string, string];
      const forged = [
        // A device id of the client's own choosing (what the cookie used to be) ...
        randomBytes(18).toString('base64url'),
        // ... another device under a genuine signature (a later issue time: see the unit spec) ...
        [version, newDeviceId(), issued, signature].join('.'),
        // ... and a token signed with a key other than this server's.
        issueDeviceToken(feedbackKey('not-this-servers-secret-not-this-servers-secret', 'device'), device, Date.now()),
      ];
      for (const value of forged) {
        expectError(await postFeedback(t.http, rated.id, { rating: 1 }, `${DEVICE_COOKIE}=${value}`), 400, 'lectures/feedback_token_invalid');
      }
      const expired = issueDeviceToken(feedbackKey(t.config.jwtSecret, 'device'), device, Date.now() - DEVICE_TOKEN_TTL_MS - 60_000);
      expectError(await postFeedback(t.http, rated.id, { rating: 1 }, `${DEVICE_COOKIE}=${expired}`), 422, 'lectures/feedback_token_expired');
      expect(await feedbackRows(rated.id)).toBe(0);

      // Loading the page again renews the expired token for the same device, which may then rate.
      const renewed = deviceCookieOf(await request(t.http).get(`/api/lecture-sessions/${rated.id}/public`).set('Cookie', `${DEVICE_COOKIE}=${expired}`));
      expect(renewed?.pair.split('.')[1]).toBe(device);
    });

    test('one rating per device and session: the same token again is a 409, also after a reload or sent in parallel', async () => {
      const device = await newDevice(t.http, rated.id);
      const first = await postFeedback(t.http, rated.id, { rating: 5 }, device);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ received: true, commentPending: false });
      expectError(await postFeedback(t.http, rated.id, { rating: 1 }, device), 409, 'lectures/feedback_exists');

      // A reload signs the token afresh for the same device, and the page knows it has rated.
      const reload = await request(t.http).get(`/api/lecture-sessions/${rated.id}/public`).set('Cookie', device);
      expect((reload.body as PublicLectureSessionDto).alreadyRated).toBe(true);
      const renewed = deviceCookieOf(reload)!.pair;
      expect(renewed.split('.')[1]).toBe(device.split('.')[1]);
      expectError(await postFeedback(t.http, rated.id, { rating: 1 }, renewed), 409, 'lectures/feedback_exists');

      // Three taps of one phone at once count once.
      const phone = await newDevice(t.http, rated.id);
      const taps = await Promise.all([1, 2, 3].map(() => postFeedback(t.http, rated.id, { rating: 3, comment: '  讲得很生动，联系实际  ' }, phone)));
      expect(taps.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(taps.find((r) => r.status === 201)!.body).toEqual({ received: true, commentPending: true });

      const rows = (await t.db.query('SELECT rating, comment, comment_status FROM lecture_feedback WHERE session_id = $1 ORDER BY rating', [rated.id])) as {
        rating: number;
        comment: string | null;
        comment_status: string | null;
      }[];
      expect(rows).toEqual([
        { rating: 3, comment: '讲得很生动，联系实际', comment_status: 'pending' },
        { rating: 5, comment: null, comment_status: null },
      ]);
    });

    test('a rating outside 1–5 is a 400 and stores nothing', async () => {
      const device = await newDevice(t.http, rated.id);
      for (const rating of [0, 6]) {
        expectError(await postFeedback(t.http, rated.id, { rating }, device), 400, 'common/validation_failed');
      }
      expect(await feedbackRows(rated.id)).toBe(2);
    });

    test('comments stay hidden from the lecturer until an admin of the host unit approves them; averages are right', async () => {
      const forLecturer = await summaryOf(w.as.lecturerA, rated.id);
      expect(forLecturer).toEqual({ count: 2, average: 4, distribution: [0, 0, 1, 0, 1], comments: [], burst: null });

      const forAdmin = await summaryOf(w.as.unitAdminA, rated.id);
      expect(forAdmin.comments).toEqual([{ id: expect.any(String), rating: 3, comment: '讲得很生动，联系实际', status: 'pending', createdAt: expect.any(String) }]);
      const commentId = forAdmin.comments[0]!.id;
      expectError(await w.as.unitAdminB.get(`/api/lecture-sessions/${rated.id}/feedback`), 404, 'common/not_found');
      expectError(await request(t.http).get(`/api/lecture-sessions/${rated.id}/feedback`), 401, 'common/unauthenticated');

      expectError(await w.as.unitAdminB.post(`/api/lecture-feedback/${commentId}/moderate`, { status: 'approved' }), 404, 'common/not_found');
      expectError(await w.as.lecturerA.post(`/api/lecture-feedback/${commentId}/moderate`, { status: 'approved' }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.post(`/api/lecture-feedback/${commentId}/moderate`, { status: 'published' }), 400, 'common/validation_failed');
      expect((await summaryOf(w.as.lecturerA, rated.id)).comments).toEqual([]);

      expect((await w.as.unitAdminA.post(`/api/lecture-feedback/${commentId}/moderate`, { status: 'approved' })).status).toBe(204);
      expect((await summaryOf(w.as.lecturerA, rated.id)).comments).toEqual([expect.objectContaining({ id: commentId, comment: '讲得很生动，联系实际', status: 'approved' })]);
      const audit = await auditRowsFor(t.db, commentId, 'lecture_feedback.moderated');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, details: { sessionId: rated.id, status: 'approved', was: 'pending' } });

      // A rejected comment stays hidden; its rating still counts: (5 + 3 + 4) / 3 = 4.
      expect((await rateAsNewDevice(t.http, rated.id, { rating: 4, comment: '广告：代办各类证件' })).status).toBe(201);
      const rejectId = (await summaryOf(w.as.unitAdminA, rated.id)).comments.find((c) => c.status === 'pending')!.id;
      expect((await w.as.unitAdminA.post(`/api/lecture-feedback/${rejectId}/moderate`, { status: 'rejected' })).status).toBe(204);
      const final = await summaryOf(w.as.lecturerA, rated.id);
      expect(final).toMatchObject({ count: 3, average: 4, distribution: [0, 0, 1, 1, 1] });
      expect(final.comments.map((c) => c.id)).toEqual([commentId]);
      expect((await summaryOf(w.as.unitAdminA, rated.id)).comments.map((c) => [c.id, c.status]).sort()).toEqual(
        [
          [commentId, 'approved'],
          [rejectId, 'rejected'],
        ].sort(),
      );

      expect(await getSession(w.as.lecturerA, rated.id)).toMatchObject({ feedbackCount: 3, averageRating: 4 });
      const archive = expectOk<ArchiveDto>(await w.as.lecturerA.get(`/api/my/archive?year=${FLOW_YEAR}`), 200, 'archive');
      expect(archive.lectures.find((l) => l.sessionId === rated.id)).toMatchObject({ feedbackCount: 3, averageRating: 4 });
    });
  });

  // ---- figures --------------------------------------------------------------------------------------------------

  describe('figures: statistics, coverage, export and the archive', () => {
    /** A town of its own for the figures, with two villages and a community (names sort a, b, c). */
    let townC: UnitRef;
    let c1: UnitRef;
    let c2: UnitRef;
    let c3: UnitRef;
    let adminC: { user: CadreRef; agent: Agent };
    let teamC: LectureTeamDetailDto;
    let topicY: LectureTopicDto;
    const s: Record<string, LectureSessionDto> = {};
    const at = (iso: string) => new Date(iso).toISOString();

    beforeAll(async () => {
      townC = await createUnit(t.db, w.root, 'town');
      c1 = await createUnit(t.db, townC, 'village', `a-${uniq('v')}`);
      c2 = await createUnit(t.db, townC, 'village', `b-${uniq('v')}`);
      c3 = await createUnit(t.db, townC, 'community', `c-${uniq('c')}`);
      await createUnit(t.db, townC, 'enterprise');
      adminC = await person(townC, ['cadre', 'unit_admin'], townC);
      topicY = await createTopic(w.as.orgAdmin);
      teamC = await createTeam(adminC.agent, townC.id);
      // cadreA lives in town A: only an admin whose scope covers both may put them on town C's team.
      expectError(await adminC.agent.put(`/api/lecture-teams/${teamC.id}/members`, { members: [{ userId: w.users.cadreA.id }] }), 404, 'common/not_found');
      teamC = await setMembers(w.as.orgAdmin, teamC.id, [{ userId: w.users.cadreA.id }]);

      const a = (o: Partial<SessionSpec>): SessionSpec => ({ teamId: teamA.id, topicId: topic.id, hostUnitId: c1.id, lecturerIds: [w.users.lecturerA.id], startedAt: '', ...o });
      const la = w.as.lecturerA;
      s.s1 = await verifiedSession(la, adminC.agent, a({ startedAt: '2019-03-10T10:00:00+08:00', format: 'concentrated', audienceSize: 50 }));
      s.s2 = await verifiedSession(
        la,
        adminC.agent,
        a({ hostUnitId: c2.id, startedAt: '2019-03-20T15:00:00+08:00', format: 'micro', audienceSize: 30, lecturerIds: [w.users.lecturerA.id, w.users.cadreA.id] }),
      );
      s.s3 = await verifiedSession(
        w.as.cadreA,
        adminC.agent,
        a({ teamId: teamC.id, topicId: topicY.id, hostUnitId: townC.id, startedAt: '2019-07-01T09:00:00+08:00', format: 'online', audienceSize: 100, lecturerIds: [w.users.cadreA.id] }),
      );
      // The last evening of 2019 in the city (still 2019-12-31 in UTC as well) ...
      s.s4 = await verifiedSession(la, adminC.agent, a({ startedAt: '2019-12-31T23:30:00+08:00', format: 'interactive', audienceSize: 20 }));
      // ... and the first half hour of 2020 in the city, which is still 2019-12-31 in UTC: not in 2019.
      s.s5 = await verifiedSession(la, adminC.agent, a({ startedAt: '2020-01-01T00:30:00+08:00', format: 'concentrated', audienceSize: 999 }));
      // Submitted, returned, a draft, and one verified in town B: none counts for town C's 2019.
      s.s6 = await createSession(la, a({ hostUnitId: c2.id, startedAt: '2019-05-05T10:00:00+08:00', audienceSize: 500 }));
      await submitSession(la, s.s6.id);
      s.s7 = await createSession(la, a({ startedAt: '2019-06-06T10:00:00+08:00', audienceSize: 600 }));
      await submitSession(la, s.s7.id);
      await returnSession(adminC.agent, s.s7.id, '照片不清楚');
      s.s9 = await createSession(la, a({ startedAt: '2019-08-08T10:00:00+08:00', audienceSize: 700 }));
      s.s8 = await verifiedSession(la, w.as.unitAdminB, a({ hostUnitId: w.villageB.id, startedAt: '2019-09-09T10:00:00+08:00', audienceSize: 800 }));

      for (const rating of [5, 3]) expect((await rateAsNewDevice(t.http, s.s1.id, { rating })).status).toBe(201);
    });

    test('GET /api/lecture-stats counts the verified sessions of the year held under the unit', async () => {
      const h = (key: string) => s[key]!.creditedHours!;
      expect([h('s1'), h('s2'), h('s3'), h('s4')]).toEqual([
        DEFAULT_LECTURE_HOURS.concentrated,
        DEFAULT_LECTURE_HOURS.micro,
        DEFAULT_LECTURE_HOURS.online,
        DEFAULT_LECTURE_HOURS.interactive,
      ]);
      const stats = expectOk<LectureStatsDto>(await w.as.orgAdmin.get(`/api/lecture-stats?year=${STATS_YEAR}&unitId=${townC.id}`), 200, 'stats');
      const month = (m: number, sessions: number, audience: number) => ({ key: String(m), label: `${m}月`, sessions, audience });
      expect(stats).toEqual({
        year: STATS_YEAR,
        unitId: townC.id,
        unitName: townC.name,
        sessions: 4,
        audience: 200,
        lecturersActive: 2,
        feedbackCount: 2,
        averageRating: 4,
        pending: 1,
        byUnit: [
          { key: c1.id, label: c1.name, sessions: 2, audience: 70 },
          { key: c2.id, label: c2.name, sessions: 1, audience: 30 },
          ...[c3, ...(await childrenOf(townC.id)).filter((u) => ![c1.id, c2.id, c3.id].includes(u.id))]
            .map((u) => ({ key: u.id, label: u.name, sessions: 0, audience: 0 }))
            .sort((x, y) => (x.label < y.label ? -1 : 1)),
        ],
        byMonth: Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (m === 3 ? month(3, 2, 80) : m === 7 ? month(7, 1, 100) : m === 12 ? month(12, 1, 20) : month(m, 0, 0))),
        byTopic: [
          { key: topic.id, label: topic.name, sessions: 3, audience: 100 },
          { key: topicY.id, label: topicY.name, sessions: 1, audience: 100 },
        ],
        byFormat: LECTURE_FORMATS.map((f) => ({
          key: f,
          label: LECTURE_FORMAT_LABELS[f],
          sessions: 1,
          audience: { concentrated: 50, interactive: 20, micro: 30, online: 100 }[f],
        })),
        byTeam: [
          { key: teamA.id, label: teamA.name, sessions: 3, audience: 100 },
          { key: teamC.id, label: teamC.name, sessions: 1, audience: 100 },
        ],
        lecturers: [
          {
            userId: w.users.lecturerA.id,
            name: w.users.lecturerA.name,
            unitName: w.townA.name,
            sessions: 3,
            audience: 100,
            feedbackCount: 2,
            averageRating: 4,
            hours: h('s1') + h('s2') + h('s4'),
          },
          { userId: w.users.cadreA.id, name: w.users.cadreA.name, unitName: w.villageA.name, sessions: 2, audience: 130, feedbackCount: 0, averageRating: null, hours: h('s2') + h('s3') },
        ],
      });

      // The same figures for the town's own admin, whose scope is the default unit.
      expect(expectOk<LectureStatsDto>(await adminC.agent.get(`/api/lecture-stats?year=${STATS_YEAR}`), 200, 'own stats')).toEqual(stats);
      // One village, and the next year, which has the session of New Year's night.
      const village = expectOk<LectureStatsDto>(await adminC.agent.get(`/api/lecture-stats?year=${STATS_YEAR}&unitId=${c1.id}`), 200, 'village stats');
      expect(village).toMatchObject({ unitId: c1.id, sessions: 2, audience: 70, lecturersActive: 1, byUnit: [] });
      const next = expectOk<LectureStatsDto>(await adminC.agent.get(`/api/lecture-stats?year=${STATS_YEAR + 1}`), 200, 'next year');
      expect(next).toMatchObject({ sessions: 1, audience: 999 });
      expect(next.byMonth.find((m) => m.key === '1')).toMatchObject({ sessions: 1, audience: 999 });
    });

    test('coverage lists the villages and communities with and without a session, the uncovered first', async () => {
      const coverage = expectOk<CoverageDto>(await adminC.agent.get(`/api/lecture-stats/coverage?year=${STATS_YEAR}&unitId=${townC.id}`), 200, 'coverage');
      expect(coverage).toEqual({
        year: STATS_YEAR,
        unitId: townC.id,
        unitName: townC.name,
        total: 3,
        covered: 2,
        coveredByLectures: 2,
        coveredByResearchOnly: 0,
        items: [
          { unitId: c3.id, name: c3.name, kind: 'community', parentName: townC.name, sessions: 0, audience: 0, lastHeldAt: null, researchVisits: 0, lastVisitedOn: null, sources: [] },
          { unitId: c1.id, name: c1.name, kind: 'village', parentName: townC.name, sessions: 2, audience: 70, lastHeldAt: at('2019-12-31T23:30:00+08:00'), researchVisits: 0, lastVisitedOn: null, sources: ['lecture'] },
          { unitId: c2.id, name: c2.name, kind: 'village', parentName: townC.name, sessions: 1, audience: 30, lastHeldAt: at('2019-03-20T15:00:00+08:00'), researchVisits: 0, lastVisitedOn: null, sources: ['lecture'] },
        ],
      });
      const next = expectOk<CoverageDto>(await adminC.agent.get(`/api/lecture-stats/coverage?year=${STATS_YEAR + 1}`), 200, 'next year');
      expect({ total: next.total, covered: next.covered, first: next.items.map((i) => i.unitId) }).toEqual({ total: 3, covered: 1, first: [c2.id, c3.id, c1.id] });
    });

    test('figures are for admins in scope: another town is a 404, a cadre or a lecturer a 403', async () => {
      for (const path of ['/api/lecture-stats', '/api/lecture-stats/coverage', '/api/exports/lecture-sessions.xlsx']) {
        expectError(await w.as.unitAdminB.get(`${path}?year=${STATS_YEAR}&unitId=${w.townA.id}`), 404, 'common/not_found');
        expectError(await w.as.unitAdminB.get(`${path}?year=${STATS_YEAR}&unitId=${townC.id}`), 404, 'common/not_found');
        expectError(await w.as.unitAdminA.get(`${path}?year=${STATS_YEAR}&unitId=${townC.id}`), 404, 'common/not_found');
        expectError(await w.as.unitAdminA.get(`${path}?year=${STATS_YEAR}&unitId=${randomUUID()}`), 404, 'common/not_found');
        expectError(await w.as.cadreB.get(`${path}?year=${STATS_YEAR}`), 403, 'common/forbidden');
        expectError(await w.as.lecturerA.get(`${path}?year=${STATS_YEAR}&unitId=${townC.id}`), 403, 'common/forbidden');
        expectError(await w.as.unitAdminA.get(`${path}?year=1999`), 400, 'common/validation_failed');
      }
      expect(await auditRowsBy(t.db, w.users.unitAdminB.id, 'lecture_sessions.exported')).toEqual([]);
    });

    test('the export is a workbook of the year’s sessions (any state but draft) and figures, and is audited', async () => {
      const res = await getBytes(adminC.agent, `/api/exports/lecture-sessions.xlsx?year=${STATS_YEAR}&unitId=${townC.id}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${townC.name}-${STATS_YEAR}年理论宣讲.xlsx`));
      const book = await readWorkbook(res.body as Buffer);
      const list = book['宣讲场次']!;
      expect(list[0]).toEqual(['日期时间', '标题', '主题', '宣讲团', '宣讲人', '宣讲单位', '地点', '形式', '时长（分钟）', '听众人数', '听众类型', '状态', '学时', '评价人数', '平均评分']);
      const rows = list.slice(1);
      expect(rows.map((r) => r[1])).toEqual([s.s1, s.s2, s.s6, s.s7, s.s3, s.s4].map((x) => x!.title));
      expect(rows[0]).toEqual([
        '2019-03-10 10:00',
        s.s1!.title,
        topic.name,
        teamA.name,
        w.users.lecturerA.name,
        c1.name,
        '村党群服务中心',
        '集中宣讲',
        90,
        50,
        '村民、党员',
        '已核实',
        DEFAULT_LECTURE_HOURS.concentrated,
        2,
        4,
      ]);
      expect(rows[1]![4]).toBe(`${w.users.lecturerA.name}、${w.users.cadreA.name}`);
      expect(rows.map((r) => r[11])).toEqual(['已核实', '已核实', '待核实', '已退回', '已核实', '已核实']);
      expect(rows[5]![0]).toBe('2019-12-31 23:30');
      expect(book['按月份']!.slice(1).map((r) => r[1])).toEqual([0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
      expect(book['村（社区）覆盖']!.slice(1).map((r) => [r[0], r[2]])).toEqual([
        [c3.name, 0],
        [c1.name, 2],
        [c2.name, 1],
      ]);

      const audit = await auditRowsBy(t.db, adminC.user.id, 'lecture_sessions.exported');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ unit_path: townC.path, details: { year: STATS_YEAR, unitId: townC.id, rows: 6 } });
    });

    test('the archive of the year lists each lecturer’s verified sessions with their hours', async () => {
      const archive = expectOk<ArchiveDto>(await w.as.cadreA.get(`/api/my/archive?year=${STATS_YEAR}`), 200, 'archive');
      expect(archive.lectures.map((l) => [l.sessionId, l.hours])).toEqual([
        [s.s3!.id, s.s3!.creditedHours],
        [s.s2!.id, s.s2!.creditedHours],
      ]);
      expect(archive.lectures[0]).toMatchObject({ title: s.s3!.title, teamName: teamC.name, topicName: topicY.name, hostUnitName: townC.name, format: 'online', audienceSize: 100 });
      expect(archive.bySource.lecture_given).toBe(s.s2!.creditedHours! + s.s3!.creditedHours!);
      expect(archive.earnedHours).toBe(archive.bySource.lecture_given);
      expect(archive.entries.filter((e) => e.source === 'lecture_given').map((e) => e.hours).sort()).toEqual([s.s2!.creditedHours, s.s3!.creditedHours].sort());

      const lecturer = expectOk<ArchiveDto>(await w.as.lecturerA.get(`/api/my/archive?year=${STATS_YEAR}`), 200, 'archive');
      expect(lecturer.lectures.map((l) => l.sessionId)).toEqual([s.s4!.id, s.s8!.id, s.s2!.id, s.s1!.id]);
      expect(lecturer.lectures.find((l) => l.sessionId === s.s1!.id)).toMatchObject({ feedbackCount: 2, averageRating: 4 });
      expect(lecturer.bySource.lecture_given).toBe(s.s1!.creditedHours! + s.s2!.creditedHours! + s.s4!.creditedHours! + s.s8!.creditedHours!);
      const next = expectOk<ArchiveDto>(await w.as.lecturerA.get(`/api/my/archive?year=${STATS_YEAR + 1}`), 200, 'archive 2020');
      expect(next.lectures.map((l) => l.sessionId)).toEqual([s.s5!.id]);
    });

    async function childrenOf(unitId: string): Promise<{ id: string; name: string }[]> {
      return (await t.db.query('SELECT id, name FROM org_units WHERE parent_id = $1 AND retired_at IS NULL', [unitId])) as { id: string; name: string }[];
    }
  });
});

describe('audience feedback from one address: a per-minute limit, a cap per session, bursts marked for admins', () => {
  let t: TestApp;
  let w: World;
  let topic: LectureTopicDto;
  let team: LectureTeamDetailDto;

  beforeAll(async () => {
    // An app of its own (its own rate-limit counters), behind a "proxy" so each test address has its own bucket, with a
    // small cap and burst size so a test needs few requests.
    t = await createTestApp({ JOBS_ENABLED: '0', TRUST_PROXY: '1', FEEDBACK_PER_ADDRESS: '5', FEEDBACK_BURST_SIZE: '2', FEEDBACK_BURST_MINUTES: '10' });
    w = await buildWorld(t.db, t.http);
    topic = await createTopic(w.as.orgAdmin);
    team = await createTeam(w.as.unitAdminA, w.townA.id);
    await setMembers(w.as.unitAdminA, team.id, [{ userId: w.users.lecturerA.id }]);
  });
  afterAll(async () => {
    await t.close();
  });

  function newSession(day: number): Promise<LectureSessionDto> {
    return verifiedSession(w.as.lecturerA, w.as.unitAdminA, {
      teamId: team.id,
      topicId: topic.id,
      hostUnitId: w.villageA.id,
      lecturerIds: [w.users.lecturerA.id],
      startedAt: flowTime(day),
    });
  }
  /** A documentation address of its own for each test (RFC 5737), so per-minute counters never mix. */
  const address = (net: '192.0.2' | '198.51.100' | '203.0.113', host: number) => `${net}.${host}`;
  async function feedbackCount(sessionId: string): Promise<number> {
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM lecture_feedback WHERE session_id = $1', [sessionId])) as [{ n: number }];
    return n;
  }
  async function summaryOf(agent: Agent, id: string): Promise<FeedbackSummaryDto> {
    return expectOk<FeedbackSummaryDto>(await agent.get(`/api/lecture-sessions/${id}/feedback`), 200, `feedback of ${id}`);
  }

  test('the 61st feedback from one address within the minute is a 429 (a hall rates at once); another address and other requests are not limited', async () => {
    const session = await newSession(3);
    const busy = address('198.51.100', 10);
    const calm = address('203.0.113', 10);
    const device = await newDevice(t.http, session.id, busy);
    // Sixty requests are allowed (404s count too: the limit is checked before anything else) ...
    for (let i = 0; i < 59; i += 1) expectError(await postFeedback(t.http, randomUUID(), { rating: 5 }, device, busy), 404, 'common/not_found');
    expect((await postFeedback(t.http, session.id, { rating: 5 }, device, busy)).status).toBe(201);
    // ... the next is not, even for a verified session and a new device.
    const limited = await rateAsNewDevice(t.http, session.id, { rating: 4 }, busy);
    expectError(limited, 429, 'common/rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Other addresses rate on; the busy address may still read the page and use the rest of the API.
    expect((await rateAsNewDevice(t.http, session.id, { rating: 3 }, calm)).status).toBe(201);
    expect((await request(t.http).get(`/api/lecture-sessions/${session.id}/public`).set('X-Forwarded-For', busy)).status).toBe(200);
    expect(await feedbackCount(session.id)).toBe(2);
  });

  test('one address gives a session at most FEEDBACK_PER_ADDRESS ratings (then 429); other sessions and addresses rate on', async () => {
    const session = await newSession(4);
    const other = await newSession(5);
    const hall = address('192.0.2', 20);
    for (let i = 0; i < 5; i += 1) expect((await rateAsNewDevice(t.http, session.id, { rating: 5 }, hall)).status).toBe(201);
    expectError(await rateAsNewDevice(t.http, session.id, { rating: 1 }, hall), 429, 'lectures/feedback_address_limit');
    expect(await feedbackCount(session.id)).toBe(5);

    expect((await rateAsNewDevice(t.http, other.id, { rating: 4 }, hall)).status).toBe(201);
    expect((await rateAsNewDevice(t.http, session.id, { rating: 4 }, address('203.0.113', 20))).status).toBe(201);
    expect(await feedbackCount(session.id)).toBe(6);
  });

  test('more than FEEDBACK_BURST_SIZE ratings from one address within the window are marked; admins see their count and the average without them', async () => {
    const session = await newSession(6);
    const crowd = address('198.51.100', 30);
    // An early rating from the same address, long before the others: outside any window with them.
    expect((await rateAsNewDevice(t.http, session.id, { rating: 1 }, crowd)).status).toBe(201);
    await t.db.query(`UPDATE lecture_feedback SET created_at = created_at - interval '30 minutes' WHERE session_id = $1`, [session.id]);
    // Two within ten minutes are not a burst yet ...
    for (let i = 0; i < 2; i += 1) expect((await rateAsNewDevice(t.http, session.id, { rating: 1 }, crowd)).status).toBe(201);
    expect((await summaryOf(w.as.unitAdminA, session.id)).burst).toEqual({ count: 0, averageWithout: 1, size: 2, minutes: 10 });
    // ... the third is, and it marks the two before it as well.
    expect((await rateAsNewDevice(t.http, session.id, { rating: 1 }, crowd)).status).toBe(201);
    expect((await rateAsNewDevice(t.http, session.id, { rating: 5 }, address('203.0.113', 30))).status).toBe(201);
    expect((await rateAsNewDevice(t.http, session.id, { rating: 4 }, address('192.0.2', 30))).status).toBe(201);

    // All six count in the average ((4 × 1 + 5 + 4) / 6 ≈ 2.2); without the three marked: (1 + 5 + 4) / 3 ≈ 3.3.
    const forAdmin = await summaryOf(w.as.unitAdminA, session.id);
    expect(forAdmin).toMatchObject({ count: 6, average: 2.2, distribution: [4, 0, 0, 1, 1], burst: { count: 3, averageWithout: 3.3, size: 2, minutes: 10 } });
    expect((await summaryOf(w.as.orgAdmin, session.id)).burst).toEqual(forAdmin.burst);
    // The lecturer sees the ratings, not the admins' reading of them.
    expect(await summaryOf(w.as.lecturerA, session.id)).toMatchObject({ count: 6, average: 2.2, burst: null });

    // Addresses are kept only as keyed hashes.
    const stored = (await t.db.query('SELECT address_hash, burst FROM lecture_feedback WHERE session_id = $1 ORDER BY created_at', [session.id])) as {
      address_hash: string;
      burst: boolean;
    }[];
    expect(stored.map((r) => r.burst)).toEqual([false, true, true, true, false, false]);
    expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.address_hash))).toBe(true);
    expect(new Set(stored.map((r) => r.address_hash)).size).toBe(3);
  });
});
