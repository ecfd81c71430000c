import { randomUUID } from 'node:crypto';
import {
  DEFAULT_LECTURE_HOURS,
  DEFAULT_STUDY_HOURS,
  STUDY_RECORD_STATUS_LABELS,
  STUDY_RECORD_TYPE_LABELS,
  STUDY_RECORD_TYPES,
  type StudyRecordType,
} from '@cadre/shared';
import { todayInShanghai } from '../../server/src/common/time';
import type { ArchiveDto } from '../../server/src/modules/courses/dto/my-learning.dto';
import type { HourRuleDto } from '../../server/src/modules/learning/dto/hour-rule.dto';
import type { StudyRecordDto, StudyRecordPageDto, StudyStatsDto } from '../../server/src/modules/studies/dto/study-record.dto';
import { createCadre, createUnit, uniq, type CadreRef, type UnitRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { auditRowsFor, fetchBytes, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { getBytes, readWorkbook } from '../helpers/quizzes';
import {
  auditRowsBy,
  createRecord,
  detailFields,
  expectError,
  expectOk,
  studyBody,
  studyLedger,
  submitRecord,
  submittedRecord,
  tomorrowInShanghai,
} from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The figures use a past year of their own, in a city of their own, so no other record here lands in them. */
const STATS_YEAR = 2021;

interface Person {
  user: CadreRef;
  agent: Agent;
}

describe('study-discussion records (学习研讨记录)', () => {
  let t: TestApp;
  let w: World;
  const today = () => todayInShanghai();
  const thisYear = () => Number(today().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    // Hour rules are city-wide and shared with every other test file: put the study-record defaults back.
    if (w) {
      const rules = STUDY_RECORD_TYPES.map((kind) => ({ source: 'study_record', kind, hours: DEFAULT_STUDY_HOURS[kind] }));
      expectOk(await w.as.orgAdmin.put('/api/hour-rules', { rules }), 200);
    }
    await t?.close();
  });

  async function person(unit: UnitRef = w.villageA): Promise<Person> {
    const user = await createCadre(t.db, unit);
    return { user, agent: await signIn(t.http, user) };
  }

  async function getRecord(agent: Agent, id: string): Promise<StudyRecordDto> {
    return expectOk<StudyRecordDto>(await agent.get(`/api/study-records/${id}`), 200);
  }

  async function listIds(agent: Agent, query = ''): Promise<string[]> {
    const page = expectOk<StudyRecordPageDto>(await agent.get(`/api/study-records?pageSize=100${query}`), 200);
    return page.items.map((r) => r.id);
  }

  async function recordCount(title: string): Promise<number> {
    const [row] = (await t.db.query('SELECT count(*)::int AS n FROM study_records WHERE title = $1', [title])) as { n: number }[];
    return row!.n;
  }

  /** People of a record as `userId → present/absence reason`, order aside. */
  function peopleOf(record: StudyRecordDto): Record<string, { present: boolean; absenceReason: string | null }> {
    return Object.fromEntries(record.people.map((p) => [p.userId, { present: p.present, absenceReason: p.absenceReason }]));
  }

  // ---- creating ---------------------------------------------------------------------------------------------------

  describe('creating a record', () => {
    test('a town admin records a village meeting: people, speeches, material link and attachments (a PNG gets a thumbnail)', async () => {
      const [a1, a2, a3, ab] = [await person(), await person(), await person(), await person()];
      const png = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
      const pdf = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PDF_BYTES, 'minutes.pdf', 'application/pdf');
      const body = studyBody(w.villageA.id, [a1.user.id, a2.user.id, a3.user.id], {
        type: 'center_group',
        heldOn: today(),
        hostName: a1.user.name,
        hostUserId: a1.user.id,
        materialTitle: '党的二十大报告',
        materialUrl: 'https://www.example.gov.cn/20da/report.html',
        absentees: [{ userId: ab.user.id, reason: '公差' }],
        speeches: [
          { speakerId: a2.user.id, summary: '结合本村实际谈体会' },
          { speakerId: a1.user.id, summary: '部署下一步学习安排' },
        ],
        conclusions: '统一思想，抓好落实',
        followUps: '月底前完成整改',
        attachments: [
          { fileId: png.id, kind: 'sign_in' },
          { fileId: pdf.id, kind: 'minutes' },
        ],
      });
      const res = await w.as.unitAdminA.post('/api/study-records', body);
      const created = expectOk<StudyRecordDto>(res, 201);
      expect(created).toMatchObject({
        unitId: w.villageA.id,
        unitName: w.villageA.name,
        type: 'center_group',
        heldOn: today(),
        title: body.title,
        hostName: a1.user.name,
        hostUserId: a1.user.id,
        materialTitle: '党的二十大报告',
        materialUrl: 'https://www.example.gov.cn/20da/report.html',
        conclusions: '统一思想，抓好落实',
        followUps: '月底前完成整改',
        status: 'draft',
        attendeeCount: 3,
        absenteeCount: 1,
        speechCount: 2,
        creditedHours: null,
        submittedAt: null,
        createdByName: w.users.unitAdminA.name,
        can: { edit: true },
      });
      expect(peopleOf(created)).toEqual({
        [a1.user.id]: { present: true, absenceReason: null },
        [a2.user.id]: { present: true, absenceReason: null },
        [a3.user.id]: { present: true, absenceReason: null },
        [ab.user.id]: { present: false, absenceReason: '公差' },
      });
      // Present first, then the absent.
      expect(created.people.map((p) => p.present)).toEqual([true, true, true, false]);
      expect(created.people.find((p) => p.userId === a1.user.id)?.name).toBe(a1.user.name);
      expect(created.speeches).toEqual([
        { speakerId: a2.user.id, speakerName: a2.user.name, summary: '结合本村实际谈体会' },
        { speakerId: a1.user.id, speakerName: a1.user.name, summary: '部署下一步学习安排' },
      ]);
      expect(created.attachments.map((a) => [a.kind, a.file.id, a.file.purpose, a.file.mimeType])).toEqual([
        ['sign_in', png.id, 'study_attachment', 'image/png'],
        ['minutes', pdf.id, 'study_attachment', 'application/pdf'],
      ]);
      const [pngFile, pdfFile] = created.attachments.map((a) => a.file);
      expect(pngFile!.thumbnailUrl).toEqual(expect.stringContaining(`/api/files/${png.id}?`));
      expect(pdfFile!.thumbnailUrl).toBeNull();
      const thumb = await fetchBytes(t.http, pngFile!.thumbnailUrl!);
      expect({ status: thumb.status, type: thumb.headers['content-type'] }).toEqual({ status: 200, type: 'image/jpeg' });
      const original = await fetchBytes(t.http, pdfFile!.url);
      expect(original.status).toBe(200);
      expect(Buffer.compare(original.body as Buffer, PDF_BYTES)).toBe(0);

      // What was stored is what GET answers.
      const read = await getRecord(w.as.unitAdminA, created.id);
      const { attachments: _ra, ...readRest } = read;
      const { attachments: _ca, ...createdRest } = created;
      expect(readRest).toEqual(createdRest);
      expect(read.attachments.map((a) => a.file.id)).toEqual([png.id, pdf.id]);

      const audit = await auditRowsFor(t.db, created.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: 'study_record.created',
        actor_id: w.users.unitAdminA.id,
        target_type: 'study_record',
        unit_path: w.villageA.path,
        outcome: 'success',
        details: { type: 'center_group', heldOn: today(), title: body.title },
      });
    });

    test('a record of the town itself may name cadres of the town and of the villages below it', async () => {
      const townCadre = await person(w.townA);
      const villager = await person(w.villageA);
      const created = await createRecord(
        w.as.unitAdminA,
        studyBody(w.townA.id, [townCadre.user.id, villager.user.id], {
          hostUserId: w.users.unitAdminA.id,
          hostName: w.users.unitAdminA.name,
        }),
      );
      expect(created).toMatchObject({
        unitId: w.townA.id,
        attendeeCount: 2,
        absenteeCount: 0,
        speechCount: 0,
        materialUrl: null,
        materialTitle: '',
      });
      // The org admin (scope: the city) may record for any unit.
      const byOrg = await createRecord(w.as.orgAdmin, studyBody(w.villageB.id, [w.users.cadreB.id]));
      expect(byOrg).toMatchObject({ unitId: w.villageB.id, createdByName: w.users.orgAdmin.name });
    });

    test('cadres outside the unit are a 422 naming each offending field', async () => {
      const [a1] = [await person()];
      const title = uniq('越界');
      const outsideAttendee = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.townA.id, [a1.user.id, w.users.cadreB.id], { title }),
      );
      expectError(outsideAttendee, 422, 'studies/person_outside_unit');
      expect(detailFields(outsideAttendee)).toEqual(['attendeeIds.1']);

      const outsideAbsentee = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.townA.id, [a1.user.id], { title, absentees: [{ userId: w.users.cadreB.id, reason: '病假' }] }),
      );
      expectError(outsideAbsentee, 422, 'studies/person_outside_unit');
      expect(detailFields(outsideAbsentee)).toEqual(['absentees.0.userId']);

      const outsideSpeaker = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.townA.id, [a1.user.id], {
          title,
          speeches: [
            { speakerId: a1.user.id, summary: '发言一' },
            { speakerId: w.users.cadreB.id, summary: '发言二' },
          ],
        }),
      );
      expectError(outsideSpeaker, 422, 'studies/person_outside_unit');
      expect(detailFields(outsideSpeaker)).toEqual(['speeches.1.speakerId']);

      const outsideHost = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.townA.id, [a1.user.id], { title, hostUserId: w.users.unitAdminB.id }),
      );
      expectError(outsideHost, 422, 'studies/person_outside_unit');
      expect(detailFields(outsideHost)).toEqual(['hostUserId']);

      // Only the unit and below: a cadre of the parent town is outside a village's record.
      const townCadre = await person(w.townA);
      const parent = await w.as.unitAdminA.post('/api/study-records', studyBody(w.villageA.id, [a1.user.id, townCadre.user.id], { title }));
      expectError(parent, 422, 'studies/person_outside_unit');
      expect(detailFields(parent)).toEqual(['attendeeIds.1']);
      const parentHost = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id], { title, hostUserId: w.users.unitAdminA.id }),
      );
      expectError(parentHost, 422, 'studies/person_outside_unit');
      expect(detailFields(parentHost)).toEqual(['hostUserId']);

      // Someone who does not exist is not a cadre of the unit either.
      const nobody = await w.as.unitAdminA.post('/api/study-records', studyBody(w.townA.id, [randomUUID()], { title }));
      expectError(nobody, 422, 'studies/person_outside_unit');
      expect(detailFields(nobody)).toEqual(['attendeeIds.0']);

      expect(await recordCount(title)).toBe(0);
    });

    test('a speaker must have attended, and nobody is both present and absent: 422 studies/inconsistent_people', async () => {
      const [a1, a2, a3] = [await person(), await person(), await person()];
      const title = uniq('矛盾');
      const speakerAbsent = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id], {
          title,
          absentees: [{ userId: a2.user.id, reason: '请假' }],
          speeches: [
            { speakerId: a1.user.id, summary: '到会发言' },
            { speakerId: a2.user.id, summary: '缺席却发言' },
          ],
        }),
      );
      expectError(speakerAbsent, 422, 'studies/inconsistent_people');
      expect(detailFields(speakerAbsent)).toEqual(['speeches.1.speakerId']);

      const speakerNotListed = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id], { title, speeches: [{ speakerId: a3.user.id, summary: '未列名' }] }),
      );
      expectError(speakerNotListed, 422, 'studies/inconsistent_people');
      expect(detailFields(speakerNotListed)).toEqual(['speeches.0.speakerId']);

      const both = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id, a2.user.id], { title, absentees: [{ userId: a2.user.id, reason: '又到又缺' }] }),
      );
      expectError(both, 422, 'studies/inconsistent_people');
      expect(detailFields(both)).toEqual(['absentees.0.userId']);

      const absentTwice = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id], {
          title,
          absentees: [
            { userId: a3.user.id, reason: '公差' },
            { userId: a3.user.id, reason: '病假' },
          ],
        }),
      );
      expectError(absentTwice, 422, 'studies/inconsistent_people');
      expect(detailFields(absentTwice)).toEqual(['absentees.1.userId']);
      expect(await recordCount(title)).toBe(0);
    });

    test('a meeting cannot be recorded as held tomorrow (Asia/Shanghai): 422 studies/held_in_future', async () => {
      const a1 = await person();
      const title = uniq('未来');
      const res = await w.as.unitAdminA.post(
        '/api/study-records',
        studyBody(w.villageA.id, [a1.user.id], { title, heldOn: tomorrowInShanghai() }),
      );
      expectError(res, 422, 'studies/held_in_future');
      expect(detailFields(res)).toEqual(['heldOn']);
      expect(await recordCount(title)).toBe(0);
    });

    test('malformed fields are a 400 common/validation_failed naming the field', async () => {
      const a1 = await person();
      const title = uniq('格式');
      const cases: [Record<string, unknown>, string][] = [
        [{ type: 'meeting' }, 'type'],
        [{ heldOn: '2025-02-30' }, 'heldOn'],
        [{ heldOn: '2025/03/01' }, 'heldOn'],
        [{ materialUrl: 'ftp://example.org/material.pdf' }, 'materialUrl'],
        [{ materialUrl: 'javascript:alert(1)' }, 'materialUrl'],
        [{ materialUrl: 'not a link' }, 'materialUrl'],
        [{ attendeeIds: [] }, 'attendeeIds'],
        [{ attendeeIds: ['not-a-uuid'] }, 'attendeeIds'],
        [{ attendeeIds: [a1.user.id, a1.user.id] }, 'attendeeIds'],
        [{ title: '   ' }, 'title'],
        [{ hostName: '' }, 'hostName'],
        [{ absentees: [{ userId: randomUUID() }] }, 'absentees.0.reason'],
        [{ speeches: [{ speakerId: a1.user.id, summary: '' }] }, 'speeches.0.summary'],
        [{ attachments: [{ fileId: randomUUID(), kind: 'photo' }] }, 'attachments.0.kind'],
        [{ unitId: 'town-a' }, 'unitId'],
        [{ surprise: true }, 'surprise'],
      ];
      for (const [override, field] of cases) {
        const res = await w.as.unitAdminA.post('/api/study-records', { ...studyBody(w.villageA.id, [a1.user.id], { title }), ...override });
        expect({ override, status: res.status, code: (res.body as { code?: string }).code }).toEqual({
          override,
          status: 400,
          code: 'common/validation_failed',
        });
        expect({ override, fields: detailFields(res) }).toEqual({ override, fields: expect.arrayContaining([field]) });
      }
      const { attendeeIds: _omit, ...withoutAttendees } = studyBody(w.villageA.id, [a1.user.id], { title });
      const missing = await w.as.unitAdminA.post('/api/study-records', withoutAttendees);
      expectError(missing, 400, 'common/validation_failed');
      expect(detailFields(missing)).toContain('attendeeIds');
      // An empty link is no link.
      const noLink = await createRecord(w.as.unitAdminA, studyBody(w.villageA.id, [a1.user.id], { title, materialUrl: '' }));
      expect(noLink.materialUrl).toBeNull();
      expect(await recordCount(title)).toBe(1);
    });

    test('a unit outside the admin’s scope is a 404; cadres and lecturers may not record at all', async () => {
      const title = uniq('他镇');
      const otherTown = await w.as.unitAdminA.post('/api/study-records', studyBody(w.townB.id, [w.users.cadreB.id], { title }));
      expectError(otherTown, 404, 'common/not_found');
      expect(detailFields(otherTown)).toEqual(['unitId']);
      expectError(
        await w.as.unitAdminA.post('/api/study-records', studyBody(w.villageB.id, [w.users.cadreB.id], { title })),
        404,
        'common/not_found',
      );
      expectError(
        await w.as.unitAdminA.post('/api/study-records', studyBody(w.root.id, [w.users.cadreA.id], { title })),
        404,
        'common/not_found',
      );
      expectError(
        await w.as.unitAdminA.post('/api/study-records', studyBody(randomUUID(), [w.users.cadreA.id], { title })),
        404,
        'common/not_found',
      );
      expectError(
        await w.as.unitAdminB.post('/api/study-records', studyBody(w.villageA.id, [w.users.cadreA.id], { title })),
        404,
        'common/not_found',
      );
      expectError(
        await w.as.cadreA.post('/api/study-records', studyBody(w.villageA.id, [w.users.cadreA.id], { title })),
        403,
        'common/forbidden',
      );
      expectError(
        await w.as.lecturerA.post('/api/study-records', studyBody(w.townA.id, [w.users.lecturerA.id], { title })),
        403,
        'common/forbidden',
      );
      expect(await recordCount(title)).toBe(0);
    });

    test('attachments must be the caller’s own study_attachment uploads: anything else is a 404', async () => {
      const a1 = await person();
      const title = uniq('附件');
      const body = (fileId: string) => studyBody(w.villageA.id, [a1.user.id], { title, attachments: [{ fileId, kind: 'minutes' }] });
      const byOrgAdmin = await uploadFileOk(w.as.orgAdmin, 'study_attachment', PDF_BYTES, 'org.pdf', 'application/pdf');
      expectError(await w.as.unitAdminA.post('/api/study-records', body(byOrgAdmin.id)), 404, 'common/not_found');
      const byAdminB = await uploadFileOk(w.as.unitAdminB, 'study_attachment', PNG_BYTES, 'b.png', 'image/png');
      expectError(await w.as.unitAdminA.post('/api/study-records', body(byAdminB.id)), 404, 'common/not_found');
      const otherPurpose = await uploadFileOk(w.as.unitAdminA, 'claim_attachment', PDF_BYTES, 'claim.pdf', 'application/pdf');
      expectError(await w.as.unitAdminA.post('/api/study-records', body(otherPurpose.id)), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.post('/api/study-records', body(randomUUID())), 404, 'common/not_found');
      // Only admins upload study attachments.
      const res = await w.as.cadreA
        .post('/api/files?purpose=study_attachment')
        .attach('file', PDF_BYTES, { filename: 'c.pdf', contentType: 'application/pdf' });
      expectError(res, 403, 'common/forbidden');

      const own = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PDF_BYTES, 'own.pdf', 'application/pdf');
      const twice = await w.as.unitAdminA.post('/api/study-records', {
        ...body(own.id),
        attachments: [
          { fileId: own.id, kind: 'minutes' },
          { fileId: own.id, kind: 'other' },
        ],
      });
      expectError(twice, 400, 'common/validation_failed');
      expect(detailFields(twice)).toEqual(['attachments.1.fileId']);
      expect(await recordCount(title)).toBe(0);
      expect((await createRecord(w.as.unitAdminA, body(own.id))).attachments.map((a) => a.file.id)).toEqual([own.id]);
    });
  });

  // ---- who sees a record ------------------------------------------------------------------------------------------

  describe('who sees a record', () => {
    let attendee: Person;
    let absentee: Person;
    let bystander: Person;
    let draftA: StudyRecordDto;
    let recordB: StudyRecordDto;

    beforeAll(async () => {
      [attendee, absentee, bystander] = [await person(), await person(), await person()];
      draftA = await createRecord(
        w.as.unitAdminA,
        studyBody(w.villageA.id, [attendee.user.id], {
          type: 'special_study',
          title: uniq('可见性'),
          absentees: [{ userId: absentee.user.id, reason: '驻村' }],
          speeches: [{ speakerId: attendee.user.id, summary: '谈认识' }],
        }),
      );
      recordB = await createRecord(
        w.as.unitAdminB,
        studyBody(w.villageB.id, [w.users.cadreB.id], { type: 'seminar', title: uniq('乙镇') }),
      );
    });

    test('GET /api/study-records: admins see their scope only; cadres and lecturers are refused', async () => {
      expectError(await w.as.cadreA.get('/api/study-records'), 403, 'common/forbidden');
      expectError(await w.as.lecturerA.get('/api/study-records'), 403, 'common/forbidden');
      expectError(await attendee.agent.get('/api/study-records'), 403, 'common/forbidden');

      const forA = await listIds(w.as.unitAdminA);
      expect(forA).toContain(draftA.id);
      expect(forA).not.toContain(recordB.id);
      const forB = await listIds(w.as.unitAdminB);
      expect(forB).toContain(recordB.id);
      expect(forB).not.toContain(draftA.id);
      expect(await listIds(w.as.orgAdmin)).toEqual(expect.arrayContaining([draftA.id, recordB.id]));
      // Asking for another town's unit does not widen the scope.
      expect(await listIds(w.as.unitAdminA, `&unitId=${w.townB.id}`)).toEqual([]);

      const summary = expectOk<StudyRecordPageDto>(
        await w.as.unitAdminA.get(`/api/study-records?q=${encodeURIComponent(draftA.title)}`),
        200,
      ).items;
      expect(summary).toEqual([
        {
          id: draftA.id,
          unitId: w.villageA.id,
          unitName: w.villageA.name,
          type: 'special_study',
          heldOn: today(),
          title: draftA.title,
          hostName: draftA.hostName,
          status: 'draft',
          attendeeCount: 1,
          absenteeCount: 1,
          speechCount: 1,
          creditedHours: null,
          submittedAt: null,
        },
      ]);
    });

    test('list filters: type, status, unit, year and part of the title', async () => {
      expect(await listIds(w.as.unitAdminA, '&type=special_study')).toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, '&type=seminar')).not.toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, '&status=draft')).toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, '&status=submitted')).not.toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, `&unitId=${w.villageA.id}`)).toContain(draftA.id);
      expect(await listIds(w.as.orgAdmin, `&unitId=${w.townA.id}`)).not.toContain(recordB.id);
      expect(await listIds(w.as.unitAdminA, `&year=${thisYear()}`)).toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, `&year=${thisYear() - 1}`)).not.toContain(draftA.id);
      expect(await listIds(w.as.unitAdminA, `&q=${encodeURIComponent(draftA.title.slice(2))}`)).toEqual([draftA.id]);
      expect(await listIds(w.as.unitAdminA, '&q=%25')).not.toContain(draftA.id);
      expectError(await w.as.unitAdminA.get('/api/study-records?type=meeting'), 400, 'common/validation_failed');
      expectError(await w.as.unitAdminA.get('/api/study-records?year=1999'), 400, 'common/validation_failed');
    });

    test('GET /api/study-records/:id: another town’s admin gets a 404; people named see it once submitted, nobody else', async () => {
      expectError(await w.as.unitAdminB.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/study-records/${recordB.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get(`/api/study-records/${randomUUID()}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.get('/api/study-records/not-an-id'), 400, 'common/validation_failed');
      // A draft is the admins' business only.
      expectError(await attendee.agent.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await absentee.agent.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expect((await getRecord(w.as.orgAdmin, draftA.id)).can).toEqual({ edit: true });

      const submitted = await submitRecord(w.as.unitAdminA, draftA.id);
      expect(submitted.status).toBe('submitted');
      const seen = await getRecord(attendee.agent, draftA.id);
      expect(seen).toMatchObject({ id: draftA.id, status: 'submitted', can: { edit: false } });
      expect(peopleOf(seen)).toEqual({
        [attendee.user.id]: { present: true, absenceReason: null },
        [absentee.user.id]: { present: false, absenceReason: '驻村' },
      });
      expect((await getRecord(absentee.agent, draftA.id)).id).toBe(draftA.id);
      expect((await getRecord(w.as.unitAdminA, draftA.id)).can).toEqual({ edit: false });

      // Not named, or named elsewhere: nothing.
      expectError(await bystander.agent.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.lecturerA.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.auditor.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreB.get(`/api/study-records/${draftA.id}`), 404, 'common/not_found');
    });
  });

  // ---- submitting -------------------------------------------------------------------------------------------------

  describe('submitting, editing and deleting', () => {
    test('submitting credits each present attendee with the hours of the type (center_group 4, first_topic 0.5); absentees get nothing', async () => {
      const [p1, p2, p3, ab] = [await person(), await person(w.townA), await person(), await person()];
      const center = await createRecord(
        w.as.unitAdminA,
        studyBody(w.townA.id, [p1.user.id, p2.user.id, p3.user.id], {
          type: 'center_group',
          heldOn: today(),
          absentees: [{ userId: ab.user.id, reason: '培训' }],
          speeches: [{ speakerId: p2.user.id, summary: '中心发言' }],
        }),
      );
      expect(await studyLedger(t.db, center.id)).toEqual({});
      const submitted = await submitRecord(w.as.unitAdminA, center.id);
      expect(submitted).toMatchObject({ status: 'submitted', creditedHours: DEFAULT_STUDY_HOURS.center_group, can: { edit: false } });
      expect(submitted.creditedHours).toBe(4);
      expect(Date.parse(submitted.submittedAt!)).not.toBeNaN();
      expect(await studyLedger(t.db, center.id)).toEqual({ [p1.user.id]: 4, [p2.user.id]: 4, [p3.user.id]: 4 });
      const [entry] = (await t.db.query(
        `SELECT year, unit_id, description FROM ledger_entries WHERE source = 'study_record' AND source_ref_id = $1 AND user_id = $2`,
        [center.id, p2.user.id],
      )) as { year: number; unit_id: string; description: string }[];
      expect(entry).toEqual({ year: thisYear(), unit_id: w.townA.id, description: `学习研讨：${center.title}` });

      const audit = await auditRowsFor(t.db, center.id, 'study_record.submitted');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: w.users.unitAdminA.id, unit_path: w.townA.path, details: { hours: 4, attendees: 3 } });

      const first = await submittedRecord(
        w.as.unitAdminA,
        studyBody(w.villageA.id, [p1.user.id, p3.user.id], { type: 'first_topic', absentees: [{ userId: ab.user.id, reason: '病假' }] }),
      );
      expect(first.creditedHours).toBe(DEFAULT_STUDY_HOURS.first_topic);
      expect(first.creditedHours).toBe(0.5);
      expect(await studyLedger(t.db, first.id)).toEqual({ [p1.user.id]: 0.5, [p3.user.id]: 0.5 });

      const totals = (await t.db.query(
        `SELECT user_id, study_record_hours, total_hours FROM cadre_year_hours WHERE year = $1 AND user_id = ANY($2::uuid[])`,
        [thisYear(), [p1.user.id, p2.user.id, ab.user.id]],
      )) as { user_id: string; study_record_hours: number; total_hours: number }[];
      expect(Object.fromEntries(totals.map((r) => [r.user_id, [Number(r.study_record_hours), Number(r.total_hours)]]))).toEqual({
        [p1.user.id]: [4.5, 4.5],
        [p2.user.id]: [4, 4],
      });
    });

    test('a submitted record is final: submit, edit and delete are 409 studies/not_editable and the ledger does not move', async () => {
      const p1 = await person();
      const record = await submittedRecord(w.as.unitAdminA, studyBody(w.villageA.id, [p1.user.id], { type: 'first_topic' }));
      const ledger = await studyLedger(t.db, record.id);
      expect(ledger).toEqual({ [p1.user.id]: 0.5 });

      expectError(await w.as.unitAdminA.post(`/api/study-records/${record.id}/submit`), 409, 'studies/not_editable');
      expectError(await w.as.orgAdmin.post(`/api/study-records/${record.id}/submit`), 409, 'studies/not_editable');
      expectError(await w.as.unitAdminA.patch(`/api/study-records/${record.id}`, { title: '改标题' }), 409, 'studies/not_editable');
      expectError(await w.as.unitAdminA.delete(`/api/study-records/${record.id}`), 409, 'studies/not_editable');
      // Out of scope stays a 404 whatever the state.
      expectError(await w.as.unitAdminB.post(`/api/study-records/${record.id}/submit`), 404, 'common/not_found');
      expectError(await w.as.unitAdminB.delete(`/api/study-records/${record.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.post(`/api/study-records/${record.id}/submit`), 403, 'common/forbidden');

      expect(await studyLedger(t.db, record.id)).toEqual(ledger);
      const after = await getRecord(w.as.unitAdminA, record.id);
      expect(after).toMatchObject({ title: record.title, status: 'submitted', submittedAt: record.submittedAt });
      expect(await auditRowsFor(t.db, record.id, 'study_record.submitted')).toHaveLength(1);
    });

    test('a draft can be deleted (204, then gone); another town’s admin cannot', async () => {
      const p1 = await person();
      const png = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PNG_BYTES, 'photo.png', 'image/png');
      const draft = await createRecord(
        w.as.unitAdminA,
        studyBody(w.villageA.id, [p1.user.id], {
          speeches: [{ speakerId: p1.user.id, summary: '发言' }],
          attachments: [{ fileId: png.id, kind: 'other' }],
        }),
      );
      expectError(await w.as.unitAdminB.delete(`/api/study-records/${draft.id}`), 404, 'common/not_found');
      expectError(await w.as.cadreA.delete(`/api/study-records/${draft.id}`), 403, 'common/forbidden');
      expect(await listIds(w.as.unitAdminA)).toContain(draft.id);

      const res = await w.as.unitAdminA.delete(`/api/study-records/${draft.id}`);
      expect(res.status).toBe(204);
      expectError(await w.as.unitAdminA.get(`/api/study-records/${draft.id}`), 404, 'common/not_found');
      expect(await listIds(w.as.unitAdminA)).not.toContain(draft.id);
      expectError(await w.as.unitAdminA.delete(`/api/study-records/${draft.id}`), 404, 'common/not_found');
      expectError(await w.as.unitAdminA.post(`/api/study-records/${draft.id}/submit`), 404, 'common/not_found');
      const leftovers = (await t.db.query(
        `SELECT (SELECT count(*) FROM study_record_people WHERE record_id = $1)::int AS people,
                (SELECT count(*) FROM study_record_speeches WHERE record_id = $1)::int AS speeches,
                (SELECT count(*) FROM study_record_attachments WHERE record_id = $1)::int AS attachments`,
        [draft.id],
      )) as { people: number; speeches: number; attachments: number }[];
      expect(leftovers).toEqual([{ people: 0, speeches: 0, attachments: 0 }]);
      expect(await studyLedger(t.db, draft.id)).toEqual({});
      expect((await auditRowsFor(t.db, draft.id)).map((r) => r.action)).toEqual(['study_record.created', 'study_record.deleted']);
    });

    test('PATCH on a draft: plain fields leave people and speeches alone; a new attendee list replaces the old one', async () => {
      const [a1, a2, a3, ab] = [await person(), await person(), await person(), await person()];
      const pdf = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PDF_BYTES, 'material.pdf', 'application/pdf');
      const draft = await createRecord(
        w.as.unitAdminA,
        studyBody(w.villageA.id, [a1.user.id, a2.user.id], {
          type: 'seminar',
          absentees: [{ userId: ab.user.id, reason: '公差' }],
          speeches: [{ speakerId: a1.user.id, summary: '第一个发言' }],
          attachments: [{ fileId: pdf.id, kind: 'material' }],
        }),
      );

      const retitled = expectOk<StudyRecordDto>(
        await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, {
          title: `${draft.title}（修订）`,
          materialUrl: 'https://example.org/m.pdf',
          conclusions: '形成共识',
        }),
        200,
      );
      expect(retitled).toMatchObject({
        title: `${draft.title}（修订）`,
        materialUrl: 'https://example.org/m.pdf',
        conclusions: '形成共识',
        type: 'seminar',
        status: 'draft',
      });
      expect(peopleOf(retitled)).toEqual(peopleOf(draft));
      expect(retitled.speeches).toEqual(draft.speeches);
      expect(retitled.attachments.map((a) => a.file.id)).toEqual([pdf.id]);

      // A new list of attendees replaces the old; absentees and speeches not sent are kept.
      const replaced = expectOk<StudyRecordDto>(
        await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { attendeeIds: [a1.user.id, a3.user.id] }),
        200,
      );
      expect(peopleOf(replaced)).toEqual({
        [a1.user.id]: { present: true, absenceReason: null },
        [a3.user.id]: { present: true, absenceReason: null },
        [ab.user.id]: { present: false, absenceReason: '公差' },
      });
      expect(replaced.speeches).toEqual([{ speakerId: a1.user.id, speakerName: a1.user.name, summary: '第一个发言' }]);
      expect(replaced).toMatchObject({ attendeeCount: 2, absenteeCount: 1, speechCount: 1, title: `${draft.title}（修订）` });

      // Dropping the only speaker from the attendees contradicts the speeches kept: nothing changes.
      const contradiction = await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { attendeeIds: [a3.user.id] });
      expectError(contradiction, 422, 'studies/inconsistent_people');
      expect(detailFields(contradiction)).toEqual(['speeches.0.speakerId']);
      const outside = await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { attendeeIds: [a1.user.id, w.users.cadreB.id] });
      expectError(outside, 422, 'studies/person_outside_unit');
      expect(detailFields(outside)).toEqual(['attendeeIds.1']);
      expectError(
        await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { heldOn: tomorrowInShanghai() }),
        422,
        'studies/held_in_future',
      );
      expectError(await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { type: 'meeting' }), 400, 'common/validation_failed');
      expectError(await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { attendeeIds: [] }), 400, 'common/validation_failed');
      expectError(await w.as.unitAdminB.patch(`/api/study-records/${draft.id}`, { title: '乙镇改甲镇' }), 404, 'common/not_found');
      expectError(await w.as.cadreA.patch(`/api/study-records/${draft.id}`, { title: '干部改' }), 403, 'common/forbidden');
      const unchanged = await getRecord(w.as.unitAdminA, draft.id);
      expect(peopleOf(unchanged)).toEqual(peopleOf(replaced));
      expect(unchanged.title).toBe(`${draft.title}（修订）`);

      // Attendees and speeches together; the attachments list is replaced when sent.
      const png = await uploadFileOk(w.as.unitAdminA, 'study_attachment', PNG_BYTES, 'sign.png', 'image/png');
      const both = expectOk<StudyRecordDto>(
        await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, {
          attendeeIds: [a3.user.id],
          absentees: [],
          speeches: [{ speakerId: a3.user.id, summary: '改由三号发言' }],
          attachments: [
            { fileId: png.id, kind: 'sign_in' },
            { fileId: pdf.id, kind: 'minutes' },
          ],
        }),
        200,
      );
      expect(peopleOf(both)).toEqual({ [a3.user.id]: { present: true, absenceReason: null } });
      expect(both.speeches.map((s) => [s.speakerId, s.summary])).toEqual([[a3.user.id, '改由三号发言']]);
      expect(both.attachments.map((a) => [a.kind, a.file.id])).toEqual([
        ['sign_in', png.id],
        ['minutes', pdf.id],
      ]);
      const noFiles = expectOk<StudyRecordDto>(await w.as.unitAdminA.patch(`/api/study-records/${draft.id}`, { attachments: [] }), 200);
      expect(noFiles.attachments).toEqual([]);
      expect(noFiles.speeches).toHaveLength(1);

      const updates = await auditRowsFor(t.db, draft.id, 'study_record.updated');
      expect(updates).toHaveLength(4);
      expect(updates[1]!.details).toEqual({ fields: ['attendeeIds'] });

      // Submitting now credits the present attendee only, with the hours of its type at that moment.
      const rules = expectOk<{ items: HourRuleDto[] }>(await w.as.cadreA.get('/api/hour-rules'), 200).items;
      const seminarHours = rules.find((r) => r.source === 'study_record' && r.kind === 'seminar')!.hours;
      const submitted = await submitRecord(w.as.unitAdminA, draft.id);
      expect(submitted.creditedHours).toBe(seminarHours);
      expect(await studyLedger(t.db, draft.id)).toEqual({ [a3.user.id]: seminarHours });
    });
  });

  // ---- the archive ------------------------------------------------------------------------------------------------

  describe('the archive of the people named', () => {
    test('GET /api/my/archive lists submitted records: present with hours and speech, absent with 0 hours', async () => {
      const [speaker, listener, missing] = [await person(), await person(), await person()];
      const center = await submittedRecord(
        w.as.unitAdminA,
        studyBody(w.villageA.id, [speaker.user.id, listener.user.id], {
          type: 'center_group',
          absentees: [{ userId: missing.user.id, reason: '外出学习' }],
          speeches: [{ speakerId: speaker.user.id, summary: '交流发言' }],
        }),
      );
      const first = await submittedRecord(
        w.as.unitAdminA,
        studyBody(w.townA.id, [speaker.user.id, missing.user.id], { type: 'first_topic' }),
      );
      // A draft naming them is not in anybody's archive yet.
      const draft = await createRecord(w.as.unitAdminA, studyBody(w.villageA.id, [speaker.user.id, missing.user.id], { type: 'seminar' }));
      const centerHours = center.creditedHours!;
      const firstHours = first.creditedHours!;
      expect([centerHours, firstHours]).toEqual([DEFAULT_STUDY_HOURS.center_group, DEFAULT_STUDY_HOURS.first_topic]);

      const archive = async (p: Person) => expectOk<ArchiveDto>(await p.agent.get('/api/my/archive'), 200);
      const bySpeaker = await archive(speaker);
      expect(bySpeaker.year).toBe(thisYear());
      expect(bySpeaker.studies.map((s) => s.recordId).sort()).toEqual([center.id, first.id].sort());
      expect(bySpeaker.studies.find((s) => s.recordId === center.id)).toEqual({
        recordId: center.id,
        type: 'center_group',
        title: center.title,
        heldOn: today(),
        unitName: w.villageA.name,
        present: true,
        absenceReason: null,
        spoke: true,
        hours: centerHours,
      });
      expect(bySpeaker.studies.find((s) => s.recordId === first.id)).toMatchObject({
        unitName: w.townA.name,
        present: true,
        spoke: false,
        hours: firstHours,
      });
      expect(bySpeaker.studies.map((s) => s.recordId)).not.toContain(draft.id);
      expect(bySpeaker.bySource.study_record).toBe(centerHours + firstHours);
      expect(bySpeaker.bySource.study_record).toBe(bySpeaker.studies.reduce((sum, s) => sum + s.hours, 0));
      expect(
        bySpeaker.entries
          .filter((e) => e.source === 'study_record')
          .map((e) => e.hours)
          .sort(),
      ).toEqual([centerHours, firstHours].sort());

      const byListener = await archive(listener);
      expect(byListener.studies).toEqual([
        expect.objectContaining({ recordId: center.id, present: true, spoke: false, hours: centerHours }),
      ]);
      expect(byListener.bySource.study_record).toBe(centerHours);

      const byMissing = await archive(missing);
      expect(byMissing.studies.find((s) => s.recordId === center.id)).toEqual({
        recordId: center.id,
        type: 'center_group',
        title: center.title,
        heldOn: today(),
        unitName: w.villageA.name,
        present: false,
        absenceReason: '外出学习',
        spoke: false,
        hours: 0,
      });
      expect(byMissing.studies.find((s) => s.recordId === first.id)).toMatchObject({ present: true, hours: firstHours });
      expect(byMissing.bySource.study_record).toBe(firstHours);
      expect(byMissing.bySource.study_record).toBe(byMissing.studies.reduce((sum, s) => sum + s.hours, 0));

      // Someone not named has none of it; the records are of this year, not last.
      expect((await archive(await person())).studies).toEqual([]);
      const lastYear = expectOk<ArchiveDto>(await speaker.agent.get(`/api/my/archive?year=${thisYear() - 1}`), 200);
      expect(lastYear.studies).toEqual([]);
      // An admin in scope reads the same archive.
      const viaAdmin = expectOk<ArchiveDto>(await w.as.unitAdminA.get(`/api/users/${missing.user.id}/archive`), 200);
      expect(viaAdmin.studies).toEqual(byMissing.studies);
    });
  });

  // ---- hour rules -------------------------------------------------------------------------------------------------

  describe('hour rules (/api/hour-rules)', () => {
    test('GET lists every lecture format and study type, with the defaults unless changed', async () => {
      const res = await w.as.cadreA.get('/api/hour-rules');
      const { items } = expectOk<{ items: HourRuleDto[] }>(res, 200);
      // Nothing in this file has changed them yet; other files do not touch the study-record hours.
      // Each source also has its yearly cap (0 = none; the hour rules of issue 15).
      expect(items.filter((r) => r.source === 'study_record')).toEqual([
        ...STUDY_RECORD_TYPES.map((kind) => ({ source: 'study_record', kind, hours: DEFAULT_STUDY_HOURS[kind] })),
        { source: 'study_record', kind: 'yearly_cap', hours: 0 },
      ]);
      expect(
        items
          .filter((r) => r.source === 'lecture_given')
          .map((r) => r.kind)
          .sort(),
      ).toEqual([...Object.keys(DEFAULT_LECTURE_HOURS), 'yearly_cap'].sort());
      expect(items.every((r) => typeof r.hours === 'number')).toBe(true);
      // And the daily cap of an offline claim (学时申报), a city rule of the same list (its value: claim-kinds.test.ts).
      expect(items.filter((r) => r.source === 'offline_training').map((r) => r.kind)).toEqual(['daily_cap', 'yearly_cap']);
      // Plus the course rule (3 kinds and a cap) and the class's daily cap and yearly cap.
      expect(items).toHaveLength(STUDY_RECORD_TYPES.length + 1 + Object.keys(DEFAULT_LECTURE_HOURS).length + 1 + 2 + 4 + 2);
    });

    test('only an org admin scoped to the city changes them; unknown kinds and bad hours are a 400', async () => {
      const rules = [{ source: 'study_record', kind: 'seminar', hours: 9 }];
      const townOrgAdmin = await signIn(t.http, await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA }));
      expectError(await townOrgAdmin.put('/api/hour-rules', { rules }), 403, 'common/forbidden');
      expectError(await w.as.unitAdminA.put('/api/hour-rules', { rules }), 403, 'common/forbidden');
      expectError(await w.as.cadreA.put('/api/hour-rules', { rules }), 403, 'common/forbidden');
      expectError(await w.as.auditor.put('/api/hour-rules', { rules }), 403, 'common/forbidden');

      const bad: [unknown, string][] = [
        [[{ source: 'study_record', kind: 'banquet', hours: 1 }], 'rules.0.kind'],
        [
          [
            { source: 'study_record', kind: 'seminar', hours: 1 },
            { source: 'study_record', kind: 'concentrated', hours: 1 },
          ],
          'rules.1.kind',
        ],
        [[{ source: 'study_record', kind: 'toString', hours: 1 }], 'rules.0.kind'],
        [[{ source: 'study_record', kind: 'constructor', hours: 1 }], 'rules.0.kind'],
        [[{ source: 'study_record', kind: '__proto__', hours: 1 }], 'rules.0.kind'],
        [[{ source: 'lecture_given', kind: 'seminar', hours: 1 }], 'rules.0.kind'],
        [[{ source: 'quiz', kind: 'seminar', hours: 1 }], 'rules.0.source'],
        [[{ source: 'course', kind: 'seminar', hours: 1 }], 'rules.0.kind'],
        [[{ source: 'study_record', kind: 'seminar', hours: 25 }], 'rules.0.hours'],
        [[{ source: 'study_record', kind: 'seminar', hours: -1 }], 'rules.0.hours'],
        [[{ source: 'study_record', kind: 'seminar', hours: 1.255 }], 'rules.0.hours'],
        [
          [
            { source: 'study_record', kind: 'seminar', hours: 1 },
            { source: 'study_record', kind: 'seminar', hours: 2 },
          ],
          'rules.1',
        ],
        [[], 'rules'],
      ];
      for (const [list, field] of bad) {
        const res = await w.as.orgAdmin.put('/api/hour-rules', { rules: list });
        expect({ list, status: res.status, code: (res.body as { code?: string }).code }).toEqual({
          list,
          status: 400,
          code: 'common/validation_failed',
        });
        expect({ list, fields: detailFields(res) }).toEqual({ list, fields: expect.arrayContaining([field]) });
      }
      const stored = (await t.db.query(
        `SELECT kind FROM hour_rules WHERE source = 'study_record' AND kind NOT IN (${STUDY_RECORD_TYPES.map((k) => `'${k}'`).join(', ')})`,
      )) as unknown[];
      expect(stored).toEqual([]);
      const { items } = expectOk<{ items: HourRuleDto[] }>(await w.as.cadreA.get('/api/hour-rules'), 200);
      expect(items.find((r) => r.source === 'study_record' && r.kind === 'seminar')?.hours).toBe(DEFAULT_STUDY_HOURS.seminar);
    });

    test('the org admin sets seminar to 2.5: audited, and a seminar submitted afterwards credits 2.5 (earlier ones keep theirs)', async () => {
      const p1 = await person();
      const before = await submittedRecord(w.as.unitAdminA, studyBody(w.villageA.id, [p1.user.id], { type: 'seminar' }));
      expect(before.creditedHours).toBe(DEFAULT_STUDY_HOURS.seminar);
      const pending = await createRecord(w.as.unitAdminA, studyBody(w.villageA.id, [p1.user.id], { type: 'seminar' }));

      const res = await w.as.orgAdmin.put('/api/hour-rules', { rules: [{ source: 'study_record', kind: 'seminar', hours: 2.5 }] });
      try {
        const { items } = expectOk<{ items: HourRuleDto[] }>(res, 200);
        expect(items.find((r) => r.source === 'study_record' && r.kind === 'seminar')).toEqual({
          source: 'study_record',
          kind: 'seminar',
          hours: 2.5,
        });
        expect(items.find((r) => r.source === 'study_record' && r.kind === 'center_group')?.hours).toBe(DEFAULT_STUDY_HOURS.center_group);
        const listed = expectOk<{ items: HourRuleDto[] }>(await w.as.cadreB.get('/api/hour-rules'), 200).items;
        expect(listed).toEqual(items);

        const audit = await auditRowsBy(t.db, w.users.orgAdmin.id, 'hour_rules.saved');
        expect(audit.at(-1)).toMatchObject({
          unit_path: w.root.path,
          details: { changes: [{ source: 'study_record', kind: 'seminar', hours: 2.5, was: DEFAULT_STUDY_HOURS.seminar }] },
        });

        const after = await submitRecord(w.as.unitAdminA, pending.id);
        expect(after.creditedHours).toBe(2.5);
        expect(await studyLedger(t.db, pending.id)).toEqual({ [p1.user.id]: 2.5 });
        const fresh = await submittedRecord(w.as.unitAdminA, studyBody(w.villageA.id, [p1.user.id], { type: 'seminar' }));
        expect(fresh.creditedHours).toBe(2.5);
        // Hours already granted stay what they were.
        expect((await getRecord(w.as.unitAdminA, before.id)).creditedHours).toBe(DEFAULT_STUDY_HOURS.seminar);
        expect(await studyLedger(t.db, before.id)).toEqual({ [p1.user.id]: DEFAULT_STUDY_HOURS.seminar });
        const archive = expectOk<ArchiveDto>(await p1.agent.get('/api/my/archive'), 200);
        expect(archive.bySource.study_record).toBe(DEFAULT_STUDY_HOURS.seminar + 2.5 + 2.5);
      } finally {
        // Back to the default at once (afterAll restores every study type again, as a safety net).
        expectOk(
          await w.as.orgAdmin.put('/api/hour-rules', {
            rules: [{ source: 'study_record', kind: 'seminar', hours: DEFAULT_STUDY_HOURS.seminar }],
          }),
          200,
        );
      }
      const restored = expectOk<{ items: HourRuleDto[] }>(await w.as.cadreA.get('/api/hour-rules'), 200).items;
      expect(restored.find((r) => r.source === 'study_record' && r.kind === 'seminar')?.hours).toBe(DEFAULT_STUDY_HOURS.seminar);
    });
  });

  // ---- figures and export -----------------------------------------------------------------------------------------

  describe('figures (/api/study-stats) and the workbook', () => {
    /** A city of its own, so town A's figures are exactly the records made here. */
    let s: World;
    let villageA2: UnitRef;
    const ids: Record<'r1' | 'r2' | 'r3' | 'r4' | 'draft' | 'otherYear' | 'townB', StudyRecordDto> = {} as never;

    beforeAll(async () => {
      s = await buildWorld(t.db, t.http);
      villageA2 = await createUnit(t.db, s.townA, 'village');
      const cadre = (unit: UnitRef) => createCadre(t.db, unit);
      const [v1, v2, v3] = [await cadre(s.villageA), await cadre(s.villageA), await cadre(s.villageA)];
      const [u1, u2] = [await cadre(villageA2), await cadre(villageA2)];
      const townCadre = await cadre(s.townA);
      const admin = s.as.unitAdminA;
      const y = STATS_YEAR;
      ids.r1 = await submittedRecord(
        admin,
        studyBody(s.villageA.id, [v1.id, v2.id, v3.id], {
          type: 'center_group',
          heldOn: `${y}-03-05`,
          title: uniq('三月中心组'),
          speeches: [
            { speakerId: v1.id, summary: '发言' },
            { speakerId: v2.id, summary: '发言' },
          ],
        }),
      );
      ids.r2 = await submittedRecord(
        admin,
        studyBody(s.villageA.id, [v1.id], {
          type: 'first_topic',
          heldOn: `${y}-03-20`,
          title: uniq('三月第一议题'),
          absentees: [{ userId: v2.id, reason: '病假' }],
          speeches: [{ speakerId: v1.id, summary: '发言' }],
        }),
      );
      ids.r3 = await submittedRecord(
        admin,
        studyBody(villageA2.id, [u1.id, u2.id], { type: 'seminar', heldOn: `${y}-07-01`, title: uniq('七月研讨') }),
      );
      ids.r4 = await submittedRecord(
        admin,
        studyBody(s.townA.id, [townCadre.id, v1.id], { type: 'center_group', heldOn: `${y}-11-11`, title: uniq('十一月中心组') }),
      );
      ids.draft = await createRecord(
        admin,
        studyBody(s.villageA.id, [v3.id], { type: 'big_study', heldOn: `${y}-05-05`, title: uniq('五月草稿') }),
      );
      ids.otherYear = await submittedRecord(
        admin,
        studyBody(s.villageA.id, [v1.id, v2.id], { type: 'center_group', heldOn: `${y - 1}-12-31`, title: uniq('上年') }),
      );
      ids.townB = await submittedRecord(
        s.as.unitAdminB,
        studyBody(s.villageB.id, [s.users.cadreB.id], { type: 'center_group', heldOn: `${y}-03-05`, title: uniq('乙镇') }),
      );
    });

    async function stats(agent: Agent, query: string): Promise<StudyStatsDto> {
      return expectOk<StudyStatsDto>(await agent.get(`/api/study-stats?${query}`), 200);
    }

    test('town A’s year: totals, by village, by month and by type, counted by hand', async () => {
      const res = await stats(s.as.unitAdminA, `year=${STATS_YEAR}&unitId=${s.townA.id}`);
      const zero = (key: string, label: string) => ({ key, label, records: 0, attendances: 0 });
      expect(res).toEqual({
        year: STATS_YEAR,
        unitId: s.townA.id,
        unitName: s.townA.name,
        records: 4,
        attendances: 3 + 1 + 2 + 2,
        cadresReached: 6,
        speeches: 3,
        drafts: 1,
        byUnit: [
          { key: s.villageA.id, label: s.villageA.name, records: 2, attendances: 4 },
          { key: villageA2.id, label: villageA2.name, records: 1, attendances: 2 },
        ],
        byMonth: Array.from({ length: 12 }, (_, i) => {
          const m = i + 1;
          const found = { 3: [2, 4], 7: [1, 2], 11: [1, 2] }[m as 3 | 7 | 11];
          return found ? { key: String(m), label: `${m}月`, records: found[0], attendances: found[1] } : zero(String(m), `${m}月`);
        }),
        byType: STUDY_RECORD_TYPES.map((k: StudyRecordType) => {
          const found = { center_group: [2, 5], first_topic: [1, 1], seminar: [1, 2] }[k as 'center_group' | 'first_topic' | 'seminar'];
          return found
            ? { key: k, label: STUDY_RECORD_TYPE_LABELS[k], records: found[0], attendances: found[1] }
            : zero(k, STUDY_RECORD_TYPE_LABELS[k]);
        }),
      });
      // The org admin sees the same figures; a village has no units below it.
      expect(await stats(s.as.orgAdmin, `year=${STATS_YEAR}&unitId=${s.townA.id}`)).toEqual(res);
      const village = await stats(s.as.unitAdminA, `year=${STATS_YEAR}&unitId=${s.villageA.id}`);
      expect(village).toMatchObject({
        unitId: s.villageA.id,
        records: 2,
        attendances: 4,
        cadresReached: 3,
        speeches: 3,
        drafts: 1,
        byUnit: [],
      });
      // The year before holds one record of its own.
      const before = await stats(s.as.unitAdminA, `year=${STATS_YEAR - 1}&unitId=${s.townA.id}`);
      expect(before).toMatchObject({ records: 1, attendances: 2, cadresReached: 2, speeches: 0 });
      expect(before.byMonth[11]).toEqual({ key: '12', label: '12月', records: 1, attendances: 2 });
      // The city: town A's four and town B's one.
      const city = await stats(s.as.orgAdmin, `year=${STATS_YEAR}&unitId=${s.root.id}`);
      expect(city).toMatchObject({ records: 5, attendances: 9, cadresReached: 7 });
      expect(city.byUnit.find((u) => u.key === s.townA.id)).toMatchObject({ records: 4, attendances: 8 });
      expect(city.byUnit.find((u) => u.key === s.townB.id)).toMatchObject({ records: 1, attendances: 1 });
    });

    test('scope: another town is a 404, cadres a 403; without a unit, the caller’s own scope and this year', async () => {
      expectError(await s.as.unitAdminB.get(`/api/study-stats?year=${STATS_YEAR}&unitId=${s.townA.id}`), 404, 'common/not_found');
      expectError(await s.as.unitAdminA.get(`/api/study-stats?year=${STATS_YEAR}&unitId=${s.root.id}`), 404, 'common/not_found');
      expectError(await s.as.unitAdminA.get(`/api/study-stats?unitId=${randomUUID()}`), 404, 'common/not_found');
      expectError(await s.as.cadreA.get(`/api/study-stats?unitId=${s.townA.id}`), 403, 'common/forbidden');
      expectError(await s.as.lecturerA.get(`/api/study-stats?unitId=${s.townA.id}`), 403, 'common/forbidden');
      expectError(await s.as.unitAdminA.get('/api/study-stats?year=1999'), 400, 'common/validation_failed');
      expectError(
        await s.as.unitAdminB.get(`/api/exports/study-records.xlsx?year=${STATS_YEAR}&unitId=${s.townA.id}`),
        404,
        'common/not_found',
      );
      expectError(await s.as.cadreA.get(`/api/exports/study-records.xlsx?unitId=${s.townA.id}`), 403, 'common/forbidden');

      const own = await stats(s.as.unitAdminA, '');
      expect(own).toMatchObject({ year: thisYear(), unitId: s.townA.id, unitName: s.townA.name, records: 0 });
      const ownPast = await stats(s.as.unitAdminA, `year=${STATS_YEAR}`);
      expect(ownPast).toMatchObject({ unitId: s.townA.id, records: 4 });
      const b = await stats(s.as.unitAdminB, `year=${STATS_YEAR}`);
      expect(b).toMatchObject({ unitId: s.townB.id, records: 1, attendances: 1, cadresReached: 1 });
    });

    test('GET /api/exports/study-records.xlsx is a workbook of the year’s records and figures, and is audited', async () => {
      const res = await getBytes(s.as.unitAdminA, `/api/exports/study-records.xlsx?year=${STATS_YEAR}&unitId=${s.townA.id}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${s.townA.name}-${STATS_YEAR}年学习研讨.xlsx`));
      const book = await readWorkbook(res.body as Buffer);
      expect(Object.keys(book)).toEqual(['学习研讨记录', '按单位', '按月份', '按类型']);
      const list = book['学习研讨记录']!;
      expect(list[0]).toEqual(['日期', '单位', '类型', '主题', '主持人', '学习材料', '出席人数', '缺席人数', '发言人次', '状态', '学时']);
      const rows = list.slice(1);
      // Held in the year under town A, drafts included, by date; nothing of town B or of the year before.
      expect(rows.map((r) => r[3])).toEqual([ids.r1.title, ids.r2.title, ids.draft.title, ids.r3.title, ids.r4.title]);
      const submitted = STUDY_RECORD_STATUS_LABELS.submitted;
      expect(rows[0]).toEqual([
        `${STATS_YEAR}-03-05`,
        s.villageA.name,
        STUDY_RECORD_TYPE_LABELS.center_group,
        ids.r1.title,
        '主持人',
        '',
        3,
        0,
        2,
        submitted,
        ids.r1.creditedHours,
      ]);
      expect(rows[1]!.slice(6)).toEqual([1, 1, 1, submitted, ids.r2.creditedHours]);
      expect(rows[2]!.slice(0, 3)).toEqual([`${STATS_YEAR}-05-05`, s.villageA.name, STUDY_RECORD_TYPE_LABELS.big_study]);
      expect(rows[2]!.slice(6, 10)).toEqual([1, 0, 0, STUDY_RECORD_STATUS_LABELS.draft]);
      expect(rows[2]![10] ?? '').toBe('');
      expect(rows[3]!.slice(1, 2)).toEqual([villageA2.name]);
      expect(rows[4]!.slice(1, 2)).toEqual([s.townA.name]);

      expect(book['按单位']).toEqual([
        ['单位', '次数', '参加人次'],
        [s.villageA.name, 2, 4],
        [villageA2.name, 1, 2],
      ]);
      expect(book['按月份']![0]).toEqual(['月份', '次数', '参加人次']);
      expect(book['按月份']).toHaveLength(13);
      expect(book['按月份']![3]).toEqual(['3月', 2, 4]);
      expect(book['按类型']!.slice(1)).toEqual(
        STUDY_RECORD_TYPES.map((k) => [
          STUDY_RECORD_TYPE_LABELS[k],
          ...({ center_group: [2, 5], first_topic: [1, 1], seminar: [1, 2] }[k as 'center_group'] ?? [0, 0]),
        ]),
      );

      const audit = await auditRowsBy(t.db, s.users.unitAdminA.id, 'study_records.exported');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ unit_path: s.townA.path, details: { year: STATS_YEAR, unitId: s.townA.id, rows: 5 } });
    });
  });
});
