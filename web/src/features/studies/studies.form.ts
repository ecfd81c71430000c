import type { StudyAttachmentKind, StudyRecordType } from '@cadre/shared';
import type { StudyRecord, StudyRecordBody } from './studies.api';

type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface AttachmentRow {
  fileId: string;
  kind: StudyAttachmentKind;
  name: string;
  mimeType: string;
  url: string | null;
  thumbnailUrl: string | null;
}

/** What the record form edits; people are ids, resolved to names by the cadre pool. */
export interface StudyForm {
  unitId: string | null;
  type: StudyRecordType | null;
  heldOn: string | null;
  title: string;
  hostName: string;
  hostUserId: string | null;
  materialTitle: string;
  materialUrl: string;
  attendeeIds: string[];
  absentees: { userId: string | null; reason: string }[];
  speeches: { speakerId: string | null; summary: string }[];
  conclusions: string;
  followUps: string;
  attachments: AttachmentRow[];
}

export function emptyForm(unitId: string | null = null): StudyForm {
  return {
    unitId,
    type: null,
    heldOn: null,
    title: '',
    hostName: '',
    hostUserId: null,
    materialTitle: '',
    materialUrl: '',
    attendeeIds: [],
    absentees: [],
    speeches: [],
    conclusions: '',
    followUps: '',
    attachments: [],
  };
}

export function formFromRecord(r: StudyRecord): StudyForm {
  return {
    unitId: r.unitId,
    type: r.type,
    heldOn: r.heldOn,
    title: r.title,
    hostName: r.hostName,
    hostUserId: r.hostUserId,
    materialTitle: r.materialTitle,
    materialUrl: r.materialUrl ?? '',
    attendeeIds: r.people.filter((p) => p.present).map((p) => p.userId),
    absentees: r.people.filter((p) => !p.present).map((p) => ({ userId: p.userId, reason: p.absenceReason ?? '' })),
    speeches: r.speeches.map((s) => ({ speakerId: s.speakerId, summary: s.summary })),
    conclusions: r.conclusions,
    followUps: r.followUps,
    attachments: r.attachments.map((a) => ({
      fileId: a.file.id,
      kind: a.kind,
      name: a.file.name,
      mimeType: a.file.mimeType,
      url: a.file.url,
      thumbnailUrl: a.file.thumbnailUrl,
    })),
  };
}

/** The request body; call after `validateForm` found nothing, so the required values are there. */
export function bodyFromForm(f: StudyForm): StudyRecordBody {
  return {
    type: f.type!,
    heldOn: f.heldOn!,
    title: f.title.trim(),
    hostName: f.hostName.trim(),
    hostUserId: f.hostUserId,
    materialTitle: f.materialTitle.trim(),
    materialUrl: f.materialUrl.trim() || null,
    attendeeIds: [...f.attendeeIds],
    absentees: f.absentees.map((a) => ({ userId: a.userId!, reason: a.reason.trim() })),
    speeches: f.speeches.map((s) => ({ speakerId: s.speakerId!, summary: s.summary.trim() })),
    conclusions: f.conclusions.trim(),
    followUps: f.followUps.trim(),
    attachments: f.attachments.map((a) => ({ fileId: a.fileId, kind: a.kind })),
  };
}

/** The checks the server would make anyway, before the round trip; keys are the server's field names. */
export function validateForm(f: StudyForm, today: string, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  const required = t('common.required');
  if (!f.unitId) out.unitId = required;
  if (!f.type) out.type = required;
  if (!f.heldOn) out.heldOn = required;
  else if (f.heldOn > today) out.heldOn = t('studies.problems.future');
  if (!f.title.trim()) out.title = required;
  if (!f.hostName.trim()) out.hostName = required;
  if (f.materialUrl.trim() && !/^https?:\/\/\S+$/i.test(f.materialUrl.trim())) out.materialUrl = t('studies.problems.url');
  if (f.attendeeIds.length === 0) out.attendeeIds = t('studies.problems.noAttendees');
  const present = new Set(f.attendeeIds);
  const seen = new Set<string>();
  f.absentees.forEach((a, i) => {
    if (!a.userId) out[`absentees.${i}.userId`] = required;
    else if (present.has(a.userId)) out[`absentees.${i}.userId`] = t('studies.problems.alsoPresent');
    else if (seen.has(a.userId)) out[`absentees.${i}.userId`] = t('studies.problems.twice');
    if (a.userId) seen.add(a.userId);
    if (!a.reason.trim()) out[`absentees.${i}.reason`] = t('studies.problems.reason');
  });
  f.speeches.forEach((s, i) => {
    if (!s.speakerId) out[`speeches.${i}.speakerId`] = required;
    else if (!present.has(s.speakerId)) out[`speeches.${i}.speakerId`] = t('studies.problems.speakerAbsent');
    if (!s.summary.trim()) out[`speeches.${i}.summary`] = required;
  });
  return out;
}

/** A server field message (English, for developers) turned into words for the person filling the form. */
function problemText(message: string, t: Translate): string {
  if (/future/i.test(message)) return t('studies.problems.future');
  if (/not a cadre/i.test(message)) return t('studies.problems.outside');
  if (/also listed as present/i.test(message)) return t('studies.problems.alsoPresent');
  if (/twice|duplicate/i.test(message)) return t('studies.problems.twice');
  if (/speaker must be/i.test(message)) return t('studies.problems.speakerAbsent');
  if (/http/i.test(message)) return t('studies.problems.url');
  if (/no such unit/i.test(message)) return t('studies.problems.unit');
  if (/shorter than/i.test(message)) return t('studies.problems.tooLong');
  if (/longer than|not be empty|must be defined|at least/i.test(message)) return t('common.required');
  return t('studies.problems.invalid');
}

/**
 * The server's field problems as messages for the form. A cadre named by position in the attendee list
 * (`attendeeIds.3`) is reported once, by name, under the attendee picker.
 */
export function formProblems(details: { field: string; message: string }[], f: StudyForm, nameOf: (id: string) => string, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  const outsiders: string[] = [];
  for (const d of details) {
    const attendee = /^attendeeIds\.(\d+)$/.exec(d.field);
    if (attendee) {
      const id = f.attendeeIds[Number(attendee[1])];
      outsiders.push(id ? nameOf(id) : `#${Number(attendee[1]) + 1}`);
      continue;
    }
    if (d.field === 'attendeeIds') {
      out.attendeeIds = /at least/i.test(d.message) ? t('studies.problems.noAttendees') : problemText(d.message, t);
      continue;
    }
    out[d.field] ??= problemText(d.message, t);
  }
  if (outsiders.length > 0) out.attendeeIds = t('studies.problems.outsideNamed', { names: outsiders.join('、') });
  return out;
}

