import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CommonError, FileError } from '@cadre/shared';
import type { Request, Response } from 'express';
import multer from 'multer';
import sharp from 'sharp';
import { type EntityManager, Repository } from 'typeorm';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isPathInScope } from '../../common/scope/scope';
import { AppConfig } from '../../config/app-config';
import { OrgUnit } from '../org/org-unit.entity';
import type { FileLinkQueryDto, StoredFileDto } from './dto/file.dto';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { KIND_MIME, kindOfMime, nameForKind, purposeRules, sniffKind, type FilePurpose, type PurposeRule } from './file-purposes';
import { StoredFile } from './stored-file.entity';

/**
 * A signed link is minted for one page view and names the sign-in session it was minted for: it lasts long enough to
 * click a download on the page just opened, and dies with the session (sign-out, password change, expiry). Expiries
 * are rounded up to five minutes so a page shown twice asks for the same cached cover. A video plays longer than this:
 * each range request checks the link again, and the player asks for a fresh one when it is refused.
 */
const LINK_TTL_SECONDS = 15 * 60;
const LINK_ROUNDING_SECONDS = 5 * 60;

@Injectable()
export class FilesService {
  private readonly rules: Record<FilePurpose, PurposeRule>;
  private readonly linkKey: Buffer;
  private readonly sessionIdleMinutes: number;
  private readonly sessionMaxHours: number;

  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    @InjectRepository(OrgUnit) private readonly units: Repository<OrgUnit>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    config: AppConfig,
  ) {
    this.rules = purposeRules(config.uploadMaxVideoMb);
    this.linkKey = createHmac('sha256', config.jwtSecret).update('cadre:file-links').digest();
    this.sessionIdleMinutes = config.sessionIdleMinutes;
    this.sessionMaxHours = config.sessionMaxHours;
  }

  /** Receives one multipart upload (`file` field), checks its real type and size for the purpose, and stores it. */
  async upload(user: AuthUser, purpose: FilePurpose, req: Request, res: Response): Promise<StoredFileDto> {
    const rule = this.rules[purpose];
    if (rule.roles && !hasRole(user, ...rule.roles)) {
      throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Your role may not upload this kind of file');
    }
    if (Number(req.headers['content-length'] ?? 0) > rule.maxBytes + 64 * 1024) throw this.tooLarge(rule);
    const temp = await this.receive(req, res, rule);
    try {
      const head = readHead(temp.path);
      const kind = sniffKind(head);
      if (!kind || !rule.kinds.includes(kind)) {
        throw new AppException(HttpStatus.BAD_REQUEST, FileError.UnsupportedType, `Accepted here: ${rule.kinds.join(', ')}`, [
          { field: 'file', message: `must be ${rule.kinds.join(' or ')}` },
        ]);
      }
      const id = randomUUID();
      const month = new Date().toISOString().slice(0, 7);
      const storageKey = `${purpose}/${month}/${id}.${kind === 'jpeg' ? 'jpg' : kind}`;
      const sha256 = await hashFile(temp.path);
      const thumbnailKey = rule.thumbnail && kind !== 'pdf' ? await this.makeThumbnail(temp.path, `${purpose}/${month}/${id}.thumb.jpg`) : null;
      await this.storage.put(storageKey, temp.path);
      const unit = await this.units.findOne({ where: { id: user.unitId }, select: { path: true } });
      const saved = await this.files.save(
        this.files.create({
          id,
          purpose,
          originalName: nameForKind(temp.originalName, kind),
          mimeType: KIND_MIME[kind],
          sizeBytes: temp.size,
          sha256,
          storageKey,
          thumbnailKey,
          ownerId: user.id,
          ownerUnitPath: unit?.path ?? null,
          visibility: rule.visibility,
        }),
      );
      return this.toDto(user, saved);
    } finally {
      rmSync(temp.path, { force: true });
    }
  }

  /**
   * Streams a file for a valid signed link whose session is still live (range requests included, so video can seek).
   * Course media may stay in the browser's cache while the link lasts; private files are never stored.
   */
  async serve(id: string, query: FileLinkQueryDto, res: Response): Promise<void> {
    const { exp, sid, sig } = query;
    if (!sig || exp === undefined || !sid || !this.verify(id, exp, sid, sig) || !(await this.sessionLive(sid))) {
      throw new AppException(HttpStatus.FORBIDDEN, FileError.LinkExpired, 'This link has expired; open the page again');
    }
    const file = await this.files.findOneBy({ id });
    if (!file) throw notFound('File');
    const cacheControl = file.visibility === 'catalogue' ? `private, max-age=${Math.max(0, exp - Math.floor(Date.now() / 1000))}` : 'no-store';
    const thumb = query.thumb === '1' && file.thumbnailKey !== null;
    if (thumb) {
      res.setHeader('Content-Type', 'image/jpeg');
      res.setHeader('Cache-Control', cacheControl);
      await new Promise<void>((resolve, reject) => {
        res.sendFile(this.storage.localPath(file.thumbnailKey!), { cacheControl: false, lastModified: true }, (err) => (!err || res.headersSent ? resolve() : reject(notFound('File'))));
      });
      return;
    }
    const disposition = query.download ? 'attachment' : 'inline';
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(offeredName(file))}`);
    res.setHeader('Cache-Control', cacheControl);
    await new Promise<void>((resolve, reject) => {
      res.sendFile(this.storage.localPath(file.storageKey), { acceptRanges: true, cacheControl: false, lastModified: true }, (err) => {
        if (!err || res.headersSent) return resolve();
        if ((err as { status?: number }).status === 416) {
          res.setHeader('Content-Range', `bytes */${Number(file.sizeBytes)}`);
          return reject(new AppException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, FileError.RangeNotSatisfiable, 'The requested range lies outside the file'));
        }
        reject(notFound('File'));
      });
    });
  }

  /** A signed link, bound to the viewer's session, for a viewer the caller has already checked may see the file. */
  link(viewer: AuthUser, fileId: string, download = false): string {
    const exp = Math.ceil((Date.now() / 1000 + LINK_TTL_SECONDS) / LINK_ROUNDING_SECONDS) * LINK_ROUNDING_SECONDS;
    const sid = viewer.sessionId;
    return `/api/files/${fileId}?exp=${exp}&sid=${sid}&sig=${this.sign(fileId, exp, sid)}${download ? '&download=1' : ''}`;
  }

  /** A private file the caller may see: their own upload, or one of a cadre in an admin's scope. */
  async findAccessible(user: AuthUser, id: string): Promise<StoredFile> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw notFound('File');
    if (file.visibility === 'catalogue' || file.ownerId === user.id) return file;
    if (hasRole(user, 'org_admin', 'unit_admin') && file.ownerUnitPath && isPathInScope(file.ownerUnitPath, user)) return file;
    throw notFound('File');
  }

  /**
   * A file the caller uploaded for this purpose (to attach it to something they create). Inside a transaction pass its
   * manager: on the embedded database's single connection a read through the DataSource would wait for it forever.
   */
  async findOwn(user: AuthUser, id: string, purposes: FilePurpose[], manager?: EntityManager): Promise<StoredFile> {
    const file = await (manager ? manager.getRepository(StoredFile) : this.files).findOneBy({ id });
    if (!file || !isAttachable(file, user, purposes)) throw notFound('File');
    return file;
  }

  toDto(viewer: AuthUser, file: StoredFile): StoredFileDto {
    const url = this.link(viewer, file.id);
    return {
      id: file.id,
      purpose: file.purpose,
      name: offeredName(file),
      mimeType: file.mimeType,
      sizeBytes: Number(file.sizeBytes),
      url,
      thumbnailUrl: file.thumbnailKey ? `${url}&thumb=1` : null,
    };
  }

  /**
   * A JPEG at most 480 px on its longer side, turned upright by the photo's EXIF orientation. A picture that sharp
   * cannot decode (its first bytes looked right, the rest did not) is refused as an unsupported file.
   */
  private async makeThumbnail(sourcePath: string, key: string): Promise<string> {
    const temp = join(this.storage.tempDir(), `${randomUUID()}.jpg`);
    try {
      await sharp(sourcePath, { limitInputPixels: 100_000_000 }).rotate().resize(480, 480, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 78 }).toFile(temp);
    } catch {
      rmSync(temp, { force: true });
      throw new AppException(HttpStatus.BAD_REQUEST, FileError.UnsupportedType, 'The image could not be read', [{ field: 'file', message: 'not a readable image' }]);
    }
    await this.storage.put(key, temp);
    return key;
  }

  private sign(id: string, exp: number, sid: string): string {
    return createHmac('sha256', this.linkKey).update(`${id}.${exp}.${sid}`).digest('base64url');
  }

  private verify(id: string, exp: number, sid: string, sig: string): boolean {
    if (exp * 1000 < Date.now()) return false;
    const expected = Buffer.from(this.sign(id, exp, sid));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /**
   * The session a link was minted for still lets its user in: the same rule the access token meets on every request
   * (not revoked, account active, neither idle nor older than the session's lifetime). Reads auth's table directly:
   * auth is the ground floor, so this imports nothing upward.
   */
  private async sessionLive(sessionId: string): Promise<boolean> {
    const rows = (await this.files.manager.query(
      `SELECT 1 FROM auth_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND u.status = 'active'
          AND s.last_active_at > now() - make_interval(mins => $2) AND s.created_at > now() - make_interval(hours => $3)`,
      [sessionId, this.sessionIdleMinutes, this.sessionMaxHours],
    )) as unknown[];
    return rows.length > 0;
  }

  private receive(req: Request, res: Response, rule: PurposeRule): Promise<{ path: string; size: number; originalName: string }> {
    const upload = multer({
      storage: multer.diskStorage({ destination: this.storage.tempDir(), filename: (_req, _file, cb) => cb(null, randomUUID()) }),
      limits: { fileSize: rule.maxBytes, files: 1, fields: 0, parts: 2 },
      defParamCharset: 'utf8',
    }).single('file');
    return new Promise((resolve, reject) => {
      upload(req, res, (err: unknown) => {
        const file = (req as Request & { file?: Express.Multer.File }).file;
        if (err) {
          // multer may already have removed the file (too many files): only a path it left behind is ours to delete.
          if (file?.path) rmSync(file.path, { force: true });
          const code = (err as { code?: string }).code;
          if (code === 'LIMIT_FILE_SIZE') return reject(this.tooLarge(rule));
          return reject(
            new AppException(HttpStatus.BAD_REQUEST, FileError.Missing, 'Send one file in the multipart field "file"', [
              { field: 'file', message: code ?? 'malformed upload' },
            ]),
          );
        }
        if (!file) {
          return reject(
            new AppException(HttpStatus.BAD_REQUEST, FileError.Missing, 'Send one file in the multipart field "file"', [
              { field: 'file', message: 'missing' },
            ]),
          );
        }
        resolve({ path: file.path, size: file.size, originalName: file.originalname });
      });
    });
  }

  private tooLarge(rule: PurposeRule): AppException {
    const mb = Math.round(rule.maxBytes / 1024 / 1024);
    return new AppException(HttpStatus.PAYLOAD_TOO_LARGE, FileError.TooLarge, `The file is larger than ${mb} MB`, [
      { field: 'file', message: `at most ${mb} MB` },
    ]);
  }
}

/** The caller may attach this file: its purpose is one of these, and a private file is their own upload. */
export function isAttachable(file: StoredFile, user: AuthUser, purposes: FilePurpose[]): boolean {
  return purposes.includes(file.purpose) && (file.ownerId === user.id || file.visibility !== 'private');
}

/** The stored name with the extension of the stored type (rows uploaded before names followed the type included). */
function offeredName(file: StoredFile): string {
  const kind = kindOfMime(file.mimeType);
  return kind ? nameForKind(file.originalName, kind) : file.originalName;
}

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
