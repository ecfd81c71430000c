import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FilePurpose } from './file-purposes';

/**
 * An uploaded file. Course media (`catalogue`) is readable by any signed-in user; private files (claim attachments) by
 * their uploader and admins whose scope covers the uploader's unit. Bytes live in the storage under `storageKey`.
 */
@Entity('stored_files')
@Index('idx_stored_files_owner', ['ownerId'])
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  purpose!: FilePurpose;

  @Column({ type: 'varchar', length: 255 })
  originalName!: string;

  @Column({ type: 'varchar', length: 100 })
  mimeType!: string;

  @Column({ type: 'bigint' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 300 })
  storageKey!: string;

  /** A small JPEG of an image (photos in lists, on phones); null for other files. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  thumbnailKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  /** Path of the uploader's unit when uploaded, for the scope of private files. */
  @Column({ type: 'text', collation: 'C', nullable: true })
  ownerUnitPath!: string | null;

  @Column({ type: 'varchar', length: 16 })
  visibility!: 'catalogue' | 'private';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
