import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CertificateError, CommonError, RequirementError } from '@cadre/shared';
import JSZip from 'jszip';
import request from 'supertest';
import { todayInShanghai } from '../../server/src/common/time';
import { formatCertificateCode } from '../../server/src/modules/certificates/certificate-code';
import { VERIFY_PER_MINUTE } from '../../server/src/modules/certificates/certificates.controller';
import type { CertificateDto, CertificateListDto, IssuedCertificateDto, VerifiedCertificateDto } from '../../server/src/modules/certificates/dto/certificate.dto';
import type { TrainingClassDto } from '../../server/src/modules/classes/dto/training-class.dto';
import { createCadre, type CadreRef } from '../factories';
import { signIn, type Agent } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import { addSessions, classBody, createClass, enrol, HOUR, sessionBody, setStatus } from '../helpers/classes';
import { auditRowsFor, PDF_BYTES, PNG_BYTES, uploadFileOk } from '../helpers/courses';
import { getBytes } from '../helpers/quizzes';
import { expectError, expectOk } from '../helpers/studies';
import { buildWorld, type World } from '../helpers/world';

const DAY = 24 * HOUR;

interface Person {
  user: CadreRef;
  agent: Agent;
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  return execFileSync('pdftotext', [join(dir, 'c.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('certificates (结业证书 and 学时证明)', () => {
  let t: TestApp;
  let w: World;
  const year = Number(todayInShanghai().slice(0, 4));

  beforeAll(async () => {
    t = await createTestApp({ JOBS_ENABLED: '0', PUBLIC_URL: 'https://training.example.cn/' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function person(name?: string): Promise<Person> {
    const user = await createCadre(t.db, w.villageA, name ? { name } : {});
    return { user, agent: await signIn(t.http, user) };
  }

  /** A class of town A that ran over the last days, three enrollees: the second missed a third of it (退学). */
  async function closedClass(): Promise<{ cls: TrainingClassDto; people: Person[] }> {
    const people = [await person('张三明'), await person(), await person()];
    const cls = await createClass(w.as.unitAdminA, classBody(w.townA.id, { creditHours: 12 }));
    const sessions = await addSessions(w.as.unitAdminA, cls.id, [sessionBody(-2 * DAY), sessionBody(-DAY), sessionBody(-3 * HOUR)]);
    await enrol(w.as.unitAdminA, cls.id, people.map((p) => p.user.id));
    await setStatus(w.as.unitAdminA, cls.id, 'running');
    for (const [i, s] of sessions.entries()) {
      const marks = people.map((p, j) => ({ userId: p.user.id, status: j === 1 && i === 0 ? 'absent' : 'present' }));
      expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/sessions/${s}/attendance`, { marks }), 200);
    }
    // Not ready yet (no sign-in sheet or timetable): a close that fails issues nothing.
    expectError(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`), 422, 'classes/not_ready_to_close');
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM certificates WHERE class_id = $1', [cls.id])) as [{ n: number }];
    expect(n).toBe(0);
    const sheet = await uploadFileOk(w.as.unitAdminA, 'class_attachment', PNG_BYTES, 'sign-in.png', 'image/png');
    const timetable = await uploadFileOk(w.as.unitAdminA, 'class_attachment', PDF_BYTES, 'timetable.pdf', 'application/pdf');
    const attachments = [
      { fileId: sheet.id, kind: 'sign_in_sheet' },
      { fileId: timetable.id, kind: 'timetable' },
    ];
    expectOk(await w.as.unitAdminA.put(`/api/training-classes/${cls.id}/attachments`, { attachments }), 200);
    expectOk(await w.as.unitAdminA.post(`/api/training-classes/${cls.id}/close`), 200);
    return { cls, people };
  }

  const verify = (code: string) => request(t.http).get(`/api/certificates/verify/${code}`);

  test('closing a class issues one 结业证书 per completing cadre, none for the withdrawn; organisers list and download them as one ZIP', async () => {
    const { cls, people } = await closedClass();
    const [a, withdrawn, c] = people;
    const list = expectOk<CertificateListDto>(await w.as.unitAdminA.get(`/api/training-classes/${cls.id}/certificates`), 200);
    expect(list.items.map((i) => i.holderName).sort()).toEqual([a!.user.name, c!.user.name].sort());
    expect(list.items.every((i) => i.kind === 'completion' && i.state === 'valid' && i.hours === 12 && i.subject === cls.title)).toBe(true);
    const mine = expectOk<CertificateListDto>(await a!.agent.get('/api/my/certificates'), 200);
    expect(mine.items).toEqual([expect.objectContaining({ kind: 'completion', classId: cls.id, hours: 12, verifyPath: `/verify/${mine.items[0]!.code}` })]);
    // The link to share is the one the paper prints: PUBLIC_URL's, whatever address the cadre's browser used.
    expect(mine.items[0]!.verifyUrl).toBe(`https://training.example.cn/verify/${mine.items[0]!.code}`);
    expect(expectOk<CertificateListDto>(await withdrawn!.agent.get('/api/my/certificates'), 200).items).toEqual([]);

    // The other town's admin and a cadre are not organisers: 404, as for a class that does not exist.
    expectError(await w.as.unitAdminB.get(`/api/training-classes/${cls.id}/certificates`), 404, CommonError.NotFound);
    expectError(await w.as.cadreA.get(`/api/training-classes/${cls.id}/certificates`), 403, CommonError.Forbidden);

    const zipRes = await getBytes(w.as.unitAdminA, `/api/training-classes/${cls.id}/certificates.zip`);
    expect(zipRes.status).toBe(200);
    expect(zipRes.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(zipRes.body as Buffer);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(2);
    const first = await zip.file(names.find((n) => n.includes(a!.user.name))!)!.async('nodebuffer');
    const text = pdfText(first);
    expect(text).toContain('结业证书');
    expect(text).toContain(`${a!.user.name}同志`);
    expect(text).toContain('计12学时');
    expect(text).toContain(formatCertificateCode(mine.items[0]!.code));
    expect(text).toContain(`https://training.example.cn/verify/${mine.items[0]!.code}`);
    expect((await auditRowsFor(t.db, cls.id, 'certificates.exported')).map((r) => r.details)).toEqual([{ certificates: 2 }]);
  });

  test('a cadre issues a 学时证明 of the year; the PDF has the name, the hours and the code; nobody else may fetch it', async () => {
    const { people } = await closedClass();
    const holder = people[0]!;
    const issued = expectOk<IssuedCertificateDto>(await holder.agent.post('/api/my/certificates', { kind: 'hours', year }), 201);
    expect(issued).toMatchObject({ kind: 'hours', state: 'valid' });
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const pdf = await getBytes(holder.agent, `/api/certificates/${issued.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('学时证明');
    expect(text).toContain(`兹证明${holder.user.name}同志`);
    expect(text).toContain('共计12学时');
    expect(text).toContain(formatCertificateCode(issued.code));

    // Another cadre, even of the same village, and an admin of another town: 404. The holder's town admin may.
    expectError(await people[2]!.agent.get(`/api/certificates/${issued.id}/pdf`), 404, CommonError.NotFound);
    expectError(await w.as.unitAdminB.get(`/api/certificates/${issued.id}/pdf`), 404, CommonError.NotFound);
    expect((await getBytes(w.as.unitAdminA, `/api/certificates/${issued.id}/pdf`)).status).toBe(200);
    expect((await auditRowsFor(t.db, issued.id, 'certificate.issued')).length).toBe(1);

    // A year and the cycle are asked for one at a time; a year not yet begun has no hours to certify.
    expectError(await holder.agent.post('/api/my/certificates', { kind: 'hours' }), 400, CertificateError.InvalidPeriod);
    expectError(await holder.agent.post('/api/my/certificates', { kind: 'hours', year, cycle: true }), 400, CertificateError.InvalidPeriod);
    expectError(await holder.agent.post('/api/my/certificates', { kind: 'hours', year: year + 1 }), 422, CertificateError.InvalidPeriod);
    expectError(await holder.agent.post('/api/my/certificates', { kind: 'completion', year }), 400, CommonError.ValidationFailed);
    const cycle = expectOk<IssuedCertificateDto>(await holder.agent.post('/api/my/certificates', { kind: 'hours', cycle: true }), 201);
    expect(expectOk<VerifiedCertificateDto>(await verify(cycle.code), 200)).toMatchObject({ kind: 'hours', hours: 12, subject: expect.stringMatching(/五年周期/) });
    // An admin issues one for a cadre in scope, and not outside it.
    expectOk<IssuedCertificateDto>(await w.as.unitAdminA.post(`/api/users/${holder.user.id}/certificates`, { kind: 'hours', year }), 201);
    expectError(await w.as.unitAdminB.post(`/api/users/${holder.user.id}/certificates`, { kind: 'hours', year }), 404, CommonError.NotFound);
  });

  test('verify answers valid with the masked name, then revoked after a revoke, and superseded after a ledger correction', async () => {
    const { people } = await closedClass();
    const holder = people[0]!;
    const first = expectOk<IssuedCertificateDto>(await holder.agent.post('/api/my/certificates', { kind: 'hours', year }), 201);
    const valid = expectOk<VerifiedCertificateDto>(await verify(formatCertificateCode(first.code).toLowerCase()), 200);
    expect(valid).toEqual({ state: 'valid', kind: 'hours', holderName: '张*明', unitName: w.villageA.name, subject: `${year}年度学时`, hours: 12, issuedAt: first.issuedAt });

    // Only an admin of the issuing scope revokes; once.
    expectError(await w.as.unitAdminB.post(`/api/certificates/${first.id}/revoke`, { reason: '信息有误' }), 404, CommonError.NotFound);
    expectError(await holder.agent.post(`/api/certificates/${first.id}/revoke`, { reason: '信息有误' }), 403, CommonError.Forbidden);
    expectError(await w.as.unitAdminA.post(`/api/certificates/${first.id}/revoke`, {}), 400, CommonError.ValidationFailed);
    const revoked = expectOk<CertificateDto>(await w.as.unitAdminA.post(`/api/certificates/${first.id}/revoke`, { reason: '学时有误，已重新开具' }), 200);
    expect(revoked).toMatchObject({ state: 'revoked', revokeReason: '学时有误，已重新开具' });
    expect(expectOk<VerifiedCertificateDto>(await verify(first.code), 200)).toMatchObject({ state: 'revoked', reason: '学时有误，已重新开具', revokedAt: revoked.revokedAt });
    expectError(await w.as.unitAdminA.post(`/api/certificates/${first.id}/revoke`, { reason: '再次撤销' }), 409, CertificateError.NotValid);
    expect((await auditRowsFor(t.db, first.id, 'certificate.revoked')).length).toBe(1);

    // A correction of the class entry it counted supersedes the new 学时证明 and the 结业证书, in the same transaction.
    const second = expectOk<IssuedCertificateDto>(await holder.agent.post('/api/my/certificates', { kind: 'hours', year }), 201);
    const completion = expectOk<CertificateListDto>(await holder.agent.get('/api/my/certificates'), 200).items.find((i) => i.kind === 'completion')!;
    const otherCompletion = expectOk<CertificateListDto>(await people[2]!.agent.get('/api/my/certificates'), 200).items[0]!;
    const [entry] = (await t.db.query(`SELECT id FROM ledger_entries WHERE user_id = $1 AND source = 'class'`, [holder.user.id])) as { id: string }[];
    expectError(await w.as.unitAdminB.post(`/api/ledger-entries/${entry!.id}/correction`, { hours: 10, reason: '缺课半天' }), 404, CommonError.NotFound);
    expectOk(await w.as.unitAdminA.post(`/api/ledger-entries/${entry!.id}/correction`, { hours: 10, reason: '缺课半天' }), 201);
    expect(expectOk<VerifiedCertificateDto>(await verify(second.code), 200).state).toBe('superseded');
    expect(expectOk<VerifiedCertificateDto>(await verify(completion.code), 200).state).toBe('superseded');
    // A revoked one stays revoked; another cadre's 结业证书 of the same class stays valid.
    expect(expectOk<VerifiedCertificateDto>(await verify(first.code), 200).state).toBe('revoked');
    expect(expectOk<VerifiedCertificateDto>(await verify(otherCompletion.code), 200).state).toBe('valid');
    const [{ total }] = (await t.db.query('SELECT total_hours AS total FROM cadre_year_hours WHERE user_id = $1 AND year = $2', [holder.user.id, year])) as [{ total: string }];
    expect(Number(total)).toBe(10);
    // A fresh 学时证明 counts the corrected hours.
    const third = expectOk<IssuedCertificateDto>(await holder.agent.post('/api/my/certificates', { kind: 'hours', year }), 201);
    expect(expectOk<VerifiedCertificateDto>(await verify(third.code), 200)).toMatchObject({ state: 'valid', hours: 10 });
  });

  test('a settled year is frozen: its entries are not corrected, so what was certified of it stays valid', async () => {
    const { people } = await closedClass();
    const [entry] = (await t.db.query(`SELECT id, year FROM ledger_entries WHERE user_id = $1 AND source = 'class'`, [people[0]!.user.id])) as { id: string; year: number }[];
    // The running year cannot be settled through the API (it is not over): settle it for this test's own city only.
    await t.db.query(`INSERT INTO requirement_settlements (year, unit_id, unit_path, lines, cadres, closed_at, closed_by) VALUES ($1, $2, $3, '[]', 0, now(), $4)`, [
      entry!.year,
      w.root.id,
      w.root.path,
      w.users.orgAdmin.id,
    ]);
    try {
      expectError(await w.as.orgAdmin.post(`/api/ledger-entries/${entry!.id}/correction`, { hours: 1, reason: '更正' }), 422, RequirementError.YearSettled);
    } finally {
      await t.db.query('DELETE FROM requirement_settlements WHERE unit_path = $1', [w.root.path]);
    }
  });

  test('an unknown or malformed code is a 404 that reveals nothing; the answer carries no ids', async () => {
    const { people } = await closedClass();
    const issued = expectOk<IssuedCertificateDto>(await people[0]!.agent.post('/api/my/certificates', { kind: 'hours', year }), 201);
    const body = expectOk<Record<string, unknown>>(await verify(issued.code), 200);
    expect(Object.keys(body).sort()).toEqual(['holderName', 'hours', 'issuedAt', 'kind', 'state', 'subject', 'unitName']);
    const unknown = `${issued.code.slice(0, 25)}${issued.code.endsWith('0') ? '1' : '0'}`;
    expectError(await verify(unknown), 404, CommonError.NotFound);
    expectError(await verify('not-a-code'), 404, CommonError.NotFound);
    expectError(await verify('A'.repeat(200)), 404, CommonError.NotFound);
  });

  test('the public check is rate limited per address', async () => {
    let limited: request.Response | undefined;
    for (let i = 0; i <= VERIFY_PER_MINUTE && !limited; i++) {
      const res = await verify('0000-0000-0000-0000-0000-0000-00');
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited).toBeDefined();
    expectError(limited!, 429, CommonError.RateLimited);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
  });

  // Last: starting a second app in this process takes over passport's one "jwt" strategy, so the first app's tokens
  // stop working once it is closed.
  test('a class closed before certificates existed gets its 结业证书 at the next start, once', async () => {
    const { cls } = await closedClass();
    await t.db.query('DELETE FROM certificates WHERE class_id = $1', [cls.id]);
    const count = async () => ((await t.db.query('SELECT count(*)::int AS n FROM certificates WHERE class_id = $1', [cls.id])) as [{ n: number }])[0].n;
    expect(await count()).toBe(0);
    for (let start = 0; start < 2; start++) {
      const again = await createTestApp({ JOBS_ENABLED: '0' });
      await again.close();
      expect(await count()).toBe(2);
    }
  });
});
