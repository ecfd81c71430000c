import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';

/**
 * Read-aloud (朗读) through the browser's own speech synthesis, in Chinese. Only offered where the browser has a
 * Chinese voice: a reader with none would read Chinese as noise, so the control is hidden instead.
 */
export type ReadState = 'idle' | 'playing' | 'paused';

const chineseVoice = shallowRef<SpeechSynthesisVoice | null>(null);
let watching = false;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && window.speechSynthesis && typeof window.SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;
}

/** The best Chinese voice: zh-CN first, then any Mandarin (zh-*, cmn-*). */
export function pickChineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const lang = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return voices.find((v) => lang(v) === 'zh-cn') ?? voices.find((v) => lang(v).startsWith('zh') || lang(v).startsWith('cmn')) ?? null;
}

function lookUpVoices(): void {
  const s = synth();
  if (!s) return;
  chineseVoice.value = pickChineseVoice(s.getVoices());
  if (!watching) {
    watching = true;
    // Chrome fills the list of voices a moment after the page loads.
    s.addEventListener?.('voiceschanged', () => (chineseVoice.value = pickChineseVoice(s.getVoices())));
  }
}

/** Text in pieces at sentence ends: some browsers stop a single long utterance after a quarter of a minute. */
export function sentences(text: string, max = 160): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[。！？；!?;])/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.length; i += max) out.push(part.slice(i, i + max));
  }
  return out;
}

/** Only one text reads at a time, across the page. */
let stopOthers: (() => void) | null = null;

export function useReadAloud(text: () => string) {
  lookUpVoices();
  const state = ref<ReadState>('idle');
  const available = computed(() => chineseVoice.value !== null);
  let session = 0;

  function stop(): void {
    session += 1;
    synth()?.cancel();
    state.value = 'idle';
  }

  function play(): void {
    const s = synth();
    const voice = chineseVoice.value;
    if (!s || !voice) return;
    if (state.value === 'paused') {
      s.resume();
      state.value = 'playing';
      return;
    }
    stopOthers?.();
    s.cancel();
    const mine = ++session;
    const pieces = sentences(text());
    if (pieces.length === 0) return;
    pieces.forEach((piece, i) => {
      const u = new window.SpeechSynthesisUtterance(piece);
      u.lang = 'zh-CN';
      u.voice = voice;
      u.rate = 0.9;
      if (i === pieces.length - 1) u.onend = () => mine === session && (state.value = 'idle');
      u.onerror = () => mine === session && (state.value = 'idle');
      s.speak(u);
    });
    stopOthers = stop;
    state.value = 'playing';
  }

  function pause(): void {
    if (state.value !== 'playing') return;
    synth()?.pause();
    state.value = 'paused';
  }

  const toggle = () => (state.value === 'playing' ? pause() : play());
  onBeforeUnmount(() => {
    if (state.value !== 'idle') stop();
  });
  return { available, state, play, pause, stop, toggle };
}
