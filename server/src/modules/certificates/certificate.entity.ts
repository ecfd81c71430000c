import type { CertificateKind, CertificateState } from '@cadre/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity';

/** What a certificate says, frozen at issuance: the PDF is drawn again from it, so a re-download prints the same. */
export interface CertificateContent {
  holderName: string;
  unitName: string;
  /** The issuing organisation department (中共××市委组织部), from the root unit's name. */
  issuerName: string;
  /** What is certified, in one line: the class title, or 2026年度学时 / 2022—2026年学时. */
  subject: string;
  hours: number;
  /** 结业证书: the class. */
  classTitle?: string;
  organiserName?: string;
  startDate?: string;
  endDate?: string;
  /** 学时证明: the period, the lines with 达标 and the hours by source. */
  periodStart?: number;
  periodEnd?: number;
  lines?: { label: string; required: number; earned: number; met: boolean }[];
  bySource?: { source: string; label: string; hours: number }[];
}

/**
 * A certificate anyone can verify (结业证书 or 学时证明). The code is printed and put in the QR code, so it is kept (a
 * re-download carries it); it is 128 random bits and looked up through a unique index. Scope: the holder's unit at
 * issuance (`unitPath`) and the issuing unit (`issuerUnitPath`: the class's organiser, or the holder's unit).
 */
@Entity('certificates')
@Index('idx_certificates_user', ['userId', 'issuedAt'])
@Index('uq_certificates_class_user', ['classId', 'userId'], { unique: true, where: 'class_id IS NOT NULL' })
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: CertificateKind;

  /** Crockford base32 of 16 random bytes, without separators (26 characters). */
  @Index('uq_certificates_code', { unique: true })
  @Column({ type: 'varchar', length: 32, collation: 'C' })
  code!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_certificates_user' })
  user?: Relation<User>;

  @Index('idx_certificates_unit_path')
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'text', collation: 'C' })
  issuerUnitPath!: string;

  @Column({ type: 'uuid', nullable: true })
  classId!: string | null;

  @Column({ type: 'jsonb' })
  content!: CertificateContent;

  /** SHA-256 over the ledger entries counted (id and hours, sorted): what the certificate rests on. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 16, default: 'valid' })
  state!: CertificateState;

  @Column({ type: 'timestamptz' })
  issuedAt!: Date;

  /** Who asked for it (the cadre, an admin); null for 结业证书, issued by closing the class. */
  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  revokeReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}

/** The ledger entries a certificate counted: a correction of any of them supersedes it. */
@Entity('certificate_ledger_entries')
@Index('idx_certificate_ledger_entries_entry', ['ledgerEntryId'])
export class CertificateLedgerEntry {
  @PrimaryColumn({ type: 'uuid' })
  certificateId!: string;

  @ManyToOne(() => Certificate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id', foreignKeyConstraintName: 'fk_certificate_ledger_entries_certificate' })
  certificate?: Relation<Certificate>;

  /** No foreign key: the link outlives nothing, and a deleted entry must still find the certificates to supersede. */
  @PrimaryColumn({ type: 'uuid' })
  ledgerEntryId!: string;
}
