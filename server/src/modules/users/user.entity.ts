import type { AssignableCadreGroup, Education, Gender, PoliticalStatus, Rank, Role, UserStatus } from '@cadre/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';

/** Every account is a cadre with a profile; `roles` add rights, and admin roles carry `scopeUnitId`. */
@Entity('users')
@Index('idx_users_unit', ['unitId'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case; unique. */
  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  username!: string;

  /** scrypt hash; null until an initial password is issued (imported cadres). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  @Column({ type: 'text', array: true, default: () => "'{cadre}'" })
  roles!: Role[];

  @Column({ type: 'uuid', nullable: true })
  scopeUnitId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_unit_id', foreignKeyConstraintName: 'fk_users_scope_unit' })
  scopeUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  gender!: Gender;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'varchar', length: 16, default: '汉族' })
  ethnicity!: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  politicalStatus!: PoliticalStatus | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  education!: Education | null;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 24, default: 'other' })
  rank!: Rank;

  /** 职务 */
  @Column({ type: 'varchar', length: 100, nullable: true })
  position!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  /** AES-256-GCM ciphertext of the resident ID number. */
  @Column({ type: 'text', nullable: true })
  idNumberEnc!: string | null;

  /** Keyed hash of the ID number, so duplicates are found without decrypting. */
  @Index('uq_users_id_number_hash', { unique: true, where: 'id_number_hash IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  idNumberHash!: string | null;

  /** Date of appointment to the current leading post; drives membership of the `new_leader` group. */
  @Index('idx_users_appointment_date')
  @Column({ type: 'date', nullable: true })
  appointmentDate!: string | null;

  /**
   * The day the cadre entered 处级 (a 处级 post or 职级, by requirementRankLevel): set when the rank changes from below 处级 to
   * 处级, cleared when it leaves 处级, kept through changes within 处级. Null for a cadre recorded at 处级 (the entry is
   * unknown). A cadre promoted without having met the five-year line must meet it within one year of this day.
   */
  @Column({ type: 'date', nullable: true })
  chuSince!: string | null;

  /** Key groups set by admins; `new_leader` is derived, never stored. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keyGroups!: AssignableCadreGroup[];

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
