import { describe, expect, it } from 'vitest';
import i18n from './lectures.i18n';
import {
  defaultStart,
  emptyForm,
  isFutureDay,
  isInFuture,
  missingFields,
  ratingShares,
  serverFieldKeys,
  toBody,
  toCorrection,
  toEdit,
  type SessionForm,
} from './sessionForm';
import { parseQuery, writeQuery } from '../../app/use-url-filters';
import { SESSION_FILTERS } from './sessionQuery';

const NOW = new Date('2026-05-20T10:07:30+08:00');

function filled(): SessionForm {
  return {
    ...emptyForm(NOW),
    teamId: 't1',
    topicId: 'p1',
    title: '  学习贯彻全会精神 ',
    hostUnitId: 'u1',
    audienceSize: 80,
    audienceKinds: ['villagers'],
    lecturerIds: ['me'],
    photos: [{ id: 'f1', name: 'a.jpg', url: '/a', thumbnailUrl: null }],
  };
}

describe('the log-a-lecture form', () => {
  it('suggests a start one hour ago, on five minutes', () => {
    expect(defaultStart(NOW).toISOString()).toBe(new Date('2026-05-20T09:05:00+08:00').toISOString());
    expect(defaultStart(NOW, 30).toISOString()).toBe(new Date('2026-05-20T09:35:00+08:00').toISOString());
  });

  it('refuses a start in the future, allowing the server\u2019s five minutes of clock difference', () => {
    expect(isInFuture(new Date(NOW.getTime() + 4 * 60_000), NOW)).toBe(false);
    expect(isInFuture(new Date(NOW.getTime() + 6 * 60_000), NOW)).toBe(true);
    const problems = missingFields({ ...filled(), startedAt: new Date(NOW.getTime() + 3_600_000) }, NOW);
    expect(problems).toEqual({ startedAt: 'errors.lectures.held_in_future' });
    expect(isFutureDay(new Date(NOW.getTime() + 86_400_000), NOW)).toBe(true);
    expect(isFutureDay(NOW, NOW)).toBe(false);
  });

  it('names each missing field, and nothing once filled', () => {
    const problems = missingFields(emptyForm(NOW), NOW);
    expect(Object.keys(problems).sort()).toEqual(['audienceKinds', 'audienceSize', 'hostUnitId', 'lecturerIds', 'teamId', 'title', 'topicId'].sort());
    expect(missingFields(filled(), NOW)).toEqual({});
  });

  it('sends a trimmed body with the photos in order', () => {
    const body = toBody(filled());
    expect(body.title).toBe('学习贯彻全会精神');
    expect(body.photoFileIds).toEqual(['f1']);
    expect(body.startedAt).toBe(defaultStart(NOW).toISOString());
  });

  it('sends an edit without the photos when they did not change', () => {
    expect(toEdit(filled(), filled())).not.toHaveProperty('photoFileIds');
    const more = { ...filled(), photos: [...filled().photos, { id: 'f2', name: 'b.jpg', url: '/b', thumbnailUrl: null }] };
    expect(toEdit(more, filled()).photoFileIds).toEqual(['f1', 'f2']);
  });

  it('corrects a verified session with only the correctable fields that changed', () => {
    const original = filled();
    expect(toCorrection(original, original)).toEqual({});
    const changed = { ...filled(), title: '新题目', durationMinutes: 90, audienceKinds: ['villagers', 'students'] as SessionForm['audienceKinds'] };
    expect(toCorrection(changed, original)).toEqual({ title: '新题目', audienceKinds: ['villagers', 'students'] });
  });

  it('maps server field problems to its own Chinese messages', () => {
    expect(serverFieldKeys('lectures/not_team_member', ['lecturerIds.1'])).toEqual({ lecturerIds: 'errors.lectures.not_team_member' });
    expect(serverFieldKeys('lectures/held_in_future', ['startedAt'])).toEqual({ startedAt: 'errors.lectures.held_in_future' });
    expect(serverFieldKeys('common/validation_failed', ['title'])).toEqual({ title: 'lectures.form.invalid.title' });
  });

  it('has a Chinese message for every field the server may name', () => {
    const invalid = i18n['zh-CN'].lectures.form.invalid;
    for (const field of Object.keys(toBody(filled()))) expect(invalid).toHaveProperty(field);
  });
});

describe('feedback figures', () => {
  it('turns the distribution into whole percents', () => {
    expect(ratingShares([0, 0, 1, 1, 2])).toEqual([0, 0, 25, 25, 50]);
    expect(ratingShares([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('the admin list filter in the URL', () => {
  it('reads what it can and drops what the server would refuse', () => {
    expect(parseQuery(SESSION_FILTERS, { status: 'submitted', format: 'nonsense', year: '2026', topicId: 'x', q: ' 二十大 ', page: '3', pageSize: '50' })).toEqual({
      status: 'submitted',
      topicId: undefined,
      format: undefined,
      unitId: undefined,
      year: 2026,
      q: '二十大',
      page: 3,
      pageSize: 50,
    });
    expect(parseQuery(SESSION_FILTERS, { page: '-1', pageSize: '7', year: '1999' })).toMatchObject({ page: 1, pageSize: 20, year: undefined });
    // A report's figure opens the list for its period; a mangled date is dropped.
    expect(parseQuery(SESSION_FILTERS, { from: '2026-03-01', to: '2026-13' })).toMatchObject({ from: '2026-03-01', to: undefined });
  });

  it('writes a short query: no empty values, no defaults', () => {
    expect(writeQuery(SESSION_FILTERS, { status: undefined, q: '', year: 2026, page: 1, pageSize: 20, format: 'micro' })).toEqual({ year: '2026', format: 'micro' });
    expect(writeQuery(SESSION_FILTERS, { page: 2, pageSize: 50 })).toEqual({ page: '2', pageSize: '50' });
  });
});
