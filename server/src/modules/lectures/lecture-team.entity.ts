import type { LectureTeamLevel } from '@cadre/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../users/user.entity';

/** A lecture team (宣讲团/队) of the "1＋6＋N" structure, with a home unit whose admins manage it. */
@Entity('lecture_teams')
@Index('uq_lecture_teams_name', ['name'], { unique: true })
export class LectureTeam {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: LectureTeamLevel;

  @Column({ type: 'uuid' })
  homeUnitId!: string;

  @ManyToOne(() => OrgUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_unit_id', foreignKeyConstraintName: 'fk_lecture_teams_home_unit' })
  homeUnit?: Relation<OrgUnit>;

  /** Path of the home unit (kept with the row: scope is one prefix predicate). */
  @Index('idx_lecture_teams_home_path')
  @Column({ type: 'text', collation: 'C' })
  homeUnitPath!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A lecturer of a team: a cadre; the team's leader (团长/队长) is marked. */
@Entity('lecture_team_members')
@Index('idx_lecture_team_members_user', ['userId'])
export class LectureTeamMember {
  @PrimaryColumn({ type: 'uuid' })
  teamId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => LectureTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_lecture_team_members_team' })
  team?: Relation<LectureTeam>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_lecture_team_members_user' })
  user?: Relation<User>;

  @Column({ type: 'boolean', default: false })
  leader!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}

/** A lecture topic (宣讲主题): an editable list shared by the whole city. */
@Entity('lecture_topics')
@Index('uq_lecture_topics_name', ['name'], { unique: true })
export class LectureTopic {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
