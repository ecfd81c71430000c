import type { ClaimKind, ClaimStatus } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { User } from '../users/user.entity';

/** An offline training claim (学时申报): the cadre submits, an admin of their unit approves (hours to the ledger) or rejects. */
@Entity('offline_claims')
@Index('idx_offline_claims_user', ['userId', 'createdAt'])
@Index('idx_offline_claims_status', ['status', 'createdAt'])
export class OfflineClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_offline_claims_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** What kind of training it was: decides the requirement line its hours count toward (see claimKindSource). */
  @Column({ type: 'varchar', length: 24 })
  kind!: ClaimKind;

  @Column({ type: 'varchar', length: 200 })
  organizer!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'numeric', precision: 5, scale: 1 })
  hours!: number;

  @Column({ type: 'uuid', nullable: true })
  attachmentFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'attachment_file_id', foreignKeyConstraintName: 'fk_offline_claims_attachment' })
  attachmentFile?: Relation<StoredFile>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ClaimStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  /** The cadre's unit path when submitted: the admins of that subtree review it. */
  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
