// Messages of this feature, merged into the app's locales under the top-level key 'reports'.
const zhCN = {
  title: '进展报告',
  intro: '按所选期间汇总任务推进、调度会议、宣讲、学习研讨、课程学时、专题测试和推进迟缓单位，生成进展情况报告草稿。点击数字可查看对应记录。',
  period: '期间',
  from: '开始日期',
  to: '结束日期',
  unit: '单位',
  generate: '生成',
  download: '下载 Word',
  print: '打印',
  draftNote: '草稿 · 生成于 {at} · 请核实后使用',
  empty: '该部分暂无数据',
  open: '查看记录',
};
const en: typeof zhCN = {
  title: 'Progress report',
  intro: 'Campaign tasks, dispatch meetings, lectures, study meetings, courses and hours, quizzes and lagging units for a period, as a draft report. Click a figure to see its records.',
  period: 'Period',
  from: 'From',
  to: 'To',
  unit: 'Unit',
  generate: 'Generate',
  download: 'Download Word',
  print: 'Print',
  draftNote: 'Draft · generated {at} · check before use',
  empty: 'Nothing in this part',
  open: 'Open records',
};
export default {
  'zh-CN': { reports: zhCN },
  en: { reports: en },
};
