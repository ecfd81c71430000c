import { accessTokenForUpload, ApiError, refreshSession, toApiError, type Schemas } from './http';

export type StoredFile = Schemas['StoredFileDto'];
export type FilePurpose = Schemas['FilePurpose'];

/**
 * Uploads one file with progress (XMLHttpRequest, since fetch reports no upload progress). Refreshes the session once
 * on a 401, like every other call.
 */
export async function uploadFile(file: File, purpose: FilePurpose, onProgress?: (percent: number) => void): Promise<StoredFile> {
  const attempt = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `/api/files?purpose=${purpose}`);
      const token = accessTokenForUpload();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(Math.round((e.loaded / e.total) * 100));
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
  return result.body as StoredFile;
}
