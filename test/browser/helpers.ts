import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@2026';

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登 录' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** A token for the API, to look up names and ids a journey needs (never to do what the journey does). */
export async function apiToken(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function getJson<T>(request: APIRequestContext, path: string, bearer: string): Promise<T> {
  const res = await request.get(path, { headers: { Authorization: `Bearer ${bearer}` } });
  expect(res.ok()).toBeTruthy();
  return (await res.json()) as T;
}
