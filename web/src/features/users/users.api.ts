import type { operations } from '@cadre/shared/api';
import { api, type Schemas } from '../../app/http';
import { download } from '../../app/download';

export type UserSummary = Schemas['UserSummaryDto'];
export type UserDetail = Schemas['UserDetailDto'];
export type UserQuery = NonNullable<operations['Users_list']['parameters']['query']>;

export function listUsers(query: UserQuery) {
  return api((c) => c.GET('/api/users', { params: { query } }));
}

export function getUser(id: string) {
  return api((c) => c.GET('/api/users/{id}', { params: { path: { id } } }));
}

export function createUser(body: Schemas['CreateUserDto']) {
  return api((c) => c.POST('/api/users', { body }));
}

export function updateUser(id: string, body: Schemas['UpdateUserDto']) {
  return api((c) => c.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

export function revealNumbers(id: string) {
  return api((c) => c.GET('/api/users/{id}/personal-numbers', { params: { path: { id } } }));
}

export function resetPassword(id: string) {
  return api((c) => c.POST('/api/users/{id}/reset-password', { params: { path: { id } } }));
}

export type InitialPasswordsPending = Schemas['InitialPasswordsPendingDto'];
export type IssuedInitialPasswords = Schemas['IssuedInitialPasswordsDto'];

/** How many cadres of the unit (and those under it) have no password yet. */
export function initialPasswordsPending(unitId: string) {
  return api((c) => c.GET('/api/users/initial-passwords', { params: { query: { unitId } } }));
}

/** Issues initial passwords for the unit: the answer is the only time they are shown. */
export function issueInitialPasswords(unitId: string) {
  return api((c) => c.POST('/api/users/initial-passwords', { body: { unitId } }));
}

/** Saves the workbook that came with an issuance (base64 in the answer: it cannot be fetched again). */
export function saveBase64Workbook(base64: string, filename: string): void {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type RosterImportResult = Schemas['RosterImportResultDto'];

/** Downloads the roster template (its unit sheet lists the caller's scope). */
export const downloadRosterTemplate = (filename: string): Promise<void> => download('/api/users/import/template', filename);

/**
 * Sends a roster to `POST /api/users/import` (preview or commit). XMLHttpRequest, because fetch reports no upload
 * progress; `onUploaded` fires when the last byte has left, so the dialog can switch to "the server is checking".
 */
export async function importRoster(
  file: File,
  mode: 'preview' | 'commit',
  onProgress?: (percent: number) => void,
  onUploaded?: () => void,
): Promise<RosterImportResult> {
  const { accessTokenForUpload, ApiError, refreshSession, toApiError } = await import('../../app/http');
  const attempt = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/users/import?mode=${mode}`);
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
  return result.body as RosterImportResult;
}
