import { ScheduledJob } from '../common/scheduler/scheduled-job.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { AuthSession } from '../modules/auth/auth-session.entity';
import { LoginAccountFailure, LoginFailure } from '../modules/auth/login-failure.entity';
import { RefreshToken } from '../modules/auth/refresh-token.entity';
import { CourseAssignment } from '../modules/courses/course-assignment.entity';
import { CourseCategory } from '../modules/courses/course-category.entity';
import { Course, CourseTarget } from '../modules/courses/course.entity';
import { Enrollment } from '../modules/courses/enrollment.entity';
import { LessonProgress } from '../modules/courses/lesson-progress.entity';
import { Lesson } from '../modules/courses/lesson.entity';
import { StoredFile } from '../modules/files/stored-file.entity';
import { CadreYearHours } from '../modules/learning/cadre-hours.entity';
import { LedgerEntry } from '../modules/learning/ledger-entry.entity';
import { OfflineClaim } from '../modules/learning/offline-claim.entity';
import { RequirementMakeUp } from '../modules/learning/make-up.entity';
import { RequirementSettledFigure, RequirementSettlement } from '../modules/learning/settlement.entity';
import { RequirementLine } from '../modules/learning/requirement-line.entity';
import { TrainingPlanRule } from '../modules/learning/training-plan-rule.entity';
import { OrgUnit } from '../modules/org/org-unit.entity';
import { Attempt, AttemptQuestion } from '../modules/quizzes/attempt.entity';
import { Question } from '../modules/quizzes/question.entity';
import { Quiz, QuizQuestion, QuizRule } from '../modules/quizzes/quiz.entity';
import { User } from '../modules/users/user.entity';

import { HourRule } from '../modules/learning/hour-rule.entity';
import { LectureFeedback, LectureSession, LectureSessionLecturer, LectureSessionPhoto } from '../modules/lectures/lecture-session.entity';
import { LectureTeam, LectureTeamMember, LectureTopic } from '../modules/lectures/lecture-team.entity';
import { StudyRecord, StudyRecordAttachment, StudyRecordPerson, StudyRecordSpeech } from '../modules/studies/study-record.entity';
import { RateLimitWindow } from '../common/http/rate-limit-window.entity';
import { Notification, Reminder } from '../modules/notifications/notification.entity';
import { DashboardDirtyUnit, DashboardUnitFigures } from '../modules/dashboard/unit-figures.entity';
import {
  TrainingClass,
  TrainingClassAttachment,
  TrainingClassAttendance,
  TrainingClassEnrolment,
  TrainingClassEvaluator,
  TrainingClassLeave,
  TrainingClassRating,
  TrainingClassSession,
  TrainingClassSignInFailure,
} from '../modules/classes/training-class.entity';
import { Case, CaseRead, StudyRecordCase } from '../modules/cases/case.entity';
import { Inspection, InspectionDraw, InspectionFinding, Rectification, RectificationEvent, SupervisionNotice } from '../modules/supervision/supervision.entity';
import { PublicityChannel, PublicityColumn, PublicityContest, PublicityContestEntrant, PublicityContestJudge, PublicityContestRound, PublicityContestScore, PublicityEpisode, PublicityItem } from '../modules/publicity/publicity.entity';
import { ResearchProblem, ResearchTopic, ResearchVisit } from '../modules/research/research.entity';
import { TalentEntry, TalentEvaluation, TalentEvent, TalentMilestone, TalentNote, TalentPost, TalentSecondment } from '../modules/talent/talent.entity';
import { CampaignArea, CampaignTask, CampaignTaskUnit, CampaignTaskUpdate, CampaignUpdateAttachment } from '../modules/campaign/campaign.entity';
import { CampaignDecision, CampaignMeeting, CampaignMeetingAttachment, CampaignMeetingAttendee, CampaignMeetingUnit } from '../modules/campaign/meeting.entity';
import { Certificate, CertificateLedgerEntry } from '../modules/certificates/certificate.entity';
/**
 * Every entity, for the data source and the migration generator. Modules still register their own repositories with
 * TypeOrmModule.forFeature; a test checks the two agree.
 */
export const ENTITIES = [
  OrgUnit,
  User,
  AuthSession,
  RefreshToken,
  LoginFailure,
  LoginAccountFailure,
  AuditLog,
  ScheduledJob,
  StoredFile,
  CourseCategory,
  Course,
  CourseTarget,
  Lesson,
  Enrollment,
  LessonProgress,
  CourseAssignment,
  LedgerEntry,
  CadreYearHours,
  TrainingPlanRule,
  RequirementLine,
  RequirementMakeUp,
  RequirementSettlement,
  RequirementSettledFigure,
  OfflineClaim,
  Question,
  Quiz,
  QuizQuestion,
  QuizRule,
  Attempt,
  AttemptQuestion,
  HourRule,
  LectureTeam,
  LectureTeamMember,
  LectureTopic,
  LectureSession,
  LectureSessionLecturer,
  LectureSessionPhoto,
  LectureFeedback,
  StudyRecord,
  StudyRecordPerson,
  StudyRecordSpeech,
  StudyRecordAttachment,
  RateLimitWindow,
  CampaignArea,
  CampaignTask,
  CampaignTaskUnit,
  CampaignTaskUpdate,
  CampaignUpdateAttachment,
  CampaignMeeting,
  CampaignMeetingAttendee,
  CampaignMeetingUnit,
  CampaignMeetingAttachment,
  CampaignDecision,
  Reminder,
  Notification,
  DashboardUnitFigures,
  DashboardDirtyUnit,
  TrainingClass,
  TrainingClassSession,
  TrainingClassEnrolment,
  TrainingClassAttendance,
  TrainingClassLeave,
  TrainingClassAttachment,
  TrainingClassEvaluator,
  TrainingClassRating,
  TrainingClassSignInFailure,
  TalentEntry,
  TalentEvent,
  TalentMilestone,
  TalentNote,
  TalentEvaluation,
  TalentSecondment,
  TalentPost,
  Certificate,
  CertificateLedgerEntry,
  ResearchTopic,
  ResearchVisit,
  ResearchProblem,
  Inspection,
  PublicityChannel,
  PublicityColumn,
  PublicityItem,
  PublicityEpisode,
  PublicityContest,
  PublicityContestRound,
  PublicityContestJudge,
  PublicityContestEntrant,
  PublicityContestScore,
  InspectionDraw,
  InspectionFinding,
  Rectification,
  RectificationEvent,
  Case,
  CaseRead,
  StudyRecordCase,
  SupervisionNotice,
];
