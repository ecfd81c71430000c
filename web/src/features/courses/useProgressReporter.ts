import { onBeforeUnmount, ref } from 'vue';
import type { Schemas } from '../../app/http';
import { reportProgress } from './courses.api';

type Result = Schemas['ProgressResultDto'];

/**
 * Reports a lesson's progress the way the server checks it: what was actually played or read (page visible) since the
 * previous report, every few seconds and at every pause. Time with the page hidden never counts.
 */
export function useProgressReporter(lessonId: () => string, onResult: (result: Result) => void, everySeconds = 5) {
  let wanted = false;
  let active = 0;
  let lastTick: number | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let sending: Promise<void> = Promise.resolve();
  const error = ref<unknown>(null);

  function tick(): void {
    const now = performance.now();
    if (lastTick !== null) active += (now - lastTick) / 1000;
    lastTick = wanted && document.visibilityState === 'visible' ? now : null;
  }

  /** Counting runs only while the content plays (video) or is on screen to be read. */
  function setCounting(on: boolean): void {
    wanted = on;
    tick();
  }

  async function send(position: number, reachedEnd?: boolean): Promise<void> {
    tick();
    const watched = Math.floor(active);
    active -= watched;
    const previous = sending;
    sending = (async () => {
      await previous;
      try {
        const result = await reportProgress(lessonId(), {
          positionSeconds: Math.max(0, Math.floor(position)),
          watchedSeconds: Math.min(watched, 3600),
          ...(reachedEnd ? { reachedEnd: true } : {}),
        });
        error.value = null;
        onResult(result);
      } catch (e) {
        error.value = e;
      }
    })();
    await sending;
  }

  /** Opens the lesson with a first report (the server starts its clock there) and keeps reporting. */
  function start(getPosition: () => number, isReachedEnd: () => boolean = () => false): void {
    if (timer) clearInterval(timer);
    void send(getPosition(), isReachedEnd());
    timer = setInterval(() => {
      if (wanted || active >= 1) void send(getPosition(), isReachedEnd());
    }, everySeconds * 1000);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    wanted = false;
    lastTick = null;
    active = 0;
  }

  document.addEventListener('visibilitychange', tick);
  onBeforeUnmount(() => {
    stop();
    document.removeEventListener('visibilitychange', tick);
  });

  return { start, stop, send, setCounting, error };
}
