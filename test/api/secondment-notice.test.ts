import { todayInShanghai } from '../../server/src/common/time';
import { Scheduler } from '../../server/src/common/scheduler/scheduler.service';
import type { NotificationPageDto } from '../../server/src/modules/notifications/dto/notifications.dto';
import type { TalentEntryDto } from '../../server/src/modules/talent/dto/talent.dto';
import { notifyOverdueSecondments, OverdueSecondmentsJob } from '../../server/src/modules/talent/overdue-secondments.job';
import { createCadre, type CadreRef } from '../factories';
import { createTestApp, type TestApp } from '../helpers/app';
import { addDays, expectOk } from '../helpers/studies';
import { admit, candidate, nominate } from '../helpers/talent';
import { buildWorld, type World } from '../helpers/world';

/**
 * Issue 16, point 5: a secondment past its end date with no return (已到期未返回) is flagged on the talent pages, and the
 * org admins whose scope holds the member are told once, by a daily job: not again the next day, again only when the
 * end date is moved and passes too.
 */
describe('the daily notice of secondments past their end (已到期未返回)', () => {
  let t: TestApp;
  let w: World;
  let townOrgAdminA: CadreRef;
  let townOrgAdminB: CadreRef;
  const today = () => todayInShanghai();

  beforeAll(async () => {
    // No background ticks: the test runs the job itself.
    t = await createTestApp({ JOBS_ENABLED: '0' });
    w = await buildWorld(t.db, t.http);
    townOrgAdminA = await createCadre(t.db, w.townA, { roles: ['cadre', 'org_admin'], scopeUnit: w.townA });
    townOrgAdminB = await createCadre(t.db, w.townB, { roles: ['cadre', 'org_admin'], scopeUnit: w.townB });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A member of village A with one secondment of the given dates and state. */
  async function memberAway(fromOn: string, toOn: string, state: 'on_secondment' | 'planned' = 'on_secondment'): Promise<TalentEntryDto> {
    const cadre = await candidate(t, w.villageA, { age: 30, hours: 24 });
    const entry = await admit(w.as.orgAdmin, (await nominate(w.as.unitAdminA, cadre.id)).id);
    return expectOk<TalentEntryDto>(
      await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { hostCity: '泉州市', hostUnit: '丰泽区', post: '区长助理（挂职）', fromOn, toOn, state }),
      201,
    );
  }

  /** The secondment notices a user holds about an entry. */
  async function notices(userId: string, entryId: string): Promise<{ title: string; body: string }[]> {
    return (await t.db.query(`SELECT title, body FROM notifications WHERE user_id = $1 AND kind = 'secondment_overdue' AND link = $2 ORDER BY created_at`, [
      userId,
      `/talent/${entryId}`,
    ])) as { title: string; body: string }[];
  }

  const runJob = () => t.app.get(Scheduler).runIfDue(t.app.get(OverdueSecondmentsJob).job, true);

  it('tells the org admins over the member once, not twice, and not the unit admin or another town', async () => {
    const expired = await memberAway(addDays(today(), -200), addDays(today(), -3));
    const underWay = await memberAway(addDays(today(), -20), addDays(today(), 100));
    const endsToday = await memberAway(addDays(today(), -20), today());
    const plannedPast = await memberAway(addDays(today(), -20), addDays(today(), -1), 'planned');

    const first = await runJob();
    expect(first).not.toBeNull();
    const told = await notices(w.users.orgAdmin.id, expired.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe(`挂职已到期未返回：${expired.name}`);
    const [y, m, d] = addDays(today(), -3).split('-').map(Number);
    expect(told[0]!.body).toContain(`在泉州市丰泽区挂职（区长助理（挂职）），挂职期限至${y}年${m}月${d}日，现已到期，尚未登记返回`);
    expect(await notices(townOrgAdminA.id, expired.id)).toHaveLength(1);
    expect(await notices(townOrgAdminB.id, expired.id)).toHaveLength(0);
    expect(await notices(w.users.unitAdminA.id, expired.id)).toHaveLength(0);
    // Away now, ending today, or never begun: nothing to tell.
    for (const entry of [underWay, endsToday, plannedPast]) expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(0);

    // The next day's run (forced now) tells nobody again.
    await runJob();
    expect(await notices(w.users.orgAdmin.id, expired.id)).toHaveLength(1);
    expect(await notices(townOrgAdminA.id, expired.id)).toHaveLength(1);

    // The admin reads it in their notifications, linked to the member's record.
    const mine = expectOk<NotificationPageDto>(await w.as.orgAdmin.get('/api/my/notifications?pageSize=100'), 200).items;
    expect(mine.filter((n) => n.kind === 'secondment_overdue' && n.link === `/talent/${expired.id}`)).toHaveLength(1);
  });

  it('tells them again only when the end date is moved and that date passes too; a return ends it', async () => {
    const entry = await memberAway(addDays(today(), -200), addDays(today(), -10));
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, today()));
    expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(1);

    // Extended by a month: not overdue today; a month and a day later it is, and the admins hear of it once more.
    const sid = entry.secondments[0]!.id;
    const extended = addDays(today(), 30);
    expectOk<TalentEntryDto>(await w.as.orgAdmin.patch(`/api/talent-secondments/${sid}`, { toOn: extended }), 200);
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, today()));
    expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(1);
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, addDays(extended, 1)));
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, addDays(extended, 2)));
    const again = await notices(w.users.orgAdmin.id, entry.id);
    expect(again).toHaveLength(2);
    const [y, m, d] = extended.split('-').map(Number);
    expect(again[1]!.body).toContain(`挂职期限至${y}年${m}月${d}日`);

    // Marked returned with its report: nothing more, whatever the day.
    expectOk<TalentEntryDto>(await w.as.orgAdmin.patch(`/api/talent-secondments/${sid}`, { state: 'returned', report: '挂职期满返回。' }), 200);
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, addDays(extended, 60)));
    expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(2);
  });

  it('with no active org admin over the member, tries again the next day and tells them then', async () => {
    const cadre = await candidate(t, w.villageB, { age: 30, hours: 24 });
    const entry = await admit(w.as.orgAdmin, (await nominate(w.as.unitAdminB, cadre.id)).id);
    expectOk(await w.as.orgAdmin.post(`/api/talent-pool/${entry.id}/secondments`, { hostCity: '福州市', hostUnit: '台江区', post: '挂职', fromOn: addDays(today(), -90), toOn: addDays(today(), -5), state: 'on_secondment' }), 201);
    // The city's and town B's org admins are disabled for a while: nobody above the member to tell.
    await t.db.query(`UPDATE users SET status = 'disabled' WHERE id = ANY($1::uuid[])`, [[w.users.orgAdmin.id, townOrgAdminB.id]]);
    try {
      await t.db.transaction((tx) => notifyOverdueSecondments(tx, today()));
    } finally {
      await t.db.query(`UPDATE users SET status = 'active' WHERE id = ANY($1::uuid[])`, [[w.users.orgAdmin.id, townOrgAdminB.id]]);
    }
    expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(0);
    expect(await notices(townOrgAdminA.id, entry.id)).toHaveLength(0); // town A's admin does not see town B
    await t.db.transaction((tx) => notifyOverdueSecondments(tx, today()));
    expect(await notices(w.users.orgAdmin.id, entry.id)).toHaveLength(1);
    expect(await notices(townOrgAdminB.id, entry.id)).toHaveLength(1);
    expect(await notices(townOrgAdminA.id, entry.id)).toHaveLength(0);
  });
});
