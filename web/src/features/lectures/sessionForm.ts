import type { AudienceKind, LectureFormat, LectureSessionStatus } from '@cadre/shared';
import type { CreateLectureSession, LectureSession, UpdateLectureSession } from './lectures.api';

/** A photo on the form: uploaded already, shown by its thumbnail. */
export interface FormPhoto {
  id: string;
  name: string;
  url: string;
  thumbnailUrl: string | null;
}

export interface SessionForm {
  teamId: string | null;
  topicId: string | null;
  title: string;
  startedAt: Date | null;
  durationMinutes: number;
  hostUnitId: string | null;
  venue: string;
  format: LectureFormat;
  audienceSize: number | null;
  audienceKinds: AudienceKind[];
  lecturerIds: string[];
  summary: string;
  photos: FormPhoto[];
}

export const MAX_PHOTOS = 9;
export const DEFAULT_DURATION = 60;
/** The server accepts a start up to five minutes ahead (clocks differ); the form refuses anything later. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * The start the form suggests: the lecturer logs the session right after giving it, so it began about one default
 * duration ago; rounded down to five minutes, as people say the time.
 */
export function defaultStart(now: Date, durationMinutes = DEFAULT_DURATION): Date {
  const step = 5 * 60_000;
  return new Date(Math.floor((now.getTime() - durationMinutes * 60_000) / step) * step);
}

export function isInFuture(when: Date, now: Date): boolean {
  return when.getTime() > now.getTime() + FUTURE_SLACK_MS;
}

/** Days after today cannot be picked in the date picker. */
export function isFutureDay(day: Date, now: Date): boolean {
  const endOfToday = new Date(now);
  endOfToday.setHours(23, 59, 59, 999);
  return day.getTime() > endOfToday.getTime();
}

export function emptyForm(now: Date): SessionForm {
  return {
    teamId: null,
    topicId: null,
    title: '',
    startedAt: defaultStart(now),
    durationMinutes: DEFAULT_DURATION,
    hostUnitId: null,
    venue: '',
    format: 'concentrated',
    audienceSize: null,
    audienceKinds: [],
    lecturerIds: [],
    summary: '',
    photos: [],
  };
}

export function formFromSession(s: LectureSession): SessionForm {
  return {
    teamId: s.teamId,
    topicId: s.topicId,
    title: s.title,
    startedAt: new Date(s.startedAt),
    durationMinutes: s.durationMinutes,
    hostUnitId: s.hostUnitId,
    venue: s.venue,
    format: s.format,
    audienceSize: s.audienceSize,
    audienceKinds: [...s.audienceKinds],
    lecturerIds: s.lecturers.map((l) => l.id),
    summary: s.summary,
    photos: s.photos.map((p) => ({ id: p.id, name: p.name, url: p.url, thumbnailUrl: p.thumbnailUrl })),
  };
}

/**
 * What the form lacks before it may be sent, as i18n keys by field. The server checks again; this only saves a
 * round trip on a phone and says which field to fix.
 */
export function missingFields(form: SessionForm, now: Date): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.teamId) problems.teamId = 'lectures.form.need.team';
  if (!form.topicId) problems.topicId = 'lectures.form.need.topic';
  if (!form.title.trim()) problems.title = 'lectures.form.need.title';
  if (!form.startedAt) problems.startedAt = 'lectures.form.need.startedAt';
  else if (isInFuture(form.startedAt, now)) problems.startedAt = 'errors.lectures.held_in_future';
  if (!form.durationMinutes || form.durationMinutes < 5 || form.durationMinutes > 600) problems.durationMinutes = 'lectures.form.need.duration';
  if (!form.hostUnitId) problems.hostUnitId = 'lectures.form.need.hostUnit';
  if (!form.audienceSize || form.audienceSize < 1) problems.audienceSize = 'lectures.form.need.audienceSize';
  if (form.audienceKinds.length === 0) problems.audienceKinds = 'lectures.form.need.audienceKinds';
  if (form.lecturerIds.length === 0) problems.lecturerIds = 'lectures.form.need.lecturers';
  if (form.photos.length > MAX_PHOTOS) problems.photos = 'lectures.form.need.photos';
  return problems;
}

/** The body for a new session or a full edit (call after `missingFields` found nothing). */
export function toBody(form: SessionForm): CreateLectureSession {
  return {
    teamId: form.teamId!,
    topicId: form.topicId!,
    title: form.title.trim(),
    startedAt: form.startedAt!.toISOString(),
    durationMinutes: form.durationMinutes,
    hostUnitId: form.hostUnitId!,
    venue: form.venue.trim(),
    format: form.format,
    audienceSize: form.audienceSize!,
    audienceKinds: [...form.audienceKinds],
    summary: form.summary.trim(),
    lecturerIds: [...form.lecturerIds],
    photoFileIds: form.photos.map((p) => p.id),
  };
}

/**
 * An org admin's correction of a verified session: only the fields that may still change (the others decided the
 * hours), and of those only what differs from the session as verified, so the audit log records the real change.
 */
export function toCorrection(form: SessionForm, original: SessionForm): UpdateLectureSession {
  const now = toBody(form);
  const was = toBody(original);
  const body: UpdateLectureSession = {};
  if (now.title !== was.title) body.title = now.title;
  if (now.topicId !== was.topicId) body.topicId = now.topicId;
  if (now.venue !== was.venue) body.venue = now.venue;
  if (now.summary !== was.summary) body.summary = now.summary;
  if (now.audienceSize !== was.audienceSize) body.audienceSize = now.audienceSize;
  if (!sameList(now.audienceKinds, was.audienceKinds)) body.audienceKinds = now.audienceKinds;
  if (!sameList(now.photoFileIds ?? [], was.photoFileIds ?? [])) body.photoFileIds = now.photoFileIds;
  return body;
}

/** An author's edit: everything, except the photos when they did not change (they are checked again only when they do). */
export function toEdit(form: SessionForm, original: SessionForm): UpdateLectureSession {
  const body: UpdateLectureSession = toBody(form);
  if (sameList(body.photoFileIds ?? [], original.photos.map((p) => p.id))) delete body.photoFileIds;
  return body;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Field problems from the server, keyed by the form's field ("lecturerIds.2" belongs to "lecturerIds"), each as an i18n
 * key: the server's own wording is English and is never shown.
 */
export function serverFieldKeys(code: string, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of fields) {
    const field = raw.split('.')[0]!;
    if (code === 'lectures/held_in_future') out[field] = 'errors.lectures.held_in_future';
    else if (code === 'lectures/not_team_member') out[field] = 'errors.lectures.not_team_member';
    else if (code === 'lectures/not_editable') out[field] = 'lectures.form.locked';
    else out[field] = `lectures.form.invalid.${field}`;
  }
  return out;
}

export type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary';

export function statusTagType(status: LectureSessionStatus): TagType {
  return ({ draft: 'info', submitted: 'warning', verified: 'success', returned: 'danger' } as const)[status];
}

/** Shares of each star (1–5) in whole percent, for the bars beside the average. */
export function ratingShares(distribution: number[]): number[] {
  const total = distribution.reduce((a, b) => a + b, 0);
  return [0, 1, 2, 3, 4].map((i) => (total === 0 ? 0 : Math.round(((distribution[i] ?? 0) / total) * 100)));
}
