import { describe, expect, it } from 'vitest';
import { i18n } from '../../locales';
import type { StudyRecord } from './studies.api';
import { bodyFromForm, emptyForm, formFromRecord, formProblems, validateForm, type StudyForm } from './studies.form';

const t = (key: string, named?: Record<string, unknown>) => (named ? i18n.global.t(key, named) : i18n.global.t(key));
const names: Record<string, string> = { a: '张明', b: '李华', c: '王芳', x: '赵强' };
const nameOf = (id: string) => names[id] ?? '—';

function filled(): StudyForm {
  return {
    ...emptyForm('unit-1'),
    type: 'first_topic',
    heldOn: '2026-03-02',
    title: ' 学习重要讲话精神 ',
    hostName: '张明',
    attendeeIds: ['a', 'b'],
    absentees: [{ userId: 'c', reason: ' 病假 ' }],
    speeches: [{ speakerId: 'b', summary: '结合工作谈体会' }],
  };
}

describe('validateForm', () => {
  it('passes a complete form', () => {
    expect(validateForm(filled(), '2026-03-05', t)).toEqual({});
  });

  it('names the missing fields and a date in the future', () => {
    const f = { ...emptyForm(), heldOn: '2026-03-06' };
    const problems = validateForm(f, '2026-03-05', t);
    expect(Object.keys(problems).sort()).toEqual(['attendeeIds', 'heldOn', 'hostName', 'title', 'type', 'unitId']);
    expect(problems.heldOn).toBe('学习日期不能晚于今天');
    expect(problems.attendeeIds).toBe('请至少选择一名出席人员');
  });

  it('catches an absentee who is also present, a missing reason and a speaker who was not there', () => {
    const f = { ...filled(), absentees: [{ userId: 'a', reason: '' }], speeches: [{ speakerId: 'c', summary: '' }] };
    expect(validateForm(f, '2026-03-05', t)).toEqual({
      'absentees.0.userId': '该干部已在出席人员中',
      'absentees.0.reason': '请填写缺席原因',
      'speeches.0.speakerId': '发言人须为出席人员',
      'speeches.0.summary': '必填',
    });
  });

  it('accepts only http(s) links for the material', () => {
    expect(validateForm({ ...filled(), materialUrl: 'www.example.cn' }, '2026-03-05', t).materialUrl).toBe('请填写以 http:// 或 https:// 开头的链接');
    expect(validateForm({ ...filled(), materialUrl: 'https://www.12371.cn/' }, '2026-03-05', t)).toEqual({});
  });
});

describe('formProblems', () => {
  it('reports attendees outside the unit once, by name, under the attendee picker', () => {
    const f = { ...filled(), attendeeIds: ['a', 'x', 'b', 'c'] };
    const problems = formProblems(
      [
        { field: 'attendeeIds.1', message: 'not a cadre of this unit' },
        { field: 'attendeeIds.3', message: 'not a cadre of this unit' },
        { field: 'speeches.0.speakerId', message: 'a speaker must be among the attendees' },
        { field: 'heldOn', message: 'must not be in the future' },
      ],
      f,
      nameOf,
      t,
    );
    expect(problems).toEqual({
      attendeeIds: '赵强、王芳 不是本单位及下级单位的干部，请移除',
      'speeches.0.speakerId': '发言人须为出席人员',
      heldOn: '学习日期不能晚于今天',
    });
  });

  it('turns validation messages into plain words', () => {
    const problems = formProblems(
      [
        { field: 'title', message: 'title must be shorter than or equal to 200 characters' },
        { field: 'hostName', message: 'hostName must be longer than or equal to 1 characters' },
        { field: 'attachments.1.fileId', message: 'duplicate' },
        { field: 'absentees.0.userId', message: 'also listed as present' },
        { field: 'attendeeIds', message: 'attendeeIds must contain at least 1 elements' },
      ],
      filled(),
      nameOf,
      t,
    );
    expect(problems).toEqual({
      title: '内容过长',
      hostName: '必填',
      'attachments.1.fileId': '重复填写',
      'absentees.0.userId': '该干部已在出席人员中',
      attendeeIds: '请至少选择一名出席人员',
    });
  });
});

describe('record ⇄ form', () => {
  it('splits people into present and absent, and builds the trimmed body back', () => {
    const record = {
      id: 'r',
      unitId: 'unit-1',
      unitName: '龙门镇',
      type: 'center_group',
      heldOn: '2026-03-02',
      title: '中心组学习',
      hostName: '张明',
      hostUserId: 'a',
      status: 'draft',
      materialTitle: '材料',
      materialUrl: null,
      people: [
        { userId: 'a', name: '张明', post: null, present: true, absenceReason: null },
        { userId: 'c', name: '王芳', post: null, present: false, absenceReason: '公差' },
      ],
      speeches: [{ speakerId: 'a', speakerName: '张明', summary: '发言' }],
      conclusions: '',
      followUps: '',
      attachments: [{ kind: 'sign_in', file: { id: 'f', name: '签到表.jpg', mimeType: 'image/jpeg', purpose: 'study_attachment', sizeBytes: 1, url: '/api/files/f', thumbnailUrl: null } }],
      attendeeCount: 1,
      absenteeCount: 1,
      speechCount: 1,
      creditedHours: null,
      submittedAt: null,
      createdByName: '孙丽华',
      can: { edit: true },
    } satisfies StudyRecord;
    const f = formFromRecord(record);
    expect(f.attendeeIds).toEqual(['a']);
    expect(f.absentees).toEqual([{ userId: 'c', reason: '公差' }]);
    expect(f.materialUrl).toBe('');
    const body = bodyFromForm({ ...f, title: ' 中心组学习 ' });
    expect(body).toMatchObject({ title: '中心组学习', materialUrl: null, attendeeIds: ['a'], attachments: [{ fileId: 'f', kind: 'sign_in' }] });
  });
});
