import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * The built SPA goes out precompressed: the build leaves `name.br` and `name.gz` beside each text file (web/vite.config.ts),
 * and the server picks one by Accept-Encoding, with the original's Content-Type and `Vary: Accept-Encoding`.
 */
describe('serving the built SPA', () => {
  let t: TestApp;
  let dir: string;
  const script = `export const greeting = ${JSON.stringify('你好，'.repeat(400))};\n`;
  const html = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<!-- pad -->'.repeat(100)}</body></html>`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cadre-spa-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    // Only a gzip copy: a client asking for brotli first still gets gzip.
    writeFileSync(join(dir, 'assets', 'style-def456.css'), `body{color:red}${' '.repeat(2000)}`);
    writeFileSync(join(dir, 'assets', 'style-def456.css.gz'), gzipSync(`body{color:red}${' '.repeat(2000)}`));
    writeFileSync(join(dir, 'assets', 'tiny-0001.js'), 'export{}');
    // A stray file under the SPA's folder at an API path: the API answers, never the file.
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api', 'health'), 'a stray file');
    t = await createTestApp({ WEB_DIST: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // superagent decompresses gzip and brotli itself; the body is kept as bytes and Content-Length tells what was sent.
  const raw = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const get = (path: string, acceptEncoding: string) => request(t.http).get(path).set('Accept-Encoding', acceptEncoding).buffer(true).parse(raw);

  it('never answers an API path from the SPA folder, even where a file of that name lies there', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).not.toContain('a stray file');
  });

  it('sends a hashed asset as brotli when accepted, immutable for a year, with its JavaScript type', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The client decompresses; what went over the wire is the brotli copy.
    expect((res.body as Buffer).toString()).toBe(script);
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(script).length);
  });

  it('sends gzip to a client without brotli, and honours q-values', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect((res.body as Buffer).toString()).toBe(script);
    expect(Number(res.headers['content-length'])).toBe(gzipSync(script).length);
    const refused = await get('/assets/index-abc123.js', 'br;q=0, gzip;q=0.5');
    expect(refused.headers['content-encoding']).toBe('gzip');
    const css = await get('/assets/style-def456.css', 'br, gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('sends the file as it is when the client accepts no compression, still with Vary', async () => {
    const res = await get('/assets/index-abc123.js', 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect((res.body as Buffer).toString()).toBe(script);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    const tiny = await get('/assets/tiny-0001.js', 'br');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect((tiny.body as Buffer).toString()).toBe('export{}');
  });

  it('sends index.html, at / and at client routes, compressed and never cached', async () => {
    for (const path of ['/', '/login', '/quizzes/123']) {
      const res = await get(path, 'br');
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect((res.body as Buffer).toString()).toBe(html);
      expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(html).length);
    }
    const direct = await get('/index.html', 'gzip');
    expect(direct.headers['content-encoding']).toBe('gzip');
    expect(direct.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API alone and answers a missing asset with 404', async () => {
    const api = await get('/api/health', 'br, gzip');
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(api.headers['content-type']).toMatch(/json/);
    expect((await get('/assets/missing-000.js', 'br')).status).toBe(404);
  });
});
