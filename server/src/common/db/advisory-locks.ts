/**
 * PostgreSQL advisory lock keys shared across modules. The first start (migrations done, demo or bootstrap seed) holds
 * FIRST_START_LOCK for its whole transaction; scheduled jobs take it shared before they read, so that on a PostgreSQL
 * server a job's first tick waits for the seed instead of finding an empty city and not running again for a day.
 */
export const FIRST_START_LOCK = 7_210_001;
