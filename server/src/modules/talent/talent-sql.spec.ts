import { ageBandOf } from '@cadre/shared';
import type { AuthUser } from '../../common/auth/auth-user';
import { entryWhere, ranksOfLevel } from './talent-sql';

const user = (roles: AuthUser['roles']): AuthUser => ({
  id: 'u1',
  username: 'x',
  name: 'x',
  roles,
  unitId: 'unit',
  unitPath: '/root/town/',
  scopeUnitId: 'town',
  scopePath: '/root/town/',
  mustChangePassword: false,
  sessionId: 's',
});

describe('the talent pool filter', () => {
  it('limits a unit admin to their own nominations, and not an org admin', () => {
    const unitAdmin = entryWhere(user(['cadre', 'unit_admin']), {}, '2026-05-01');
    expect(unitAdmin.clause).toContain('e.nominated_by_id = $3');
    expect(unitAdmin.params).toEqual(['2026-05-01', '/root/town/%', 'u1']);
    const orgAdmin = entryWhere(user(['cadre', 'org_admin']), {}, '2026-05-01');
    expect(orgAdmin.clause).not.toContain('nominated_by_id');
    expect(orgAdmin.params).toEqual(['2026-05-01', '/root/town/%']);
  });

  it('numbers the parameters of the filters in order and escapes LIKE wildcards in the name', () => {
    const w = entryWhere(user(['org_admin']), { status: 'in_pool', rankLevel: 'chu', q: '50%_' }, '2026-05-01');
    expect(w.params).toEqual(['2026-05-01', '/root/town/%', 'in_pool', ['zheng_chu', 'fu_chu', 'diaoyanyuan_1', 'diaoyanyuan_2', 'diaoyanyuan_3', 'diaoyanyuan_4'], '%50\\%\\_%']);
    expect(w.clause).toContain('e.status = $3');
    expect(w.clause).toContain('u.rank = ANY($4::text[])');
    expect(w.clause).toContain('u.name ILIKE $5');
  });

  it('leaves the status out when asked (the overview counts every status)', () => {
    expect(entryWhere(user(['org_admin']), { status: 'declined' }, '2026-05-01', { ignoreStatus: true }).params).toHaveLength(2);
  });

  it('groups ranks into levels and ages into bands, boundaries included', () => {
    expect(ranksOfLevel('ke')).toEqual(['zheng_ke', 'fu_ke']);
    expect(ranksOfLevel('keyuan')).toContain('other');
    expect([30, 31, 35, 36, 40, 41].map(ageBandOf)).toEqual(['to30', '31to35', '31to35', '36to40', '36to40', 'over40']);
  });
});
