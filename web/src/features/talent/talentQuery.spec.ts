import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../app/use-url-filters';
import { exportPath } from './talent.api';
import { TALENT_FILTERS, talentQueryTo } from './talentQuery';

describe('talent pool filter in the URL', () => {
  it('reads known filters, drops unknown values and defaults the paging', () => {
    expect(parseQuery(TALENT_FILTERS, { track: 'tempering', ageBand: '31to35', gender: 'robot', page: '3', q: '', returnOverdue: 'true' })).toEqual({
      q: undefined,
      unitId: undefined,
      status: undefined,
      track: 'tempering',
      ageBand: '31to35',
      rankLevel: undefined,
      gender: undefined,
      returnOverdue: true,
      page: 3,
      pageSize: 20,
    });
  });

  it('drops empty values when writing the query back', () => {
    expect(talentQueryTo({ track: 'rotation', q: '', unitId: undefined, returnOverdue: true })).toEqual({ track: 'rotation', returnOverdue: 'true' });
  });

  it('exports exactly the filter, unmasked only when asked', () => {
    expect(exportPath({ track: 'tempering', gender: 'female' }, false)).toBe('/api/exports/talent-pool.xlsx?track=tempering&gender=female');
    expect(exportPath({}, true)).toBe('/api/exports/talent-pool.xlsx?unmasked=true');
  });
});
