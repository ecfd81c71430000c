// The bulk helpers moved to database/ so the roster import (users, a lower floor) can share them with the seeds.
export { chunks, insertMany, insertRows } from '../../database/bulk';
