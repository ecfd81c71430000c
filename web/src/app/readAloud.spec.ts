import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { i18n } from '../locales';
import ReadAloudButton from './components/ReadAloudButton.vue';
import { pickChineseVoice, sentences } from './readAloud';

type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'name'>;

/** A browser's speech synthesis with the given voices, recording what it is asked to say. */
function mockSpeech(voices: Voice[]) {
  const spoken: { text: string; lang: string; voice: Voice | null }[] = [];
  const listeners: (() => void)[] = [];
  const synth = {
    getVoices: vi.fn(() => voices as SpeechSynthesisVoice[]),
    speak: vi.fn((u: { text: string; lang: string; voice: Voice | null }) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice })),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    addEventListener: vi.fn((_: string, fn: () => void) => listeners.push(fn)),
  };
  class Utterance {
    lang = '';
    voice: Voice | null = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return { synth, spoken, voicesChanged: () => listeners.forEach((fn) => fn()) };
}

const mountButton = (text: string) => mount(ReadAloudButton, { props: { text }, global: { plugins: [i18n] } });

describe('read-aloud (朗读)', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('prefers a zh-CN voice, then any Mandarin one, and finds none among English voices', () => {
    const en = { lang: 'en-US', name: 'Samantha' } as SpeechSynthesisVoice;
    const tw = { lang: 'zh-TW', name: 'Meijia' } as SpeechSynthesisVoice;
    const cn = { lang: 'zh_CN', name: 'Tingting' } as SpeechSynthesisVoice;
    expect(pickChineseVoice([en, tw, cn])).toBe(cn);
    expect(pickChineseVoice([en, tw])).toBe(tw);
    expect(pickChineseVoice([en])).toBeNull();
  });

  it('cuts a text at sentence ends', () => {
    expect(sentences('第一句。第二句！  第三句')).toEqual(['第一句。', '第二句！', '第三句']);
  });

  it('is hidden where the browser has no Chinese voice', async () => {
    mockSpeech([{ lang: 'en-US', name: 'Samantha' }]);
    const { default: Button } = await import('./components/ReadAloudButton.vue');
    const wrapper = mount(Button, { props: { text: '学习贯彻党的二十大精神。' }, global: { plugins: [i18n] } });
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false);
  });

  it('is hidden where the browser has no speech synthesis at all', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    const wrapper = mountButton('学习。');
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false);
  });

  it('reads in Chinese with the zh-CN voice, pauses and resumes', async () => {
    const speech = mockSpeech([
      { lang: 'en-US', name: 'Samantha' },
      { lang: 'zh-CN', name: 'Tingting' },
    ]);
    const { default: Button } = await import('./components/ReadAloudButton.vue');
    const wrapper = mount(Button, { props: { text: '学习贯彻党的二十大精神。全面推进乡村振兴！' }, global: { plugins: [i18n] } });
    const button = wrapper.get('[data-testid="read-aloud"]');
    expect(button.text()).toBe('朗读');

    await button.trigger('click');
    expect(speech.spoken).toEqual([
      { text: '学习贯彻党的二十大精神。', lang: 'zh-CN', voice: { lang: 'zh-CN', name: 'Tingting' } },
      { text: '全面推进乡村振兴！', lang: 'zh-CN', voice: { lang: 'zh-CN', name: 'Tingting' } },
    ]);
    await nextTick();
    expect(wrapper.get('[data-testid="read-aloud"]').text()).toBe('暂停');

    await wrapper.get('[data-testid="read-aloud"]').trigger('click');
    expect(speech.synth.pause).toHaveBeenCalledTimes(1);
    expect(wrapper.get('[data-testid="read-aloud"]').text()).toBe('继续朗读');

    await wrapper.get('[data-testid="read-aloud"]').trigger('click');
    expect(speech.synth.resume).toHaveBeenCalledTimes(1);
    expect(speech.spoken).toHaveLength(2);
    expect(wrapper.get('[data-testid="read-aloud"]').text()).toBe('暂停');
  });

  it('appears once the browser has loaded a Chinese voice late', async () => {
    const voices: Voice[] = [];
    const speech = mockSpeech(voices);
    const { default: Button } = await import('./components/ReadAloudButton.vue');
    const wrapper = mount(Button, { props: { text: '学习。' }, global: { plugins: [i18n] } });
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(false);
    voices.push({ lang: 'zh-CN', name: 'Tingting' });
    speech.voicesChanged();
    await nextTick();
    expect(wrapper.find('[data-testid="read-aloud"]').exists()).toBe(true);
  });
});
