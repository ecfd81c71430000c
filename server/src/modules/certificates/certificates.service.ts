import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CERTIFICATE_KIND_LABELS, CertificateError, LEDGER_SOURCE_LABELS, LEDGER_SOURCES, type CertificateKind, type CertificateState, type LedgerSource } from '@cadre/shared';
import JSZip from 'jszip';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import { hasRole, type AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { DomainEvents } from '../../common/events/domain-events';
import { isPathInScope } from '../../common/scope/scope';
import { todayInShanghai } from '../../common/time';
import { AuditService } from '../audit/audit.service';
import { managedClass } from '../classes/class-access';
import { windowOf } from '../learning/requirement-rules';
import { RequirementsService } from '../learning/requirements.service';
import { maskName, newCertificateCode } from './certificate-code';
import { renderCertificatePdf } from './certificate-pdf';
import type { CertificateContent } from './certificate.entity';
import type { CertificateDto, IssueCertificateDto, IssuedCertificateDto, VerifiedCertificateDto } from './dto/certificate.dto';

interface CertificateRow {
  id: string;
  kind: CertificateKind;
  code: string;
  user_id: string;
  unit_path: string;
  issuer_unit_path: string;
  class_id: string | null;
  content: CertificateContent;
  state: CertificateState;
  issued_at: Date;
  revoked_at: Date | null;
  revoke_reason: string | null;
  superseded_at: Date | null;
}

interface NewCertificate {
  id: string;
  kind: CertificateKind;
  code: string;
  userId: string;
  unitPath: string;
  issuerUnitPath: string;
  classId: string | null;
  content: CertificateContent;
  issuedAt: Date;
  issuedById: string | null;
  /** The ledger entries counted, with their hours: the fingerprint and the links that a correction follows. */
  entries: { id: string; hours: number }[];
}

const COLUMNS = 'id, kind, code, user_id, unit_path, issuer_unit_path, class_id, content, state, issued_at, revoked_at, revoke_reason, superseded_at';
/** What an unknown code is answered from, so that it costs the same work as a known one before the 404. */
const NOBODY: Pick<CertificateRow, 'kind' | 'state' | 'content' | 'issued_at' | 'revoked_at' | 'revoke_reason'> = {
  kind: 'hours',
  state: 'valid',
  content: { holderName: '某某某', unitName: '', issuerName: '', subject: '', hours: 0 },
  issued_at: new Date(0),
  revoked_at: null,
  revoke_reason: null,
};
const round2 = (n: number) => Math.round(n * 100) / 100;

/** 中共示范市委组织部 from the root unit 示范市: the organisation department of the city's Party committee issues. */
export function issuerNameOf(rootName: string): string {
  const name = rootName.trim() || '本市';
  return /[市县区州盟旗]$/.test(name) ? `中共${name}委组织部` : `中共${name}组织部`;
}

export const verifyPath = (code: string) => `/verify/${code}`;

/**
 * Certificates anyone can verify: 结业证书 issued when a class closes (in its transaction), 学时证明 on request, the PDF,
 * the public check by code, revoking, and superseding when the ledger entries behind one are corrected.
 */
@Injectable()
export class CertificatesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly requirements: RequirementsService,
  ) {}

  onModuleInit(): void {
    this.events.on('training_class.closed', ({ tx, classId }) => this.issueForClass(tx, classId).then(() => undefined));
    this.events.on('ledger.corrected', ({ tx, entryIds }) => this.supersedeCounting(tx, entryIds));
  }

  // ---- issuing ------------------------------------------------------------------------------------------------

  /**
   * The 结业证书 of a closed class for every cadre who completed it and has none yet (withdrawn cadres get none). Runs in
   * the closing transaction, and at start-up for classes closed before certificates existed; returns how many.
   */
  async issueForClass(tx: EntityManager, classId: string): Promise<number> {
    const rows = (await tx.query(
      `SELECT e.user_id, u.name, ou.name AS unit_name, ou.path AS unit_path, t.title, t.start_date::text AS start_date, t.end_date::text AS end_date,
              t.closed_at, org.name AS organiser_name, org.path AS organiser_path,
              coalesce((SELECT json_agg(json_build_object('id', le.id, 'hours', le.hours) ORDER BY le.id) FROM ledger_entries le
                         WHERE le.user_id = e.user_id AND le.source = 'class' AND le.source_ref_id = t.id), '[]') AS entries
         FROM training_class_enrolments e
         JOIN training_classes t ON t.id = e.class_id
         JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.unit_id
         JOIN org_units org ON org.id = t.organiser_unit_id
        WHERE e.class_id = $1 AND e.status = 'completed' AND t.status = 'closed'
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.class_id = e.class_id AND c.user_id = e.user_id)`,
      [classId],
    )) as {
      user_id: string;
      name: string;
      unit_name: string;
      unit_path: string;
      title: string;
      start_date: string;
      end_date: string;
      closed_at: Date | null;
      organiser_name: string;
      organiser_path: string;
      entries: { id: string; hours: string | number }[];
    }[];
    if (rows.length === 0) return 0;
    const issuerName = await this.issuerName(tx, rows[0]!.organiser_path);
    await this.insert(
      tx,
      rows.map((r) => {
        const entries = r.entries.map((e) => ({ id: e.id, hours: Number(e.hours) }));
        return {
          id: randomUUID(),
          kind: 'completion' as const,
          code: newCertificateCode(),
          userId: r.user_id,
          unitPath: r.unit_path,
          issuerUnitPath: r.organiser_path,
          classId,
          issuedAt: r.closed_at ? new Date(r.closed_at) : new Date(),
          issuedById: null,
          entries,
          content: {
            holderName: r.name,
            unitName: r.unit_name,
            issuerName,
            subject: r.title,
            hours: round2(entries.reduce((a, e) => a + e.hours, 0)),
            classTitle: r.title,
            organiserName: r.organiser_name,
            startDate: r.start_date,
            endDate: r.end_date,
          },
        };
      }),
    );
    return rows.length;
  }

  /** 结业证书 for every closed class whose completing cadres have none (classes closed before this existed). */
  async issueMissing(tx: EntityManager): Promise<number> {
    const classes = (await tx.query(
      `SELECT DISTINCT e.class_id FROM training_class_enrolments e JOIN training_classes t ON t.id = e.class_id
        WHERE t.status = 'closed' AND e.status = 'completed'
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.class_id = e.class_id AND c.user_id = e.user_id)`,
    )) as { class_id: string }[];
    let issued = 0;
    for (const c of classes) issued += await this.issueForClass(tx, c.class_id);
    return issued;
  }

  /** A 学时证明 for the caller, or (`userId`) for a cadre in an admin's scope. */
  async issueHours(user: AuthUser, dto: IssueCertificateDto, origin: RequestOrigin, userId = user.id): Promise<IssuedCertificateDto> {
    const [holder] = (await this.db.query('SELECT u.id, u.name, ou.name AS unit_name, ou.path FROM users u JOIN org_units ou ON ou.id = u.unit_id WHERE u.id = $1', [userId])) as {
      id: string;
      name: string;
      unit_name: string;
      path: string;
    }[];
    if (!holder || (userId !== user.id && !(hasRole(user, 'org_admin', 'unit_admin') && isPathInScope(holder.path, user)))) throw notFound('Cadre');
    const thisYear = Number(todayInShanghai().slice(0, 4));
    if ((dto.year === undefined) === (dto.cycle !== true)) {
      throw new AppException(HttpStatus.BAD_REQUEST, CertificateError.InvalidPeriod, 'Give a year or cycle: true', [{ field: 'year', message: 'a year, or cycle: true' }]);
    }
    if (dto.year !== undefined && dto.year > thisYear) {
      throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CertificateError.InvalidPeriod, 'The year has not begun', [{ field: 'year', message: 'not after this year' }]);
    }
    const year = dto.year ?? thisYear;
    // The lines as the archive shows them (read before the transaction: on the embedded database a second connection
    // waits for the transaction's own); the hours from the entries locked below, which a correction cannot change
    // until this certificate is committed and can be superseded.
    const progress = await this.requirements.forCadre(userId, year);
    const { lines: configured } = await this.requirements.get(thisYear);
    const fiveYear = configured.find((l) => l.windowYears > 1);
    const { start, end } = dto.cycle ? (fiveYear ? windowOf(fiveYear, thisYear) : { start: thisYear - 4, end: thisYear }) : { start: year, end: year };
    const lines = progress.lines
      .filter((l) => l.key !== 'appointment' && (dto.cycle ? l.windowEnd > l.windowStart : l.windowStart === l.windowEnd))
      .map((l) => ({ label: l.label, required: l.required, earned: l.earned, met: l.met }));
    const subject = dto.cycle ? `${start}—${end}年（五年周期）` : `${year}年度`;
    const issued = await this.db.transaction(async (tx) => {
      const entries = (await tx.query('SELECT id, hours, source FROM ledger_entries WHERE user_id = $1 AND year BETWEEN $2 AND $3 ORDER BY id FOR SHARE', [userId, start, end])) as {
        id: string;
        hours: string;
        source: LedgerSource;
      }[];
      const bySource = new Map<LedgerSource, number>();
      for (const e of entries) bySource.set(e.source, round2((bySource.get(e.source) ?? 0) + Number(e.hours)));
      const certificate: NewCertificate = {
        id: randomUUID(),
        kind: 'hours',
        code: newCertificateCode(),
        userId,
        unitPath: holder.path,
        issuerUnitPath: holder.path,
        classId: null,
        issuedAt: new Date(),
        issuedById: user.id,
        entries: entries.map((e) => ({ id: e.id, hours: Number(e.hours) })),
        content: {
          holderName: holder.name,
          unitName: holder.unit_name,
          issuerName: await this.issuerName(tx, holder.path),
          subject,
          hours: round2(entries.reduce((a, e) => a + Number(e.hours), 0)),
          periodStart: Number(start),
          periodEnd: Number(end),
          lines,
          bySource: LEDGER_SOURCES.filter((s) => bySource.has(s)).map((s) => ({ source: s, label: LEDGER_SOURCE_LABELS[s], hours: bySource.get(s)! })),
        },
      };
      await this.insert(tx, [certificate]);
      await this.audit.record(
        { action: 'certificate.issued', actor: user, target: { type: 'certificate', id: certificate.id }, unitPath: holder.path, origin, details: { kind: 'hours', holder: holder.name, subject } },
        tx,
      );
      return certificate;
    });
    return { id: issued.id, kind: issued.kind, code: issued.code, issuedAt: issued.issuedAt.toISOString(), state: 'valid' };
  }

  private async insert(tx: EntityManager, certificates: NewCertificate[]): Promise<void> {
    const fingerprint = (entries: NewCertificate['entries']) =>
      createHash('sha256')
        .update(entries.map((e) => `${e.id}:${e.hours.toFixed(2)}`).sort().join('\n'))
        .digest('hex');
    await tx.query(
      `INSERT INTO certificates (id, kind, code, user_id, unit_path, issuer_unit_path, class_id, content, fingerprint, state, issued_at, issued_by_id)
       SELECT x.id, x.kind, x.code, x.user_id, x.unit_path, x.issuer_unit_path, x.class_id, x.content, x.fingerprint, 'valid', x.issued_at, x.issued_by_id
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind varchar, code varchar, user_id uuid, unit_path text, issuer_unit_path text, class_id uuid,
                                                 content jsonb, fingerprint varchar, issued_at timestamptz, issued_by_id uuid)`,
      [
        JSON.stringify(
          certificates.map((c) => ({
            id: c.id,
            kind: c.kind,
            code: c.code,
            user_id: c.userId,
            unit_path: c.unitPath,
            issuer_unit_path: c.issuerUnitPath,
            class_id: c.classId,
            content: c.content,
            fingerprint: fingerprint(c.entries),
            issued_at: c.issuedAt.toISOString(),
            issued_by_id: c.issuedById,
          })),
        ),
      ],
    );
    const links = certificates.flatMap((c) => c.entries.map((e) => [c.id, e.id]));
    if (links.length > 0) {
      await tx.query('INSERT INTO certificate_ledger_entries (certificate_id, ledger_entry_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
        links.map((l) => l[0]),
        links.map((l) => l[1]),
      ]);
    }
  }

  /** The root of the tree the unit at `path` belongs to names the issuer. */
  private async issuerName(db: DataSource | EntityManager, path: string): Promise<string> {
    const [root] = (await db.query(`SELECT name FROM org_units WHERE path = '/' || split_part($1, '/', 2) || '/'`, [path])) as { name: string }[];
    return issuerNameOf(root?.name ?? '');
  }

  // ---- superseding ----------------------------------------------------------------------------------------------

  /** Every valid certificate that counted one of these entries no longer holds: in the correcting transaction. */
  async supersedeCounting(tx: EntityManager, entryIds: string[]): Promise<void> {
    await tx.query(
      `UPDATE certificates SET state = 'superseded', superseded_at = now()
        WHERE state = 'valid' AND id IN (SELECT certificate_id FROM certificate_ledger_entries WHERE ledger_entry_id = ANY($1::uuid[]))`,
      [entryIds],
    );
  }

  // ---- reading ------------------------------------------------------------------------------------------------

  async mine(user: AuthUser): Promise<StoredCertificate[]> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM certificates WHERE user_id = $1 ORDER BY issued_at DESC, id`, [user.id])) as CertificateRow[];
    return rows.map(toDto);
  }

  /** A class's 结业证书, for its organisers (404 for anyone else, as for a class that does not exist). */
  async forClass(user: AuthUser, classId: string): Promise<StoredCertificate[]> {
    await managedClass(this.db, user, classId);
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM certificates WHERE class_id = $1 ORDER BY content->>'unitName', content->>'holderName', id`, [classId])) as CertificateRow[];
    return rows.map(toDto);
  }

  /** Who may hold the paper: the holder, and admins whose scope holds the holder's unit or the issuing unit. */
  private async readable(user: AuthUser, id: string): Promise<CertificateRow> {
    const [row] = (await this.db.query(`SELECT ${COLUMNS} FROM certificates WHERE id = $1`, [id])) as CertificateRow[];
    const admin = hasRole(user, 'org_admin', 'unit_admin');
    if (!row || (row.user_id !== user.id && !(admin && (isPathInScope(row.unit_path, user) || isPathInScope(row.issuer_unit_path, user))))) throw notFound('Certificate');
    return row;
  }

  async pdf(user: AuthUser, id: string, baseUrl: string): Promise<{ buffer: Buffer; filename: string }> {
    const row = await this.readable(user, id);
    return { buffer: await this.render(row, baseUrl), filename: fileName(row) };
  }

  /** Every 结业证书 of a closed class as one ZIP of PDFs (already compressed, so stored as they are); audited. */
  async classZip(user: AuthUser, classId: string, baseUrl: string, origin: RequestOrigin): Promise<{ buffer: Buffer; filename: string }> {
    const cls = await managedClass(this.db, user, classId);
    if (cls.status !== 'closed') throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CertificateError.ClassNotClosed, 'The class has not closed: it has no 结业证书 yet');
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM certificates WHERE class_id = $1 ORDER BY content->>'unitName', content->>'holderName', id`, [classId])) as CertificateRow[];
    const zip = new JSZip();
    const used = new Set<string>();
    for (const row of rows) {
      let name = fileName(row);
      if (used.has(name)) name = name.replace(/\.pdf$/, `-${row.code.slice(0, 6)}.pdf`);
      used.add(name);
      zip.file(name, await this.render(row, baseUrl));
    }
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    await this.audit.record({ action: 'certificates.exported', actor: user, target: { type: 'training_class', id: classId }, unitPath: cls.organiserUnitPath, origin, details: { certificates: rows.length } });
    return { buffer, filename: `${cls.title}-结业证书.zip` };
  }

  private render(row: CertificateRow, baseUrl: string): Promise<Buffer> {
    return renderCertificatePdf({ kind: row.kind, code: row.code, issuedAt: new Date(row.issued_at), content: row.content, verifyUrl: `${baseUrl}${verifyPath(row.code)}` });
  }

  // ---- revoking -----------------------------------------------------------------------------------------------

  /** An admin of the issuing scope (the class's organiser, or over the holder's unit for a 学时证明) revokes, once. */
  async revoke(user: AuthUser, id: string, reason: string, origin: RequestOrigin): Promise<StoredCertificate> {
    return this.db.transaction(async (tx) => {
      const [row] = (await tx.query(`SELECT ${COLUMNS} FROM certificates WHERE id = $1`, [id])) as CertificateRow[];
      if (!row || !isPathInScope(row.issuer_unit_path, user)) throw notFound('Certificate');
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [[updated]] = (await tx.query(
        `UPDATE certificates SET state = 'revoked', revoked_at = now(), revoked_by_id = $2, revoke_reason = $3 WHERE id = $1 AND state = 'valid' RETURNING ${COLUMNS}`,
        [id, user.id, reason.trim()],
      )) as [CertificateRow[], number];
      if (!updated) throw new AppException(HttpStatus.CONFLICT, CertificateError.NotValid, `The certificate is ${row.state}`);
      await this.audit.record(
        { action: 'certificate.revoked', actor: user, target: { type: 'certificate', id }, unitPath: row.issuer_unit_path, origin, details: { kind: row.kind, holder: row.content.holderName, reason: reason.trim() } },
        tx,
      );
      return toDto(updated);
    });
  }

  // ---- the public check -----------------------------------------------------------------------------------------

  /**
   * What anyone may learn from a code. An unknown code takes the same path as a known one (one indexed lookup, the
   * answer built from a stand-in) before its 404, so the time taken does not tell which codes exist.
   */
  async verify(code: string | null): Promise<VerifiedCertificateDto> {
    const [row] = (await this.db.query('SELECT kind, state, content, issued_at, revoked_at, revoke_reason FROM certificates WHERE code = $1', [code ?? ''])) as CertificateRow[];
    const source = row ?? NOBODY;
    const answer: VerifiedCertificateDto = {
      state: source.state,
      kind: source.kind,
      holderName: maskName(source.content.holderName),
      unitName: source.content.unitName,
      subject: source.kind === 'completion' ? source.content.subject : `${source.content.subject}学时`,
      hours: Number(source.content.hours),
      issuedAt: new Date(source.issued_at).toISOString(),
      ...(source.state === 'revoked' ? { revokedAt: new Date(source.revoked_at!).toISOString(), reason: source.revoke_reason ?? '' } : {}),
    };
    if (!row) throw notFound('Certificate');
    return answer;
  }
}

/** A certificate as stored; the controller adds the verification page's full address, which depends on the request. */
export type StoredCertificate = Omit<CertificateDto, 'verifyUrl'>;

function toDto(r: CertificateRow): StoredCertificate {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    issuedAt: new Date(r.issued_at).toISOString(),
    state: r.state,
    holderName: r.content.holderName,
    unitName: r.content.unitName,
    subject: r.content.subject,
    hours: Number(r.content.hours),
    classId: r.class_id,
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
    revokeReason: r.revoke_reason,
    supersededAt: r.superseded_at ? new Date(r.superseded_at).toISOString() : null,
    verifyPath: verifyPath(r.code),
  };
}

function fileName(r: CertificateRow): string {
  return `${CERTIFICATE_KIND_LABELS[r.kind]}-${r.content.holderName}-${r.code.slice(0, 8)}.pdf`.replace(/[\\/:*?"<>|]/g, '_');
}
