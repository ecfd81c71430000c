import type { CampaignTaskStatus } from '@cadre/shared';

/** Chart colours per status: Element Plus's grey, blue, danger red and success green; stacked in this order. */
export const STATUS_ORDER: CampaignTaskStatus[] = ['done', 'on_track', 'not_started', 'overdue'];
export const STATUS_COLORS: Record<CampaignTaskStatus, string> = { done: '#67c23a', on_track: '#409eff', not_started: '#c0c4cc', overdue: '#f56c6c' };
