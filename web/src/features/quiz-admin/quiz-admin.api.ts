import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type Question = Schemas['QuestionDto'];
export type QuestionQuery = NonNullable<operations['Quizzes_listQuestions']['parameters']['query']>;

export const listQuestions = (query: QuestionQuery) => api((c) => c.GET('/api/questions', { params: { query } }));
export const questionTags = () => api((c) => c.GET('/api/questions/tags'));
export const createQuestion = (body: Schemas['SaveQuestionDto']) => api((c) => c.POST('/api/questions', { body }));
export const updateQuestion = (id: string, body: Schemas['SaveQuestionDto']) => api((c) => c.PUT('/api/questions/{id}', { params: { path: { id } }, body }));
export const retireQuestion = (id: string) => api((c) => c.DELETE('/api/questions/{id}', { params: { path: { id } } }));
export const createQuiz = (body: Schemas['CreateQuizDto']) => api((c) => c.POST('/api/quizzes', { body }));
export const updateQuiz = (id: string, body: Schemas['UpdateQuizDto']) => api((c) => c.PATCH('/api/quizzes/{id}', { params: { path: { id } }, body }));
export const publishQuiz = (id: string) => api((c) => c.POST('/api/quizzes/{id}/publish', { params: { path: { id } } }));
export const archiveQuiz = (id: string) => api((c) => c.POST('/api/quizzes/{id}/archive', { params: { path: { id } } }));
export const previewQuiz = (id: string) => api((c) => c.GET('/api/quizzes/{id}/preview', { params: { path: { id } } }));
export const quizResults = (id: string) => api((c) => c.GET('/api/quizzes/{id}/results', { params: { path: { id } } }));

/** Posts a spreadsheet to the import endpoint (multipart), with a session refresh on 401 like every call. */
export async function importQuestions(file: File, dryRun: boolean): Promise<Schemas['ImportResultDto']> {
  const { accessTokenForUpload, refreshSession, toApiError } = await import('../../app/http');
  const send = () => {
    const form = new FormData();
    form.append('file', file);
    return fetch(`/api/questions/import?dryRun=${dryRun}`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${accessTokenForUpload() ?? ''}` } });
  };
  let res = await send();
  if (res.status === 401 && (await refreshSession())) res = await send();
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw toApiError(res.status, body);
  return body as Schemas['ImportResultDto'];
}
