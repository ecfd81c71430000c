import type { operations } from '@cadre/shared/api';
import { download } from '../../app/download';
import { api, type Schemas } from '../../app/http';

export type Channel = Schemas['ChannelDto'];
export type Column = Schemas['ColumnDto'];
export type Item = Schemas['ItemDto'];
export type ItemBody = Schemas['CreateItemDto'];
export type ItemImportResult = Schemas['ItemImportResultDto'];
export type Episode = Schemas['EpisodeDto'];
export type ContestSummary = Schemas['ContestSummaryDto'];
export type Contest = Schemas['ContestDto'];
export type ContestBody = Schemas['CreateContestDto'];
export type ScoreInput = Schemas['ScoreInputDto'];
export type PublicityFigures = Schemas['PublicityFiguresDto'];
export type ItemQuery = NonNullable<operations['Publicity_listItems']['parameters']['query']>;
export type PeriodQuery = { unitId?: string; from?: string; to?: string };

export const listChannels = () => api((c) => c.GET('/api/publicity/channels'));
export const createChannel = (body: Schemas['CreateChannelDto']) => api((c) => c.POST('/api/publicity/channels', { body }));
export const updateChannel = (id: string, body: Schemas['UpdateChannelDto']) => api((c) => c.PATCH('/api/publicity/channels/{id}', { params: { path: { id } }, body }));
export const listColumns = (query: PeriodQuery) => api((c) => c.GET('/api/publicity/columns', { params: { query } }));
export const createColumn = (body: Schemas['CreateColumnDto']) => api((c) => c.POST('/api/publicity/columns', { body }));
export const updateColumn = (id: string, body: Schemas['UpdateColumnDto']) => api((c) => c.PATCH('/api/publicity/columns/{id}', { params: { path: { id } }, body }));
export const listItems = (query: ItemQuery) => api((c) => c.GET('/api/publicity/items', { params: { query } }));
export const createItem = (body: ItemBody) => api((c) => c.POST('/api/publicity/items', { body }));
export const removeItem = (id: string) => api((c) => c.DELETE('/api/publicity/items/{id}', { params: { path: { id } } }));
export const listEpisodes = (query: PeriodQuery) => api((c) => c.GET('/api/publicity/episodes', { params: { query } }));
export const createEpisode = (body: Schemas['CreateEpisodeDto']) => api((c) => c.POST('/api/publicity/episodes', { body }));
export const removeEpisode = (id: string) => api((c) => c.DELETE('/api/publicity/episodes/{id}', { params: { path: { id } } }));
export const listContests = (query: PeriodQuery) => api((c) => c.GET('/api/publicity/contests', { params: { query } }));
export const getContest = (id: string) => api((c) => c.GET('/api/publicity/contests/{id}', { params: { path: { id } } }));
export const createContest = (body: ContestBody) => api((c) => c.POST('/api/publicity/contests', { body }));
export const enterScores = (id: string, roundId: string, scores: ScoreInput[]) =>
  api((c) => c.PUT('/api/publicity/contests/{id}/rounds/{roundId}/scores', { params: { path: { id, roundId } }, body: { scores } }));
export const publicityFigures = (query: { unitId?: string; from: string; to: string }) => api((c) => c.GET('/api/publicity/figures', { params: { query } }));

/** Downloads the items template (its sheets list the channels, columns and units the caller may name). */
export const downloadItemsTemplate = (filename: string): Promise<void> => download('/api/publicity/items/import/template', filename);

/** Sends an items sheet to `POST /api/publicity/items/import` (preview or commit), as the roster import does. */
export async function importItems(file: File, mode: 'preview' | 'commit', onProgress?: (percent: number) => void, onUploaded?: () => void): Promise<ItemImportResult> {
  const { accessTokenForUpload, ApiError, refreshSession, toApiError } = await import('../../app/http');
  const attempt = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/publicity/items/import?mode=${mode}`);
      const token = accessTokenForUpload();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
      xhr.upload.onload = () => onUploaded?.();
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = null;
        }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new ApiError(0, 'common/network', 'Network error'));
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  let result = await attempt();
  if (result.status === 401 && (await refreshSession())) result = await attempt();
  if (result.status >= 400) throw toApiError(result.status, result.body);
  return result.body as ItemImportResult;
}

/** A score in hundredths as points: 8750 → "87.50". */
export const points = (hundredths: number | null | undefined): string => (hundredths === null || hundredths === undefined ? '—' : (hundredths / 100).toFixed(2));
