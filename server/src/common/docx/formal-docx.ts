import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 仿宋 for the body, 黑体 for titles and headings, Times New Roman for Latin text: the layout of official documents. */
export const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
export const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** The centred title in 黑体. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: HEADING_FONT, size: 40 })] });
}

/** A numbered heading (一、…) in 黑体. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: HEADING_FONT })] });
}

/** A body paragraph with the customary two-character first-line indent. */
export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: 640 }, spacing: { after: 120 }, children: [new TextRun({ text })] });
}

/**
 * A formal document: 三号 仿宋 body, a small grey header line on the right (who generated it and when, as personnel
 * material carries) and the page number centred in the footer as — 1 —.
 */
export async function formalDocx(opts: { title: string; creator: string; header: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  const doc = new Document({
    creator: opts.creator,
    title: opts.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 32 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: opts.header, size: 18, color: '999999' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 20 })] })] }) },
        children: opts.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
