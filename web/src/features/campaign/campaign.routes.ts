import type { RouteRecordRaw } from 'vue-router';

const ADMINS = ['org_admin', 'unit_admin'] as const;

export const campaignRoutes: RouteRecordRaw[] = [
  {
    path: 'campaign',
    name: 'campaign',
    component: () => import('./views/CampaignOverviewView.vue'),
    meta: { title: 'campaign.title', roles: [...ADMINS], menu: { order: 75, icon: 'DataAnalysis' } },
  },
  { path: 'campaign/tasks', name: 'campaign-tasks', component: () => import('./views/CampaignTaskListView.vue'), meta: { title: 'campaign.tasks', roles: [...ADMINS] } },
  // The server refuses anyone but an org admin of the root; the route lets org admins open the form.
  { path: 'campaign/tasks/new', name: 'campaign-task-new', component: () => import('./views/CampaignTaskEditView.vue'), meta: { title: 'campaign.edit.newTitle', roles: ['org_admin'] } },
  { path: 'campaign/tasks/:id/edit', name: 'campaign-task-edit', component: () => import('./views/CampaignTaskEditView.vue'), meta: { title: 'campaign.edit.editTitle', roles: ['org_admin'] } },
  {
    path: 'campaign/meetings',
    name: 'campaign-meetings',
    component: () => import('./views/MeetingListView.vue'),
    meta: { title: 'meetings.title', roles: [...ADMINS], menu: { order: 76, icon: 'Calendar' } },
  },
  // The server refuses anyone but an org admin of the root; the route lets org admins open the form.
  { path: 'campaign/meetings/new', name: 'campaign-meeting-new', component: () => import('./views/MeetingEditView.vue'), meta: { title: 'meetings.newTitle', roles: ['org_admin'] } },
  { path: 'campaign/meetings/:id', name: 'campaign-meeting', component: () => import('./views/MeetingView.vue'), meta: { title: 'meetings.title', roles: [...ADMINS] } },
  { path: 'campaign/decisions', name: 'campaign-decisions', component: () => import('./views/DecisionListView.vue'), meta: { title: 'meetings.decisionsTitle', roles: [...ADMINS] } },
  { path: 'campaign/tasks/:id', name: 'campaign-task', component: () => import('./views/CampaignTaskView.vue'), meta: { title: 'campaign.tasks', roles: [...ADMINS] } },
];
