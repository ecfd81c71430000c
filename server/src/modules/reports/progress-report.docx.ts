import { AlignmentType, Document, ExternalHyperlink, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chineseDate as cn, minuteInShanghai } from '../../common/time';
import type { ProgressReportDto, ReportFigureDto, ReportTableDto } from './dto/progress-report.dto';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

/** A piece of text that opens the records behind it in the platform, when it has any. */
function linked(text: string, link: string | null, origin: string, bold = false): TextRun | ExternalHyperlink {
  if (!link) return new TextRun({ text, bold });
  return new ExternalHyperlink({ link: `${origin}${link}`, children: [new TextRun({ text, bold, style: 'Hyperlink' })] });
}

function figureLine(figures: ReportFigureDto[], origin: string): Paragraph {
  const children: (TextRun | ExternalHyperlink)[] = [];
  figures.forEach((f, i) => {
    if (i > 0) children.push(new TextRun({ text: '；' }));
    children.push(new TextRun({ text: `${f.label}：` }), linked(f.value === null ? '—' : `${f.value}${f.unit}`, f.link, origin, true));
  });
  return new Paragraph({ children, spacing: { after: 120 }, indent: { firstLine: 640 } });
}

function table(t: ReportTableDto, origin: string): Table {
  const cell = (content: TextRun | ExternalHyperlink) => new TableCell({ children: [new Paragraph({ children: [content] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(new TextRun({ text: c, bold: true, font: HEADING_FONT }))) }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            children: r.cells.map((c, i) => {
              const text = c === null ? '—' : String(c);
              // The first text cell of a row opens its records.
              return cell(i === 0 || (i === 1 && typeof r.cells[0] === 'number') ? linked(text, r.link, origin) : new TextRun({ text }));
            }),
          }),
      ),
    ],
  });
}

/**
 * The progress report as a Word document, laid out as such reports are (a title, the period, numbered sections with
 * their paragraph, the figures and a table), every figure a link into the platform. The header names who generated it
 * and when, as personnel material does.
 */
export async function renderProgressDocx(report: ProgressReportDto, origin: string, viewer: string): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: report.title, font: HEADING_FONT, size: 40 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: `（${cn(report.from)}至${cn(report.to)}）` })] }),
    new Paragraph({
      indent: { firstLine: 640 },
      spacing: { after: 240 },
      children: [new TextRun({ text: `本稿由干部教育培训平台根据系统记录生成于${minuteInShanghai(new Date(report.generatedAt))}，文中数字可点击查看对应记录，请核实后使用。`, italics: true, color: '666666' })],
    }),
  ];
  report.sections.forEach((s, i) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: `${NUMERALS[i] ?? i + 1}、${s.title}`, font: HEADING_FONT })] }));
    body.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { after: 120 }, children: [new TextRun({ text: s.text })] }));
    if (s.figures.length > 0) body.push(figureLine(s.figures, origin));
    if (s.table && s.table.rows.length > 0) body.push(table(s.table, origin));
  });
  const doc = new Document({
    creator: viewer,
    title: report.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 32 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `草稿 · ${viewer} 生成于 ${minuteInShanghai(new Date(report.generatedAt))}`, size: 18, color: '999999' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 20 })] })] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
