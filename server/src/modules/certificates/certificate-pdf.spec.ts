import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCertificateCode, newCertificateCode } from './certificate-code';
import { renderCertificatePdf } from './certificate-pdf';

/** The text a reader (and a checker) gets out of the PDF: poppler's pdftotext, as on a desk. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  writeFileSync(join(dir, 'c.pdf'), pdf);
  return execFileSync('pdftotext', ['-layout', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
}

describe('certificate PDF', () => {
  it('prints a 结业证书 with the name, the class, the hours and the code as selectable text', async () => {
    const code = newCertificateCode();
    const pdf = await renderCertificatePdf({
      kind: 'completion',
      code,
      issuedAt: new Date('2026-12-07T03:00:00Z'),
      verifyUrl: `https://training.example.cn/verify/${code}`,
      content: {
        holderName: '欧阳晓明',
        unitName: '龙门镇',
        issuerName: '中共示范市委组织部',
        subject: '全市县级领导干部学习贯彻党的二十大精神专题学习班',
        hours: 40,
        classTitle: '全市县级领导干部学习贯彻党的二十大精神专题学习班',
        organiserName: '示范市委组织部',
        startDate: '2026-03-02',
        endDate: '2026-03-06',
      },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('结业证书');
    expect(text).toContain('欧阳晓明同志');
    expect(text).toContain('计40学时');
    expect(text).toContain(formatCertificateCode(code));
    expect(text).toContain('2026年12月7日');
  });

  it('prints a 学时证明 with the lines, 达标 or not, the sources and the total', async () => {
    const code = newCertificateCode();
    const pdf = await renderCertificatePdf({
      kind: 'hours',
      code,
      issuedAt: new Date('2026-12-07T03:00:00Z'),
      verifyUrl: `https://training.example.cn/verify/${code}`,
      content: {
        holderName: '李四',
        unitName: '龙门镇',
        issuerName: '中共示范市委组织部',
        subject: '2026年度',
        hours: 63.5,
        periodStart: 2026,
        periodEnd: 2026,
        lines: [
          { label: '网络培训', required: 50, earned: 23.5, met: false },
          { label: '集中培训（每年）', required: 90, earned: 96, met: true },
        ],
        bySource: [
          { source: 'course', label: '网络课程', hours: 23.5 },
          { source: 'class', label: '培训班', hours: 40 },
        ],
      },
    });
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('学时证明');
    expect(text).toContain('李四同志');
    expect(text).toContain('共计63.5学时');
    expect(text).toContain('未达标');
    expect(text).toContain(formatCertificateCode(code));
  });
});
