import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';
import { talentQueryTo } from './talentQuery';

export type TalentSummary = Schemas['TalentSummaryDto'];
export type TalentEntry = Schemas['TalentEntryDto'];
export type TalentProfile = Schemas['TalentProfileDto'];
export type TalentOverview = Schemas['TalentOverviewDto'];
export type Criteria = Schemas['CriteriaDto'];
export type TalentQuery = NonNullable<operations['Talent_list']['parameters']['query']>;
export type TalentFilter = NonNullable<operations['Talent_overview']['parameters']['query']>;
export type Milestone = { title: string; dueOn: string; doneOn: string | null };
export type Secondment = TalentEntry['secondments'][number];
export interface PlanBody {
  track?: Schemas['TalentTrack'];
  mentorName?: string;
  mentorPost?: string;
  milestones?: Milestone[];
}
export type SecondmentBody = Omit<Secondment, 'id'>;

export const listTalent = (query: TalentQuery) => api((c) => c.GET('/api/talent-pool', { params: { query } }));
export const talentOverview = (query: TalentFilter) => api((c) => c.GET('/api/talent-pool/overview', { params: { query } }));
export const checkCriteria = (userId: string) => api((c) => c.GET('/api/talent-pool/criteria', { params: { query: { userId } } }));
export const nominate = (body: Schemas['NominateDto']) => api((c) => c.POST('/api/talent-pool', { body }));
export const getProfile = (id: string, year?: number) => api((c) => c.GET('/api/talent-pool/{id}/profile', { params: { path: { id }, query: year ? { year } : {} } }));
export const decide = (id: string, body: Schemas['DecisionDto']) => api((c) => c.POST('/api/talent-pool/{id}/decision', { params: { path: { id } }, body }));
export const graduate = (id: string, body: Schemas['GraduateDto']) => api((c) => c.POST('/api/talent-pool/{id}/graduate', { params: { path: { id } }, body }));
export const removeFromPool = (id: string, reason: string) => api((c) => c.POST('/api/talent-pool/{id}/remove', { params: { path: { id } }, body: { reason } }));
export const savePlan = (id: string, body: PlanBody) =>
  api((c) => c.PATCH('/api/talent-pool/{id}/plan', { params: { path: { id } }, body: body as Schemas['TalentPlanDto'] }));
export const savePosts = (id: string, posts: { post: string; unitName: string; fromOn: string; toOn: string | null }[]) =>
  api((c) => c.PUT('/api/talent-pool/{id}/posts', { params: { path: { id } }, body: { posts } as Schemas['PostsDto'] }));
export const addNote = (id: string, note: string) => api((c) => c.POST('/api/talent-pool/{id}/notes', { params: { path: { id } }, body: { note } }));
export const evaluate = (id: string, body: Schemas['EvaluationInputDto']) => api((c) => c.POST('/api/talent-pool/{id}/evaluations', { params: { path: { id } }, body }));
export const addSecondment = (id: string, body: Schemas['SecondmentInputDto']) => api((c) => c.POST('/api/talent-pool/{id}/secondments', { params: { path: { id } }, body }));
export const updateSecondment = (id: string, body: Schemas['SecondmentUpdateDto']) => api((c) => c.PATCH('/api/talent-secondments/{id}', { params: { path: { id } }, body }));


/** The export link for exactly what is filtered. */
export function exportPath(filter: TalentFilter, unmasked: boolean): string {
  const params = new URLSearchParams(talentQueryTo(filter));
  if (unmasked) params.set('unmasked', 'true');
  const qs = params.toString();
  return `/api/exports/talent-pool.xlsx${qs ? `?${qs}` : ''}`;
}
