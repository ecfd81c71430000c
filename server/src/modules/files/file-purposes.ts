import type { Role } from '@cadre/shared';

export const FILE_PURPOSES = ['course_cover', 'lesson_video', 'lesson_document', 'claim_attachment', 'lecture_photo', 'study_attachment', 'campaign_attachment', 'class_attachment', 'inspection_evidence', 'rectification_evidence', 'case_attachment', 'research_photo', 'research_report'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export type Kind = 'jpeg' | 'png' | 'webp' | 'pdf' | 'mp4' | 'webm';

export interface PurposeRule {
  kinds: Kind[];
  maxBytes: number;
  visibility: 'catalogue' | 'private';
  /** Roles that may upload for this purpose; absent: any signed-in user. */
  roles?: Role[];
  /** Images get a small thumbnail (for lists and phones) made at upload. */
  thumbnail?: boolean;
}

const MB = 1024 * 1024;

export function purposeRules(maxVideoMb: number): Record<FilePurpose, PurposeRule> {
  return {
    course_cover: { kinds: ['jpeg', 'png', 'webp'], maxBytes: 5 * MB, visibility: 'catalogue', roles: ['org_admin'] },
    lesson_video: { kinds: ['mp4', 'webm'], maxBytes: maxVideoMb * MB, visibility: 'catalogue', roles: ['org_admin'] },
    lesson_document: { kinds: ['pdf'], maxBytes: 50 * MB, visibility: 'catalogue', roles: ['org_admin'] },
    claim_attachment: { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 10 * MB, visibility: 'private' },
    lecture_photo: { kinds: ['jpeg', 'png', 'webp'], maxBytes: 15 * MB, visibility: 'private', roles: ['lecturer', 'unit_admin', 'org_admin'], thumbnail: true },
    study_attachment: { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 20 * MB, visibility: 'private', roles: ['unit_admin', 'org_admin'], thumbnail: true },
    campaign_attachment: { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 20 * MB, visibility: 'private', roles: ['unit_admin', 'org_admin'], thumbnail: true },
    class_attachment: { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 20 * MB, visibility: 'private', roles: ['unit_admin', 'org_admin'], thumbnail: true },
    // Inspectors are cadres of any role on an inspection team: any signed-in user may upload; attaching checks the team.
    inspection_evidence: { kinds: ['jpeg', 'png', 'webp', 'pdf'], maxBytes: 15 * MB, visibility: 'private', thumbnail: true },
    rectification_evidence: { kinds: ['jpeg', 'png', 'pdf'], maxBytes: 20 * MB, visibility: 'private', thumbnail: true },
    // A published case is read by every cadre, so its photos and documents are served to any signed-in reader.
    case_attachment: { kinds: ['jpeg', 'png', 'pdf'], maxBytes: 20 * MB, visibility: 'catalogue', roles: ['unit_admin', 'org_admin'], thumbnail: true },
    // Leaders are cadres of any role: any signed-in user may upload; attaching checks that the topic is theirs (or in an admin's scope).
    research_photo: { kinds: ['jpeg', 'png', 'webp'], maxBytes: 15 * MB, visibility: 'private', thumbnail: true },
    research_report: { kinds: ['pdf', 'jpeg', 'png'], maxBytes: 30 * MB, visibility: 'private', thumbnail: true },
  };
}

export const KIND_MIME: Record<Kind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The extension a file of each kind is saved with, whatever the uploader called it. */
const KIND_EXTENSION: Record<Kind, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', pdf: 'pdf', mp4: 'mp4', webm: 'webm' };
const KIND_ALIASES: Partial<Record<Kind, string[]>> = { jpeg: ['jpeg', 'jpe'] };

export function kindOfMime(mime: string): Kind | null {
  return (Object.keys(KIND_MIME) as Kind[]).find((kind) => KIND_MIME[kind] === mime) ?? null;
}

/**
 * The name a file is offered under: the uploader's name with the extension of the type its bytes were recognised as
 * (`poly.html` that is a PNG becomes `poly.png`), so a saved download opens as what it is, never as a page or script.
 * Control characters and path separators are dropped; the result fits the 255-character column.
 */
export function nameForKind(clientName: string, kind: Kind): string {
  const ext = KIND_EXTENSION[kind];
  const clean = [...clientName].filter((ch) => ch >= ' ' && ch !== '\u007f' && ch !== '/' && ch !== '\\').join('').trim();
  const match = /^(.*)\.([^.\s]{1,16})$/.exec(clean);
  const given = match?.[2];
  const keep = given !== undefined && [ext, ...(KIND_ALIASES[kind] ?? [])].includes(given.toLowerCase());
  const suffix = keep ? given : ext;
  const stem = (match ? match[1]! : clean).replace(/[.\s]+$/, '') || 'file';
  return `${stem.slice(0, 254 - suffix.length)}.${suffix}`;
}

/** Recognises a file by its first bytes: the name and the browser's declared type are not trusted. */
export function sniffKind(head: Buffer): Kind | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.length >= 5 && head.toString('latin1', 0, 5) === '%PDF-') return 'pdf';
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp') return 'mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  return null;
}
