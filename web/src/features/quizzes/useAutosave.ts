import { onBeforeUnmount, ref } from 'vue';
import { ApiError } from '../../app/http';
import { saveAnswers } from './quizzes.api';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'closed';
type Answers = Record<string, string | string[]>;

/**
 * Autosave for an attempt: every change is kept locally at once (a reload or a lost connection loses nothing) and sent
 * shortly after, with a version one above the last stored. A refused version (another tab saved) or a closed attempt
 * stops the saving and says so; a network failure retries.
 */
export function useAutosave(attemptId: () => string, initialVersion: number, onConflict: () => void) {
  const state = ref<SaveState>('idle');
  const savedAt = ref<string | null>(null);
  let version = initialVersion;
  let latest: Answers | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  const storageKey = () => `cadre.attempt.${attemptId()}`;

  function change(answers: Answers): void {
    latest = answers;
    localStorage.setItem(storageKey(), JSON.stringify({ answers, at: Date.now() }));
    if (state.value === 'conflict' || state.value === 'closed') return;
    state.value = 'pending';
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), 1200);
  }

  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    await inFlight;
    if (!latest || state.value === 'conflict' || state.value === 'closed') return;
    const answers = latest;
    latest = null;
    state.value = 'saving';
    inFlight = saveAnswers(attemptId(), version + 1, answers)
      .then((saved) => {
        version = saved.version;
        savedAt.value = saved.savedAt;
        state.value = latest ? 'pending' : 'saved';
        if (!latest) localStorage.removeItem(storageKey());
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'quiz/stale_version') {
          state.value = 'conflict';
          onConflict();
        } else if (e instanceof ApiError && (e.code === 'quiz/attempt_closed' || e.code === 'quiz/already_submitted')) {
          state.value = 'closed';
        } else {
          latest ??= answers;
          state.value = 'offline';
          timer = setTimeout(() => void flush(), 3000);
        }
      })
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
    if (latest && (state.value as SaveState) === 'pending') await flush();
  }

  /** Answers kept locally and not yet saved, if they are newer than the server's last save. */
  function unsaved(serverSavedAt: string | null): Answers | null {
    const raw = localStorage.getItem(storageKey());
    if (!raw) return null;
    try {
      const kept = JSON.parse(raw) as { answers: Answers; at: number };
      return !serverSavedAt || kept.at > Date.parse(serverSavedAt) ? kept.answers : null;
    } catch {
      return null;
    }
  }

  function reset(newVersion: number): void {
    version = newVersion;
    state.value = 'idle';
  }

  const onOnline = () => {
    if (state.value === 'offline') void flush();
  };
  window.addEventListener('online', onOnline);
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline);
    if (timer) clearTimeout(timer);
  });

  return { state, savedAt, change, flush, unsaved, reset, clearLocal: () => localStorage.removeItem(storageKey()) };
}
