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
