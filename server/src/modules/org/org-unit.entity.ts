import type { OrgUnitKind } from '@cadre/shared';
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

/**
 * A node of the city's tree. `path` is the materialised path of ids from the root (`/<root>/<town>/<village>/`);
 * collation "C" lets the plain b-tree index serve `path LIKE '/<root>/<town>/%'`, so a subtree is one index range.
 */
@Entity('org_units')
@Index('idx_org_units_parent', ['parentId', 'sortOrder'])
export class OrgUnit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_org_units_parent' })
  parent?: Relation<OrgUnit>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrgUnitKind;

  @Index('idx_org_units_path', { unique: true })
  @Column({ type: 'text', collation: 'C' })
  path!: string;

  @Column({ type: 'smallint' })
  depth!: number;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
