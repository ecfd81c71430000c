import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { FIRST_START_LOCK } from '../../common/db/advisory-locks';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FieldCipher } from '../../common/crypto/field-cipher';
import { generateInitialPassword, hashPassword } from '../../common/crypto/password';
import { todayInShanghai } from '../../common/time';
import { AppConfig } from '../../config/app-config';
import { RequiredCoursesService } from '../courses/required-courses.service';
import { FILE_STORAGE, type FileStorage } from '../files/file-storage';
import { CertificatesService } from '../certificates/certificates.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoCity } from './demo-city';
import { seedDemoCampaign } from './demo-campaign';
import { seedDemoClasses } from './demo-classes';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoLearning } from './demo-learning';
import { seedDemoLectures } from './demo-lectures';
import { seedDemoStudies } from './demo-studies';
import { seedDemoCases } from './demo-cases';
import { seedDemoPublicity } from './demo-publicity';
import { seedDemoSupervision } from './demo-supervision';
import { seedDemoTalent } from './demo-talent';
import { seedDemoQuizzes } from './demo-quizzes';
import { seedDemoResearch } from './demo-research';
import { seedDemoRequirements } from './demo-requirements';
import { isNewLeader } from '../users/key-groups';

/** Serialises first-start work when several instances start at once on one empty database. */

/**
 * First start on an empty database: the demo city (embedded mode, or SEED_DEMO=1), else a root unit and one org
 * admin with a one-time password printed to the log. Runs before the server listens.
 */
@Injectable()
export class FirstStartService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');
  /** What the first start did, for main.ts to print. */
  result:
    | { kind: 'none' }
    | { kind: 'demo'; units: number; cadres: number; courses: number; enrollments: number; questions: number; attempts: number; lectureSessions: number; studyRecords: number; campaignTasks: number; trainingClasses: number; talentMembers: number; ms: number }
    | { kind: 'admin'; username: string; password: string } = {
    kind: 'none',
  };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly required: RequiredCoursesService,
    private readonly certificates: CertificatesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_START_LOCK]);
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM org_units')) as [{ n: number }];
      if (n > 0) {
        // Classes closed before certificates existed get their 结业证书 (nothing to do once they have).
        const issued = await this.certificates.issueMissing(tx);
        if (issued > 0) this.logger.log(`Issued ${issued} 结业证书 for classes closed before certificates existed`);
        return;
      }
      if (this.config.seedDemo) {
        const started = Date.now();
        const year = Number(todayInShanghai().slice(0, 4));
        const city = await seedDemoCity(tx, new FieldCipher(this.config.encryptionKey), await hashPassword(DEMO_PASSWORD), year);
        const learning = await seedDemoLearning({
          tx,
          storage: this.storage,
          assetsDir: join(__dirname, '..', '..', '..', 'assets', 'demo'),
          year,
          now: new Date(),
          units: city.units,
          cadres: city.cadres,
          required: this.required,
        });
        const now = new Date();
        const quizzes = await seedDemoQuizzes({
          tx,
          year,
          now,
          units: city.units,
          cadres: city.cadres,
          newLeaderIds: new Set(city.cadres.filter((c) => isNewLeader(c.appointmentDate, this.config.newLeaderMonths, now)).map((c) => c.id)),
        });
        const lectures = await seedDemoLectures({ tx, storage: this.storage, assetsDir: join(__dirname, '..', '..', '..', 'assets', 'demo'), year, now, units: city.units, cadres: city.cadres });
        const studies = await seedDemoStudies({ tx, year, now, units: city.units, cadres: city.cadres });
        const campaign = await seedDemoCampaign({ tx, year, now, units: city.units, cadres: city.cadres });
        const meetings = await seedDemoMeetings({ tx, year, now, units: city.units, cadres: city.cadres });
        const classes = await seedDemoClasses({ tx, storage: this.storage, year, now, units: city.units, cadres: city.cadres });
        await this.certificates.issueMissing(tx);
        const requirements = await seedDemoRequirements({ tx, year, now, units: city.units, cadres: city.cadres });
        const talent = await seedDemoTalent({ tx, year, units: city.units, cadres: city.cadres, ageLimits: this.config.talentAgeLimits, today: todayInShanghai() });
        const supervision = await seedDemoSupervision({ tx, units: city.units, cadres: city.cadres, today: todayInShanghai() });
        const cases = await seedDemoCases({ tx, units: city.units, cadres: city.cadres, today: todayInShanghai() });
        const publicity = await seedDemoPublicity({ tx, year, units: city.units, cadres: city.cadres, today: todayInShanghai() });
        const research = await seedDemoResearch({ tx, storage: this.storage, assetsDir: join(__dirname, '..', '..', '..', 'assets', 'demo'), units: city.units, cadres: city.cadres, today: todayInShanghai() });
        // Fresh statistics, so the planner does not treat thousands of new rows as an empty table.
        await tx.query('ANALYZE');
        const ms = Date.now() - started;
        this.result = { kind: 'demo', units: city.units.length, cadres: city.cadres.length, courses: learning.courses, enrollments: learning.enrollments, questions: quizzes.questions, attempts: quizzes.attempts, lectureSessions: lectures.sessions, studyRecords: studies.records, campaignTasks: campaign.tasks, trainingClasses: classes.classes, talentMembers: talent.members, ms };
        this.logger.log(`Seeded the demo city: ${city.units.length} units, ${city.cadres.length} cadres, ${learning.courses} courses, ${learning.enrollments} enrolments, ${quizzes.questions} questions, ${quizzes.attempts} quiz attempts, ${lectures.teams} lecture teams with ${lectures.sessions} sessions, ${studies.records} study records, ${campaign.tasks} campaign tasks (${campaign.updates} progress updates), ${meetings.meetings} dispatch meetings with ${meetings.decisions} decisions, ${classes.classes} training classes with ${classes.sessions} sessions, ${talent.members} talent-pool members (${talent.secondments} on secondment), ${supervision.inspections} inspections (${supervision.findings} findings, ${supervision.rectifications} rectifications, ${supervision.notices} public notices), ${cases.cases} cases, ${research.topics} research topics (${research.visits} visits, ${research.problems} problems), ${publicity.items} published items, ${publicity.episodes} interview episodes, a contest of ${publicity.entrants}, ${requirements.claims} 处级 claims pending for the city, ${requirements.behind} 处级 cadres behind on the five-year cycle, ${requirements.overdueLeader} overdue on 任职培训, in ${ms} ms`);
        return;
      }
      const rootId = randomUUID();
      await tx.query(`INSERT INTO org_units (id, parent_id, name, kind, path, depth) VALUES ($1, NULL, $2, 'city', $3, 0)`, [
        rootId,
        this.config.rootUnitName,
        `/${rootId}/`,
      ]);
      const username = 'admin';
      const password = generateInitialPassword(username);
      await tx.query(
        `INSERT INTO users (username, password_hash, must_change_password, roles, scope_unit_id, name, gender, unit_id)
         VALUES ($3, $1, true, '{cadre,org_admin}', $2, '系统管理员', 'male', $2)`,
        [await hashPassword(password), rootId, username],
      );
      this.result = { kind: 'admin', username, password };
    });
  }
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
