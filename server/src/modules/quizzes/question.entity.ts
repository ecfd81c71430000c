import type { QuestionType } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';

export interface QuestionOption {
  id: string;
  text: string;
}

/**
 * A bank question (试题). `answer` holds option ids (single, multiple, true/false: 'T' or 'F') or, for fill-in, the
 * accepted texts. It never leaves the server to a cadre before the review policy allows.
 */
@Entity('questions')
@Index('idx_questions_owner', ['ownerUnitId', 'status'])
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: QuestionType;

  @Column({ type: 'text' })
  stem!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options!: QuestionOption[];

  @Column({ type: 'jsonb' })
  answer!: string[];

  @Column({ type: 'text', default: '' })
  explanation!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'smallint', default: 3 })
  difficulty!: number;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_questions_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'retired';

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
