import { LECTURE_FORMATS, LECTURE_SESSION_STATUSES } from '@cadre/shared';
import { param } from '../../app/use-url-filters';

/** The filters of the admin list of sessions, as they live in the URL (so a filtered list can be shared). */
export const SESSION_FILTERS = {
  status: param.oneOf(LECTURE_SESSION_STATUSES),
  topicId: param.uuid(),
  format: param.oneOf(LECTURE_FORMATS),
  unitId: param.uuid(),
  year: param.year(),
  /** Held from and to these days (a report's figure opens the list with them). */
  from: param.date(),
  to: param.date(),
  q: param.text(50),
};
