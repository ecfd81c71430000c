import { describe, expect, it } from 'vitest';
import { exportPath } from './talent.api';
import { talentQueryFrom, talentQueryTo } from './talentQuery';

describe('talent pool filter in the URL', () => {
  it('reads known filters and defaults the paging', () => {
    expect(talentQueryFrom({ track: 'tempering', ageBand: '31to35', page: '3', q: '' })).toEqual({
      q: undefined,
      unitId: undefined,
      status: undefined,
      track: 'tempering',
      ageBand: '31to35',
      rankLevel: undefined,
      gender: undefined,
      page: 3,
      pageSize: 20,
    });
  });

  it('drops empty values when writing the query back', () => {
    expect(talentQueryTo({ track: 'rotation', q: '', unitId: undefined, page: 1 })).toEqual({ track: 'rotation', page: '1' });
  });

  it('exports exactly the filter, unmasked only when asked', () => {
    expect(exportPath({ track: 'tempering', gender: 'female' }, false)).toBe('/api/exports/talent-pool.xlsx?track=tempering&gender=female');
    expect(exportPath({}, true)).toBe('/api/exports/talent-pool.xlsx?unmasked=true');
  });
});
