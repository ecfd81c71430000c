import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where uploaded bytes live. The local folder (under DATA_DIR) is the default; a shared volume works for several
 * instances, and object storage can implement the same interface.
 */
export interface FileStorage {
  /** Takes ownership of a finished temporary file under `key`. */
  put(key: string, tempPath: string): Promise<void>;
  /** An absolute path to serve from (range requests are handled by the HTTP layer). */
  localPath(key: string): string;
  remove(key: string): Promise<void>;
  tempDir(): string;
}

export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = resolve(dataDir, 'uploads');
    mkdirSync(this.tempDir(), { recursive: true });
  }

  async put(key: string, tempPath: string): Promise<void> {
    const target = this.localPath(key);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(tempPath, target);
  }

  localPath(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(`${this.root}/`)) throw new Error('Storage key escapes the storage folder');
    return path;
  }

  async remove(key: string): Promise<void> {
    rmSync(this.localPath(key), { force: true });
  }

  tempDir(): string {
    return join(this.root, '.incoming');
  }
}

export const FILE_STORAGE = Symbol('FileStorage');
