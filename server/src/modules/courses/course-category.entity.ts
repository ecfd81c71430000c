import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An editable catalogue category (理论武装, 党性教育, ...). */
@Entity('course_categories')
export class CourseCategory {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_course_categories_name', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
