import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type TrainingClassSummary = Schemas['TrainingClassSummaryDto'];
export type TrainingClass = Schemas['TrainingClassDto'];
export type ClassSession = Schemas['ClassSessionDto'];
export type ClassQuery = NonNullable<operations['TrainingClasses_list']['parameters']['query']>;
export type ClassBody = Schemas['CreateTrainingClassDto'];
export type ClassUpdate = Schemas['UpdateTrainingClassDto'];
export type SessionBody = Schemas['ClassSessionInputDto'];
export type Roster = Schemas['RosterDto'];
export type RosterRow = Schemas['RosterRowDto'];
export type MissedShare = Schemas['MissedShareDto'];
export type AttendanceSheet = Schemas['AttendanceSheetDto'];
export type Leave = Schemas['LeaveDto'];
export type CloseCheck = Schemas['CloseCheckDto'];
export type EvaluationResults = Schemas['EvaluationResultsDto'];
export type SignInCode = Schemas['SignInCodeDto'];
export type MyClassSession = Schemas['MyClassSessionDto'];
export type EnrolBody = Schemas['EnrolDto'];

const path = (id: string) => ({ params: { path: { id } } });
const sessionPath = (id: string, sessionId: string) => ({ params: { path: { id, sessionId } } });

export const listClasses = (query: ClassQuery) => api((c) => c.GET('/api/training-classes', { params: { query } }));
export const getClass = (id: string) => api((c) => c.GET('/api/training-classes/{id}', path(id)));
export const createClass = (body: ClassBody) => api((c) => c.POST('/api/training-classes', { body }));
export const updateClass = (id: string, body: ClassUpdate) => api((c) => c.PATCH('/api/training-classes/{id}', { ...path(id), body }));
export const deleteClass = (id: string) => api((c) => c.DELETE('/api/training-classes/{id}', path(id)));
export const addSession = (id: string, body: SessionBody) => api((c) => c.POST('/api/training-classes/{id}/sessions', { ...path(id), body }));
export const updateSession = (id: string, sessionId: string, body: SessionBody) =>
  api((c) => c.PATCH('/api/training-classes/{id}/sessions/{sessionId}', { ...sessionPath(id, sessionId), body }));
export const removeSession = (id: string, sessionId: string) => api((c) => c.DELETE('/api/training-classes/{id}/sessions/{sessionId}', sessionPath(id, sessionId)));
export const setAttachments = (id: string, attachments: { fileId: string; kind: Schemas['ClassAttachmentKind'] }[]) =>
  api((c) => c.PUT('/api/training-classes/{id}/attachments', { ...path(id), body: { attachments } as unknown as Schemas['SetClassAttachmentsDto'] }));
export const roster = (id: string) => api((c) => c.GET('/api/training-classes/{id}/enrolments', path(id)));
export const enrol = (id: string, body: EnrolBody) => api((c) => c.POST('/api/training-classes/{id}/enrolments', { ...path(id), body }));
export const unenrol = (id: string, userId: string) => api((c) => c.DELETE('/api/training-classes/{id}/enrolments/{userId}', { params: { path: { id, userId } } }));
export const attendanceSheet = (id: string, sessionId: string) => api((c) => c.GET('/api/training-classes/{id}/sessions/{sessionId}/attendance', sessionPath(id, sessionId)));
export const markAttendance = (id: string, sessionId: string, marks: { userId: string; status: 'present' | 'absent' }[]) =>
  api((c) =>
    c.PUT('/api/training-classes/{id}/sessions/{sessionId}/attendance', { ...sessionPath(id, sessionId), body: { marks } as unknown as Schemas['MarkAttendanceDto'] }),
  );
export const signInCode = (id: string, sessionId: string) => api((c) => c.GET('/api/training-classes/{id}/sessions/{sessionId}/sign-in-code', sessionPath(id, sessionId)));
export const leaves = (id: string, status?: Schemas['ClassLeaveStatus']) =>
  api((c) => c.GET('/api/training-classes/{id}/leaves', { params: { path: { id }, query: status ? { status } : {} } }));
export const decideLeave = (id: string, leaveId: string, approve: boolean, note?: string) =>
  api((c) => c.POST('/api/training-classes/{id}/leaves/{leaveId}/decision', { params: { path: { id, leaveId } }, body: { approve, ...(note ? { note } : {}) } }));
export const closeCheck = (id: string) => api((c) => c.GET('/api/training-classes/{id}/close-check', path(id)));
export const closeClass = (id: string) => api((c) => c.POST('/api/training-classes/{id}/close', path(id)));
export const evaluationResults = (id: string) => api((c) => c.GET('/api/training-classes/{id}/evaluation', path(id)));
export const submitEvaluation = (id: string, body: { sessions: { sessionId: string; contentRating: number; teacherRating: number; comment?: string }[]; comment?: string }) =>
  api((c) => c.POST('/api/training-classes/{id}/evaluation', { ...path(id), body: body as unknown as Schemas['SubmitEvaluationDto'] }));
export const mySessions = (query: { from?: string; days?: number } = {}) => api((c) => c.GET('/api/my/class-sessions', { params: { query } }));
export const signIn = (sessionId: string, code: string) => api((c) => c.POST('/api/my/class-sessions/{sessionId}/sign-in', { params: { path: { sessionId } }, body: { code } }));
export const askLeave = (sessionId: string, reason: string) => api((c) => c.POST('/api/my/class-sessions/{sessionId}/leave', { params: { path: { sessionId } }, body: { reason } }));
export const exportRoster = (id: string, title: string) => download(`/api/exports/training-classes/${id}/roster.xlsx`, `${title}-花名册与考勤.xlsx`);
export const downloadCalendar = () => download('/api/my/training-calendar.ics', '我的培训.ics');

/** The link the QR code carries: the phone's camera opens the SPA's sign-in page with the session and code filled in. */
export function signInLink(sessionId: string, code: string): string {
  return `${window.location.origin}/classes/sign-in?session=${encodeURIComponent(sessionId)}&code=${encodeURIComponent(code)}`;
}

export { percent, sessionTime } from './classes.format';
