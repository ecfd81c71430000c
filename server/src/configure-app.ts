import { HttpStatus, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CommonError, type ApiErrorBody } from '@cadre/shared';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createLogger, PinoNestLogger, requestLogger } from './common/http/logging';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './common/validation/body-shape';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { setupOpenApi } from './openapi/openapi';

/** Every API route lives under /api; the SPA owns every other path. */
export const API_PREFIX = 'api';

/**
 * Everything around the routes: logging, headers, body parsing with clean 4xx answers, validation, errors, the OpenAPI
 * document and, when built, the SPA. Used by main.ts and by the HTTP tests, so both run the same stack.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): INestApplication {
  const logger = createLogger(config);
  app.useLogger(new PinoNestLogger(logger));
  app.use(requestLogger(logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.setGlobalPrefix(API_PREFIX);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // Sent by hstsOverHttps instead: a browser ignores HSTS over plain HTTP, and a development server should not claim it.
      strictTransportSecurity: false,
    }),
  );
  app.use(hstsOverHttps(config));
  app.use('/api', noStore);
  app.use(cookieParser());
  app.use('/api', express.json({ limit: config.bodyLimit, strict: true, verify: refuseDeepJson }));
  app.use('/api', onlyJsonBodies);
  app.use('/api', bodyErrors);
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    if (!Array.isArray(req.body)) return next();
    const body: ApiErrorBody = { statusCode: 400, code: CommonError.MalformedBody, message: 'The request body must be a JSON object' };
    res.status(400).json(body);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setupOpenApi(app);
  if (config.webDist && existsSync(join(config.webDist, 'index.html'))) serveSpa(app, config.webDist);
  return app;
}

/** What helmet would send, but only over HTTPS (directly, or behind a trusted proxy) or in production. */
function hstsOverHttps(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.secure || config.nodeEnv === 'production') res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

/**
 * API answers carry personal data (numbers, records, exports), so no browser or proxy keeps them. The one exception is
 * course media fetched through signed links (covers, lesson videos and documents): FilesService lets the browser cache
 * those for as long as their link lasts.
 */
function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * A body nested thousands of levels deep parses, then overflows the stack of whatever walks it. The nesting is counted
 * on the raw text, before JSON.parse builds anything; the error's type is answered by bodyErrors.
 */
function refuseDeepJson(_req: Request, _res: Response, buf: Buffer, encoding: string): void {
  if (jsonDepthExceeds(decode(buf, encoding), MAX_JSON_DEPTH)) {
    throw Object.assign(new Error('JSON nested too deeply'), { status: 400, type: 'entity.too.deep' });
  }
}

function decode(buf: Buffer, encoding: string): string {
  if (/^utf-?8$/i.test(encoding)) return buf.toString('utf8');
  try {
    return new TextDecoder(encoding).decode(buf);
  } catch {
    // A utf-* charset the body parser knows and TextDecoder does not (utf-7, utf-32): brackets and quotes are still
    // single bytes there, so counting them on the bytes is close enough; the parser has the last word.
    return buf.toString('latin1');
  }
}

/**
 * A write whose body is not JSON would otherwise reach the handler as an empty object (an empty PATCH "succeeds").
 * Uploads (multipart) are left to the routes that take them.
 */
function onlyJsonBodies(req: Request, res: Response, next: NextFunction): void {
  const writes = req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH';
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!writes || !hasBody || req.is('application/json') || req.is('multipart/form-data')) return next();
  const body: ApiErrorBody = {
    statusCode: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: CommonError.MalformedBody,
    message: 'Send the request body as application/json',
  };
  res.status(body.statusCode).json(body);
}

/** Body-parser failures and bodies that are not a JSON object become clean 400/413 answers, never a 500. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (!err) return next();
  const type = (err as { type?: string }).type;
  const send = (body: ApiErrorBody) => void res.status(body.statusCode).json(body);
  if (type === 'entity.too.large') {
    return send({ statusCode: HttpStatus.PAYLOAD_TOO_LARGE, code: CommonError.PayloadTooLarge, message: 'The request body is too large' });
  }
  if (type === 'entity.too.deep') {
    return send({
      statusCode: HttpStatus.BAD_REQUEST,
      code: CommonError.MalformedBody,
      message: `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep`,
    });
  }
  if (type === 'entity.parse.failed') {
    return send({ statusCode: HttpStatus.BAD_REQUEST, code: CommonError.MalformedBody, message: 'The request body is not valid JSON' });
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return send({ statusCode: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: CommonError.MalformedBody, message: 'Unsupported body encoding' });
  }
  const status = (err as { status?: number }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return send({ statusCode: status, code: CommonError.MalformedBody, message: 'The request body could not be read' });
  }
  next(err);
}

/** The built SPA: hashed assets cached for a year, index.html never cached, client-side routes fall back to it. */
function serveSpa(app: NestExpressApplication, dir: string): void {
  app.use(precompressed(dir));
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  // The API's paths never name a file: without this test every API request paid a filesystem stat for a file of its path
  // (13% of the server's CPU under GET /api/my/courses, measured with --cpu-prof), and a file under dist/api/ would answer.
  const files = express.static(dir, { index: false, maxAge: 0 });
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = precompressedEncoding(req, variantsOf(dir, '/index.html'));
    if (!encoding) return res.sendFile(join(dir, 'index.html'));
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Type', 'text/html; charset=UTF-8');
    res.sendFile(join(dir, `index.html.${ENCODING_SUFFIX[encoding]}`));
  });
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

const ENCODING_SUFFIX = { br: 'br', gzip: 'gz' } as const;
type Encoding = keyof typeof ENCODING_SUFFIX;

/** The encodings for which the build left a compressed copy of the file at `urlPath` (see web/vite.config.ts). */
function variantsOf(dir: string, urlPath: string): Encoding[] {
  return (Object.keys(ENCODING_SUFFIX) as Encoding[]).filter((e) => existsSync(join(dir, `${urlPath}.${ENCODING_SUFFIX[e]}`)));
}

/**
 * The client's preferred encoding among those available, or none. Browsers list `gzip, deflate, br` with equal weight,
 * so on a tie brotli (the smaller) wins, which is why this does not take the first one listed as Negotiator would.
 */
function precompressedEncoding(req: Request, available: Encoding[]): Encoding | undefined {
  const header = req.headers['accept-encoding'];
  if (available.length === 0 || typeof header !== 'string') return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  let best: Encoding | undefined;
  for (const encoding of ['br', 'gzip'] as const) {
    if (!available.includes(encoding) || weightOf(encoding) <= 0) continue;
    if (best === undefined || weightOf(encoding) > weightOf(best)) best = encoding;
  }
  if (best && weights.has('identity') && weightOf('identity') > weightOf(best)) return undefined;
  return best;
}

/**
 * Serves the build's brotli or gzip copy of a file when the client accepts it, with the original's Content-Type and
 * `Vary: Accept-Encoding` (so a shared cache keeps one copy per encoding); hashed assets immutable for a year, anything
 * else revalidated. The copies are listed once at start, so a request costs a map lookup, never a compression.
 */
function precompressed(dir: string) {
  const variants = new Map<string, Encoding[]>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = `${sub}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (!/\.(br|gz)$/.test(entry.name)) {
        const found = variantsOf(dir, rel);
        if (found.length > 0) variants.set(rel, found);
      }
    }
  };
  walk('');
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const available = variants.get(req.path);
    if (!available) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = precompressedEncoding(req, available);
    if (!encoding) return next();
    const immutable = req.path.startsWith('/assets/');
    res.setHeader('Content-Encoding', encoding);
    res.type(extname(req.path));
    res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.sendFile(join(dir, `${req.path}.${ENCODING_SUFFIX[encoding]}`), { cacheControl: false }, (error) => {
      if (error) next(error);
    });
  };
}
