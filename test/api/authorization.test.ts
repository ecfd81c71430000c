import { todayInShanghai } from '../../server/src/common/time';
import { createTestApp, type TestApp } from '../helpers/app';
import { classBody, createClass, enrol } from '../helpers/classes';
import { expectStatus, uploadPdf } from '../helpers/learning';
import { createQuestion, publishedQuiz, startAttempt } from '../helpers/quizzes';
import { addDays, expectError, studyBody, submittedRecord } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

/**
 * Who may read a cadre's records by id. The auditor (安全审计员) is scoped to the whole city like the org admin, so every
 * check that asks only "is the row in the caller's scope?" lets them through; they read the audit trail and nothing
 * else of personal records. One table walks the by-id routes of personal records: the record's own reader gets it (so
 * the id is real), the auditor gets the 404 of a row they may not know exists, or the 403 of a route their role may not
 * call at all.
 */
describe('personal records by id: role as well as scope', () => {
  let t: TestApp;
  let w: World;
  const ids: Record<'claim' | 'study' | 'cls' | 'attempt', string> = { claim: '', study: '', cls: '', attempt: '' };

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    const file = await uploadPdf(w.as.cadreA, 'claim_attachment');
    const claim = await w.as.cadreA.post('/api/my/claims', {
      title: '党校专题培训',
      kind: 'party_school',
      organizer: '市委党校',
      startDate: addDays(todayInShanghai(), -3),
      endDate: todayInShanghai(),
      hours: 4,
      attachmentFileId: file,
    });
    expectStatus(claim, 201);
    ids.claim = (claim.body as { id: string }).id;
    ids.study = (await submittedRecord(w.as.unitAdminA, studyBody(w.villageA.id, [w.users.cadreA.id]))).id;
    ids.cls = (await createClass(w.as.unitAdminA, classBody(w.townA.id))).id;
    await enrol(w.as.unitAdminA, ids.cls, [w.users.cadreA.id]);
    const question = await createQuestion(w.as.orgAdmin, { type: 'single' });
    const quiz = await publishedQuiz(w.as.orgAdmin, [question]);
    ids.attempt = (await startAttempt(w.as.cadreA, quiz.id)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  type Who = 'cadreA' | 'unitAdminA' | 'orgAdmin';
  /** Route, a reader who may see the record, and what the auditor gets. */
  const routes: [string, () => string, Who, 403 | 404][] = [
    ['GET /api/claims/:id (an offline claim with its private attachment)', () => `/api/claims/${ids.claim}`, 'unitAdminA', 404],
    ['GET /api/study-records/:id', () => `/api/study-records/${ids.study}`, 'unitAdminA', 404],
    ['GET /api/training-classes/:id', () => `/api/training-classes/${ids.cls}`, 'unitAdminA', 404],
    ['GET /api/attempts/:id', () => `/api/attempts/${ids.attempt}`, 'cadreA', 404],
    ['GET /api/users/:id', () => `/api/users/${w.users.cadreA.id}`, 'unitAdminA', 403],
    ['GET /api/users/:id/personal-numbers', () => `/api/users/${w.users.cadreA.id}/personal-numbers`, 'unitAdminA', 403],
    ['GET /api/users/:id/archive', () => `/api/users/${w.users.cadreA.id}/archive`, 'unitAdminA', 403],
  ];

  test.each(routes)('%s: its reader gets it, the city-wide auditor does not', async (_name, path, reader, auditorStatus) => {
    expectStatus(await w.as[reader].get(path()), 200);
    const res = await w.as.auditor.get(path());
    expectError(res, auditorStatus, auditorStatus === 404 ? 'common/not_found' : 'common/forbidden');
    expect(JSON.stringify(res.body)).not.toContain('/api/files/');
  });

  test('the claim stays readable by its owner and by an org admin in scope, not by an admin of another town', async () => {
    const owner = await w.as.cadreA.get(`/api/claims/${ids.claim}`);
    expectStatus(owner, 200);
    expect((owner.body as { attachment: { url: string } | null }).attachment?.url).toContain('/api/files/');
    expectStatus(await w.as.orgAdmin.get(`/api/claims/${ids.claim}`), 200);
    expectError(await w.as.unitAdminB.get(`/api/claims/${ids.claim}`), 404, 'common/not_found');
  });

  test('lists of personal records give the auditor nothing, and the audit trail stays theirs to read', async () => {
    const classes = await w.as.auditor.get('/api/training-classes?pageSize=100');
    expectStatus(classes, 200);
    expect((classes.body as { items: { id: string }[] }).items.map((c) => c.id)).not.toContain(ids.cls);
    expectError(await w.as.auditor.get('/api/claims'), 403, 'common/forbidden');
    expectError(await w.as.auditor.get('/api/study-records'), 403, 'common/forbidden');
    expectError(await w.as.auditor.get('/api/users'), 403, 'common/forbidden');
    expectStatus(await w.as.auditor.get('/api/audit-logs'), 200);
  });
});
