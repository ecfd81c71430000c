import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type ResearchTopicSummary = Schemas['ResearchTopicSummaryDto'];
export type ResearchTopic = Schemas['ResearchTopicDto'];
export type ResearchTopicStatus = Schemas['ResearchTopicStatus'];
export type ResearchTopicBody = Schemas['CreateResearchTopicDto'];
export type ResearchVisit = Schemas['ResearchVisitDto'];
export type ResearchVisitBody = Schemas['CreateResearchVisitDto'];
export type ResearchProblem = Schemas['ResearchProblemDto'];
export type ResearchProblemBody = Schemas['CreateResearchProblemDto'];
export type ResearchProblemStatus = Schemas['ResearchProblemStatus'];
export type ResearchFigures = Schemas['ResearchFiguresDto'];
export type ResearchTopicQuery = NonNullable<operations['Research_list']['parameters']['query']>;
export type ResearchVisitQuery = NonNullable<operations['Research_visits']['parameters']['query']>;
export type ResearchProblemQuery = NonNullable<operations['Research_problems']['parameters']['query']>;

export const listTopics = (query: ResearchTopicQuery) => api((c) => c.GET('/api/research/topics', { params: { query } }));
export const getTopic = (id: string) => api((c) => c.GET('/api/research/topics/{id}', { params: { path: { id } } }));
export const createTopic = (body: ResearchTopicBody) => api((c) => c.POST('/api/research/topics', { body }));
export const concludeTopic = (id: string, body: Schemas['ConcludeResearchTopicDto']) =>
  api((c) => c.POST('/api/research/topics/{id}/conclude', { params: { path: { id } }, body }));
export const addVisit = (id: string, body: ResearchVisitBody) => api((c) => c.POST('/api/research/topics/{id}/visits', { params: { path: { id } }, body }));
export const addProblem = (id: string, body: ResearchProblemBody) => api((c) => c.POST('/api/research/topics/{id}/problems', { params: { path: { id } }, body }));
export const solveProblem = (id: string, body: Schemas['SolveResearchProblemDto']) =>
  api((c) => c.POST('/api/research/problems/{id}/solve', { params: { path: { id } }, body }));
export const listVisits = (query: ResearchVisitQuery) => api((c) => c.GET('/api/research/visits', { params: { query } }));
export const listProblems = (query: ResearchProblemQuery) => api((c) => c.GET('/api/research/problems', { params: { query } }));
export const researchFigures = (query: { unitId?: string; from?: string; to?: string }) => api((c) => c.GET('/api/research/figures', { params: { query } }));
