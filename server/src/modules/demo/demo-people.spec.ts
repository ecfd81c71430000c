import { buildDemoCity } from './demo-city';
import { workingHoursStart } from './demo-lectures';

/**
 * Issue 16, point 17: the demo's people are plausible. The city as built (no database): one holder of each leading post
 * in a unit, party posts held by party members; and the lectures' start times in working hours.
 */
describe('the demo city, as built', () => {
  const { units, cadres } = buildDemoCity(2026);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const longmen = units.find((u) => u.name === '龙门镇')!;
  const inLongmen = cadres.filter((c) => c.unitId === longmen.id);

  it('has one holder of each leading post in a unit', () => {
    const leading = /(书记|主席|主任|局长|部长|镇长|会长|秘书长|总经理|科长|委员)$/;
    const holders = new Map<string, number>();
    for (const c of cadres.filter((c) => !c.position.includes('副') && leading.test(c.position))) {
      const key = `${unitName.get(c.unitId)} ${c.unitId} ${c.position}`; // two towns may each have a 上坊村
      holders.set(key, (holders.get(key) ?? 0) + 1);
    }
    expect([...holders].filter(([, n]) => n > 1)).toEqual([]);
    // 龙门镇 (issue 16 found two 人大主席 and two 纪委书记 there): its leadership, one of each.
    const count = (post: string) => inLongmen.filter((c) => c.position === post).length;
    expect(['镇党委书记', '镇长', '党委副书记', '纪委书记', '人大主席', '武装部长', '党建办主任', '宣传统战委员'].map((p) => [p, count(p)])).toEqual(
      ['镇党委书记', '镇长', '党委副书记', '纪委书记', '人大主席', '武装部长', '党建办主任', '宣传统战委员'].map((p) => [p, 1]),
    );
    // The city's leaders sit in their own offices: the 市长 in the government's, not the people's congress's.
    const office = (post: string) => cadres.filter((c) => c.position === post).map((c) => unitName.get(c.unitId));
    expect(office('市长')).toEqual(['市政府办公室']);
    expect(office('市人大常委会主任')).toEqual(['市人大常委会办公室']);
    expect([...new Set(office('副市长'))]).toEqual(['市政府办公室']);
    // No post reads like a typo of the department's name (it was 委组织部部长).
    expect(cadres.filter((c) => c.position.startsWith('委'))).toEqual([]);
  });

  it('gives party posts to party members: the town admin, 党建办主任, is not 群众', () => {
    const party = /书记|党委|党工委|党组|党支部|党建|党群|纪委|纪工委|组织委员|宣传统战委员|市委常委|武装部长/;
    const holders = cadres.filter((c) => party.test(c.position));
    expect(holders.length).toBeGreaterThan(300);
    expect(holders.filter((c) => c.politicalStatus !== 'cpc_member').map((c) => `${unitName.get(c.unitId)} ${c.position} ${c.politicalStatus}`)).toEqual([]);
    expect(cadres.find((c) => c.username === 'town_admin')).toMatchObject({ position: '党建办主任', politicalStatus: 'cpc_member' });
    const partyBodies = new Set(['市委办公室', '市纪委监委', '市委组织部', '市委宣传部', '市委统战部', '市委政法委', '市委网信办', '团市委']);
    const bodyLeaders = cadres.filter((c) => partyBodies.has(unitName.get(c.unitId)!) && ['zheng_chu', 'fu_chu', 'zheng_ke', 'fu_ke'].includes(c.rank));
    expect(bodyLeaders.length).toBeGreaterThan(20);
    expect(bodyLeaders.filter((c) => c.politicalStatus !== 'cpc_member')).toEqual([]);
    // Elsewhere the seed's mix stays: some 群众 and members of democratic parties among the staff.
    expect(cadres.some((c) => c.politicalStatus === 'masses')).toBe(true);
    expect(cadres.some((c) => c.politicalStatus === 'democratic_party')).toBe(true);
  });

  it('keeps the demo accounts and everyone else as the seed made them (names, units, ages)', () => {
    // As the seed made them before the posts were put right (read off the city built before this change).
    expect(cadres.length).toBe(2934);
    expect(['c10001', 'c11001', 'c11501', 'c12501'].map((u) => cadres.find((c) => c.username === u)!.name)).toEqual(['林涛', '杜娜', '李华', '薛蕾']);
    expect(cadres.find((c) => c.username === 'cadre01')).toMatchObject({ name: '王建国', position: '副镇长', unitId: longmen.id });
    expect(cadres.find((c) => c.username === 'lecturer01')).toMatchObject({ name: '李文博', position: '宣传统战委员', unitId: longmen.id });
    // The same seed builds the same city.
    expect(buildDemoCity(2026).cadres.map((c) => [c.id, c.name, c.position, c.politicalStatus])).toEqual(cadres.map((c) => [c.id, c.name, c.position, c.politicalStatus]));
  });
});

describe('a demo lecture starts in working hours', () => {
  const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  // 2026-03-10 02:29 in Shanghai, the kind of moment the seed used to give a lecture.
  const night = Date.parse('2026-03-10T02:29:00+08:00');
  const far = Date.parse('2027-01-01T00:00:00+08:00');

  it('on the same Shanghai day, in the morning for slots 9–12 and the afternoon for 13–16, on the half hour', () => {
    expect([9, 10, 11, 12].map((slot) => shanghai(workingHoursStart(night, slot, 60, far)))).toEqual(['2026-03-10 08:30', '2026-03-10 09:00', '2026-03-10 09:30', '2026-03-10 10:00']);
    expect([13, 14, 15, 16].map((slot) => shanghai(workingHoursStart(night, slot, 60, far)))).toEqual(['2026-03-10 14:30', '2026-03-10 15:00', '2026-03-10 15:30', '2026-03-10 16:00']);
    // 23:50 in Shanghai (15:50 UTC) is still the 10th there.
    expect(shanghai(workingHoursStart(Date.parse('2026-03-10T23:50:00+08:00'), 9, 60, far))).toBe('2026-03-10 08:30');
  });

  it('ends by the close of its half day: two hours from 10:00 would run to 12:00, so it starts at 09:30', () => {
    expect(shanghai(workingHoursStart(night, 12, 120, far))).toBe('2026-03-10 09:30');
    expect(shanghai(workingHoursStart(night, 16, 90, far))).toBe('2026-03-10 16:00');
    expect(shanghai(workingHoursStart(night, 16, 120, far))).toBe('2026-03-10 15:30');
  });

  it('is never later than the latest moment allowed: it moves a day earlier', () => {
    const latest = Date.parse('2026-03-10T09:00:00+08:00');
    expect(shanghai(workingHoursStart(night, 14, 60, latest))).toBe('2026-03-09 15:00');
    expect(shanghai(workingHoursStart(night, 10, 60, latest))).toBe('2026-03-10 09:00');
  });
});
