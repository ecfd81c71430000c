import { AlignmentType, Paragraph, TextRun } from 'docx';
import { bodyParagraph, formalDocx, headingParagraph, titleParagraph } from '../../common/docx/formal-docx';
import { chineseDate, minuteInShanghai, todayInShanghai } from '../../common/time';
import type { NoticeDto } from './dto/notices.dto';

/**
 * A public notice (公开通报) as a Word document in the progress report's formal layout: the title, the scope it is published
 * to, the numbered parts, and the unit and date at the foot. A draft says so in its header and under the title.
 */
export async function renderNoticeDocx(notice: NoticeDto, viewer: string): Promise<Buffer> {
  const date = notice.publishedAt ? todayInShanghai(new Date(notice.publishedAt)) : null;
  const body: Paragraph[] = [titleParagraph(notice.title)];
  const sub = [notice.corrects ? `（更正“${notice.corrects.name}”）` : '', date ? '' : '（草稿，未发布）'].join('');
  if (sub) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: sub })] }));
  body.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: `${notice.scopeUnit.name}各单位：` })] }));
  for (const s of notice.sections) {
    if (s.heading) body.push(headingParagraph(s.heading));
    for (const p of s.paragraphs) body.push(bodyParagraph(p));
  }
  if (notice.correctedBy) body.push(bodyParagraph(`本通报已由“${notice.correctedBy.name}”更正，请以更正后的通报为准。`));
  if (date) body.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [new TextRun({ text: chineseDate(date) })] }));
  const header = date ? `公开通报 · ${viewer} 下载于 ${minuteInShanghai(new Date())}` : `草稿 · ${viewer} 生成于 ${minuteInShanghai(new Date())}`;
  return formalDocx({ title: notice.title, creator: viewer, header, children: body });
}
