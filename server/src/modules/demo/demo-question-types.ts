/** The shape of the demo city's question bank (written for the platform; see demo-questions-*.ts). */
export type DemoQuestionType = 'single' | 'multiple' | 'true_false' | 'fill';

export interface DemoQuestion {
  type: DemoQuestionType;
  /** Chinese question text; a fill-in question has one blank written as full-width brackets around two ideographic spaces. */
  stem: string;
  /** single and multiple: 4 (multiple: 4–6) option texts, without A./B. prefixes. */
  options?: string[];
  /** single: [index]; multiple: indexes (at least two right, at least one wrong); true_false: true/false; fill: accepted texts. */
  answer: number[] | boolean | string[];
  /** 解析: why, citing the source where apt. */
  explanation: string;
  tags: string[];
  difficulty: 1 | 2 | 3 | 4 | 5;
}
