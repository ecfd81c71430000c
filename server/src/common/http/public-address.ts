import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config';

/**
 * The platform's address for links printed on paper (certificates' QR codes, initial-password slips): `PUBLIC_URL`
 * when set, else the page's origin the browser sends, else the request's own scheme and host (behind a trusted proxy,
 * as the proxy reports them).
 */
export function publicAddress(config: Pick<AppConfig, 'publicUrl'>, req: Request): string {
  if (config.publicUrl) return config.publicUrl;
  const origin = req.headers.origin;
  if (typeof origin === 'string') {
    try {
      const url = new URL(origin);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // "null" or garbage: fall back to the host
    }
  }
  const host = req.get('host');
  return host ? `${req.protocol}://${host}` : '';
}
