import type { LessonType } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { Course } from './course.entity';

/** One ordered part of a course: a video (file or URL, with its duration), an article, or a PDF document. */
@Entity('lessons')
@Index('idx_lessons_course', ['courseId', 'position'])
export class Lesson {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  courseId!: string;

  @ManyToOne(() => Course, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'fk_lessons_course' })
  course?: Relation<Course>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: LessonType;

  /** Video: its length. */
  @Column({ type: 'integer', nullable: true })
  durationSeconds!: number | null;

  @Column({ type: 'uuid', nullable: true })
  videoFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'video_file_id', foreignKeyConstraintName: 'fk_lessons_video_file' })
  videoFile?: Relation<StoredFile>;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl!: string | null;

  /** Article: sanitised HTML. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Article and document: time the reader must spend before the lesson completes. */
  @Column({ type: 'integer', nullable: true })
  minReadingSeconds!: number | null;

  @Column({ type: 'uuid', nullable: true })
  documentFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'document_file_id', foreignKeyConstraintName: 'fk_lessons_document_file' })
  documentFile?: Relation<StoredFile>;

  /** Article: the published case (典型案例) whose text it carries (警示教育), kept when the case is later withdrawn. */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
