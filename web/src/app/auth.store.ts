import type { Role } from '@cadre/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, onSessionChange, refreshSession, setAccessToken, type Schemas } from './http';

export type Me = Schemas['MeDto'];

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null);
  const restored = ref(false);
  const sessionLost = ref(false);

  const signedIn = computed(() => me.value !== null);
  const roles = computed<Role[]>(() => (me.value?.roles ?? []) as Role[]);
  const hasRole = (...wanted: Role[]) => wanted.some((r) => roles.value.includes(r));

  onSessionChange((token) => {
    if (token === null && me.value !== null) {
      me.value = null;
      sessionLost.value = true;
    }
  });

  async function loadMe(): Promise<void> {
    me.value = await api((c) => c.GET('/api/me'));
  }

  /** After a reload the access token is gone; the httpOnly refresh cookie brings the session back. */
  async function restore(): Promise<void> {
    if (restored.value) return;
    try {
      const token = await refreshSession();
      if (token) await loadMe();
    } catch {
      me.value = null;
    } finally {
      restored.value = true;
    }
  }

  async function login(username: string, password: string): Promise<void> {
    const token = await api((c) => c.POST('/api/auth/login', { body: { username, password } }));
    setAccessToken(token.accessToken);
    sessionLost.value = false;
    await loadMe();
  }

  async function logout(): Promise<void> {
    try {
      await api((c) => c.POST('/api/auth/logout'));
    } finally {
      setAccessToken(null);
      me.value = null;
    }
  }

  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await api((c) => c.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
    await loadMe();
  }

  return { me, restored, sessionLost, signedIn, roles, hasRole, loadMe, restore, login, logout, changePassword };
});
