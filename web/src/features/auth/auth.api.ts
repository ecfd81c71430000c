import { api } from '../../app/http';

export function fetchAppInfo() {
  return api((c) => c.GET('/api/app-info'));
}
