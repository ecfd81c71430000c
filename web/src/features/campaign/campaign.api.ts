import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';

export type CampaignArea = Schemas['CampaignAreaDto'];
export type CampaignTaskSummary = Schemas['CampaignTaskSummaryDto'];
export type CampaignTask = Schemas['CampaignTaskDto'];
export type CampaignOverview = Schemas['CampaignOverviewDto'];
export type CampaignOverviewRow = Schemas['CampaignOverviewRowDto'];
export type CampaignTaskStatus = Schemas['CampaignTaskStatus'];
export type CampaignTaskQuery = NonNullable<operations['Campaign_list']['parameters']['query']>;
export type CampaignTaskBody = Schemas['CreateCampaignTaskDto'];
export type CampaignUpdateBody = Schemas['CreateCampaignUpdateDto'];

export const listAreas = () => api((c) => c.GET('/api/campaign/areas'));
export const createArea = (name: string) => api((c) => c.POST('/api/campaign/areas', { body: { name } }));
export const updateArea = (id: string, body: { name?: string; position?: number }) => api((c) => c.PATCH('/api/campaign/areas/{id}', { params: { path: { id } }, body }));
export const removeArea = (id: string) => api((c) => c.DELETE('/api/campaign/areas/{id}', { params: { path: { id } } }));
export const listTasks = (query: CampaignTaskQuery) => api((c) => c.GET('/api/campaign/tasks', { params: { query } }));
export const getTask = (id: string) => api((c) => c.GET('/api/campaign/tasks/{id}', { params: { path: { id } } }));
export const createTask = (body: CampaignTaskBody) => api((c) => c.POST('/api/campaign/tasks', { body }));
export const updateTask = (id: string, body: Partial<CampaignTaskBody>) => api((c) => c.PATCH('/api/campaign/tasks/{id}', { params: { path: { id } }, body }));
export const postUpdate = (id: string, body: CampaignUpdateBody) => api((c) => c.POST('/api/campaign/tasks/{id}/updates', { params: { path: { id } }, body }));
export const overview = (query: { areaId?: string; status?: CampaignTaskStatus; leadUnitId?: string }) => api((c) => c.GET('/api/campaign/overview', { params: { query } }));

// ---- dispatch meetings and decisions ---------------------------------------------------------------------------------
export type CampaignMeetingSummary = Schemas['CampaignMeetingSummaryDto'];
export type CampaignMeeting = Schemas['CampaignMeetingDto'];
export type CampaignMeetingKind = Schemas['CampaignMeetingKind'];
export type CampaignMeetingBody = Schemas['CreateCampaignMeetingDto'];
export type CampaignDecision = Schemas['CampaignDecisionDto'];
export type CampaignDecisionStatus = Schemas['CampaignDecisionStatus'];
export type CampaignRhythm = Schemas['CampaignRhythmDto'];
export type CampaignMeetingQuery = NonNullable<operations['Meetings_list']['parameters']['query']>;
export type CampaignDecisionQuery = NonNullable<operations['Meetings_decisions']['parameters']['query']>;

export const listMeetings = (query: CampaignMeetingQuery) => api((c) => c.GET('/api/campaign/meetings', { params: { query } }));
export const getMeeting = (id: string) => api((c) => c.GET('/api/campaign/meetings/{id}', { params: { path: { id } } }));
export const createMeeting = (body: CampaignMeetingBody) => api((c) => c.POST('/api/campaign/meetings', { body }));
export const listDecisions = (query: CampaignDecisionQuery) => api((c) => c.GET('/api/campaign/decisions', { params: { query } }));
export const markDecisionDone = (id: string, note?: string) => api((c) => c.POST('/api/campaign/decisions/{id}/done', { params: { path: { id } }, body: note ? { note } : {} }));
export const reopenDecision = (id: string) => api((c) => c.POST('/api/campaign/decisions/{id}/reopen', { params: { path: { id } } }));
export const rhythm = (from: string, to: string) => api((c) => c.GET('/api/campaign/rhythm', { params: { query: { from, to } } }));
