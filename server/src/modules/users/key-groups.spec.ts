import { isNewLeader, keyGroupsOf, newLeaderWindow } from './key-groups';

/** Noon on 15 June 2026 in Shanghai. */
const NOW = new Date('2026-06-15T04:00:00Z');

describe('newLeaderWindow', () => {
  it('runs from the same day `months` months back (exclusive) to today in Shanghai (inclusive)', () => {
    expect(newLeaderWindow(12, NOW)).toEqual({ after: '2025-06-15', until: '2026-06-15' });
    expect(newLeaderWindow(6, NOW)).toEqual({ after: '2025-12-15', until: '2026-06-15' });
  });

  it('reckons today in Shanghai, where the day starts eight hours before UTC', () => {
    // 16:30 UTC on 14 June is already 15 June in Shanghai.
    expect(newLeaderWindow(12, new Date('2026-06-14T16:30:00Z'))).toEqual({ after: '2025-06-15', until: '2026-06-15' });
  });

  it('clamps the start to the end of a shorter month', () => {
    expect(newLeaderWindow(1, new Date('2026-03-31T04:00:00Z'))).toEqual({ after: '2026-02-28', until: '2026-03-31' });
  });
});

describe('isNewLeader', () => {
  it('excludes an appointment exactly 12 months ago', () => {
    expect(isNewLeader('2025-06-15', 12, NOW)).toBe(false);
  });

  it('includes an appointment one day less than 12 months ago', () => {
    expect(isNewLeader('2025-06-16', 12, NOW)).toBe(true);
  });

  it('includes an appointment made today and a few months ago', () => {
    expect(isNewLeader('2026-06-15', 12, NOW)).toBe(true);
    expect(isNewLeader('2026-04-01', 12, NOW)).toBe(true);
  });

  it('excludes a future appointment, even one starting tomorrow', () => {
    expect(isNewLeader('2026-06-16', 12, NOW)).toBe(false);
    expect(isNewLeader('2027-01-01', 12, NOW)).toBe(false);
  });

  it('excludes appointments long ago', () => {
    expect(isNewLeader('2025-06-14', 12, NOW)).toBe(false);
    expect(isNewLeader('2019-01-01', 12, NOW)).toBe(false);
  });

  it('excludes a cadre without an appointment date', () => {
    expect(isNewLeader(null, 12, NOW)).toBe(false);
  });

  it('honours a configured window length', () => {
    expect(isNewLeader('2025-12-16', 6, NOW)).toBe(true);
    expect(isNewLeader('2025-12-15', 6, NOW)).toBe(false);
    expect(isNewLeader('2024-06-16', 24, NOW)).toBe(true);
  });

  it('treats an appointment dated today in Shanghai as current while it is still yesterday in UTC', () => {
    const lateEveningUtc = new Date('2026-06-14T16:30:00Z');
    expect(isNewLeader('2026-06-15', 12, lateEveningUtc)).toBe(true);
    expect(isNewLeader('2025-06-15', 12, lateEveningUtc)).toBe(false);
  });
});

describe('keyGroupsOf', () => {
  it('adds the derived new_leader group in front of the assigned groups', () => {
    expect(keyGroupsOf({ keyGroups: ['law_enforcement_mid'], appointmentDate: '2026-04-15' }, 12, NOW)).toEqual([
      'new_leader',
      'law_enforcement_mid',
    ]);
  });

  it('gives only the assigned groups when the appointment is outside the window', () => {
    expect(keyGroupsOf({ keyGroups: ['two_new_orgs'], appointmentDate: '2025-06-15' }, 12, NOW)).toEqual(['two_new_orgs']);
    expect(keyGroupsOf({ keyGroups: ['two_new_orgs'], appointmentDate: '2026-07-01' }, 12, NOW)).toEqual(['two_new_orgs']);
  });

  it('gives new_leader alone for a recent appointee without assigned groups', () => {
    expect(keyGroupsOf({ keyGroups: [], appointmentDate: '2026-06-01' }, 12, NOW)).toEqual(['new_leader']);
  });

  it('gives nothing for a cadre with neither', () => {
    expect(keyGroupsOf({ keyGroups: [], appointmentDate: null }, 12, NOW)).toEqual([]);
  });

  it('does not change the assigned groups it was given', () => {
    const user = { keyGroups: ['retired_or_stepped_down' as const], appointmentDate: '2026-06-01' };
    keyGroupsOf(user, 12, NOW);
    expect(user.keyGroups).toEqual(['retired_or_stepped_down']);
  });
});
