import type { operations } from '@cadre/shared/api';
import { api } from '../../app/http';

export type AuditQuery = NonNullable<operations['Audit_list']['parameters']['query']>;

export function listAuditLogs(query: AuditQuery) {
  return api((c) => c.GET('/api/audit-logs', { params: { query } }));
}
