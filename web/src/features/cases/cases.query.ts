import { CASE_FIELDS, CASE_KINDS, CASE_STATES } from '@cadre/shared';
import { param } from '../../app/use-url-filters';

/** The filters of the case library, as they live in the URL (the report's "cases added" opens it with a period). */
export const CASE_FILTERS = {
  q: param.text(50),
  kind: param.oneOf(CASE_KINDS),
  field: param.oneOf(CASE_FIELDS),
  state: param.oneOf(CASE_STATES),
  unitId: param.uuid(),
  publishedFrom: param.date(),
  publishedTo: param.date(),
};
