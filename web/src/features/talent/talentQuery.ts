import { AGE_BANDS, GENDERS, RANK_LEVELS, TALENT_STATUSES, TALENT_TRACKS } from '@cadre/shared';
import { param, writeQuery, type FilterValues } from '../../app/use-url-filters';

/** The pool's filter as it lives in the URL (the list and the overview share it, so a filtered view can be shared). */
export const TALENT_FILTERS = {
  q: param.text(),
  unitId: param.uuid(),
  status: param.oneOf(TALENT_STATUSES),
  track: param.oneOf(TALENT_TRACKS),
  ageBand: param.oneOf(AGE_BANDS),
  rankLevel: param.oneOf(RANK_LEVELS),
  gender: param.oneOf(GENDERS),
  returnOverdue: param.bool(),
};

export type TalentFilters = FilterValues<typeof TALENT_FILTERS>;

/** The URL query of a filter (no paging): empty values left out. */
export const talentQueryTo = (filter: Partial<TalentFilters>): Record<string, string> =>
  writeQuery(TALENT_FILTERS, filter) as Record<string, string>;
