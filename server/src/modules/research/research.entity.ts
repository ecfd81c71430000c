import type { ResearchProblemStatus, ResearchTopicStatus } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/**
 * A research topic (调研课题) held by a leader (a cadre): the question, the unit it belongs to, the period. Ongoing until
 * its final report is attached and it is concluded. In scope by its unit's path; the leader always sees their own.
 */
@Entity('research_topics')
@Index('idx_research_topics_unit_path', ['unitPath'])
@Index('idx_research_topics_leader', ['leaderId'])
export class ResearchTopic {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The question the research answers (调研问题). */
  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_research_topics_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  /** The leader who holds the topic (牵头领导). */
  @Column({ type: 'uuid' })
  leaderId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_id', foreignKeyConstraintName: 'fk_research_topics_leader' })
  leader?: Relation<User>;

  @Column({ type: 'date' })
  periodFrom!: string;

  @Column({ type: 'date' })
  periodTo!: string;

  @Column({ type: 'varchar', length: 16, default: 'ongoing' })
  status!: ResearchTopicStatus;

  /** The final report (调研报告), uploaded as research_report. */
  @Column({ type: 'uuid', nullable: true })
  reportFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_file_id', foreignKeyConstraintName: 'fk_research_topics_report_file' })
  reportFile?: Relation<StoredFile>;

  @Column({ type: 'text', default: '' })
  conclusion!: string;

  @Column({ type: 'date', nullable: true })
  concludedOn!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_research_topics_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A dated visit of the topic to a unit or village (走访), with notes and photos. Villages visited join the lecture coverage map. */
@Entity('research_visits')
@Index('idx_research_visits_topic', ['topicId', 'visitedOn'])
@Index('idx_research_visits_unit_path', ['unitPath', 'visitedOn'])
export class ResearchVisit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => ResearchTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_research_visits_topic' })
  topic?: Relation<ResearchTopic>;

  @Column({ type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_research_visits_unit' })
  unit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  unitPath!: string;

  @Column({ type: 'date' })
  visitedOn!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  photoFileIds!: string[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_research_visits_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A problem the research found (发现问题): the people it concerns, the unit that solves it; open until that is done,
 * then solved with a note and the date. Counted per solving unit.
 */
@Entity('research_problems')
@Index('idx_research_problems_topic', ['topicId'])
@Index('idx_research_problems_solver_path', ['solverUnitPath', 'foundOn'])
export class ResearchProblem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  topicId!: string;

  @ManyToOne(() => ResearchTopic, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_research_problems_topic' })
  topic?: Relation<ResearchTopic>;

  /** The visit it was found on, if any. */
  @Column({ type: 'uuid', nullable: true })
  visitId!: string | null;

  @ManyToOne(() => ResearchVisit, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'fk_research_problems_visit' })
  visit?: Relation<ResearchVisit>;

  @Column({ type: 'text' })
  description!: string;

  /** The people it concerns (涉及群众/对象). */
  @Column({ type: 'varchar', length: 200, default: '' })
  concerns!: string;

  @Column({ type: 'date' })
  foundOn!: string;

  @Column({ type: 'uuid' })
  solverUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'solver_unit_id', foreignKeyConstraintName: 'fk_research_problems_solver_unit' })
  solverUnit?: Relation<OrgUnit>;

  @Column({ type: 'text', collation: 'C' })
  solverUnitPath!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: ResearchProblemStatus;

  @Column({ type: 'text', default: '' })
  solvedNote!: string;

  @Column({ type: 'date', nullable: true })
  solvedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  solvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'solved_by_id', foreignKeyConstraintName: 'fk_research_problems_solved_by' })
  solvedBy?: Relation<User>;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_research_problems_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
