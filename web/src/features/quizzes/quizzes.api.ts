import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type QuizSummary = Schemas['QuizSummaryDto'];
export type QuizDetail = Schemas['QuizDetailDto'];
export type Attempt = Schemas['AttemptDto'];
export type SubmitResult = Schemas['SubmitResultDto'];
export type QuizQuery = NonNullable<operations['Quizzes_list']['parameters']['query']>;

export const listQuizzes = (query: QuizQuery) => api((c) => c.GET('/api/quizzes', { params: { query } }));
export const getQuiz = (id: string) => api((c) => c.GET('/api/quizzes/{id}', { params: { path: { id } } }));
export const startAttempt = (id: string) => api((c) => c.POST('/api/quizzes/{id}/attempts', { params: { path: { id } } }));
export const getAttempt = (id: string) => api((c) => c.GET('/api/attempts/{id}', { params: { path: { id } } }));
export const saveAnswers = (id: string, version: number, answers: Record<string, string | string[]>) =>
  api((c) => c.PUT('/api/attempts/{id}/answers', { params: { path: { id } }, body: { version, answers } }));
export const submitAttempt = (id: string) => api((c) => c.POST('/api/attempts/{id}/submit', { params: { path: { id } } }));
