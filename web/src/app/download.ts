import { accessTokenForUpload, refreshSession, toApiError } from './http';

/** Downloads an authenticated file (an .xlsx, .docx or .ics) and hands it to the browser under its name. */
export async function download(path: string, filename: string): Promise<void> {
  const fetchIt = () => fetch(path, { headers: { Authorization: `Bearer ${accessTokenForUpload() ?? ''}` } });
  let res = await fetchIt();
  if (res.status === 401 && (await refreshSession())) res = await fetchIt();
  if (!res.ok) throw toApiError(res.status, await res.json().catch(() => null));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}
