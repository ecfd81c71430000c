import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEvents, type DomainEventMap } from '../../common/events/domain-events';

/**
 * One alert for each superior of the account, in one INSERT ... SELECT: an active admin whose scope unit holds the
 * account's home unit and who outranks it, i.e. could have granted what it holds. A plain cadre or lecturer: every such
 * unit or org admin. A unit admin or an auditor: the org admins whose scope also holds its scope. An org admin: the org
 * admins whose scope lies strictly above its scope, or at the root (so a root org admin is told about a peer: nobody is
 * above them). Never the account itself. Org admins read the audit trail, so their alert links to it.
 * $1 the account, $2 the body, $3 the link to the account's audit trail.
 */
const ALERT_SUPERIORS = `
INSERT INTO notifications (user_id, kind, title, body, link)
SELECT a.id, 'sign_in_alert', left('账号登录异常：' || t.name || '（' || t.username || '）', 200), $2,
       CASE WHEN 'org_admin' = ANY(a.roles) THEN $3 END
  FROM users t
  JOIN org_units h ON h.id = t.unit_id
  LEFT JOIN org_units ts ON ts.id = t.scope_unit_id
  JOIN users a ON a.status = 'active' AND a.id <> t.id AND a.roles && ARRAY['unit_admin', 'org_admin']::text[]
  JOIN org_units s ON s.id = a.scope_unit_id AND h.path LIKE s.path || '%'
 WHERE t.id = $1
   AND CASE WHEN 'org_admin' = ANY(t.roles)
              THEN 'org_admin' = ANY(a.roles) AND (s.parent_id IS NULL OR (ts.path LIKE s.path || '%' AND ts.path <> s.path))
            WHEN t.roles && ARRAY['unit_admin', 'auditor']::text[]
              THEN 'org_admin' = ANY(a.roles) AND (ts.path IS NULL OR ts.path LIKE s.path || '%')
            ELSE true
       END`;

/**
 * Tells an account's superiors in-app when wrong passwords for it, from all addresses, reach the slowdown threshold
 * (once per window, in the transaction that records it), so that a guessing campaign against an administrator is
 * noticed by a person. Auth announces it through a domain event, because auth may not import upward.
 */
@Injectable()
export class SignInAlerts implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.on('sign_in.slowed', (event) => alertSuperiors(event));
  }
}

export async function alertSuperiors({ tx, userId, username, failures, addresses, minutes, seconds }: DomainEventMap['sign_in.slowed']): Promise<void> {
  const body =
    `${minutes} 分钟内，该账号的密码已输错 ${failures} 次，来自 ${addresses} 个网络地址。为防止密码被猜中，系统已放慢该账号的登录` +
    `（每 ${seconds} 秒受理一次），账号未被锁定，本人仍可登录。如非本人所为，请提醒其注意账号安全并及时修改密码。`;
  await tx.query(ALERT_SUPERIORS, [userId, body, `/audit-logs?actor=${encodeURIComponent(username)}`]);
}
