import { createHash, createHmac, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { StoredFileDto } from '../../server/src/modules/files/dto/file.dto';
import { signIn } from '../helpers/agent';
import { createTestApp, type TestApp } from '../helpers/app';
import {
  addVideoLesson,
  createCourse,
  fetchBytes,
  MP4_BYTES,
  paddedBytes,
  PDF_BYTES,
  PNG_BYTES,
  postFiles,
  publishCourse,
  uploadFile,
  uploadFileOk,
} from '../helpers/courses';
import { buildWorld, type World } from '../helpers/world';

const MB = 1024 * 1024;

interface StoredRow {
  purpose: string;
  original_name: string;
  mime_type: string;
  size_bytes: string;
  sha256: string;
  storage_key: string;
  owner_id: string | null;
  owner_unit_path: string | null;
  visibility: string;
}

describe('/api/files', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // A small video limit, so the configured limit (not only the fixed ones) is exercised without sending a gigabyte.
    t = await createTestApp({ UPLOAD_MAX_VIDEO_MB: '1' });
    w = await buildWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t.close();
  });

  // ---- helpers -------------------------------------------------------------------------------------------------

  function expectError(res: request.Response, status: number, code: string): void {
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  }

  async function storedRow(id: string): Promise<StoredRow | undefined> {
    const [row] = (await t.db.query(
      `SELECT purpose, original_name, mime_type, size_bytes, sha256, storage_key, owner_id, owner_unit_path, visibility
         FROM stored_files WHERE id = $1`,
      [id],
    )) as StoredRow[];
    return row;
  }

  async function filesOf(userId: string): Promise<number> {
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM stored_files WHERE owner_id = $1', [userId])) as [{ n: number }];
    return n;
  }

  const uploadsDir = () => join(t.config.dataDir, 'uploads');
  const incoming = () => readdirSync(join(uploadsDir(), '.incoming'));

  /**
   * The signature of a file link, computed as the server does (HMAC-SHA256 over id, expiry and session, keyed by a key
   * derived from JWT_SECRET), so a test can make a correctly signed link with any expiry. A test below first checks it
   * reproduces the server's own.
   */
  function sign(id: string, exp: number, sid: string): string {
    const key = createHmac('sha256', t.config.jwtSecret).update('cadre:file-links').digest();
    return createHmac('sha256', key).update(`${id}.${exp}.${sid}`).digest('base64url');
  }

  function linkParts(url: string): { path: string; id: string; exp: number; sid: string; sig: string } {
    const parsed = new URL(url, 'http://localhost');
    return {
      path: parsed.pathname,
      id: parsed.pathname.split('/').pop() ?? '',
      exp: Number(parsed.searchParams.get('exp')),
      sid: parsed.searchParams.get('sid') ?? '',
      sig: parsed.searchParams.get('sig') ?? '',
    };
  }

  /** A correctly signed link for a file, expiry and session. */
  const crafted = (id: string, exp: number, sid: string) => `/api/files/${id}?exp=${exp}&sid=${sid}&sig=${sign(id, exp, sid)}`;

  // ---- uploads -------------------------------------------------------------------------------------------------

  describe('POST /api/files', () => {
    it('stores a PNG course cover for an org admin under DATA_DIR/uploads, byte for byte', async () => {
      const res = await uploadFile(w.as.orgAdmin, 'course_cover', PNG_BYTES, 'cover.png', 'image/png');
      expect(res.status).toBe(201);
      const body = res.body as StoredFileDto;
      expect(body).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
        purpose: 'course_cover',
        name: 'cover.png',
        mimeType: 'image/png',
        sizeBytes: PNG_BYTES.length,
        url: expect.stringMatching(new RegExp(`^/api/files/${body.id}\\?exp=\\d+&sid=[0-9a-f-]{36}&sig=[A-Za-z0-9_-]+$`)),
        thumbnailUrl: null,
      });
      const row = await storedRow(body.id);
      expect(row).toMatchObject({
        purpose: 'course_cover',
        original_name: 'cover.png',
        mime_type: 'image/png',
        sha256: createHash('sha256').update(PNG_BYTES).digest('hex'),
        owner_id: w.users.orgAdmin.id,
        owner_unit_path: w.dept.path,
        visibility: 'catalogue',
      });
      expect(Number(row?.size_bytes)).toBe(PNG_BYTES.length);
      const onDisk = join(uploadsDir(), row?.storage_key ?? '');
      expect(row?.storage_key.startsWith('course_cover/')).toBe(true);
      expect(existsSync(onDisk)).toBe(true);
      expect(Buffer.compare(readFileSync(onDisk), PNG_BYTES)).toBe(0);
    });

    it('trusts the bytes, not the name or the declared type', async () => {
      // A PNG called .pdf and declared as a PDF is still a PNG.
      const png = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, 'not-really.pdf', 'application/pdf');
      expect(png.mimeType).toBe('image/png');
      // Text called .png and declared as a PNG is refused.
      const text = await uploadFile(w.as.orgAdmin, 'course_cover', Buffer.from('just some text, not an image\n'), 'fake.png', 'image/png');
      expectError(text, 400, 'files/unsupported_type');
      expect((text.body as { details?: { field: string }[] }).details?.map((d) => d.field)).toEqual(['file']);
    });

    it('accepts only the types of the purpose', async () => {
      expectError(await uploadFile(w.as.orgAdmin, 'course_cover', PDF_BYTES, 'a.pdf', 'application/pdf'), 400, 'files/unsupported_type');
      expectError(await uploadFile(w.as.orgAdmin, 'lesson_document', PNG_BYTES, 'a.png', 'image/png'), 400, 'files/unsupported_type');
      expectError(await uploadFile(w.as.orgAdmin, 'lesson_video', PDF_BYTES, 'a.mp4', 'video/mp4'), 400, 'files/unsupported_type');
      expectError(await uploadFile(w.as.cadreA, 'claim_attachment', MP4_BYTES, 'a.mp4', 'video/mp4'), 400, 'files/unsupported_type');
      const video = await uploadFileOk(w.as.orgAdmin, 'lesson_video', MP4_BYTES, '第一讲.mp4', 'video/mp4');
      expect({ mimeType: video.mimeType, size: video.sizeBytes }).toEqual({ mimeType: 'video/mp4', size: MP4_BYTES.length });
    });

    it('lets a cadre upload a PDF claim attachment, kept private with their unit', async () => {
      const res = await uploadFile(w.as.cadreA, 'claim_attachment', PDF_BYTES, '培训证书.pdf', 'application/pdf');
      expect(res.status).toBe(201);
      const body = res.body as StoredFileDto;
      expect(body).toMatchObject({
        purpose: 'claim_attachment',
        name: '培训证书.pdf',
        mimeType: 'application/pdf',
        sizeBytes: PDF_BYTES.length,
      });
      expect(await storedRow(body.id)).toMatchObject({
        visibility: 'private',
        owner_id: w.users.cadreA.id,
        owner_unit_path: w.villageA.path,
      });
    });

    it('refuses course media from roles that do not edit courses (403)', async () => {
      const before = await filesOf(w.users.cadreA.id);
      expectError(await uploadFile(w.as.cadreA, 'course_cover', PNG_BYTES, 'c.png', 'image/png'), 403, 'common/forbidden');
      expectError(await uploadFile(w.as.cadreA, 'lesson_video', MP4_BYTES, 'v.mp4', 'video/mp4'), 403, 'common/forbidden');
      expectError(await uploadFile(w.as.unitAdminA, 'lesson_document', PDF_BYTES, 'd.pdf', 'application/pdf'), 403, 'common/forbidden');
      expectError(await uploadFile(w.as.lecturerA, 'course_cover', PNG_BYTES, 'c.png', 'image/png'), 403, 'common/forbidden');
      expect(await filesOf(w.users.cadreA.id)).toBe(before);
    });

    it('refuses files over the purpose’s limit with 413 files/too_large', async () => {
      const before = await filesOf(w.users.orgAdmin.id);
      // ~5.2 MB for a 5 MB cover: refused from the declared length.
      expectError(
        await uploadFile(w.as.orgAdmin, 'course_cover', paddedBytes(PNG_BYTES, Math.round(5.2 * MB)), 'big.png', 'image/png'),
        413,
        'files/too_large',
      );
      // One byte over 5 MB: the multipart overhead keeps it under the declared-length check, so the stream limit refuses it.
      expectError(
        await uploadFile(w.as.orgAdmin, 'course_cover', paddedBytes(PNG_BYTES, 5 * MB + 1), 'edge.png', 'image/png'),
        413,
        'files/too_large',
      );
      // The configured video limit (1 MB here).
      expectError(
        await uploadFile(w.as.orgAdmin, 'lesson_video', paddedBytes(MP4_BYTES, Math.round(1.2 * MB)), 'v.mp4', 'video/mp4'),
        413,
        'files/too_large',
      );
      // A claim attachment may be 10 MB, no more.
      expectError(
        await uploadFile(w.as.cadreB, 'claim_attachment', paddedBytes(PDF_BYTES, 10 * MB + 1024), 'scan.pdf', 'application/pdf'),
        413,
        'files/too_large',
      );
      expect(await filesOf(w.users.orgAdmin.id)).toBe(before);
      expect(await filesOf(w.users.cadreB.id)).toBe(0);
    });

    it('accepts a cover of exactly 5 MB', async () => {
      const exact = paddedBytes(PNG_BYTES, 5 * MB);
      const file = await uploadFileOk(w.as.orgAdmin, 'course_cover', exact, 'exact.png', 'image/png');
      expect(file.sizeBytes).toBe(5 * MB);
    });

    it('answers 400 files/missing when no file comes in the "file" field', async () => {
      // Another field name.
      expectError(await postFiles(w.as.orgAdmin, 'course_cover').attach('upload', PNG_BYTES, 'c.png'), 400, 'files/missing');
      // Only a text field.
      expectError(await postFiles(w.as.orgAdmin, 'course_cover').field('file', 'not a file'), 400, 'files/missing');
      // No body at all.
      expectError(await postFiles(w.as.orgAdmin, 'course_cover'), 400, 'files/missing');
    });

    it('refuses two files in one upload', async () => {
      const before = await filesOf(w.users.orgAdmin.id);
      // A bounded wait: a server that never answers must fail this test, not hang the run.
      const outcome = await postFiles(w.as.orgAdmin, 'course_cover')
        .attach('file', PNG_BYTES, 'a.png')
        .attach('file', PNG_BYTES, 'b.png')
        .timeout(5_000)
        .then(
          (res) => ({ status: res.status }),
          (err: Error) => ({ status: `no answer (${err.message})` }),
        );
      expect(outcome).toEqual({ status: 400 });
      expect(await filesOf(w.users.orgAdmin.id)).toBe(before);
    });

    it('refuses an unknown or missing purpose with 400', async () => {
      expectError(await uploadFile(w.as.orgAdmin, 'avatar', PNG_BYTES, 'a.png', 'image/png'), 400, 'common/validation_failed');
      const noPurpose = await request(t.http)
        .post('/api/files')
        .set('Authorization', `Bearer ${w.as.orgAdmin.token}`)
        .attach('file', PNG_BYTES, 'a.png');
      expectError(noPurpose, 400, 'common/validation_failed');
    });

    it('refuses an upload without a token (401)', async () => {
      expectError(
        await uploadFile({ http: t.http }, 'claim_attachment', PDF_BYTES, 'a.pdf', 'application/pdf'),
        401,
        'common/unauthenticated',
      );
      expectError(
        await uploadFile({ http: t.http, token: 'not.a.jwt' }, 'claim_attachment', PDF_BYTES, 'a.pdf'),
        401,
        'common/unauthenticated',
      );
    });

    it('leaves no temporary file behind after refused uploads', async () => {
      expectError(await uploadFile(w.as.orgAdmin, 'course_cover', Buffer.from('text'), 'x.png'), 400, 'files/unsupported_type');
      expectError(await uploadFile(w.as.orgAdmin, 'course_cover', paddedBytes(PNG_BYTES, 5 * MB + 1), 'edge.png'), 413, 'files/too_large');
      expect(incoming()).toEqual([]);
    });
  });

  // ---- signed links ----------------------------------------------------------------------------------------------

  describe('GET /api/files/:id (signed links)', () => {
    let png: StoredFileDto;
    let pdf: StoredFileDto;

    beforeAll(async () => {
      png = await uploadFileOk(w.as.orgAdmin, 'course_cover', PNG_BYTES, '封面 图.png', 'image/png');
      pdf = await uploadFileOk(w.as.cadreA, 'claim_attachment', PDF_BYTES, 'cert.pdf', 'application/pdf');
    });

    it('serves the exact bytes with the sniffed type, without a token', async () => {
      const res = await fetchBytes(t.http, png.url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(res.body as Buffer, PNG_BYTES)).toBe(0);
      expect(res.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent('封面 图.png')}`);

      const doc = await fetchBytes(t.http, pdf.url);
      expect(doc.status).toBe(200);
      expect(doc.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(doc.body as Buffer, PDF_BYTES)).toBe(0);
    });

    it('offers a download with download=1', async () => {
      const res = await fetchBytes(t.http, `${pdf.url}&download=1`);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''cert.pdf`);
    });

    it('answers a range request with 206 and just those bytes', async () => {
      const res = await fetchBytes(t.http, png.url, { Range: 'bytes=0-3' });
      expect(res.status).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes 0-3/${PNG_BYTES.length}`);
      expect(Buffer.compare(res.body as Buffer, PNG_BYTES.subarray(0, 4))).toBe(0);
      expect(res.headers['content-type']).toBe('image/png');

      const tail = await fetchBytes(t.http, png.url, { Range: 'bytes=60-' });
      expect(tail.status).toBe(206);
      expect(tail.headers['content-range']).toBe(`bytes 60-${PNG_BYTES.length - 1}/${PNG_BYTES.length}`);
      expect(Buffer.compare(tail.body as Buffer, PNG_BYTES.subarray(60))).toBe(0);
    });

    it('answers a range past the end with 416 and the real length, not as a missing file', async () => {
      const res = await fetchBytes(t.http, png.url, { Range: `bytes=${PNG_BYTES.length + 10}-` });
      expect({ status: res.status, contentRange: res.headers['content-range'] }).toEqual({
        status: 416,
        contentRange: `bytes */${PNG_BYTES.length}`,
      });
    });

    it('signs links the way this test reproduces (so the crafted links below are meaningful)', () => {
      const { id, exp, sid, sig } = linkParts(png.url);
      expect(id).toBe(png.id);
      expect(exp * 1000).toBeGreaterThan(Date.now());
      expect(sign(id, exp, sid)).toBe(sig);
    });

    it('refuses a tampered signature, expiry or session with 403 files/link_expired', async () => {
      const { path, exp, sid, sig } = linkParts(png.url);
      const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
      expectError(await request(t.http).get(`${path}?exp=${exp}&sid=${sid}&sig=${flipped}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(`${path}?exp=${exp + 3600}&sid=${sid}&sig=${sig}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(`${path}?exp=${exp}&sid=${randomUUID()}&sig=${sig}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(`${path}?exp=${exp}&sig=${sig}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(`${path}?exp=${exp}&sid=${sid}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(path), 403, 'files/link_expired');
      // Another file's signature does not open this one.
      const other = linkParts(pdf.url);
      expectError(await request(t.http).get(`${path}?exp=${other.exp}&sid=${other.sid}&sig=${other.sig}`), 403, 'files/link_expired');
    });

    it('tells a person who clicked a dead link what to do (a page), and a program the code (JSON), both 403', async () => {
      const { path, exp, sid, sig } = linkParts(png.url);
      const dead = `${path}?exp=${exp + 3600}&sid=${sid}&sig=${sig}`;
      const clicked = await request(t.http).get(dead).set('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
      expect({ status: clicked.status, type: clicked.headers['content-type'] }).toEqual({ status: 403, type: 'text/html; charset=utf-8' });
      expect(clicked.text).toContain('下载链接已过期');
      expect(clicked.text).toContain('刷新');
      expectError(await request(t.http).get(dead).set('Accept', 'application/json'), 403, 'files/link_expired');
    });

    it('refuses a correctly signed link once it has expired', async () => {
      const { sid } = linkParts(png.url);
      const exp = Math.floor(Date.now() / 1000) - 60;
      expectError(await request(t.http).get(crafted(png.id, exp, sid)), 403, 'files/link_expired');
      // The same crafting with a future expiry opens the file: the refusal above is the expiry, not the signature.
      const future = Math.floor(Date.now() / 1000) + 600;
      expect((await fetchBytes(t.http, crafted(png.id, future, sid))).status).toBe(200);
    });

    it('refuses an unknown id with a made-up signature (403), and says 404 only behind a valid signature', async () => {
      const id = randomUUID();
      const { exp, sid, sig } = linkParts(png.url);
      expectError(await request(t.http).get(`/api/files/${id}?exp=${exp}&sid=${sid}&sig=${sig}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(`/api/files/${id}?exp=${exp}&sid=${sid}&sig=${'A'.repeat(43)}`), 403, 'files/link_expired');
      expectError(await request(t.http).get(crafted(id, exp, sid)), 404, 'common/not_found');
    });

    it('refuses a malformed id, expiry or session with 400', async () => {
      const { exp, sid, sig } = linkParts(png.url);
      expectError(await request(t.http).get(`/api/files/not-a-uuid?exp=${exp}&sid=${sid}&sig=${sig}`), 400, 'common/validation_failed');
      expectError(await request(t.http).get(`/api/files/${png.id}?exp=soon&sid=${sid}&sig=${sig}`), 400, 'common/validation_failed');
      expectError(await request(t.http).get(`/api/files/${png.id}?exp=${exp}&sid=me&sig=${sig}`), 400, 'common/validation_failed');
      expectError(await request(t.http).get(`${png.url}&download=yes`), 400, 'common/validation_failed');
    });
  });

  // ---- links belong to a session and last minutes -------------------------------------------------------------

  describe('signed links and the session', () => {
    it('last a quarter of an hour (rounded up to five minutes), not hours', async () => {
      const file = await uploadFileOk(w.as.cadreA, 'claim_attachment', PDF_BYTES, 'ttl.pdf', 'application/pdf');
      const { exp } = linkParts(file.url);
      const now = Date.now() / 1000;
      expect(exp % 300).toBe(0);
      expect(exp).toBeGreaterThanOrEqual(now + 15 * 60 - 5);
      expect(exp).toBeLessThanOrEqual(now + 20 * 60 + 5);
    });

    it('stop working when their session signs out, while another session’s links still work', async () => {
      const leaving = await signIn(t.http, w.users.cadreB);
      const staying = await signIn(t.http, w.users.cadreB);
      const file = await uploadFileOk(leaving, 'claim_attachment', PDF_BYTES, 'leaving.pdf', 'application/pdf');
      expect((await fetchBytes(t.http, file.url)).status).toBe(200);
      // The link the server would give the other session for the same file.
      const theirs = crafted(file.id, linkParts(file.url).exp, sessionOf(staying.token));
      expect(linkParts(theirs).sid).not.toBe(linkParts(file.url).sid);

      expect((await leaving.post('/api/auth/logout')).status).toBe(204);
      expectError(await request(t.http).get(file.url), 403, 'files/link_expired');
      expectError(await request(t.http).get(file.url).set('Range', 'bytes=0-3'), 403, 'files/link_expired');
      expect((await fetchBytes(t.http, theirs)).status).toBe(200);
    });

    it('stop working when the session is revoked (as a password change elsewhere does)', async () => {
      const cadre = await signIn(t.http, w.users.cadreB);
      const file = await uploadFileOk(cadre, 'claim_attachment', PDF_BYTES, 'revoked.pdf', 'application/pdf');
      expect((await fetchBytes(t.http, file.url)).status).toBe(200);
      await t.db.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'password_changed' WHERE id = $1`, [linkParts(file.url).sid]);
      expectError(await request(t.http).get(file.url), 403, 'files/link_expired');
    });

    it('stop working when the session has been idle past its limit, like its access token', async () => {
      const cadre = await signIn(t.http, w.users.cadreB);
      const file = await uploadFileOk(cadre, 'claim_attachment', PDF_BYTES, 'idle.pdf', 'application/pdf');
      const { sid } = linkParts(file.url);
      await t.db.query(`UPDATE auth_sessions SET last_active_at = now() - make_interval(mins => $2) WHERE id = $1`, [sid, t.config.sessionIdleMinutes + 1]);
      expectError(await request(t.http).get(file.url), 403, 'files/link_expired');
    });

    it('a lesson video keeps playing past its link: the player gets a fresh link whose ranges are served', async () => {
      const course = await createCourse(w.as.orgAdmin, { targets: [{ group: 'new_leader', required: false }] });
      const video = await uploadFileOk(w.as.orgAdmin, 'lesson_video', MP4_BYTES, '第一讲.mp4', 'video/mp4');
      await addVideoLesson(w.as.orgAdmin, course.id, { videoFileId: video.id, durationSeconds: 3 * 3600 });
      await publishCourse(w.as.orgAdmin, course.id);
      expect((await w.as.cadreA.post(`/api/my/courses/${course.id}`)).status).toBe(201);
      const first = await playerVideoUrl(course.id);
      // The link the player started with has expired (as it will in a three-hour lesson): its next range is refused.
      const { id, sid } = linkParts(first);
      const expired = crafted(id, Math.floor(Date.now() / 1000) - 1, sid);
      expectError(await request(t.http).get(expired).set('Range', 'bytes=0-7'), 403, 'files/link_expired');
      // What the player does on that error: ask for the lesson again, and continue from the same byte with the new link.
      const fresh = await playerVideoUrl(course.id);
      const range = await fetchBytes(t.http, fresh, { Range: 'bytes=8-15' });
      expect({ status: range.status, range: range.headers['content-range'] }).toEqual({ status: 206, range: `bytes 8-15/${MP4_BYTES.length}` });
    });

    async function playerVideoUrl(courseId: string): Promise<string> {
      const res = await w.as.cadreA.get(`/api/my/courses/${courseId}/player`);
      expect(res.status).toBe(200);
      const url = (res.body as { lessons: { videoUrl: string | null }[] }).lessons[0]?.videoUrl;
      if (!url) throw new Error(`no video link in the player: ${JSON.stringify(res.body)}`);
      return url;
    }

    /** The session an access token names (its `sid` claim). */
    function sessionOf(token: string): string {
      const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string };
      return payload.sid;
    }
  });

  // ---- the name and type a file is offered under ---------------------------------------------------------------

  describe('names follow the detected type', () => {
    /** A real PNG with an HTML page after its end: a browser sniffing it, or a saved `.html`, would run the script. */
    const POLYGLOT = Buffer.concat([PNG_BYTES, Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>\n')]);

    it('stores a PNG named poly.html as poly.png, and offers it as image/png poly.png', async () => {
      const file = await uploadFileOk(w.as.cadreA, 'claim_attachment', POLYGLOT, 'poly.html', 'text/html');
      expect({ name: file.name, mimeType: file.mimeType }).toEqual({ name: 'poly.png', mimeType: 'image/png' });
      const row = await storedRow(file.id);
      expect({ name: row?.original_name, key: row?.storage_key.endsWith(`${file.id}.png`) }).toEqual({ name: 'poly.png', key: true });

      const download = await fetchBytes(t.http, `${file.url}&download=1`);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''poly.png`);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const inline = await fetchBytes(t.http, file.url);
      expect(inline.headers['content-disposition']).toBe(`inline; filename*=UTF-8''poly.png`);
    });

    it('offers a file stored under an old misleading name with the extension of its stored type', async () => {
      const file = await uploadFileOk(w.as.cadreA, 'claim_attachment', PDF_BYTES, 'scan.pdf', 'application/pdf');
      // As uploads were stored before names followed the type.
      await t.db.query(`UPDATE stored_files SET original_name = 'legacy.svg' WHERE id = $1`, [file.id]);
      const download = await fetchBytes(t.http, `${file.url}&download=1`);
      expect({ type: download.headers['content-type'], disposition: download.headers['content-disposition'] }).toEqual({
        type: 'application/pdf',
        disposition: `attachment; filename*=UTF-8''legacy.pdf`,
      });
    });

    it('keeps a name whose extension already fits, whatever its case', async () => {
      const file = await uploadFileOk(w.as.cadreA, 'claim_attachment', PNG_BYTES, '扫描件.PNG', 'image/png');
      expect(file.name).toBe('扫描件.PNG');
    });
  });
});
