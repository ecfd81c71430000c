import type { Role } from '@cadre/shared';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { initialLocale, setLocale, type Locale } from '../locales';

const LARGE_TEXT_KEY = 'cadre.largeText';
const ROLE_KEY = 'cadre.activeRole';

/** Preferences that persist on this device: language, large-text mode (适老化), and which of one's roles to work as. */
export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(initialLocale());
  const largeText = ref(localStorage.getItem(LARGE_TEXT_KEY) === '1');
  const activeRole = ref<Role | null>((localStorage.getItem(ROLE_KEY) as Role | null) ?? null);
  /** A page that wants the cadre's whole attention (an exam in progress): the phone tab bar steps aside. Not persisted. */
  const focusMode = ref(false);

  watch(
    largeText,
    (on) => {
      document.documentElement.classList.toggle('large-text', on);
      localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0');
    },
    { immediate: true },
  );
  watch(locale, (value) => setLocale(value), { immediate: true });
  watch(activeRole, (role) => (role ? localStorage.setItem(ROLE_KEY, role) : localStorage.removeItem(ROLE_KEY)));

  return { locale, largeText, activeRole, focusMode };
});
