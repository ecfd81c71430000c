import { expect, test } from '@playwright/test';
import { apiToken as token, getJson, signIn } from './helpers';

interface Me {
  id: string;
  name: string;
  username: string;
  unitId: string;
  scopeUnitId: string | null;
}

test.describe('young-cadre talent pool (优秀年轻干部培养库)', () => {
  test('town_admin nominates cadre01\'s colleague on a phone; zzb_admin admits them to 墩苗 and records a secondment; the profile shows it all', async ({ browser, request }) => {
    test.setTimeout(180_000);

    // Who is who: a colleague of cadre01 in the same unit who is not yet nominated (names vary with the demo data).
    const townToken = await token(request, 'town_admin');
    const cadre01 = await getJson<Me>(request, '/api/me', await token(request, 'cadre01'));
    const people = await getJson<{ items: Me[] }>(request, `/api/users?unitId=${cadre01.unitId}&status=active&pageSize=100`, townToken);
    const taken = new Set((await getJson<{ items: { userId: string }[] }>(request, '/api/talent-pool?pageSize=100', townToken)).items.map((e) => e.userId));
    const candidates = people.items.filter((u) => u.unitId === cadre01.unitId && !['cadre01', 'town_admin', 'lecturer01'].includes(u.username) && !taken.has(u.id));
    // Two colleagues: one who meets the criteria (a plain nomination) and one who does not (only as an exception). The
    // fixed demo city has both; both paths of the form run every time.
    let meets: Me | undefined;
    let fails: Me | undefined;
    for (const u of candidates) {
      if (meets && fails) break;
      const { met } = await getJson<{ met: boolean }>(request, `/api/talent-pool/criteria?userId=${u.id}`, townToken);
      if (met) meets ??= u;
      else fails ??= u;
    }
    expect({ meets: meets?.username, fails: fails?.username }).toEqual({ meets: expect.any(String), fails: expect.any(String) });
    const [eligible, colleague] = [meets!, fails!];

    // ---- cadre01 has no talent-pool menu and is turned away from the page ----
    const cadrePage = await (await browser.newContext()).newPage();
    await signIn(cadrePage, 'cadre01');
    await expect(cadrePage.getByRole('menuitem', { name: '优秀年轻干部培养库' })).toHaveCount(0);
    await cadrePage.goto('/talent');
    await expect(cadrePage.getByRole('paragraph').filter({ hasText: '无权访问此页面' })).toBeVisible();

    // ---- town_admin, on a phone ----
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const town = await phone.newPage();
    await signIn(town, 'town_admin');
    await town.getByRole('navigation', { name: '菜单' }).last().getByRole('button', { name: '更多' }).click();
    await town.getByRole('dialog').getByRole('menuitem', { name: '优秀年轻干部培养库' }).click();
    await expect(town).toHaveURL(/\/talent$/);
    await expect(town.getByText('这里列出您推荐的人选及组织部的审核结果。')).toBeVisible();
    await town.getByRole('button', { name: '推荐人选' }).click();
    await expect(town).toHaveURL(/\/talent\/nominate$/);

    const pick = async (who: Me) => {
      await town.locator('.el-select', { has: town.getByRole('combobox', { name: '推荐人选' }) }).click();
      await town.keyboard.type(who.name);
      await town.getByRole('option', { name: new RegExp(`^${who.name}`) }).first().click();
    };
    const check = town.getByTestId('criteria');
    const submit = town.getByRole('button', { name: '提交推荐' });
    await town.getByRole('textbox', { name: '推荐理由' }).fill('扎根基层，在乡村振兴和信访化解工作中表现突出，群众认可度高。');
    await town.getByText('专业“墩苗”').click();
    // Someone who meets the criteria may be nominated as they are.
    await pick(eligible);
    await expect(check).toContainText('近12个月学时');
    await expect(check).toContainText('符合入库条件');
    await expect(check).not.toContainText('不符合入库条件');
    await expect(submit).toBeEnabled();
    // Someone who does not is nominated only as an exception, with a reason: that is the one sent.
    await pick(colleague);
    await expect(check).toContainText('不符合入库条件');
    await expect(submit).toBeDisabled();
    await town.getByText('破格推荐', { exact: true }).click();
    await town.getByRole('textbox', { name: '破格推荐理由' }).fill('实绩突出，学时因驻村帮扶未及时登记，破格推荐。');
    await submit.click();
    await expect(town).toHaveURL(/\/talent$/);
    const card = town.locator('.cards li', { hasText: colleague.name });
    await expect(card).toContainText('已推荐');
    await phone.close();

    // ---- zzb_admin decides and records a secondment ----
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const admin = await desk.newPage();
    await signIn(admin, 'zzb_admin');
    await admin.getByRole('menuitem', { name: '优秀年轻干部培养库' }).click();
    await admin.getByRole('textbox', { name: '搜索姓名' }).fill(colleague.name);
    await admin.getByRole('button', { name: '查询' }).click();
    await expect(admin).toHaveURL(new RegExp(`q=${encodeURIComponent(colleague.name)}`));
    const row = admin.getByTestId('talent-table').locator('.el-table__body tr', { hasText: colleague.name }).first();
    await expect(row).toContainText('已推荐');
    await row.getByRole('button', { name: '审核' }).click();
    const decision = admin.getByRole('dialog', { name: '审核推荐' });
    await decision.getByText('同意入库', { exact: true }).click();
    await decision.getByText('专业“墩苗”').click();
    await decision.getByRole('textbox', { name: '结对导师' }).fill('周志刚');
    await decision.getByRole('textbox', { name: '导师职务' }).fill('龙门镇党委书记');
    await decision.getByRole('button', { name: '确定' }).click();
    await expect(row).toContainText('在库');
    await expect(row).toContainText('墩苗');

    await row.getByRole('link', { name: colleague.name }).click();
    await expect(admin).toHaveURL(/\/talent\/[0-9a-f-]{36}$/);
    const profile = admin.getByTestId('talent-profile');
    await expect(profile).toContainText(`优秀年轻干部档案 · ${colleague.name}`);
    await expect(profile).toContainText('专业“墩苗”');
    await expect(profile).toContainText('周志刚');
    // The watermark names the viewer and the time, and the page says so in words.
    await expect(admin.getByTestId('watermark').locator('span').first()).toContainText(/赵明远 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await expect(profile).toContainText('查阅人：赵明远（zzb_admin）');

    await profile.getByRole('button', { name: '登记挂职' }).click();
    const form = admin.getByTestId('secondment-form');
    await form.getByRole('textbox', { name: '挂职城市' }).fill('福州市');
    await form.getByRole('textbox', { name: '挂职单位' }).fill('仓山区乡村振兴局');
    await form.getByRole('textbox', { name: '挂职岗位' }).fill('副局长（挂职）');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const [y, m, d] = today.split('-');
    await form.getByRole('combobox', { name: '开始日期' }).fill(today);
    await form.getByRole('combobox', { name: '开始日期' }).press('Enter');
    await form.getByRole('combobox', { name: '结束日期' }).fill(`${Number(y) + 1}-${m}-${d === '29' && m === '02' ? '28' : d}`);
    await form.getByRole('combobox', { name: '结束日期' }).press('Enter');
    await form.getByText('挂职中', { exact: true }).click();
    await admin.getByRole('dialog', { name: '登记挂职' }).getByRole('button', { name: '保存' }).click();
    await expect(profile.getByTestId('secondments')).toContainText('福州市 · 仓山区乡村振兴局');
    await expect(profile.getByTestId('secondments')).toContainText('挂职中');
    await expect(profile).toContainText('挂职中（福州市）');

    // A milestone of the 墩苗 plan, due in three months.
    await profile.getByRole('button', { name: '调整培养计划' }).click();
    const plan = admin.getByRole('dialog', { name: '调整培养计划' });
    await plan.getByRole('button', { name: '添加节点' }).click();
    await plan.getByRole('textbox', { name: '节点' }).fill('到村任职锻炼');
    const due = `${Number(m) > 9 ? Number(y) + 1 : y}-${String(((Number(m) + 2) % 12) + 1).padStart(2, '0')}-15`;
    await plan.getByRole('combobox', { name: '计划完成' }).fill(due);
    await plan.getByRole('combobox', { name: '计划完成' }).press('Enter');
    await plan.getByRole('button', { name: '保存' }).click();
    await expect(profile.getByTestId('milestones')).toContainText('到村任职锻炼');
    await expect(profile.getByTestId('milestones')).toContainText(due);

    // The profile, read again, shows the whole passage: nomination, admission, secondment.
    await admin.reload();
    await expect(profile.locator('.el-timeline')).toContainText('推荐 · 孙丽华');
    await expect(profile.locator('.el-timeline')).toContainText('同意入库 · 赵明远');
    await expect(profile.locator('.el-timeline')).toContainText('挂职锻炼 · 赵明远');
    await expect(profile.locator('.el-timeline')).toContainText('调整培养计划 · 赵明远');
    await expect(profile.getByTestId('milestones')).toContainText('到村任职锻炼');
    await expect(profile).toContainText('历年学时');
    await expect(profile).toContainText(new Date().getFullYear() + '年学习情况');

    // Each view of the profile is in the audit trail (two so far: the first visit and the reload).
    const views = await getJson<{ items: { targetId: string; actorUsername: string }[] }>(request, '/api/audit-logs?action=talent_pool.profile_viewed&pageSize=100', await token(request, 'auditor01'));
    const entryId = admin.url().split('/').pop()!;
    expect(views.items.filter((v) => v.targetId === entryId && v.actorUsername === 'zzb_admin')).toHaveLength(2);

    // The overview lists them among those away now, and exports what it shows (after a confirmation; audited).
    await admin.goto('/talent/overview');
    await expect(admin.getByTestId('active-secondments')).toContainText(colleague.name);
    await admin.getByRole('button', { name: '导出Excel' }).click();
    const downloading = admin.waitForEvent('download');
    await admin.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    expect((await downloading).suggestedFilename()).toBe('优秀年轻干部培养库.xlsx');
    const exports = await getJson<{ items: { actorUsername: string }[] }>(request, '/api/audit-logs?action=talent_pool.exported&pageSize=10', await token(request, 'auditor01'));
    expect(exports.items.map((e) => e.actorUsername)).toContain('zzb_admin');
    await desk.close();
  });
});

test.describe('a secondment past its end with no return (已到期未返回)', () => {
  test('zzb_admin is told in the notifications once, and 查看 opens the member\'s record', async ({ page }) => {
    await signIn(page, 'zzb_admin');
    // The daily job runs a few seconds after start; the demo's Zhenjiang secondment ended with no return.
    await expect(async () => {
      await page.goto('/notifications');
      await expect(page.getByTestId('notification').filter({ hasText: '挂职到期未返回' })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const note = page.getByTestId('notification').filter({ hasText: '挂职到期未返回' });
    await expect(note).toContainText('镇江市');
    await expect(note).toContainText('尚未登记返回');
    const title = (await note.locator('.item-title').textContent()) ?? '';
    expect(title).toMatch(/^挂职已到期未返回：\S+$/);
    await note.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(/\/talent\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title.replace('挂职已到期未返回：', ''));
  });
});
