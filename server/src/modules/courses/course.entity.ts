import type { CadreGroup, CourseStatus } from '@cadre/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { CourseCategory } from './course-category.entity';

/**
 * A course of the catalogue. It belongs to the unit that owns it: published courses are visible to cadres of that unit
 * and every unit under it, and editable by org admins whose scope contains it.
 */
@Entity('courses')
@Index('idx_courses_status', ['status', 'publishedAt'])
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'uuid', nullable: true })
  coverFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_file_id', foreignKeyConstraintName: 'fk_courses_cover_file' })
  coverFile?: Relation<StoredFile>;

  @Column({ type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => CourseCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_courses_category' })
  category?: Relation<CourseCategory>;

  /** The 学时 a completion earns: the admin's override when set, otherwise `derivedHours`. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  creditHours!: number;

  /** 学时 by the city's course hour rule from the lessons' total minutes (`lessonMinutes`), kept current. */
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 0 })
  derivedHours!: number;

  @Column({ type: 'integer', default: 0 })
  lessonMinutes!: number;

  /** 手动核定: an admin's figure that replaces the derived one, with the reason (audited). */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  hoursOverride!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  hoursOverrideReason!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: CourseStatus;

  @Column({ type: 'uuid' })
  ownerUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_courses_owner_unit' })
  ownerUnit?: Relation<OrgUnit>;

  /** Kept current as lessons come and go, so lists and progress need no count query. */
  @Column({ type: 'integer', default: 0 })
  lessonCount!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @OneToMany(() => CourseTarget, (t) => t.course)
  targets?: Relation<CourseTarget[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A key group the course is meant for, and whether it is required (必修) or elective (选修) for that group. */
@Entity('course_targets')
@Index('idx_course_targets_group', ['cadreGroup', 'required'])
export class CourseTarget {
  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, (c) => c.targets, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_course_targets_course' })
  course?: Relation<Course>;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  cadreGroup!: CadreGroup;

  @Column({ type: 'boolean', default: false })
  required!: boolean;
}
