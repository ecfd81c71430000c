import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type LectureSession = Schemas['LectureSessionDto'];
export type LectureSessionSummary = Schemas['LectureSessionSummaryDto'];
export type LectureTeam = Schemas['LectureTeamDto'];
export type LectureTeamDetail = Schemas['LectureTeamDetailDto'];
export type LectureTopic = Schemas['LectureTopicDto'];
export type FeedbackSummary = Schemas['FeedbackSummaryDto'];
export type FeedbackComment = Schemas['FeedbackCommentDto'];
export type PublicLectureSession = Schemas['PublicLectureSessionDto'];
export type CreateLectureSession = Schemas['CreateLectureSessionDto'];
export type UpdateLectureSession = Schemas['UpdateLectureSessionDto'];
export type LectureSessionQuery = NonNullable<operations['Lectures_listSessions']['parameters']['query']>;

export const listSessions = (query: LectureSessionQuery) => api((c) => c.GET('/api/lecture-sessions', { params: { query } }));
export const getSession = (id: string) => api((c) => c.GET('/api/lecture-sessions/{id}', { params: { path: { id } } }));
export const createSession = (body: CreateLectureSession) => api((c) => c.POST('/api/lecture-sessions', { body }));
export const updateSession = (id: string, body: UpdateLectureSession) => api((c) => c.PATCH('/api/lecture-sessions/{id}', { params: { path: { id } }, body }));
export const removeSession = (id: string) => api((c) => c.DELETE('/api/lecture-sessions/{id}', { params: { path: { id } } }));
export const submitSession = (id: string) => api((c) => c.POST('/api/lecture-sessions/{id}/submit', { params: { path: { id } } }));
export const verifySession = (id: string) => api((c) => c.POST('/api/lecture-sessions/{id}/verify', { params: { path: { id } } }));
export const returnSession = (id: string, reason: string) =>
  api((c) => c.POST('/api/lecture-sessions/{id}/return', { params: { path: { id } }, body: { reason } }));
export const feedbackSummary = (id: string) => api((c) => c.GET('/api/lecture-sessions/{id}/feedback', { params: { path: { id } } }));
export const moderateFeedback = (id: string, status: 'approved' | 'rejected') =>
  api((c) => c.POST('/api/lecture-feedback/{id}/moderate', { params: { path: { id } }, body: { status } }));
export const publicSession = (id: string) => api((c) => c.GET('/api/lecture-sessions/{id}/public', { params: { path: { id } } }));
export const giveFeedback = (id: string, rating: number, comment?: string) =>
  api((c) => c.POST('/api/lecture-sessions/{id}/feedback', { params: { path: { id } }, body: { rating, comment } }));
export const myTeams = () => api((c) => c.GET('/api/lecture-teams', { params: { query: { mine: true } } }));
export const getTeam = (id: string) => api((c) => c.GET('/api/lecture-teams/{id}', { params: { path: { id } } }));
export const listTopics = () => api((c) => c.GET('/api/lecture-topics'));
