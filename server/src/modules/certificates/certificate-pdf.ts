import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CERTIFICATE_KIND_LABELS, type CertificateKind } from '@cadre/shared';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatCertificateCode } from './certificate-code';
import type { CertificateContent } from './certificate.entity';

/**
 * The certificates' typefaces, both SIL OFL and installed by npm (a fresh clone needs no system fonts): Noto Serif SC
 * (宋体-like) for the body and Noto Sans SC Bold (黑体-like) for the titles and the seal, one TrueType weight of each.
 * TrueType, not the OpenType/CFF cut: fontkit subsets a CFF CJK font with all its global subroutines (about 130 ms and
 * 68 KB a page), a TrueType one in about 15 ms and 6 KB. Parsed once per process: parsing takes a few hundred ms.
 */
interface Fonts {
  serif: unknown;
  sans: unknown;
}
let fonts: Fonts | undefined;

function loadFonts(): Fonts {
  if (fonts) return fonts;
  const req = createRequire(join(process.cwd(), 'package.json'));
  const file = (name: string) => readFileSync(req.resolve(name));
  fonts = {
    serif: fontkit.create(file('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')),
    sans: fontkit.create(file('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}

export interface CertificateSheet {
  kind: CertificateKind;
  code: string;
  issuedAt: Date;
  content: CertificateContent;
  /** The public verification page of this certificate (the QR code's target). */
  verifyUrl: string;
}

const RED = '#C8161D';
const INK = '#1f1f1f';
const GREY = '#595959';
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;

export const hoursText = (hours: number) => String(Math.round(hours * 100) / 100);

/** 2026年12月7日, as a certificate dates itself (Asia/Shanghai). */
export function chineseDate(at: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
}

const dateText = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(y)}年${Number(m)}月${Number(d)}日`;
};

/** One certificate as an A4 PDF: selectable text, the glyphs it uses embedded, a QR code and a seal drawn as vectors. */
export async function renderCertificatePdf(sheet: CertificateSheet): Promise<Buffer> {
  const { serif, sans } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${CERTIFICATE_KIND_LABELS[sheet.kind]} ${formatCertificateCode(sheet.code)}`, Author: sheet.content.issuerName, Subject: sheet.content.subject },
  });
  // pdfkit takes an opened fontkit font as well as a file; its types name only files.
  doc.registerFont('serif', serif as Buffer);
  doc.registerFont('sans', sans as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  frame(doc);
  doc.font('sans').fontSize(11).fillColor(GREY).text(`编号：${formatCertificateCode(sheet.code)}`, MARGIN, MARGIN + 8, { align: 'right', width: A4.width - 2 * MARGIN });
  doc.font('sans').fontSize(34).fillColor(RED).text(CERTIFICATE_KIND_LABELS[sheet.kind], MARGIN, MARGIN + 56, { align: 'center', width: A4.width - 2 * MARGIN, characterSpacing: 14 });
  doc.moveDown(1.2);
  if (sheet.kind === 'completion') completionBody(doc, sheet.content);
  else hoursBody(doc, sheet.content);
  await footer(doc, sheet);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function frame(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(2.5).strokeColor(RED).rect(28, 28, A4.width - 56, A4.height - 56).stroke();
  doc.lineWidth(0.8).rect(36, 36, A4.width - 72, A4.height - 72).stroke().restore();
}

function paragraph(doc: PDFKit.PDFDocument, text: string, size = 15): void {
  doc.font('serif').fontSize(size).fillColor(INK).text(text, MARGIN, doc.y, { width: A4.width - 2 * MARGIN, lineGap: 10, indent: size * 2 });
}

function completionBody(doc: PDFKit.PDFDocument, c: CertificateContent): void {
  doc.font('serif').fontSize(16).fillColor(INK).text(`${c.holderName}同志（${c.unitName}）：`, MARGIN, doc.y, { width: A4.width - 2 * MARGIN, lineGap: 10 });
  doc.moveDown(0.6);
  const period = c.startDate && c.endDate ? `于${dateText(c.startDate)}至${dateText(c.endDate)}` : '';
  paragraph(doc, `${period}参加${c.organiserName ?? ''}举办的“${c.classTitle ?? c.subject}”，完成规定的学习任务，计${hoursText(c.hours)}学时，准予结业。`, 16);
  doc.moveDown(0.6);
  paragraph(doc, '特发此证。', 16);
}

function hoursBody(doc: PDFKit.PDFDocument, c: CertificateContent): void {
  paragraph(doc, `兹证明${c.holderName}同志（${c.unitName}）${c.subject}参加干部教育培训，经本平台学时台账核记，共计${hoursText(c.hours)}学时。具体情况如下：`);
  doc.moveDown(0.8);
  const lines = c.lines ?? [];
  if (lines.length > 0) table(doc, '学时要求', ['要求', '应修学时', '已修学时', '是否达标'], lines.map((l) => [l.label, hoursText(l.required), hoursText(l.earned), l.met ? '达标' : '未达标']));
  table(doc, '学时来源', ['来源', '学时'], [...(c.bySource ?? []).map((s) => [s.label, hoursText(s.hours)]), ['合计', hoursText(c.hours)]]);
  doc.moveDown(0.4);
  doc.font('serif').fontSize(10.5).fillColor(GREY).text('本证明依据学时台账出具。台账中所计学时如有更正，本证明即失效；请扫描二维码或凭编号查验。', MARGIN, doc.y, { width: A4.width - 2 * MARGIN });
}

function table(doc: PDFKit.PDFDocument, caption: string, head: string[], rows: string[][]): void {
  const width = A4.width - 2 * MARGIN;
  const first = head.length > 2 ? width * 0.46 : width * 0.6;
  const rest = (width - first) / (head.length - 1);
  const widths = [first, ...head.slice(1).map(() => rest)];
  const rowHeight = 24;
  doc.font('sans').fontSize(12).fillColor(INK).text(caption, MARGIN, doc.y);
  doc.moveDown(0.3);
  const draw = (cells: string[], font: 'sans' | 'serif', shade: boolean) => {
    const y = doc.y;
    if (shade) doc.save().rect(MARGIN, y, width, rowHeight).fill('#f4f4f4').restore();
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.font(font).fontSize(11.5).fillColor(INK).text(cell, x + 6, y + 6, { width: widths[i]! - 12, height: rowHeight, ellipsis: true, lineBreak: false, align: i === 0 ? 'left' : 'center' });
      x += widths[i]!;
    });
    doc.save().lineWidth(0.5).strokeColor('#8c8c8c').moveTo(MARGIN, y + rowHeight).lineTo(MARGIN + width, y + rowHeight).stroke().restore();
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  doc.save().lineWidth(0.8).strokeColor('#8c8c8c').moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).stroke().restore();
  draw(head, 'sans', true);
  for (const r of rows) draw(r, 'serif', false);
  doc.moveDown(0.8);
}

async function footer(doc: PDFKit.PDFDocument, sheet: CertificateSheet): Promise<void> {
  const bottom = A4.height - MARGIN - 20;
  // The issuer and the date at the lower right, the seal over them as on paper.
  const right = A4.width - MARGIN;
  const issuerY = bottom - 110;
  doc.font('serif').fontSize(15).fillColor(INK).text(sheet.content.issuerName, right - 240, issuerY, { width: 240, align: 'center' });
  doc.text(chineseDate(sheet.issuedAt), right - 240, issuerY + 28, { width: 240, align: 'center' });
  seal(doc, right - 120, issuerY + 14, 58, sheet.content.issuerName);
  // The QR code at the lower left, with the address and the code printed for those who type them.
  const qr = QRCode.create(sheet.verifyUrl, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const box = 92;
  const cell = box / size;
  const x0 = MARGIN;
  const y0 = bottom - box - 24;
  doc.save().fillColor('#000');
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) if (qr.modules.get(r, c)) doc.rect(x0 + c * cell, y0 + r * cell, cell + 0.01, cell + 0.01);
  }
  doc.fill().restore();
  doc.font('serif').fontSize(8.5).fillColor(GREY).text('扫码查验真伪', x0, y0 + box + 4, { width: box, align: 'center' });
  doc.font('serif').fontSize(8.5).fillColor(GREY).text(`查验地址：${sheet.verifyUrl}`, MARGIN, bottom + 4, { width: A4.width - 2 * MARGIN, lineBreak: false, ellipsis: true });
}

/** A round red seal drawn with vectors: the ring, a five-pointed star, the issuer's name along the upper arc. */
function seal(doc: PDFKit.PDFDocument, cx: number, cy: number, radius: number, issuer: string): void {
  doc.save().opacity(0.85);
  doc.lineWidth(3).strokeColor(RED).circle(cx, cy, radius).stroke();
  const star = (r: number) => {
    const points: [number, number][] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const len = i % 2 === 0 ? r : r * 0.382;
      points.push([cx + len * Math.cos(a), cy + len * Math.sin(a)]);
    }
    doc.polygon(...points).fill(RED);
  };
  star(radius * 0.3);
  const chars = [...issuer];
  const fontSize = Math.min(14, (Math.PI * radius * 1.1) / Math.max(chars.length, 1));
  const span = Math.min(Math.PI * 1.25, chars.length * ((fontSize * 1.1) / (radius - fontSize)));
  doc.font('sans').fontSize(fontSize).fillColor(RED);
  chars.forEach((ch, i) => {
    const angle = -Math.PI / 2 - span / 2 + (span * (i + 0.5)) / chars.length;
    const r = radius - fontSize * 0.95;
    doc.save();
    doc.translate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    doc.rotate(((angle + Math.PI / 2) * 180) / Math.PI);
    doc.text(ch, -fontSize / 2, -fontSize / 2, { lineBreak: false });
    doc.restore();
  });
  doc.font('sans').fontSize(9).text('证书专用章', cx - 30, cy + radius * 0.42, { width: 60, align: 'center', lineBreak: false });
  doc.restore();
}
